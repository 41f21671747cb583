// Micro-measurement: attribution analysis (sentences + model + the four rules) of a 5,000-word news
// document. Run: `npx tsx test/eval/attribution/speed.ts`. Exported for `npm run bench`.
// The document is built from the project's own labelled sentences; each paragraph gets a distinct
// number so that a cold run cannot hit the sentence cache.
import { readFileSync, readdirSync } from 'node:fs';
import * as path from 'node:path';
import { DocumentText } from '../../../src/core/text/documentText';
import { clearSentenceCache, sentenceCacheStats } from '../../../src/core/text/sentences';
import { attributionRules } from '../../../src/core/rules/attribution';
import { clearAttributionCache } from '../../../src/core/attribution/analyze';
import { classifyLines } from '../../../src/core/boilerplate/classify';

export const TARGET_WORDS = 5000;
/** Issue 5: analysis of a 5k-word document under 20 ms. */
export const TARGET_MS = 20;

export function buildDocument(words = TARGET_WORDS): string {
  const source = readdirSync(__dirname)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .flatMap((f) => readFileSync(path.join(__dirname, f), 'utf8').split(/\r?\n/))
    .filter((l) => l.includes(' | ') && !l.startsWith('#'))
    .map((l) => l.slice(l.indexOf(' | ') + 3));
  const paragraphs: string[] = [];
  let count = 0;
  for (let i = 0; count < words; i += 3) {
    const p = [0, 1, 2].map((k) => source[(i + k) % source.length]).join(' ') + ` Item ${paragraphs.length + 1} ends here.`;
    paragraphs.push(p);
    count += p.split(/\s+/).length;
  }
  return paragraphs.join('\n\n') + '\n';
}

/**
 * A 5,000-word document of article-length sentences: the paragraphs of the project's sample corpus
 * (test/fixtures/sample-corpus), repeated with a distinct number so that no two lines are alike.
 */
export function buildArticleDocument(words = TARGET_WORDS): string {
  const dir = path.join(__dirname, '../../fixtures/sample-corpus/seeds');
  const paragraphs = readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .flatMap((f) => readFileSync(path.join(dir, f), 'utf8').split(/\r?\n/))
    .filter((l) => l.split(/\s+/).length >= 15);
  const out: string[] = [];
  let count = 0;
  for (let i = 0; count < words; i++) {
    const p = `${paragraphs[i % paragraphs.length]} Update ${i + 1} follows.`;
    out.push(p);
    count += p.split(/\s+/).length;
  }
  return out.join('\n\n') + '\n';
}

function runRules(doc: DocumentText): number {
  let n = 0;
  for (const rule of attributionRules) n += rule.check(doc, { options: {}, severity: rule.defaultSeverity }).length;
  return n;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

/** CPU milliseconds of this process (user + system): less disturbed than wall time on a busy machine. */
function cpuMs(fn: () => void): number {
  const start = process.cpuUsage();
  fn();
  const d = process.cpuUsage(start);
  return (d.user + d.system) / 1000;
}

export interface SpeedResult {
  words: number;
  /** Sentences + attribution model + the four rules, empty sentence cache (classifier excluded). */
  coldMs: number;
  /** The same with every line's sentences and sentence models cached (an edit elsewhere in the document). */
  warmMs: number;
  /** The shared line classifier (boilerplate), which the analysis needs once per document. */
  classifyMs: number;
  fastLines: number;
  referenceLines: number;
}

/** Medians over `runs` runs, in CPU milliseconds. */
export function measure(runs = 21, text = buildDocument()): SpeedResult {
  const words = new DocumentText(text).wordCount;
  for (let i = 0; i < 5; i++) runRules(new DocumentText(text)); // JIT warm-up
  const cold: number[] = [];
  const warm: number[] = [];
  const classify: number[] = [];
  let stats = sentenceCacheStats();
  for (let i = 0; i < runs; i++) {
    clearSentenceCache();
    clearAttributionCache();
    let doc = new DocumentText(text);
    classify.push(cpuMs(() => classifyLines(doc)));
    cold.push(cpuMs(() => runRules(doc)));
    stats = sentenceCacheStats();
    doc = new DocumentText(text);
    classifyLines(doc);
    warm.push(cpuMs(() => runRules(doc)));
  }
  return { words, coldMs: median(cold), warmMs: median(warm), classifyMs: median(classify), fastLines: stats.fast, referenceLines: stats.reference };
}

if (require.main === module) {
  for (const [name, text] of [
    ['labelled sentences (short, ~10 words each)', buildDocument()],
    ['article paragraphs (sample corpus)', buildArticleDocument()],
  ] as const) {
    const r = measure(21, text);
    console.log(
      `${name}: ${r.words} words, median CPU ms: cold ${r.coldMs.toFixed(1)} ` +
        `(empty sentence cache; ${r.fastLines} lines by the fast path, ${r.referenceLines} by sentence-splitter), ` +
        `warm ${r.warmMs.toFixed(1)} (sentences cached); line classifier ${r.classifyMs.toFixed(1)} extra; target < ${TARGET_MS}`,
    );
  }
}
