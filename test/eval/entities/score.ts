// Scoring for entity spans, as defined in ../shared/devset/README.md section 2: micro-averaged exact and
// overlap matching per type (PER, ORG, LOC), over (sentence, start, end, type) spans.

export type SpanType = 'PER' | 'ORG' | 'LOC';
export const SPAN_TYPES: SpanType[] = ['PER', 'ORG', 'LOC'];

export interface Span {
  start: number;
  end: number;
  type: SpanType;
}

export interface Counts {
  tp: number;
  predicted: number;
  gold: number;
}

export interface Scores {
  p: number;
  r: number;
  f1: number;
}

export function toScores(c: Counts): Scores {
  const p = c.predicted ? c.tp / c.predicted : 0;
  const r = c.gold ? c.tp / c.gold : 0;
  return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
}

function dedupe(spans: Span[]): Span[] {
  const seen = new Set<string>();
  return spans.filter((s) => {
    const k = `${s.start}:${s.end}:${s.type}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/** True positives in one sentence under exact matching (same start, end and type). */
export function exactMatches(gold: Span[], predicted: Span[]): number {
  const g = new Set(gold.map((s) => `${s.start}:${s.end}:${s.type}`));
  return dedupe(predicted).filter((s) => g.has(`${s.start}:${s.end}:${s.type}`)).length;
}

/** True positives in one sentence under one-to-one overlap matching of same-type spans, longest overlap first. */
export function overlapMatches(gold: Span[], predicted: Span[]): number {
  const pred = dedupe(predicted);
  const pairs: { g: number; p: number; len: number }[] = [];
  gold.forEach((g, gi) =>
    pred.forEach((p, pi) => {
      if (p.type === g.type && p.start < g.end && g.start < p.end) pairs.push({ g: gi, p: pi, len: Math.min(p.end, g.end) - Math.max(p.start, g.start) });
    }),
  );
  pairs.sort((a, b) => b.len - a.len || gold[a.g].start - gold[b.g].start || pred[a.p].start - pred[b.p].start);
  const usedG = new Set<number>();
  const usedP = new Set<number>();
  let tp = 0;
  for (const pair of pairs) {
    if (usedG.has(pair.g) || usedP.has(pair.p)) continue;
    usedG.add(pair.g);
    usedP.add(pair.p);
    tp++;
  }
  return tp;
}

export interface Tally {
  exact: Record<SpanType | 'ALL', Counts>;
  overlap: Record<SpanType | 'ALL', Counts>;
}

export function emptyTally(): Tally {
  const make = () => ({ PER: { tp: 0, predicted: 0, gold: 0 }, ORG: { tp: 0, predicted: 0, gold: 0 }, LOC: { tp: 0, predicted: 0, gold: 0 }, ALL: { tp: 0, predicted: 0, gold: 0 } });
  return { exact: make(), overlap: make() };
}

/** Add one sentence's gold and predicted spans to a tally. */
export function addSentence(t: Tally, gold: Span[], predicted: Span[]): void {
  const pred = dedupe(predicted);
  for (const type of SPAN_TYPES) {
    const g = gold.filter((s) => s.type === type);
    const p = pred.filter((s) => s.type === type);
    for (const mode of ['exact', 'overlap'] as const) {
      const tp = mode === 'exact' ? exactMatches(g, p) : overlapMatches(g, p);
      for (const key of [type, 'ALL'] as const) {
        t[mode][key].tp += tp;
        t[mode][key].predicted += p.length;
        t[mode][key].gold += g.length;
      }
    }
  }
}

/** Parse "[Vladimir Putin|PER] met …" into plain text and gold spans. */
export function parseMarkup(line: string): { text: string; spans: Span[] } {
  let text = '';
  const spans: Span[] = [];
  const re = /\[([^\[\]|]+)\|(PER|ORG|LOC)\]/g;
  let last = 0;
  for (let m = re.exec(line); m; m = re.exec(line)) {
    text += line.slice(last, m.index);
    spans.push({ start: text.length, end: text.length + m[1].length, type: m[2] as SpanType });
    text += m[1];
    last = m.index + m[0].length;
  }
  text += line.slice(last);
  return { text, spans };
}
