// Scoring on ../shared/devset/boilerplate exactly as its README says: each gold line once, pooled over all
// docs; `secondary` lines skipped (or scored as boilerplate in the strict variant); content = positive class.
import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { addLine, boilerplatePRF, contentPRF, emptyCounts, fmt, type Counts } from './score';

export interface GoldLine {
  line: number;
  text: string;
  label: 0 | 1;
  role: 'body' | 'title' | 'boilerplate' | 'secondary';
}

export interface GoldDoc {
  doc: string;
  lines: GoldLine[];
}

export const DEVSET_DIR = path.resolve(__dirname, '../../../../shared/devset/boilerplate');

export function loadDevset(): { gold: GoldDoc[]; text: (doc: string) => string } | undefined {
  const goldPath = path.join(DEVSET_DIR, 'gold.jsonl');
  if (!existsSync(goldPath)) return undefined;
  const gold = readFileSync(goldPath, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as GoldDoc);
  return { gold, text: (doc) => readFileSync(path.join(DEVSET_DIR, 'docs', `${doc}.txt`), 'utf8') };
}

export interface DevsetScore {
  lines: Counts;
  chars: Counts;
  scored: number;
  /** Content lines the predictor flagged: the costly error. */
  wronglyFlagged: { doc: string; line: number; text: string }[];
}

/** `flagged(doc)` returns the set of 1-based line numbers the tool flags as boilerplate (or undefined: not processed). */
export function scoreDevset(gold: GoldDoc[], flagged: (doc: GoldDoc) => Set<number> | undefined, strict = false): DevsetScore {
  const lines = emptyCounts();
  const chars = emptyCounts();
  const wronglyFlagged: DevsetScore['wronglyFlagged'] = [];
  let scored = 0;
  for (const d of gold) {
    const f = flagged(d) ?? new Set<number>();
    for (const g of d.lines) {
      if (g.role === 'secondary' && !strict) continue;
      const goldContent = g.label === 1;
      const predContent = !f.has(g.line);
      addLine(lines, goldContent, predContent);
      addLine(chars, goldContent, predContent, g.text.length);
      scored++;
      if (goldContent && !predContent) wronglyFlagged.push({ doc: d.doc, line: g.line, text: g.text });
    }
  }
  return { lines, chars, scored, wronglyFlagged };
}

export function describe(name: string, s: DevsetScore): string {
  return (
    `${name.padEnd(34)} lines ${String(s.scored).padStart(5)}  content P/R/F1 ${fmt(contentPRF(s.lines))}  ` +
    `boilerplate P/R/F1 ${fmt(boilerplatePRF(s.lines))}  char-weighted content P/R/F1 ${fmt(contentPRF(s.chars))}`
  );
}

/** The README's length baseline: content iff ≥ 12 whitespace-separated words and a sentence-final character. */
export function lengthRuleFlags(d: GoldDoc): Set<number> {
  const out = new Set<number>();
  for (const g of d.lines) {
    const words = g.text.split(/\s+/).filter(Boolean).length;
    const content = words >= 12 && /[.!?"”’)]$/.test(g.text);
    if (!content) out.add(g.line);
  }
  return out;
}
