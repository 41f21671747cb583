// `npm run eval attribution`: scores the attribution rules on the project's own labelled sentences.
// dev*.txt are the parts the rules were tuned on; heldout*.txt were never tuned on (see each file's header).
// Prints precision / recall / F1 for "needs a source and has none" and for vague sources, and the share
// of plain narration that gets any attribution finding.
import { readFileSync, readdirSync } from 'node:fs';
import * as path from 'node:path';
import { DocumentText } from '../../../src/core/text/documentText';
import { runRules } from '../../../src/core/document';
import { sentencesOf } from '../../../src/core/text/sentences';
import type { Finding } from '../../../src/core/types';

export type Label = 'named' | 'vague' | 'none' | 'no-claim';
const LABELS = new Set<Label>(['named', 'vague', 'none', 'no-claim']);

export interface LabelledSentence {
  label: Label;
  text: string;
  /** Offsets of the sentence in the built document. */
  start: number;
  end: number;
  lineNo: number;
}

/** Build one document from a labelled file: blocks become paragraphs (one line each). */
export function loadSet(file: string): { text: string; items: LabelledSentence[] } {
  const raw = readFileSync(file, 'utf8').split(/\r?\n/);
  const paragraphs: string[] = [];
  const items: LabelledSentence[] = [];
  let current: string[] = [];
  let offset = 0;
  const flush = (): void => {
    if (!current.length) return;
    paragraphs.push(current.join(' '));
    offset += paragraphs[paragraphs.length - 1].length + 2;
    current = [];
  };
  raw.forEach((line, i) => {
    if (line.startsWith('#')) return;
    if (!line.trim()) return flush();
    const m = /^\s*([a-z-]+)\s*\|\s*(.+?)\s*$/.exec(line);
    if (!m || !LABELS.has(m[1] as Label)) throw new Error(`${file}:${i + 1}: expected "label | sentence"`);
    const start = offset + current.reduce((n, s) => n + s.length + 1, 0);
    items.push({ label: m[1] as Label, text: m[2], start, end: start + m[2].length, lineNo: i + 1 });
    current.push(m[2]);
  });
  flush();
  return { text: paragraphs.join('\n\n') + '\n', items };
}

const NEEDS_SOURCE_RULES = new Set(['attribution/unattributed-claim', 'attribution/unattributed-quote', 'attribution/hedge-without-source']);
const VAGUE_RULE = 'attribution/vague-source';

interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export interface Scores {
  n: number;
  none: Counts;
  vague: Counts;
  narration: { total: number; flagged: number };
  splitMismatches: number;
  errors: string[];
}

function prf(c: Counts): { p: number; r: number; f1: number } {
  const p = c.tp + c.fp ? c.tp / (c.tp + c.fp) : 1;
  const r = c.tp + c.fn ? c.tp / (c.tp + c.fn) : 1;
  return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
}

export function scoreSet(file: string): Scores {
  const { text, items } = loadSet(file);
  const doc = new DocumentText(text, file);
  const { findings, notices } = runRules(doc, { rules: { boilerplate: 'off', copies: 'off', metadata: 'off' } });
  // A rule that throws is skipped with a notice: that must fail the evaluation, not pass as "no findings".
  if (notices.length) throw new Error(`${file}: ${notices.join('; ')}`);
  const attribution = findings.filter((f) => f.category === 'attribution');
  const sentences = sentencesOf(doc);
  const scores: Scores = { n: items.length, none: { tp: 0, fp: 0, fn: 0 }, vague: { tp: 0, fp: 0, fn: 0 }, narration: { total: 0, flagged: 0 }, splitMismatches: 0, errors: [] };
  for (const item of items) {
    if (!sentences.some((s) => s.start === item.start && s.end === item.end)) {
      scores.splitMismatches++;
      scores.errors.push(`  split  line ${item.lineNo}: not one sentence: ${item.text}`);
    }
    const on = attribution.filter((f: Finding) => {
      const s = doc.offsetAt(f.range.start);
      const e = doc.offsetAt(f.range.end);
      return s < item.end && e > item.start;
    });
    const saysNone = on.some((f) => NEEDS_SOURCE_RULES.has(f.rule));
    const saysVague = on.some((f) => f.rule === VAGUE_RULE);
    const tally = (c: Counts, gold: boolean, predicted: boolean, what: string): void => {
      if (gold && predicted) c.tp++;
      else if (predicted) {
        c.fp++;
        scores.errors.push(`  FP ${what.padEnd(5)} line ${item.lineNo} [${item.label}] ${item.text}  ← ${on.map((f) => f.rule.split('/')[1] + ': ' + f.message).join(' / ')}`);
      } else if (gold) {
        c.fn++;
        scores.errors.push(`  FN ${what.padEnd(5)} line ${item.lineNo} [${item.label}] ${item.text}${on.length ? '  ← ' + on.map((f) => f.rule).join(', ') : ''}`);
      }
    };
    tally(scores.none, item.label === 'none', saysNone, 'none');
    tally(scores.vague, item.label === 'vague', saysVague, 'vague');
    if (item.label === 'no-claim') {
      scores.narration.total++;
      if (on.length) scores.narration.flagged++;
    }
  }
  return scores;
}

const pct = (x: number): string => (100 * x).toFixed(1).padStart(5) + '%';

function report(name: string, s: Scores): { f1None: number; f1Vague: number; narrationRate: number } {
  const a = prf(s.none);
  const v = prf(s.vague);
  const narrationRate = s.narration.total ? s.narration.flagged / s.narration.total : 0;
  console.log(`${name}: ${s.n} sentences`);
  console.log(`  needs a source, has none: P ${pct(a.p)}  R ${pct(a.r)}  F1 ${pct(a.f1)}   (tp ${s.none.tp}, fp ${s.none.fp}, fn ${s.none.fn})`);
  console.log(`  vague source:             P ${pct(v.p)}  R ${pct(v.r)}  F1 ${pct(v.f1)}   (tp ${s.vague.tp}, fp ${s.vague.fp}, fn ${s.vague.fn})`);
  console.log(`  narration wrongly flagged: ${s.narration.flagged}/${s.narration.total} = ${pct(narrationRate)}`);
  if (s.splitMismatches) console.log(`  sentence split disagreements: ${s.splitMismatches}`);
  return { f1None: a.f1, f1Vague: v.f1, narrationRate };
}

/** Targets from issue 5. */
export const TARGET_F1 = 0.85;
export const TARGET_NARRATION_FLAGGED = 0.05;

function add(a: Scores, b: Scores): Scores {
  const c = (x: Counts, y: Counts): Counts => ({ tp: x.tp + y.tp, fp: x.fp + y.fp, fn: x.fn + y.fn });
  return {
    n: a.n + b.n,
    none: c(a.none, b.none),
    vague: c(a.vague, b.vague),
    narration: { total: a.narration.total + b.narration.total, flagged: a.narration.flagged + b.narration.flagged },
    splitMismatches: a.splitMismatches + b.splitMismatches,
    errors: [...a.errors, ...b.errors],
  };
}

/**
 * Prints every part, then all development parts together and all held-out parts together. Passes when
 * the held-out parts together meet the targets (the development parts are tuned on, so they prove little).
 */
export async function evaluate(): Promise<boolean> {
  const verbose = process.argv.includes('--verbose') || process.env.EVAL_VERBOSE === '1';
  const parts = readdirSync(__dirname).filter((f) => /^(?:dev\d*|heldout\d*)\.txt$/.test(f)).sort();
  const empty = (): Scores => ({ n: 0, none: { tp: 0, fp: 0, fn: 0 }, vague: { tp: 0, fp: 0, fn: 0 }, narration: { total: 0, flagged: 0 }, splitMismatches: 0, errors: [] });
  let dev = empty();
  let held = empty();
  for (const file of parts) {
    const part = file.replace(/\.txt$/, '');
    const s = scoreSet(path.join(__dirname, file));
    const tuned = part.startsWith('dev');
    report(tuned ? `${part} (tuned on)` : `${part} (held out, never tuned on)`, s);
    if (verbose) s.errors.forEach((e) => console.log(e));
    if (tuned) dev = add(dev, s);
    else held = add(held, s);
  }
  console.log('');
  report('ALL DEVELOPMENT PARTS', dev);
  const r = report('ALL HELD-OUT PARTS', held);
  const meets = r.f1None >= TARGET_F1 && r.f1Vague >= TARGET_F1 && r.narrationRate < TARGET_NARRATION_FLAGGED;
  console.log(`  targets on the held-out parts (F1 ≥ ${TARGET_F1}, narration flagged < ${pct(TARGET_NARRATION_FLAGGED).trim()}): ${meets ? 'met' : 'NOT met'}`);
  return meets;
}
