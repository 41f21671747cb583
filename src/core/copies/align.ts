import type { DocumentText } from '../text/documentText';
import { sentenceModel, type CopySentence, type Sentence, type SentenceModel, type StemTable } from './sentences';
import { sameRange } from './articleScan';

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

interface Link {
  copy: number;
  original: number;
}

/**
 * What the alignment asks of the two sentence lists' words and stems. Two implementations give the same
 * answers: on the stem Sets and token strings of any sentence lists (`stringSets`), and on the documents'
 * sentence models (`modelSets`: stem ids and token ranges, no strings), used whenever the two documents'
 * stem hashes are free of collisions (checked character by character, so the results are the same).
 */
interface SentenceSets {
  /** counts[t] = stems sentence `i` of side `from` shares with sentence t of the other side (counts pre-zeroed). */
  sharedCounts(from: Side, i: number, counts: Int32Array): void;
  stemCount(side: Side, i: number): number;
  words(side: Side, i: number): number;
  /** Dice of the unions of the two groups' stems (1 when both are empty). */
  unitSimilarity(copy: number[], original: number[]): number;
  /** Same token sequence on both sides (sentence boundaries aside). */
  sameTokens(copy: number[], original: number[]): boolean;
}

type Side = 0 | 1;
const COPY: Side = 0;
const ORIGINAL: Side = 1;

/** Best counterpart of each sentence of side `from` on the other side, by containment of its stems; ties go to the nearer position. */
function bestMatches(sets: SentenceSets, from: Side, fromLength: number, toLength: number, skip: (i: number) => boolean): Map<number, number> {
  const to: Side = from === COPY ? ORIGINAL : COPY;
  const counts = new Int32Array(toLength);
  const out = new Map<number, number>();
  for (let i = 0; i < fromLength; i++) {
    const size = sets.stemCount(from, i);
    if (skip(i) || size === 0) continue;
    counts.fill(0);
    sets.sharedCounts(from, i, counts);
    let best = -1;
    let bestScore = 0;
    const expected = fromLength > 1 ? (i / (fromLength - 1)) * (toLength - 1) : 0;
    const minShared = Math.min(ALIGN_MIN_SHARED, size);
    for (let t = 0; t < toLength; t++) {
      const shared = counts[t];
      if (shared < minShared || shared === 0) continue;
      const containment = shared / size;
      if (containment < ALIGN_MIN_CONTAINMENT) continue;
      const dice = (2 * shared) / (size + sets.stemCount(to, t));
      const score = containment + dice - Math.abs(t - expected) * 1e-6;
      if (score > bestScore) {
        bestScore = score;
        best = t;
      }
    }
    if (best >= 0) out.set(i, best);
  }
  return out;
}

/** The alignment's questions answered on stem Sets and token strings (any sentence lists). */
function stringSets(copy: CopySentence[], original: CopySentence[]): SentenceSets {
  const sides = [copy, original];
  // Index of each side's stems: stem → sentences containing it.
  const indexes = sides.map((list) => {
    const index = new Map<string, number[]>();
    for (const t of list) {
      for (const x of t.stems) {
        const postings = index.get(x);
        if (postings) postings.push(t.index);
        else index.set(x, [t.index]);
      }
    }
    return index;
  });
  const union = (list: CopySentence[], ids: number[]) => {
    const out = new Set<string>();
    for (const i of ids) for (const x of list[i].stems) out.add(x);
    return out;
  };
  return {
    sharedCounts(from, i, counts) {
      const index = indexes[1 - from];
      for (const x of sides[from][i].stems) for (const t of index.get(x) ?? []) counts[t]++;
    },
    stemCount: (side, i) => sides[side][i].stems.size,
    words: (side, i) => sides[side][i].tokens.length,
    unitSimilarity(c, o) {
      const a = union(copy, c);
      const b = union(original, o);
      if (!a.size && !b.size) return 1;
      let shared = 0;
      const [small, large] = a.size <= b.size ? [a, b] : [b, a];
      for (const x of small) if (large.has(x)) shared++;
      return (2 * shared) / (a.size + b.size);
    },
    sameTokens(c, o) {
      const a = c.flatMap((i) => copy[i].tokens);
      const b = o.flatMap((i) => original[i].tokens);
      return a.length === b.length && a.every((t, k) => t === b[k]);
    },
  };
}

/**
 * The alignment's questions answered on two sentence models: stems as ids, translated between the two
 * documents by merging their hash-sorted stem tables. Undefined when two different stems share a hash
 * (within a document or across the two): then the caller takes the string path.
 */
function modelSets(copy: SentenceModel, original: SentenceModel): SentenceSets | undefined {
  if (copy.stems.collision || original.stems.collision) return undefined;
  const translation = translateStems(copy.stems, original.stems);
  if (!translation) return undefined;
  const models = [copy, original];
  const toOther = translation;
  const unionIds = (list: Sentence[], ids: number[]): Int32Array => {
    if (ids.length === 1) return list[ids[0]].stemIds;
    const all: number[] = [];
    for (const i of ids) for (const x of list[i].stemIds) all.push(x);
    all.sort((x, y) => x - y);
    return Int32Array.from(all.filter((x, k) => k === 0 || x !== all[k - 1]));
  };
  return {
    sharedCounts(from, i, counts) {
      const map = toOther[from];
      const other = models[1 - from].stems;
      for (const x of models[from].sentences[i].stemIds) {
        const y = map[x];
        if (y < 0) continue;
        for (let p = other.postingStart[y]; p < other.postingStart[y + 1]; p++) counts[other.postings[p]]++;
      }
    },
    stemCount: (side, i) => models[side].sentences[i].stemIds.length,
    words: (side, i) => models[side].sentences[i].words,
    unitSimilarity(c, o) {
      const a = unionIds(copy.sentences, c);
      const b = unionIds(original.sentences, o);
      if (!a.length && !b.length) return 1;
      // Translated ids keep their order (both tables are sorted by hash), so a merge counts the shared ones.
      const map = toOther[COPY];
      let shared = 0;
      let j = 0;
      for (let k = 0; k < a.length; k++) {
        const y = map[a[k]];
        if (y < 0) continue;
        while (j < b.length && b[j] < y) j++;
        if (j < b.length && b[j] === y) shared++;
      }
      return (2 * shared) / (a.length + b.length);
    },
    sameTokens(c, o) {
      return sameTokenRanges(
        c.map((i) => copy.sentences[i]),
        o.map((i) => original.sentences[i]),
      );
    },
  };
}

/** For each stem id of a, the id of the same stem in b (or -1), and the reverse; undefined on a hash collision. */
function translateStems(a: StemTable, b: StemTable): [Int32Array, Int32Array] | undefined {
  const ab = new Int32Array(a.hashes.length).fill(-1);
  const ba = new Int32Array(b.hashes.length).fill(-1);
  let i = 0;
  let j = 0;
  while (i < a.hashes.length && j < b.hashes.length) {
    if (a.hashes[i] < b.hashes[j]) i++;
    else if (a.hashes[i] > b.hashes[j]) j++;
    else {
      if (a.length[i] !== b.length[j] || !sameRange(a.source[i], a.from[i], b.source[j], b.from[j], a.length[i])) return undefined;
      ab[i] = j;
      ba[j] = i;
      i++;
      j++;
    }
  }
  return [ab, ba];
}

/** Same token sequence in both sentence groups, read in place (sentence boundaries aside). */
function sameTokenRanges(a: Sentence[], b: Sentence[]): boolean {
  let na = 0;
  let nb = 0;
  for (const s of a) na += s.words;
  for (const s of b) nb += s.words;
  if (na !== nb) return false;
  let i = 0;
  let j = 0;
  let si = 0;
  let sj = 0;
  for (let k = 0; k < na; k++) {
    while (i >= a[si].words) {
      si++;
      i = 0;
    }
    while (j >= b[sj].words) {
      sj++;
      j = 0;
    }
    const x = a[si];
    const y = b[sj];
    const len = x.tokenEnds[i] - x.tokenStarts[i];
    if (len !== y.tokenEnds[j] - y.tokenStarts[j] || !sameRange(x.lower, x.tokenStarts[i], y.lower, y.tokenStarts[j], len)) return false;
    i++;
    j++;
  }
  return true;
}

/** Align the sentences of a copy with those of its original (many-to-many, order-free). */
export function alignSentences(copyDoc: DocumentText, originalDoc: DocumentText): Alignment {
  const cache = copyDoc.memo('copies/alignments', () => new WeakMap<DocumentText, Alignment>());
  let al = cache.get(originalDoc);
  if (!al) {
    const copy = sentenceModel(copyDoc);
    const original = sentenceModel(originalDoc);
    const sets = modelSets(copy, original) ?? stringSets(copy.sentences, original.sentences);
    al = alignWith(copy.sentences, original.sentences, sets);
    cache.set(originalDoc, al);
  }
  return al;
}

/** Align any two sentence lists (on their stem Sets and token strings). */
export function alignSentenceLists(copy: CopySentence[], original: CopySentence[]): Alignment {
  return alignWith(copy, original, stringSets(copy, original));
}

function alignWith(copy: CopySentence[], original: CopySentence[], sets: SentenceSets): Alignment {
  const links: Link[] = [];
  const copyToOrig = bestMatches(sets, COPY, copy.length, original.length, () => false);
  for (const [c, o] of copyToOrig) links.push({ copy: c, original: o });
  const linkedOriginals = new Uint8Array(original.length);
  for (const o of copyToOrig.values()) linkedOriginals[o] = 1;
  // Original sentences a copy sentence absorbed (two merged into one) are linked from the original side.
  // Only neighbours of an original sentence the copy sentence already stands for can be merged into it.
  const origOfCopy = new Map<number, number[]>();
  for (const [c, o] of copyToOrig) origOfCopy.set(c, [...(origOfCopy.get(c) ?? []), o]);
  const origToCopy = bestMatches(sets, ORIGINAL, original.length, copy.length, (i) => linkedOriginals[i] === 1);
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
    const identical = sets.sameTokens(g.copy, g.original);
    const similarity = identical ? 1 : sets.unitSimilarity(g.copy, g.original);
    if (similarity < UNIT_MIN_SIMILARITY) continue;
    units.push({ original: g.original, copy: g.copy, similarity, identical });
  }
  units.sort((x, y) => x.copy[0] - y.copy[0]);

  // Sentence flags (1 = in an aligned unit) rather than Sets of indices: this tail was a third of the alignment.
  const alignedCopy = new Uint8Array(copy.length);
  const alignedOrig = new Uint8Array(original.length);
  for (const u of units) {
    for (const i of u.copy) alignedCopy[i] = 1;
    for (const i of u.original) alignedOrig[i] = 1;
  }
  const dropped = original.filter((s) => !alignedOrig[s.index]).map((s) => s.index);
  const added = copy.filter((s) => !alignedCopy[s.index]).map((s) => s.index);
  const words = (side: Side, ids: Iterable<number>) => {
    let n = 0;
    for (const i of ids) n += sets.words(side, i);
    return n;
  };
  /** Words of the sentences whose flag is `flag`. */
  const flaggedWords = (side: Side, flags: Uint8Array, flag: number) => {
    let n = 0;
    for (let i = 0; i < flags.length; i++) if (flags[i] === flag) n += sets.words(side, i);
    return n;
  };
  const copyWords = words(COPY, copy.keys());
  const origWords = words(ORIGINAL, original.keys());
  let weighted = 0;
  for (const u of units) weighted += u.similarity * words(COPY, u.copy);
  return {
    original,
    copy,
    units,
    dropped,
    added,
    droppedParagraphs: wholeParagraphs(original, alignedOrig, 0),
    addedParagraphs: wholeParagraphs(copy, alignedCopy, 0),
    copyCoverage: copyWords ? flaggedWords(COPY, alignedCopy, 1) / copyWords : 0,
    originalCoverage: origWords ? flaggedWords(ORIGINAL, alignedOrig, 1) / origWords : 0,
    similarity: copyWords ? weighted / copyWords : 0,
    reworded: units.filter((u) => !u.identical).length,
  };
}

/** Paragraphs every sentence of which has flags[index] === flag, in order of first sentence. */
function wholeParagraphs(sentences: CopySentence[], flags: Uint8Array, flag: number): number[] {
  const all = new Map<number, boolean>();
  for (const s of sentences) all.set(s.paragraph, (all.get(s.paragraph) ?? true) && (flags[s.index] ?? 0) === flag);
  return [...all].filter(([, whole]) => whole).map(([p]) => p);
}
