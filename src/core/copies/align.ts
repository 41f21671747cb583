import type { DocumentText } from '../text/documentText';
import { copySentences, type CopySentence } from './sentences';

/**
 * A copy sentence is aligned to the original sentence that explains most of its content words, when that
 * is at least 40% of them and at least two words. 40%, because a spinner who splits one long sentence in
 * two leaves each half with about half the original's words, and a heavy paraphrase ("price growth in
 * services was still too strong" → "services prices were rising too quickly") keeps under half; the
 * loose links this lets through between reports on one story are dissolved by UNIT_MIN_SIMILARITY and
 * the document-level thresholds (tuned on the eval set: 0.5 → 0.4 found one more hand-written rewrite's
 * sentences and no new pair elsewhere). Two words, because a single shared name is not evidence of copying.
 */
export const ALIGN_MIN_SHARED = 2;
export const ALIGN_MIN_CONTAINMENT = 0.4;
/**
 * An aligned unit whose two sides share less than this (Dice of content stems) is dissolved: sentences of
 * two reports on one event link loosely (0.2–0.4) through names and topic words; reworded sentences of a
 * copy, even heavily spun, stay at 0.5 or above (the seed pair's lowest is 0.50).
 */
export const UNIT_MIN_SIMILARITY = 0.4;

export interface AlignedUnit {
  /** Sentence indices in the original (usually one; several when the copy merged sentences). */
  original: number[];
  /** Sentence indices in the copy (several when the copy split a sentence). */
  copy: number[];
  /** Dice similarity of the two sides' content stems, 0..1. */
  similarity: number;
  /** Same words in the same order, case and punctuation aside. */
  identical: boolean;
}

export interface Alignment {
  original: CopySentence[];
  copy: CopySentence[];
  /** Units in copy order. */
  units: AlignedUnit[];
  /** Original sentences with no counterpart in the copy. */
  dropped: number[];
  /** Copy sentences with no counterpart in the original. */
  added: number[];
  /** Original paragraphs all of whose sentences were dropped. */
  droppedParagraphs: number[];
  /** Copy paragraphs all of whose sentences were added. */
  addedParagraphs: number[];
  /** Share of the copy's words that sit in aligned sentences. */
  copyCoverage: number;
  /** Share of the original's words that sit in aligned sentences. */
  originalCoverage: number;
  /** Word-weighted mean unit similarity over the copy (added sentences count 0). */
  similarity: number;
  /** Units whose words changed (punctuation, case and wrapping aside). */
  reworded: number;
}

function sharedCount(a: Set<string>, b: Set<string>): number {
  let n = 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  for (const x of small) if (large.has(x)) n++;
  return n;
}

interface Link {
  copy: number;
  original: number;
}

/** Best counterpart of each sentence in `from` among `to`, by containment of its stems; ties go to the nearer position. */
function bestMatches(from: CopySentence[], to: CopySentence[], skip: (i: number) => boolean): Map<number, number> {
  // Shared-stem counts for all sentence pairs at once, through an index of `to`'s stems.
  const index = new Map<string, number[]>();
  for (const t of to) for (const x of t.stems) {
    const list = index.get(x);
    if (list) list.push(t.index);
    else index.set(x, [t.index]);
  }
  const counts = new Int32Array(to.length);
  const out = new Map<number, number>();
  for (const s of from) {
    if (skip(s.index) || s.stems.size === 0) continue;
    counts.fill(0);
    for (const x of s.stems) for (const t of index.get(x) ?? []) counts[t]++;
    let best = -1;
    let bestScore = 0;
    const expected = from.length > 1 ? (s.index / (from.length - 1)) * (to.length - 1) : 0;
    const minShared = Math.min(ALIGN_MIN_SHARED, s.stems.size);
    for (let t = 0; t < to.length; t++) {
      const shared = counts[t];
      if (shared < minShared || shared === 0) continue;
      const containment = shared / s.stems.size;
      if (containment < ALIGN_MIN_CONTAINMENT) continue;
      const dice = (2 * shared) / (s.stems.size + to[t].stems.size);
      const score = containment + dice - Math.abs(t - expected) * 1e-6;
      if (score > bestScore) {
        bestScore = score;
        best = t;
      }
    }
    if (best >= 0) out.set(s.index, best);
  }
  return out;
}

/** Same token sequence on both sides (sentence boundaries aside). */
function sameTokens(a: CopySentence[], b: CopySentence[]): boolean {
  let na = 0;
  let nb = 0;
  for (const s of a) na += s.tokens.length;
  for (const s of b) nb += s.tokens.length;
  if (na !== nb) return false;
  let i = 0;
  let j = 0;
  let si = 0;
  let sj = 0;
  for (let k = 0; k < na; k++) {
    while (i >= a[si].tokens.length) {
      si++;
      i = 0;
    }
    while (j >= b[sj].tokens.length) {
      sj++;
      j = 0;
    }
    if (a[si].tokens[i++] !== b[sj].tokens[j++]) return false;
  }
  return true;
}

function dice(a: Set<string>, b: Set<string>): number {
  if (!a.size && !b.size) return 1;
  return (2 * sharedCount(a, b)) / (a.size + b.size);
}

function union(sets: Set<string>[]): Set<string> {
  const out = new Set<string>();
  for (const s of sets) for (const x of s) out.add(x);
  return out;
}

function words(sentences: CopySentence[], ids: Iterable<number>): number {
  let n = 0;
  for (const i of ids) n += sentences[i].tokens.length;
  return n;
}

/** Align the sentences of a copy with those of its original (many-to-many, order-free). */
export function alignSentences(copyDoc: DocumentText, originalDoc: DocumentText): Alignment {
  const cache = copyDoc.memo('copies/alignments', () => new WeakMap<DocumentText, Alignment>());
  let al = cache.get(originalDoc);
  if (!al) {
    al = alignSentenceLists(copySentences(copyDoc), copySentences(originalDoc));
    cache.set(originalDoc, al);
  }
  return al;
}

export function alignSentenceLists(copy: CopySentence[], original: CopySentence[]): Alignment {
  const links: Link[] = [];
  const copyToOrig = bestMatches(copy, original, () => false);
  for (const [c, o] of copyToOrig) links.push({ copy: c, original: o });
  const linkedOriginals = new Set(copyToOrig.values());
  // Original sentences a copy sentence absorbed (two merged into one) are linked from the original side.
  // Only neighbours of an original sentence the copy sentence already stands for can be merged into it.
  const origOfCopy = new Map<number, number[]>();
  for (const [c, o] of copyToOrig) origOfCopy.set(c, [...(origOfCopy.get(c) ?? []), o]);
  const origToCopy = bestMatches(original, copy, (i) => linkedOriginals.has(i));
  for (const [o, c] of origToCopy) {
    const current = origOfCopy.get(c);
    if (current && !current.some((x) => Math.abs(x - o) <= 1)) continue;
    links.push({ copy: c, original: o });
  }

  // Connected components of the links are the aligned units (union-find over copy ids 0..C-1 and
  // original ids C..C+O-1).
  const C = copy.length;
  const parent = new Int32Array(C + original.length).map((_, i) => i);
  const find = (x: number): number => {
    while (parent[x] !== x) {
      parent[x] = parent[parent[x]];
      x = parent[x];
    }
    return x;
  };
  const linked = new Uint8Array(C + original.length);
  for (const l of links) {
    const ra = find(l.copy);
    const rb = find(C + l.original);
    linked[l.copy] = 1;
    linked[C + l.original] = 1;
    if (ra !== rb) parent[ra] = rb;
  }
  const groups = new Map<number, { copy: number[]; original: number[] }>();
  for (let x = 0; x < parent.length; x++) {
    if (!linked[x]) continue;
    const root = find(x);
    let g = groups.get(root);
    if (!g) groups.set(root, (g = { copy: [], original: [] }));
    if (x < C) g.copy.push(x);
    else g.original.push(x - C);
  }
  const units: AlignedUnit[] = [];
  for (const g of groups.values()) {
    g.copy.sort((x, y) => x - y);
    g.original.sort((x, y) => x - y);
    const cs = g.copy.map((i) => copy[i]);
    const os = g.original.map((i) => original[i]);
    const identical = sameTokens(cs, os);
    const similarity = identical ? 1 : dice(union(cs.map((s) => s.stems)), union(os.map((s) => s.stems)));
    if (similarity < UNIT_MIN_SIMILARITY) continue;
    units.push({ original: g.original, copy: g.copy, similarity, identical });
  }
  units.sort((x, y) => x.copy[0] - y.copy[0]);

  const alignedCopy = new Set(units.flatMap((u) => u.copy));
  const alignedOrig = new Set(units.flatMap((u) => u.original));
  const dropped = original.filter((s) => !alignedOrig.has(s.index)).map((s) => s.index);
  const added = copy.filter((s) => !alignedCopy.has(s.index)).map((s) => s.index);
  const copyWords = words(copy, copy.keys());
  const origWords = words(original, original.keys());
  let weighted = 0;
  for (const u of units) weighted += u.similarity * words(copy, u.copy);
  return {
    original,
    copy,
    units,
    dropped,
    added,
    droppedParagraphs: wholeParagraphs(original, new Set(dropped)),
    addedParagraphs: wholeParagraphs(copy, new Set(added)),
    copyCoverage: copyWords ? words(copy, alignedCopy) / copyWords : 0,
    originalCoverage: origWords ? words(original, alignedOrig) / origWords : 0,
    similarity: copyWords ? weighted / copyWords : 0,
    reworded: units.filter((u) => !u.identical).length,
  };
}

/** Paragraphs every sentence of which is in `ids`. */
function wholeParagraphs(sentences: CopySentence[], ids: Set<number>): number[] {
  const all = new Map<number, boolean>();
  for (const s of sentences) all.set(s.paragraph, (all.get(s.paragraph) ?? true) && ids.has(s.index));
  return [...all].filter(([, whole]) => whole).map(([p]) => p);
}
