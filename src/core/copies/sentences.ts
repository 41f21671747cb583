import type { DocumentText } from '../text/documentText';
import { articleLines, contentStems, tokenize, type ArticleLine } from './normalise';
import { sameRange } from './articleScan';
import { ARTICLE_SETS_KEY, recordArticleLines, scanArticleLines, type ArticleSets, type ScanRecorder } from './articleScan';

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

export { splitLine } from './sentenceSplit';

/** The sentences of a document's article text (see `articleLines`), computed once per document. */
export function copySentences(doc: DocumentText): CopySentence[] {
  return sentenceModel(doc).sentences;
}

/** The sentences with their words and stem table (see `Sentence`, `StemTable`). */
export function sentenceModel(doc: DocumentText): SentenceModel {
  let cached = heavy.get(doc);
  if (!cached) {
    let built: SentenceModel | undefined;
    doc.memo(ARTICLE_SETS_KEY, () => {
      const both = buildModel(doc);
      built = both.model;
      return both.sets;
    });
    // The sets are usually known (the signature pass scans every document): then only the model is read,
    // without the facts and hashes of the sets (a third of the scan).
    cached = built ?? recordModel(doc);
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

/**
 * Growable list of 32-bit integers in a typed array (token offsets and stem occurrences of a document).
 * The lists are scratch space shared by every model build (`ModelBuilder` clears them; builds never nest):
 * growing fresh lists from 256 entries for each document was a tenth of the model build.
 */
class IntList {
  values = new Int32Array(256);
  length = 0;
  clear(): this {
    this.length = 0;
    return this;
  }
  push(x: number): void {
    if (this.length === this.values.length) {
      const bigger = new Int32Array(this.values.length * 2);
      bigger.set(this.values);
      this.values = bigger;
    }
    this.values[this.length++] = x;
  }
}

/** Collects a sentence model while `scanArticleLines` reads the article (one pass for both). */
class ModelBuilder implements ScanRecorder {
  private readonly starts = scratchStarts.clear();
  private readonly ends = scratchEnds.clear();
  private readonly occurrences = scratchOccurrences.clear();
  private readonly spans: { start: number; end: number; line: number; text: string; lower: string; tokenFrom: number; tokenTo: number }[] = [];
  private tokenFrom = 0;

  constructor(private readonly doc: DocumentText) {}

  token(start: number, end: number): void {
    this.starts.push(start);
    this.ends.push(end);
  }

  stem(hash: number, source: string, from: number, length: number): void {
    this.occurrences.push(hash, this.spans.length, source, from, length);
  }

  sentence(line: ArticleLine, start: number, end: number, lower: string): void {
    const base = this.doc.lineStarts[line.line];
    this.spans.push({ start: base + start, end: base + end, line: line.line, text: line.text.slice(start, end), lower, tokenFrom: this.tokenFrom, tokenTo: this.starts.length });
    this.tokenFrom = this.starts.length;
  }

  finish(): SentenceModel {
    const { table, sentenceStart, sentenceStems } = stemTable(this.occurrences, this.spans.length);
    const tokenStarts = this.starts.values.slice(0, this.starts.length);
    const tokenEnds = this.ends.values.slice(0, this.ends.length);
    const paragraphs = this.doc.paragraphs;
    let p = 0;
    const sentences = this.spans.map((x, index) => {
      // Sentences come in line order, and so do paragraphs: one walk finds each sentence's paragraph.
      while (p < paragraphs.length && paragraphs[p].endLine < x.line) p++;
      const paragraph = p < paragraphs.length && paragraphs[p].startLine <= x.line ? paragraphs[p].index : -1;
      return new Sentence(
        index,
        x.start,
        x.end,
        x.line,
        paragraph,
        x.text,
        x.lower,
        tokenStarts.subarray(x.tokenFrom, x.tokenTo),
        tokenEnds.subarray(x.tokenFrom, x.tokenTo),
        sentenceStems.subarray(sentenceStart[index], sentenceStart[index + 1]),
      );
    });
    return { sentences, stems: table };
  }
}

/** The sentence model and the article sets, from one scan of the article lines. */
function buildModel(doc: DocumentText): { model: SentenceModel; sets: ArticleSets } {
  const builder = new ModelBuilder(doc);
  const scan = scanArticleLines(articleLines(doc), builder);
  return { model: builder.finish(), sets: scan.sets };
}

function recordModel(doc: DocumentText): SentenceModel {
  const builder = new ModelBuilder(doc);
  recordArticleLines(articleLines(doc), builder);
  return builder.finish();
}

/**
 * The article sets of a document about to be compared with another: when they are not known yet (a
 * document read again for a candidate pair), the sentence model is built in the same pass, since a
 * candidate that gets this far is usually aligned next.
 */
export function comparisonSets(doc: DocumentText): ArticleSets {
  return doc.memo(ARTICLE_SETS_KEY, () => {
    const { model, sets } = buildModel(doc);
    heavy.set(doc, model);
    return sets;
  });
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
  const { hashes, ids } = rankedHashes(hashOf);
  const representative = new Int32Array(hashes.length).fill(-1);
  const lastSentence = new Int32Array(hashes.length).fill(-1);
  const postingCount = new Int32Array(hashes.length);
  let collision = false;
  for (let k = 0; k < n; k++) {
    const id = ids[k];
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

/**
 * The distinct values of `xs`, ascending, and for each element its value's position among them. Values
 * are told apart in an open-addressing table first, so only the distinct ones are sorted (about half of
 * the occurrences), and each occurrence finds its rank in one probe instead of a binary search.
 */
function rankedHashes(xs: Uint32Array): { hashes: Uint32Array; ids: Int32Array } {
  const n = xs.length;
  const bits = Math.max(4, Math.ceil(Math.log2(n * 2 + 1)));
  const mask = (1 << bits) - 1;
  const slots = new Int32Array(1 << bits).fill(-1);
  const distinct = new Uint32Array(n);
  const slotOf = new Int32Array(n);
  let count = 0;
  for (let k = 0; k < n; k++) {
    const h = xs[k];
    let slot = Math.imul(h, 0x9e3779b1) >>> (32 - bits);
    while (slots[slot] >= 0 && distinct[slots[slot]] !== h) slot = (slot + 1) & mask;
    if (slots[slot] < 0) {
      slots[slot] = count;
      distinct[count++] = h;
    }
    slotOf[k] = slot;
  }
  const hashes = distinct.slice(0, count).sort();
  const rankOfSlot = new Int32Array(1 << bits);
  for (let id = 0; id < count; id++) {
    const h = hashes[id];
    let slot = Math.imul(h, 0x9e3779b1) >>> (32 - bits);
    while (distinct[slots[slot]] !== h) slot = (slot + 1) & mask;
    rankOfSlot[slot] = id;
  }
  const ids = new Int32Array(n);
  for (let k = 0; k < n; k++) ids[k] = rankOfSlot[slotOf[k]];
  return { hashes, ids };
}

/** Content-stem occurrences in text order: hash, sentence, and where the stem's characters are. */
class Occurrences {
  readonly hash = new IntList();
  readonly sentence = new IntList();
  readonly source: string[] = [];
  readonly from = new IntList();
  readonly length = new IntList();
  count = 0;
  clear(): this {
    this.hash.clear();
    this.sentence.clear();
    this.source.length = 0;
    this.from.clear();
    this.length.clear();
    this.count = 0;
    return this;
  }
  push(h: number, sentence: number, source: string, from: number, length: number): void {
    this.hash.push(h);
    this.sentence.push(sentence);
    this.source.push(source);
    this.from.push(from);
    this.length.push(length);
    this.count++;
  }
}

const scratchStarts = new IntList();
const scratchEnds = new IntList();
const scratchOccurrences = new Occurrences();
