// Throughput of the boilerplate pass (classifier + the six rules + metadata, plus the corpus template
// count), in MB of UTF-8 per second of CPU time of this process (so other work on the machine does not
// skew it). Run: npx tsx test/eval/boilerplate/speed.ts [folder of .txt …]
// Without arguments it measures a generated news corpus (bench/corpus/generate.ts, 1,000 documents) and,
// when present, ../shared/devset/boilerplate/docs (lynx dumps: the worst case, mostly short lines).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { DocumentText } from '../../../src/core/text/documentText';
import { boilerplateRules } from '../../../src/core/rules/boilerplate';
import { countLinesAcrossDocuments } from '../../../src/core/boilerplate/templateLines';
import { extractMetadata } from '../../../src/core/boilerplate/metadata';
import { clearVerdictCache } from '../../../src/core/boilerplate/classify';
import { generateCorpus } from '../../../bench/corpus/generate';

/** Minimum CPU time per measurement, in milliseconds. */
const MEASURE_MS = 2000;

function pass(texts: string[]): void {
  const docs = texts.map((t) => new DocumentText(t));
  const corpus = { documentCount: docs.length, lineDocumentCounts: countLinesAcrossDocuments(docs) };
  for (const d of docs) {
    for (const r of boilerplateRules) r.check(d, { options: {}, corpus, severity: r.defaultSeverity });
    extractMetadata(d);
  }
}

export function measure(texts: string[], cold: boolean): number {
  const bytes = texts.reduce((a, t) => a + Buffer.byteLength(t), 0);
  pass(texts); // warm up the JIT
  const c0 = process.cpuUsage();
  let reps = 0;
  let ms = 0;
  while (ms < MEASURE_MS) {
    if (cold) clearVerdictCache();
    pass(texts);
    reps++;
    const c = process.cpuUsage(c0);
    ms = (c.user + c.system) / 1000;
  }
  return (bytes * reps) / 1e3 / ms;
}

function report(name: string, texts: string[]): void {
  const mb = texts.reduce((a, t) => a + Buffer.byteLength(t), 0) / 1e6;
  console.log(`${name}: ${texts.length} documents, ${mb.toFixed(2)} MB`);
  console.log(`  cold line cache (each run starts empty): ${measure(texts, true).toFixed(1)} MB/s per core`);
  console.log(`  warm line cache (repeated furniture seen before): ${measure(texts, false).toFixed(1)} MB/s per core`);
}

export function main(args: string[]): void {
  if (args.length) {
    for (const dir of args) report(dir, readdirSync(dir).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(path.join(dir, f), 'utf8')));
    return;
  }
  report('generated news corpus', generateCorpus(1000).map((d) => d.text));
  const dev = path.resolve(__dirname, '../../../../shared/devset/boilerplate/docs');
  if (existsSync(dev)) report('devset lynx dumps', readdirSync(dev).map((f) => readFileSync(path.join(dev, f), 'utf8')));
  else console.log('devset: skipped (../shared/devset absent)');
}

if (require.main === module) main(process.argv.slice(2));
