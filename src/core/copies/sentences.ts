import type { DocumentText } from '../text/documentText';
import { articleLines, contentStems, tokenize } from './normalise';
import { contentStemLength, fnvRange, isWordChar, sameRange, tokenEnd } from './tokens';

/** A sentence of the article text, with its place in the document. */
export interface CopySentence {
  /** Index in the document's sentence list. */
  index: number;
  /** Offsets into the document text (end exclusive). */
  start: number;
  end: number;
  line: number;
  /** Paragraph index in `doc.paragraphs`. */
  paragraph: number;
  text: string;
  /** Number of words (`tokens.length`). */
  readonly words: number;
  /** Its words as `tokenize` gives them (built on first use; the alignment reads `words` instead). */
  readonly tokens: string[];
  /** Distinct content stems (built on first use; the alignment reads `stemIds` instead). */
  readonly stems: Set<string>;
}

/**
 * A sentence with its words read in place: token i is lower[tokenStarts[i], tokenEnds[i]) (right single
 * quotes read as apostrophes), and its distinct content stems are ids into the document's `StemTable`,
 * ascending. The alignment of candidate pairs works on these numbers; building token strings and stem
 * Sets per sentence was most of the confirmation step.
 */
export class Sentence implements CopySentence {
  private tokenCache?: string[];
  private stemCache?: Set<string>;
  constructor(
    readonly index: number,
    readonly start: number,
    readonly end: number,
    readonly line: number,
    readonly paragraph: number,
    readonly text: string,
    readonly lower: string,
    readonly tokenStarts: Int32Array,
    readonly tokenEnds: Int32Array,
    readonly stemIds: Int32Array,
  ) {}
  get words(): number {
    return this.tokenStarts.length;
  }
  get tokens(): string[] {
    return (this.tokenCache ??= tokenize(this.text));
  }
  get stems(): Set<string> {
    return (this.stemCache ??= new Set(contentStems(this.tokens)));
  }
}

/**
 * The distinct content stems of a document, ascending by hash; a stem's id is its position. Each id keeps
 * one occurrence (for comparing characters with another document's stem of the same hash) and the
 * sentences that contain it, ascending (postings[postingStart[id] .. postingStart[id + 1])).
 */
export interface StemTable {
  hashes: Uint32Array;
  source: string[];
  from: Int32Array;
  length: Int32Array;
  postingStart: Int32Array;
  postings: Int32Array;
  /** Two different stems of this document share a hash: its alignments take the string path. */
  collision: boolean;
}

export interface SentenceModel {
  sentences: Sentence[];
  stems: StemTable;
}

// Words that end with a full stop without ending the sentence. Written for this project.
const ABBREVIATIONS = new Set(
  ('mr mrs ms dr prof sen rep gov gen col lt sgt capt cmdr adm st jr sr inc corp ltd co vs etc jan feb mar apr jun jul ' +
    'aug sep sept oct nov dec no nos fig approx dept est mt ft u.s u.k u.n e.g i.e a.m p.m').split(' '),
);

// A sentence ends at . ! or ? (plus closing quotes/brackets) followed by white space and a capital, digit or quote.
const BOUNDARY = /[.!?]+["'”’)\]]*(?=\s+["'“‘(\[]?[\p{Lu}\p{N}])/gu;

const WORD_OR_DOT = /[\p{L}.]/u;

/** Split one line into sentence spans [start, end) relative to the line. Fast, rule-based, news-oriented. */
export function splitLine(text: string): [number, number][] {
  const spans: [number, number][] = [];
  let start = 0;
  BOUNDARY.lastIndex = 0;
  for (let m = BOUNDARY.exec(text); m; m = BOUNDARY.exec(text)) {
    if (m[0][0] === '.') {
      let from = m.index;
      while (from > start && WORD_OR_DOT.test(text[from - 1])) from--;
      const word = text.slice(from, m.index).toLowerCase();
      // Initials ("J. Smith") and known abbreviations do not end a sentence.
      if (/^\p{L}$/u.test(word) || ABBREVIATIONS.has(word.replace(/\.$/, ''))) continue;
    }
    const end = m.index + m[0].length;
    pushTrimmed(text, start, end, spans);
    start = end;
  }
  pushTrimmed(text, start, text.length, spans);
  return spans;
}

function pushTrimmed(text: string, start: number, end: number, out: [number, number][]): void {
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  if (end > start) out.push([start, end]);
}

/** The sentences of a document's article text (see `articleLines`), computed once per document. */
export function copySentences(doc: DocumentText): CopySentence[] {
  return sentenceModel(doc).sentences;
}

/** The sentences with their words and stem table (see `Sentence`, `StemTable`). */
export function sentenceModel(doc: DocumentText): SentenceModel {
  let cached = heavy.get(doc);
  if (!cached) {
    cached = buildModel(doc);
    heavy.set(doc, cached);
  }
  return cached;
}

/**
 * Sentences with their words are the bulky part of copy detection (about the text's size again). They
 * are cached outside the document's memo so that a corpus pass can let go of them (`releaseSentences`);
 * only documents of candidate pairs build them.
 */
const heavy = new WeakMap<DocumentText, SentenceModel>();

export function hasSentences(doc: DocumentText): boolean {
  return heavy.has(doc);
}

export function releaseSentences(doc: DocumentText): void {
  heavy.delete(doc);
}

/** Growable Int32 list (plain arrays of numbers would box nothing either, but typed copies are smaller). */
class IntList {
  values = new Int32Array(256);
  length = 0;
  push(x: number): void {
    if (this.length === this.values.length) {
      const bigger = new Int32Array(this.values.length * 2);
      bigger.set(this.values);
      this.values = bigger;
    }
    this.values[this.length++] = x;
  }
}

function buildModel(doc: DocumentText): SentenceModel {
  const paragraphOfLine = new Map<number, number>();
  for (const p of doc.paragraphs) for (let l = p.startLine; l <= p.endLine; l++) paragraphOfLine.set(l, p.index);
  const starts = new IntList();
  const ends = new IntList();
  const occurrences = new Occurrences();
  const spans: { index: number; start: number; end: number; line: number; paragraph: number; text: string; lower: string; tokenFrom: number; tokenTo: number }[] = [];
  for (const { line, text } of articleLines(doc)) {
    const base = doc.lineStarts[line];
    const lowerLine = text.toLowerCase();
    // toLowerCase keeps offsets except for letters that lower to two code units ("İ"): then each sentence
    // is lower-cased on its own, as `tokenize` does.
    const aligned = lowerLine.length === text.length;
    for (const [s, e] of splitLine(text)) {
      const lower = aligned ? lowerLine : text.slice(s, e).toLowerCase();
      const from = aligned ? s : 0;
      const to = aligned ? e : lower.length;
      const tokenFrom = starts.length;
      const index = spans.length;
      for (let i = from; i < to; ) {
        if (!isWordChar(lower, i)) {
          i++;
          continue;
        }
        const end = tokenEnd(lower, i, to);
        starts.push(i);
        ends.push(end);
        const stem = contentStemLength(fnvRange(lower, i, end), lower, i, end);
        if (stem) occurrences.push(fnvRange(lower, i, i + stem), index, lower, i, stem);
        i = end;
      }
      if (starts.length === tokenFrom) continue;
      spans.push({ index, start: base + s, end: base + e, line, paragraph: paragraphOfLine.get(line) ?? -1, text: text.slice(s, e), lower, tokenFrom, tokenTo: starts.length });
    }
  }
  const { table, sentenceStart, sentenceStems } = stemTable(occurrences, spans.length);
  const tokenStarts = starts.values.slice(0, starts.length);
  const tokenEnds = ends.values.slice(0, ends.length);
  const sentences = spans.map(
    (x) =>
      new Sentence(
        x.index,
        x.start,
        x.end,
        x.line,
        x.paragraph,
        x.text,
        x.lower,
        tokenStarts.subarray(x.tokenFrom, x.tokenTo),
        tokenEnds.subarray(x.tokenFrom, x.tokenTo),
        sentenceStems.subarray(sentenceStart[x.index], sentenceStart[x.index + 1]),
      ),
  );
  return { sentences, stems: table };
}

/**
 * Distinct stems by hash, their postings, and each sentence's stem ids (ascending, each once). Occurrences
 * are given in text order. Counting sorts and a binary search over the sorted distinct hashes: sorting
 * the occurrences with a comparator was a fifth of the confirmation step.
 */
function stemTable(occurrences: Occurrences, sentenceCount: number) {
  const { hash, sentence, source, from, length } = occurrences;
  const n = occurrences.count;
  // The list stores hashes as Int32; read the same bits as unsigned, as hash32 gives them.
  const hashOf = new Uint32Array(hash.values.buffer, 0, n);
  const hashes = distinctHashes(hashOf.slice());
  const ids = new Int32Array(n);
  const representative = new Int32Array(hashes.length).fill(-1);
  const lastSentence = new Int32Array(hashes.length).fill(-1);
  const postingCount = new Int32Array(hashes.length);
  let collision = false;
  for (let k = 0; k < n; k++) {
    const id = indexOf(hashes, hashOf[k]);
    ids[k] = id;
    const rep = representative[id];
    if (rep < 0) representative[id] = k;
    else if (length.values[rep] !== length.values[k] || !sameRange(source[rep], from.values[rep], source[k], from.values[k], length.values[k])) collision = true;
    // Occurrences come in text order, so an id's sentences come ascending and repeats are adjacent.
    if (lastSentence[id] !== sentence.values[k]) {
      lastSentence[id] = sentence.values[k];
      postingCount[id]++;
    }
  }
  const postingStart = new Int32Array(hashes.length + 1);
  for (let id = 0; id < hashes.length; id++) postingStart[id + 1] = postingStart[id] + postingCount[id];
  const postings = new Int32Array(postingStart[hashes.length]);
  const fill = postingStart.slice(0, hashes.length);
  lastSentence.fill(-1);
  const stemsPerSentence = new Int32Array(sentenceCount);
  for (let k = 0; k < n; k++) {
    const id = ids[k];
    const sk = sentence.values[k];
    if (lastSentence[id] === sk) continue;
    lastSentence[id] = sk;
    postings[fill[id]++] = sk;
    stemsPerSentence[sk]++;
  }
  // Each sentence's ids, ascending: walk the ids in order and hand each to its sentences.
  const sentenceStart = new Int32Array(sentenceCount + 1);
  for (let sk = 0; sk < sentenceCount; sk++) sentenceStart[sk + 1] = sentenceStart[sk] + stemsPerSentence[sk];
  const sentenceStems = new Int32Array(sentenceStart[sentenceCount]);
  const next = sentenceStart.slice(0, sentenceCount);
  for (let id = 0; id < hashes.length; id++) {
    for (let p = postingStart[id]; p < postingStart[id + 1]; p++) sentenceStems[next[postings[p]]++] = id;
  }
  const repSource: string[] = new Array(hashes.length);
  const repFrom = new Int32Array(hashes.length);
  const repLength = new Int32Array(hashes.length);
  for (let id = 0; id < hashes.length; id++) {
    const k = representative[id];
    repSource[id] = source[k];
    repFrom[id] = from.values[k];
    repLength[id] = length.values[k];
  }
  const table: StemTable = {
    hashes,
    source: repSource,
    from: repFrom,
    length: repLength,
    postingStart,
    postings,
    collision,
  };
  return { table, sentenceStart, sentenceStems };
}

function distinctHashes(xs: Uint32Array): Uint32Array {
  xs.sort();
  let w = 0;
  for (let r = 0; r < xs.length; r++) if (r === 0 || xs[r] !== xs[r - 1]) xs[w++] = xs[r];
  return xs.slice(0, w);
}

function indexOf(xs: Uint32Array, v: number): number {
  let lo = 0;
  let hi = xs.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (xs[mid] < v) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Content-stem occurrences in text order: hash, sentence, and where the stem's characters are. */
class Occurrences {
  readonly hash = new IntList();
  readonly sentence = new IntList();
  readonly source: string[] = [];
  readonly from = new IntList();
  readonly length = new IntList();
  count = 0;
  push(h: number, sentence: number, source: string, from: number, length: number): void {
    this.hash.push(h);
    this.sentence.push(sentence);
    this.source.push(source);
    this.from.push(from);
    this.length.push(length);
    this.count++;
  }
}
