// Micro-measurement: the attribution model over a generated corpus (bench/out/corpus-N, made by
// `npm run bench`), each document once, as `check` meets them: CPU ms and MB/s of the attribution stage
// alone (sentences + model), with the per-sentence model cache cold at the start and, for comparison,
// cleared before every document. Run: `npx tsx test/eval/attribution/corpusSpeed.ts [dir]`; skips when
// the corpus is absent.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { DocumentText } from '../../../src/core/text/documentText';
import { clearSentenceCache, sentencesOf } from '../../../src/core/text/sentences';
import { analyzeAttribution, clearAttributionCache } from '../../../src/core/attribution/analyze';
import { classifyLines } from '../../../src/core/boilerplate/classify';

const dir = process.argv[2] ?? path.join(__dirname, '../../../bench/out/corpus-1000');
if (!existsSync(dir)) {
  console.log(`skipped: ${dir} absent (generate it with npm run bench)`);
  process.exit(0);
}
const files: string[] = [];
const walk = (d: string): void => {
  for (const f of readdirSync(d).sort()) {
    const p = path.join(d, f);
    if (statSync(p).isDirectory()) walk(p);
    else if (f.endsWith('.txt')) files.push(p);
  }
};
walk(dir);
const texts = files.map((f) => readFileSync(f, 'utf8'));
const bytes = texts.reduce((n, t) => n + Buffer.byteLength(t), 0);

function run(clearEach: boolean): { sentencesMs: number; modelMs: number } {
  clearSentenceCache();
  clearAttributionCache();
  let sentencesMs = 0;
  let modelMs = 0;
  for (const t of texts) {
    if (clearEach) clearAttributionCache();
    const doc = new DocumentText(t);
    classifyLines(doc);
    let c = process.cpuUsage();
    sentencesOf(doc);
    let d = process.cpuUsage(c);
    sentencesMs += (d.user + d.system) / 1000;
    c = process.cpuUsage();
    analyzeAttribution(doc);
    d = process.cpuUsage(c);
    modelMs += (d.user + d.system) / 1000;
  }
  return { sentencesMs, modelMs };
}

run(false); // JIT warm-up
for (const clearEach of [false, true, false, true]) {
  const r = run(clearEach);
  console.log(
    `${texts.length} docs, ${(bytes / 1e6).toFixed(1)} MB, model cache ${clearEach ? 'cleared per document' : 'shared'}: ` +
      `attribution model ${r.modelMs.toFixed(0)} ms CPU (${(bytes / 1e6 / (r.modelMs / 1000)).toFixed(1)} MB/s), sentences ${r.sentencesMs.toFixed(0)} ms`,
  );
}
