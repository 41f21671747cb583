// Micro-measurement: whole-document re-analysis (`analyzeDocument`) after one-character edits in a
// 5,000-word article, as a reader types; the same edit loop as the bench's incremental figure.
// Run: `npx tsx test/eval/attribution/incremental.ts [edits]`.
import { performance } from 'node:perf_hooks';
import { analyzeDocument } from '../../../src/core';
import { DocumentText } from '../../../src/core/text/documentText';
import { classifyLines } from '../../../src/core/boilerplate/classify';
import { attributionRules } from '../../../src/core/rules/attribution';
import { longDocument, rng } from '../../../bench/corpus/generate';

const edits = Number(process.argv[2] ?? 200);
const text = longDocument(5000);
analyzeDocument(text);
const r = rng(7);
const lines = text.split('\n');
const wall: number[] = [];
const cpu: number[] = [];
/** The attribution stage alone (sentences, model, the four rules) on the edited text, line classes given. */
const attribution: number[] = [];
for (let k = 0; k < edits; k++) {
  let line = 0;
  do line = Math.floor(r() * lines.length);
  while (lines[line].length < 80);
  const ch = Math.floor(r() * lines[line].length);
  lines[line] = lines[line].slice(0, ch) + (lines[line][ch] === 'e' ? 'a' : 'e') + lines[line].slice(ch + 1);
  const current = lines.join('\n');
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  analyzeDocument(current);
  wall.push(performance.now() - t0);
  const d = process.cpuUsage(c0);
  cpu.push((d.user + d.system) / 1000);
  const doc = new DocumentText(current);
  classifyLines(doc);
  const a0 = process.cpuUsage();
  for (const rule of attributionRules) rule.check(doc, { options: {}, severity: rule.defaultSeverity });
  const a = process.cpuUsage(a0);
  attribution.push((a.user + a.system) / 1000);
}
const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))];
console.log(`${edits} edits: wall p50 ${pct(wall, 50).toFixed(1)} ms, p95 ${pct(wall, 95).toFixed(1)} ms; CPU p50 ${pct(cpu, 50).toFixed(1)} ms, p95 ${pct(cpu, 95).toFixed(1)} ms; attribution stage alone CPU p50 ${pct(attribution, 50).toFixed(1)} ms, p95 ${pct(attribution, 95).toFixed(1)} ms`);
