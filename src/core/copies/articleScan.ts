import type { DocumentText } from '../text/documentText';
import { articleLines, hash32, STEM_LENGTH, STOPWORDS, type ArticleLine } from './normalise';
import { SentenceSpans, splitLineInto } from './sentenceSplit';

/**
 * One pass over a document's article text that gives everything copy detection needs from every
 * document: the exact-text hash, the word-shingle, fact and content-stem sets, and per sentence the
 * hash of its words and of its facts (the signature's sentence keys).
 *
 * Why a hand-written pass: the signature used to build every sentence with its token strings, then
 * hash each token three times (exact hash, shingles, `tokens.join(' ')`), and candidate confirmation
 * built the sentences again for stems. Here each article line is lower-cased once and scanned once;
 * the hashes are folded in as the characters go by, without a string per token. On the generated 1k
 * corpus (5.2 MB) this took the signature pass from 0.58 to 0.26-0.28 s CPU (warm, bundled): 20 MB/s.
 *
 * Every value equals what the string form gives (`tokenize`, `hash32`, `stem`, `contentStems`): the
 * copies unit tests compare the two on awkward text (curly apostrophes, non-ASCII letters, possessives).
 */
export interface ArticleSets {
  /** Hash of the article body's words (see `exactHash`). */
  readonly exact: string;
  /** Distinct hashed five-word shingles, ascending. */
  readonly shingles: Uint32Array;
  /** Distinct hashed names and numbers, ascending. */
  readonly facts: Uint32Array;
  /** Distinct hashed content-word stems, ascending. */
  readonly stems: Uint32Array;
  /** Number of article sentences with at least one word (`copySentences(doc).length`). */
  readonly sentences: number;
}

export interface ArticleScan {
  sets: ArticleSets;
  /** Shingle hashes in text order, repeats included (MinHash needs neither order nor uniqueness). */
  shingleHashes: Uint32Array;
  /** Per sentence (in order): number of words. */
  sentenceWords: number[];
  /** Per sentence: FNV-1a of its words joined by single spaces (`hash32(tokens.join(' '))`). */
  sentenceHashes: number[];
  /** Per sentence: number of distinct facts. */
  sentenceFactCounts: number[];
  /** Per sentence: FNV-1a of its distinct facts, sorted, joined by '|'. */
  sentenceFactHashes: number[];
}

/**
 * The sets are sorted (and their repeats dropped) when first read: only documents of candidate pairs are
 * compared set to set, and sorting every document's sets was a tenth of the signature pass.
 */
class SortedOnRead implements ArticleSets {
  private sorted = 0;
  /** `stemValues` undefined: the stems are read again from the article lines when first asked for. */
  constructor(
    readonly exact: string,
    private shingleValues: Uint32Array,
    private factValues: Uint32Array,
    private stemValues: Uint32Array | undefined,
    readonly sentences: number,
    private readonly lines: readonly ArticleLine[],
  ) {}
  // Each set on its own: most candidate pairs are settled by the shingles or the facts.
  get shingles(): Uint32Array {
    if (!(this.sorted & 1)) this.shingleValues = distinctSorted(this.shingleValues);
    this.sorted |= 1;
    return this.shingleValues;
  }
  get facts(): Uint32Array {
    if (!(this.sorted & 2)) this.factValues = distinctSorted(this.factValues);
    this.sorted |= 2;
    return this.factValues;
  }
  get stems(): Uint32Array {
    if (!(this.sorted & 4) || !this.stemValues) {
      this.stemValues = this.sortedStems();
      this.sorted |= 4;
    }
    return this.stemValues;
  }
  private sortedStems(): Uint32Array {
    return this.stemValues ? distinctSorted(this.stemValues) : new Scanner().run(this.lines).sets.stems;
  }
}

/**
 * Words per shingle. Five-word shingles almost never repeat between independently written news texts
 * (so Jaccard between unrelated articles on the same story stays near 0), yet a verbatim copy shares
 * nearly all of them; shorter shingles start matching stock phrases ("the two countries said"), longer
 * ones are broken by every light edit.
 */
export const SHINGLE_WORDS = 5;


export const ARTICLE_SETS_KEY = 'copies/articleSets';

/** The sets of the article text, computed once per document (the signature pass fills this memo). */
export function articleSets(doc: DocumentText): ArticleSets {
  return doc.memo(ARTICLE_SETS_KEY, () => scanArticle(doc).sets);
}

/** Told of every token, content stem and sentence as the scan reads them (to build a sentence model in the same pass). */
export interface ScanRecorder {
  /** A token at [start, end) of the text the next `sentence` call names as `lower`. */
  token(start: number, end: number): void;
  stem(hash: number, source: string, from: number, length: number): void;
  /** The sentence line.text[start, end) with words, after its tokens; `lower` is the lower-cased text its tokens index. */
  sentence(line: ArticleLine, start: number, end: number, lower: string): void;
}

/**
 * Hash of the article body's words, case, quotes, punctuation and wrapping aside: equal for exact copies
 * whatever their page chrome. Only lines of running text (ending a sentence, `endsSentence`) count,
 * because whether a page's headline is article text or chrome is the verdict line classifiers disagree
 * on most between two renderings of one article (when no line ends a sentence, all article lines count).
 * Two 32-bit lanes over the token hashes.
 */
export function exactHash(doc: DocumentText): string {
  return articleSets(doc).exact;
}

/** Scan the article text; also stores the sets in the document's memo for `articleSets`. */
export function scanArticle(doc: DocumentText, stems = true): ArticleScan {
  const scan = new Scanner(undefined, true, stems).run(articleLines(doc));
  doc.memo(ARTICLE_SETS_KEY, () => scan.sets);
  return scan;
}

export function scanArticleLines(lines: readonly ArticleLine[], recorder?: ScanRecorder): ArticleScan {
  return new Scanner(recorder).run(lines);
}

/** Tell the recorder of every token, stem and sentence, skipping the sets (already known for the document). */
export function recordArticleLines(lines: readonly ArticleLine[], recorder: ScanRecorder): void {
  new Scanner(recorder, false).run(lines);
}

// Scratch buffers reused across documents (the pass runs over every document of a corpus): token hashes,
// stem hashes and fact hashes are collected here and only the distinct, sorted values are copied out.
let tokenBuffer = new Uint32Array(1 << 14);
let stemBuffer = new Uint32Array(1 << 14);
let factBuffer = new Uint32Array(1 << 10);
const spans = new SentenceSpans();
/** FNV-1a of the first k characters of the token being read, k = 1..STEM_LENGTH: its stem's hash without a second pass. */
const prefixHashes = new Int32Array(STEM_LENGTH + 1);

class Scanner {
  private tokens = 0;
  private stems = 0;
  private factCount = 0;
  private sentenceCount = 0;
  private exact1 = FNV_OFFSET;
  private exact2 = 0x9747b28c;
  private readonly out = { sentenceWords: [] as number[], sentenceHashes: [] as number[], sentenceFactCounts: [] as number[], sentenceFactHashes: [] as number[] };

  /** Content stems are read for the recorder, and for the sets unless `withStems` is false (then on first use). */
  private readonly stemmed: boolean;

  /** `withSets` false: only tell the recorder (the sets are known already), no facts or exact hash. */
  constructor(
    private readonly recorder?: ScanRecorder,
    private readonly withSets = true,
    private readonly withStems = true,
  ) {
    this.stemmed = withStems || recorder !== undefined;
  }

  run(lines: readonly ArticleLine[]): ArticleScan {
    // Only lines that end a sentence count for the exact hash, unless none does (see `exactHash`).
    let anyBody = false;
    for (let k = 0; k < lines.length && !anyBody; k++) anyBody = endsSentence(lines[k].text);
    for (let k = 0; k < lines.length; k++) this.line(lines[k], !anyBody || endsSentence(lines[k].text));
    const shingleHashes = shingleHashesOf(tokenBuffer, this.tokens);
    const exact = hex8(this.exact1) + hex8(this.exact2);
    const stems = this.withStems ? stemBuffer.slice(0, this.stems) : undefined;
    const sets = new SortedOnRead(exact, shingleHashes, factBuffer.slice(0, this.factCount), stems, this.sentenceCount, lines);
    return { sets, shingleHashes, ...this.out };
  }

  private line(articleLine: ArticleLine, body: boolean): void {
    const text = articleLine.text;
    // An ASCII line is read as it is (the token readers fold ASCII capitals themselves): lower-casing
    // every line allocated a copy of the article text per pass. The recorder is given lower-cased text
    // (its token ranges index it).
    const lower = this.recorder || NON_ASCII.test(text) ? text.toLowerCase() : text;
    // toLowerCase keeps offsets except for a few letters that lower to two code units ("İ"); there each
    // sentence is lower-cased on its own, as `tokenize` does.
    const aligned = lower.length === text.length;
    splitLineInto(text, spans);
    for (let k = 0, count = spans.count; k < count; k++) {
      const s = spans.starts[k];
      const e = spans.ends[k];
      const source = aligned ? lower : text.slice(s, e).toLowerCase();
      const words = aligned ? this.words(lower, s, e, body) : this.words(source, 0, source.length, body);
      if (!words) continue;
      this.recorder?.sentence(articleLine, s, e, source);
      this.sentenceCount++;
      if (this.withSets) this.sentenceFacts(text, s, e);
    }
  }

  /** The sentence's facts into the document's fact hashes, and its fact count and fact hash. */
  private sentenceFacts(text: string, from: number, to: number): void {
    const facts = collectFacts(text, from, to);
    if (this.factCount + facts.count > factBuffer.length) factBuffer = grow(factBuffer, this.factCount + facts.count);
    for (let k = 0; k < facts.count; k++) factBuffer[this.factCount++] = facts.hash[k];
    const distinct = facts.sortedDistinct();
    let h = FNV_OFFSET;
    for (let k = 0; k < distinct; k++) {
      if (k > 0) h = Math.imul(h ^ 124, FNV_PRIME); // '|'
      h = facts.fold(h, facts.order[k]);
    }
    this.out.sentenceFactCounts.push(distinct);
    this.out.sentenceFactHashes.push(h >>> 0);
  }

  /**
   * The `tokenize` scanner over lower-cased text [from, to): for each token, its hash into the token
   * buffer, the exact-hash lanes, the stem set; for the sentence, the hash of its joined tokens.
   * Returns the number of tokens.
   */
  private words(s: string, from: number, to: number, body: boolean): number {
    const sets = this.withSets;
    let count = 0;
    let joined = FNV_OFFSET;
    let i = from;
    while (i < to) {
      // Each character is read once (`isWordChar` would read it again): the scan's innermost loop.
      let c = s.charCodeAt(i);
      if (c < 128) {
        c = ASCII_WORD_LOWER[c];
        if (c === 0) {
          i++;
          continue;
        }
      } else if (!LETTER_OR_DIGIT.test(s[i])) {
        i++;
        continue;
      }
      const start = i;
      let h = FNV_OFFSET;
      let length = 0;
      if (count > 0) joined = Math.imul(joined ^ 32, FNV_PRIME);
      // The character that ended the run (0 at the end of the range): an apostrophe may continue the token.
      let raw = 0;
      for (;;) {
        h = Math.imul(h ^ c, FNV_PRIME);
        joined = Math.imul(joined ^ c, FNV_PRIME);
        if (length < STEM_LENGTH) prefixHashes[++length] = h;
        if (++i === to) {
          raw = 0;
          break;
        }
        c = raw = s.charCodeAt(i);
        if (c < 128) {
          c = ASCII_WORD_LOWER[c];
          if (c === 0) break;
        } else if (!LETTER_OR_DIGIT.test(s[i])) break;
      }
      while ((raw === APOSTROPHE || raw === RIGHT_QUOTE) && i + 1 < to && isLetter(s, i + 1)) {
        h = Math.imul(h ^ APOSTROPHE, FNV_PRIME);
        joined = Math.imul(joined ^ APOSTROPHE, FNV_PRIME);
        if (length < STEM_LENGTH) prefixHashes[++length] = h;
        i++;
        while (i < to && isLetter(s, i)) {
          const c = folded(s, i++);
          h = Math.imul(h ^ c, FNV_PRIME);
          joined = Math.imul(joined ^ c, FNV_PRIME);
          if (length < STEM_LENGTH) prefixHashes[++length] = h;
        }
        raw = i < to ? s.charCodeAt(i) : 0;
      }
      const th = h >>> 0;
      if (sets) {
        this.pushToken(th);
        if (body) {
          this.exact1 = Math.imul(this.exact1 ^ th, FNV_PRIME);
          this.exact2 = Math.imul(this.exact2 ^ th, 0x5bd1e995);
          this.exact2 ^= this.exact2 >>> 15;
        }
      }
      // A stem is a prefix of its token (`stemLength`): its hash was kept on the way.
      const stem = this.stemmed ? contentStemLength(th, s, start, i) : 0;
      const stemHash = stem ? prefixHashes[stem] >>> 0 : 0;
      if (stem && sets && this.withStems) this.pushStem(stemHash);
      if (this.recorder) {
        this.recorder.token(start, i);
        if (stem) this.recorder.stem(stemHash, s, start, stem);
      }
      count++;
    }
    if (count && sets) {
      this.out.sentenceWords.push(count);
      this.out.sentenceHashes.push(joined >>> 0);
    }
    return count;
  }

  private pushToken(h: number): void {
    if (this.tokens === tokenBuffer.length) tokenBuffer = grow(tokenBuffer);
    tokenBuffer[this.tokens++] = h;
  }

  private pushStem(h: number): void {
    if (this.stems === stemBuffer.length) stemBuffer = grow(stemBuffer);
    stemBuffer[this.stems++] = h;
  }
}

function grow(xs: Uint32Array, atLeast = 0): Uint32Array<ArrayBuffer> {
  const bigger = new Uint32Array(Math.max(xs.length * 2, atLeast));
  bigger.set(xs);
  return bigger;
}

/** Hashed word shingles of the first `n` token hashes, in text order (a text shorter than k words is one shingle). */
function shingleHashesOf(th: Uint32Array, n: number, k = SHINGLE_WORDS): Uint32Array {
  if (!n) return new Uint32Array(0);
  const count = n < k ? 1 : n - k + 1;
  const all = new Uint32Array(count);
  if (n < k) all[0] = combine(th, 0, n);
  else if (k === 5) for (let i = 0; i < count; i++) all[i] = combine5(th, i);
  else for (let i = 0; i < count; i++) all[i] = combine(th, i, k);
  return all;
}

/** `combine(th, from, 5)` unrolled (a document's every token starts a shingle; the loop was a twentieth of the scan). */
function combine5(th: Uint32Array, from: number): number {
  let h = Math.imul(0x9747b28c ^ th[from], 0x5bd1e995);
  h ^= h >>> 13;
  h = Math.imul(h ^ th[from + 1], 0x5bd1e995);
  h ^= h >>> 13;
  h = Math.imul(h ^ th[from + 2], 0x5bd1e995);
  h ^= h >>> 13;
  h = Math.imul(h ^ th[from + 3], 0x5bd1e995);
  h ^= h >>> 13;
  h = Math.imul(h ^ th[from + 4], 0x5bd1e995);
  h ^= h >>> 13;
  return h >>> 0;
}

function combine(th: Uint32Array, from: number, k: number): number {
  let h = 0x9747b28c;
  for (let j = from; j < from + k; j++) {
    h = Math.imul(h ^ th[j], 0x5bd1e995);
    h ^= h >>> 13;
  }
  return h >>> 0;
}

/** Sort in place, drop repeats, return an exact-size copy (a view would keep the whole buffer alive). */
export function distinctSorted(xs: Uint32Array): Uint32Array {
  sortUint32(xs);
  let w = 0;
  for (let r = 0; r < xs.length; r++) if (r === 0 || xs[r] !== xs[r - 1]) xs[w++] = xs[r];
  return w === xs.length ? xs : xs.slice(0, w);
}

/**
 * Below this length the built-in sort is faster than the radix sort (its fixed cost is three passes
 * over the digit counts); above it the radix sort takes 0.6 of the time at 900 values (a document's
 * shingles), 0.5 at 2,000.
 */
const RADIX_SORT_MIN = 512;
let radixScratch = new Uint32Array(4096);
const radixCounts = new Int32Array(3 << 11);

/** Sort 32-bit unsigned values in place, ascending (as Uint32Array#sort): an LSD radix sort of three 11-bit digits. */
export function sortUint32(xs: Uint32Array): Uint32Array {
  const n = xs.length;
  if (n < RADIX_SORT_MIN) return xs.sort();
  if (radixScratch.length < n) radixScratch = new Uint32Array(n);
  const scratch = radixScratch;
  const counts = radixCounts;
  counts.fill(0);
  for (let i = 0; i < n; i++) {
    const v = xs[i];
    counts[v & 2047]++;
    counts[2048 + ((v >>> 11) & 2047)]++;
    counts[4096 + (v >>> 22)]++;
  }
  for (let base = 0; base < counts.length; base += 2048) {
    for (let b = base, sum = 0; b < base + 2048; b++) {
      const c = counts[b];
      counts[b] = sum;
      sum += c;
    }
  }
  for (let i = 0; i < n; i++) scratch[counts[xs[i] & 2047]++] = xs[i];
  for (let i = 0; i < n; i++) xs[counts[2048 + ((scratch[i] >>> 11) & 2047)]++] = scratch[i];
  for (let i = 0; i < n; i++) scratch[counts[4096 + (xs[i] >>> 22)]++] = xs[i];
  xs.set(scratch.subarray(0, n));
  return xs;
}

function hex8(h: number): string {
  return (h >>> 0).toString(16).padStart(8, '0');
}

// --- tokens ------------------------------------------------------------------------------------------------

/**
 * Word tokens read in place (kept in this module with the scan that calls them per character: run from
 * TypeScript sources (tsx, tests, evaluators) each imported function is reached through a module getter,
 * which made the scan two times slower than in the bundle): the character classes of `tokenize`, and the hash, stop-word test and stem
 * of a token given as a range of lower-cased text, so that hot paths (the signature scan, the sentence
 * model of candidate documents) never build a string per token. A token's characters are the range's
 * characters with right single quotes read as apostrophes, as `tokenize` writes them, and ASCII capitals
 * read as small letters (ASCII lines are scanned without lower-casing them first).
 */

export const FNV_OFFSET = 0x811c9dc5;
export const FNV_PRIME = 0x01000193;
export const APOSTROPHE = 39;
export const RIGHT_QUOTE = 0x2019;

const LETTER = /\p{L}/u;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
/** The ASCII code units with capitals made small. */
const ASCII_LOWER = new Uint8Array(128).map((_, c) => (c >= 65 && c <= 90 ? c + 32 : c));
const NON_ASCII = /[^\x00-\x7f]/;
/** For the ASCII letters and digits, the character lower-cased; 0 for the other ASCII characters. */
const ASCII_WORD_LOWER = new Uint8Array(128).map((_, c) => ((c >= 97 && c <= 122) || (c >= 48 && c <= 57) ? c : c >= 65 && c <= 90 ? c + 32 : 0));

export function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

export function isLetter(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
  return LETTER.test(s[i]);
}

export function isWordChar(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 65 && c <= 90);
  return LETTER_OR_DIGIT.test(s[i]);
}

export function folded(s: string, i: number): number {
  const c = s.charCodeAt(i);
  if (c < 128) return ASCII_LOWER[c];
  return c === RIGHT_QUOTE ? APOSTROPHE : c;
}

/** FNV-1a (`hash32`) of the token characters s[from, to). */
export function fnvRange(s: string, from: number, to: number): number {
  let h = FNV_OFFSET;
  for (let i = from; i < to; i++) h = Math.imul(h ^ folded(s, i), FNV_PRIME);
  return h >>> 0;
}

/** Same token characters in a[aFrom, aFrom + len) and b[bFrom, bFrom + len). */
export function sameRange(a: string, aFrom: number, b: string, bFrom: number, len: number): boolean {
  for (let k = 0; k < len; k++) if (folded(a, aFrom + k) !== folded(b, bFrom + k)) return false;
  return true;
}

// Stop words in an open-addressing table of their hashes (a Map lookup per token was a tenth of the
// signature pass); a hit is checked against the word's characters, so a hash collision cannot drop a
// content word.
const STOP_TABLE_BITS = 10;
const STOP_MASK = (1 << STOP_TABLE_BITS) - 1;
const STOP_TABLE = new Int32Array(1 << STOP_TABLE_BITS).fill(-1);
const STOP_LIST = [...STOPWORDS];
STOP_LIST.forEach((w, k) => {
  let slot = hash32(w) & STOP_MASK;
  while (STOP_TABLE[slot] >= 0) slot = (slot + 1) & STOP_MASK;
  STOP_TABLE[slot] = k;
});

/** Is the token s[from, to) (whose hash is h) a stop word (`STOPWORDS`)? */
export function isStopword(h: number, s: string, from: number, to: number): boolean {
  for (let slot = h & STOP_MASK; STOP_TABLE[slot] >= 0; slot = (slot + 1) & STOP_MASK) {
    const w = STOP_LIST[STOP_TABLE[slot]];
    if (w.length === to - from && sameChars(w, s, from)) return true;
  }
  return false;
}

function sameChars(w: string, s: string, from: number): boolean {
  for (let k = 0; k < w.length; k++) if (folded(s, from + k) !== w.charCodeAt(k)) return false;
  return true;
}

/** Length of `stem(token)` for the token s[from, to): every step of `stem` keeps a prefix of the token. */
export function stemLength(s: string, from: number, to: number): number {
  let len = to - from;
  if (len >= 2 && folded(s, to - 2) === APOSTROPHE && folded(s, to - 1) === 115) len -= 2; // 's
  const last = folded(s, from + len - 1);
  const before = len >= 2 ? folded(s, from + len - 2) : 0;
  if (len > 5 && before === 97 && last === 110) len -= 1; // -an
  else if (len > 4 && last === 115) {
    if (before !== 115 && before !== 117 && before !== 105) len -= 1; // -s, not -ss -us -is
  }
  return len > STEM_LENGTH ? STEM_LENGTH : len;
}

/** Does the token s[from, to) (hash h) give a content stem (`contentStems`)? Its length, or 0. */
export function contentStemLength(h: number, s: string, from: number, to: number): number {
  if (isStopword(h, s, from, to)) return 0;
  const len = stemLength(s, from, to);
  // Single letters say nothing; single digits do.
  return len >= 2 || isDigit(s.charCodeAt(from)) ? len : 0;
}

// --- facts (the same patterns as the string form in `shingles.ts`) ------------------------------------------

const UPPER = /\p{Lu}/u;
const LETTER_CP = /\p{L}/u;
const LETTER_OR_DIGIT_CP = /[\p{L}\p{N}]/u;

/**
 * The facts of one sentence (reused from sentence to sentence), read in place: fact k is the lower-cased
 * text[start[k], start[k] + length[k]) when the match is plain ASCII (lower-casing is then per character),
 * otherwise the lower-cased string strings[k] (only then is a string made: one per fact was a third of
 * the facts' cost).
 */
class SentenceFacts {
  count = 0;
  text = '';
  start = new Int32Array(32);
  length = new Int32Array(32);
  hash = new Uint32Array(32);
  strings: (string | undefined)[] = [];
  /** Code units 0 and 1 of each fact as c0 · 65536 + c1 (see `compare`). */
  prefix = new Uint32Array(32);
  order = new Int32Array(32);

  reset(text: string): void {
    this.text = text;
    this.count = 0;
  }

  push(start: number, length: number, string: string | undefined): void {
    if (this.count === this.start.length) {
      this.start = growInt(this.start);
      this.length = growInt(this.length);
      this.hash = grow(this.hash);
      this.prefix = grow(this.prefix);
    }
    const k = this.count++;
    this.start[k] = start;
    this.length[k] = string === undefined ? length : string.length;
    this.strings[k] = string;
    this.hash[k] = this.fold(FNV_OFFSET, k) >>> 0;
    this.prefix[k] = this.charAt(k, 0) * 65536 + (this.length[k] > 1 ? this.charAt(k, 1) : 0);
  }

  /** Code unit i of fact k. */
  charAt(k: number, i: number): number {
    const string = this.strings[k];
    if (string !== undefined) return string.charCodeAt(i);
    const c = this.text.charCodeAt(this.start[k] + i);
    return c >= 65 && c <= 90 ? c + 32 : c;
  }

  /** FNV-1a continued from h over fact k's characters (not finalised to unsigned). */
  fold(h: number, k: number): number {
    for (let i = 0, n = this.length[k]; i < n; i++) h = Math.imul(h ^ this.charAt(k, i), FNV_PRIME);
    return h;
  }

  /** Order of the facts as strings compare (code units), as Array#sort gives it. */
  compare(a: number, b: number): number {
    // The first two code units, packed, settle most comparisons (0 stands for "ended": facts hold no NUL).
    const d = this.prefix[a] - this.prefix[b];
    if (d) return d;
    const la = this.length[a];
    const lb = this.length[b];
    for (let i = 2, n = Math.min(la, lb); i < n; i++) {
      const e = this.charAt(a, i) - this.charAt(b, i);
      if (e) return e;
    }
    return la - lb;
  }

  /**
   * The distinct facts in string order: their indices in order[0 .. return value). An insertion sort: a
   * sentence has a handful of facts, and Array#sort's set-up per call was a tenth of the scan.
   */
  sortedDistinct(): number {
    if (this.order.length < this.count) this.order = new Int32Array(this.start.length);
    const order = this.order;
    let n = 0;
    for (let k = 0; k < this.count; k++) {
      let j = n - 1;
      let d = 1;
      while (j >= 0 && (d = this.compare(order[j], k)) > 0) j--;
      if (j >= 0 && d === 0) continue;
      for (let m = n; m > j + 1; m--) order[m] = order[m - 1];
      order[j + 1] = k;
      n++;
    }
    return n;
  }
}

function growInt(xs: Int32Array): Int32Array<ArrayBuffer> {
  const bigger = new Int32Array(xs.length * 2);
  bigger.set(xs);
  return bigger;
}

const sentenceFacts = new SentenceFacts();

/**
 * The names and numbers of the sentence text[from, to), lower-cased: matches of
 * `\p{Lu}[\p{L}'’-]+|\d[\d,.:]*\d|\d` except the one at the sentence's first word. Written out by hand
 * because the regex, with a match object per fact, was a third of the signature pass.
 */
function collectFacts(text: string, from: number, to: number): SentenceFacts {
  const out = sentenceFacts;
  out.reset(text);
  const opening = openingIndex(text, from, to);
  let p = from;
  for (;;) {
    // Jump to the next capital, digit or non-ASCII character (a native scan; the loop over every
    // character was a tenth of the signature pass).
    FACT_START.lastIndex = p;
    if (!FACT_START.test(text)) break;
    p = FACT_START.lastIndex - 1;
    if (p >= to) break;
    const c = text.charCodeAt(p);
    if (c >= 48 && c <= 57) {
      // A digit run with inner separators, ending on a digit (the regex backtracks to the last digit).
      let end = p + 1;
      for (let q = p + 1; q < to; q++) {
        const d = text.charCodeAt(q);
        if (d >= 48 && d <= 57) end = q + 1;
        else if (d !== 44 && d !== 46 && d !== 58) break;
      }
      if (p !== opening) out.push(p, end - p, undefined);
      p = end;
      continue;
    }
    // Most characters are ASCII and not capitals: skip them without the code point checks.
    if (c < 128 && (c < 65 || c > 90)) {
      p++;
      continue;
    }
    const width = codePointWidth(text, p, to);
    if (isUpperAt(text, p, c, width)) {
      let ascii = c < 128;
      let end = p + width;
      while (end < to) {
        const d = text.charCodeAt(end);
        if (d < 128) {
          if ((d >= 97 && d <= 122) || (d >= 65 && d <= 90) || d === 39 || d === 45) end++;
          else break;
          continue;
        }
        const w = codePointWidth(text, end, to);
        if (!isNameCharAt(text, end, w)) break;
        ascii = false;
        end += w;
      }
      if (end > p + width) {
        if (p !== opening) {
          if (ascii) out.push(p, asciiFactLength(text, p, end), undefined);
          else out.push(p, 0, factText(text.slice(p, end)));
        }
        p = end;
        continue;
      }
    }
    p += width;
  }
  return out;
}

/** Where a fact can start: an ASCII capital or digit, or any non-ASCII character (checked in full after). */
const FACT_START = /[A-Z0-9\u0080-\uffff]/g;

/** Length of the ASCII name text[p, end) as a fact: its possessive "'s" dropped (as `factText` does). */
function asciiFactLength(text: string, p: number, end: number): number {
  const n = end - p;
  if (n > 2 && text.charCodeAt(end - 2) === APOSTROPHE && (text.charCodeAt(end - 1) | 32) === 115) return n - 2;
  return n;
}

/** 2 for a surrogate pair starting at i (the regex reads code points), else 1. */
function codePointWidth(s: string, i: number, to: number): number {
  const c = s.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < to) {
    const d = s.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return 2;
  }
  return 1;
}

function isUpperAt(s: string, i: number, c: number, width: number): boolean {
  if (c < 128) return c >= 65 && c <= 90;
  return UPPER.test(s.slice(i, i + width));
}

/** [\p{L}'’-] at i. */
function isNameCharAt(s: string, i: number, width: number): boolean {
  const c = s.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 39 || c === 45;
  if (c === RIGHT_QUOTE) return true;
  return LETTER_CP.test(s.slice(i, i + width));
}

/** Where the sentence text[from, to) has its first letter or digit (its capital says nothing: any word can open a sentence). */
function openingIndex(text: string, from: number, to: number): number {
  for (let p = from; p < to; ) {
    const c = text.charCodeAt(p);
    if (c < 128) {
      if ((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122)) return p;
      p++;
      continue;
    }
    const width = codePointWidth(text, p, to);
    if (LETTER_OR_DIGIT_CP.test(text.slice(p, p + width))) return p;
    p += width;
  }
  return from;
}

function factText(match: string): string {
  let f = match.toLowerCase();
  if (f.length > 2 && (f.endsWith("'s") || f.endsWith('’s'))) f = f.slice(0, -2);
  return f;
}

// --- body lines ---------------------------------------------------------------------------------------------

const SPACE = /\s/;
const CLOSERS = new Set([34, 39, 0x201d, 0x2019, 41, 93]); // " ' ” ’ ) ]

/**
 * True when the line ends a sentence: `[.!?…]["'”’)\]]*\s*$`, read backwards (the regex tries every
 * position of the line).
 */
export function endsSentence(text: string): boolean {
  let i = text.length - 1;
  while (i >= 0 && isSpace(text, i)) i--;
  while (i >= 0 && CLOSERS.has(text.charCodeAt(i))) i--;
  if (i < 0) return false;
  const c = text.charCodeAt(i);
  return c === 46 || c === 33 || c === 63 || c === 0x2026;
}

function isSpace(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return SPACE.test(s[i]);
}
