// Micro-measurement: the attribution stage (analyzeAttribution + findSources; sentence splitting and the
// line classifier done beforehand, untimed) over generated corpora, as `check` meets documents, in CPU ms
// and MB/s per core:
//   cold    the first 1,000 documents of bench/out/corpus-10000 (= corpus-1000) in a fresh process;
//   next    the following 1,000 documents, caches and JIT as the first pass left them;
//   warm    the first 1,000 again with the sentence-model cache emptied, best of WARM_PASSES.
// Run: `npx tsx test/eval/attribution/corpusSpeed.ts [corpus-dir]` (default bench/out/corpus-10000, made
// by `npm run bench`; a corpus-1000 folder gives the cold and warm figures only). Skips when absent.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { DocumentText } from '../../../src/core/text/documentText';
import { sentencesOf } from '../../../src/core/text/sentences';
import { analyzeAttribution, clearAttributionCache } from '../../../src/core/attribution/analyze';
import { findSources } from '../../../src/core/attribution/sources';
import { classifyLines } from '../../../src/core/boilerplate/classify';

const WARM_PASSES = 5;
const BATCH = 1000;

const dir = process.argv[2] ?? path.join(__dirname, '../../../bench/out/corpus-10000');
if (!existsSync(dir)) {
  console.log(`skipped: ${dir} absent (generate it with npm run bench)`);
  process.exit(0);
}
const files: string[] = [];
const walk = (d: string): void => {
  for (const f of readdirSync(d).sort()) {
    const p = path.join(d, f);
    if (statSync(p).isDirectory()) walk(p);
    else if (f.endsWith('.txt') && files.length < 2 * BATCH) files.push(p);
  }
};
walk(dir);
const first = files.slice(0, BATCH).map((f) => readFileSync(f, 'utf8'));
const next = files.slice(BATCH, 2 * BATCH).map((f) => readFileSync(f, 'utf8'));
const megabytes = (texts: string[]): number => texts.reduce((n, t) => n + Buffer.byteLength(t), 0) / 1e6;

/** CPU ms of the attribution stage over `texts`, each document made and prepared as `check` would. */
function pass(texts: string[]): number {
  let ms = 0;
  for (const t of texts) {
    const doc = new DocumentText(t);
    classifyLines(doc);
    sentencesOf(doc);
    const c = process.cpuUsage();
    analyzeAttribution(doc);
    findSources(doc);
    const d = process.cpuUsage(c);
    ms += (d.user + d.system) / 1000;
  }
  return ms;
}

function report(name: string, ms: number, texts: string[]): void {
  const mb = megabytes(texts);
  console.log(`${name}: ${texts.length} docs, ${mb.toFixed(2)} MB, ${ms.toFixed(0)} ms CPU, ${(mb / (ms / 1000)).toFixed(1)} MB/s`);
}

clearAttributionCache();
report('cold (fresh process)', pass(first), first);
if (next.length) report('next 1,000 documents (second pass)', pass(next), next);
let best = Infinity;
for (let k = 0; k < WARM_PASSES; k++) {
  clearAttributionCache();
  best = Math.min(best, pass(first));
}
report(`warm (model cache emptied, best of ${WARM_PASSES})`, best, first);
