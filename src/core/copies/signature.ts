import type { DocumentText } from '../text/documentText';
import { hasArticle } from './normalise';
import { scanArticle, type ArticleScan } from './articleScan';
import { minhash } from './minhash';
import { isEmptySignature, keyString, type Banding } from './lsh';

/**
 * Word-shingle LSH: 128 MinHash values in 32 bands of 4 rows. The S-curve 1 − (1 − J⁴)³² is steep around
 * J ≈ 0.42: a pair with Jaccard 0.5 (NEAR_MIN_JACCARD) becomes a candidate with probability 0.87, 0.6 with
 * 0.99, 0.7 with 1.0; texts written from the same template (J ≈ 0.25) with probability 0.12, unrelated
 * texts (J < 0.05) practically never. A lower threshold (2 rows) would also catch excerpts by Jaccard, but
 * makes every templated corpus a single candidate blob; excerpts are caught by sentence keys instead.
 */
export const SHINGLE_BANDING: Banding = { bands: 32, rows: 4 };
/** Sentences at least this long give a sentence key (shorter ones are stock phrases and datelines). */
export const SENTENCE_KEY_MIN_WORDS = 8;

/**
 * Spun copies share few exact shingles, so they are found by their sentences' facts: a sentence's set of
 * names and numbers gives a key when it has at least this many. A reworded sentence keeps them (clause
 * order and synonyms aside); two different stories rarely put the same three facts in one sentence; two
 * shared keys make a candidate (MIN_SHARED_SENTENCES). A MinHash LSH over each document's whole fact set
 * was tried first and dropped: on a templated corpus (a small pool of names, small numbers) it made
 * 124k candidate pairs per 1,000 documents, against 10k for these keys.
 */
export const SENTENCE_FACTS_MIN = 3;

export const KEY_PREFIX = { exact: 'x:', shingle: 'w', sentence: 'p:', sentenceFacts: 'q:' } as const;

/**
 * What the map step of a distributed run emits per document: JSON-serialisable, small (≈ 100 keys).
 * Documents sharing a key are candidate pairs; the reduce step (`clusterFromSignatures`) confirms the
 * candidates by re-reading the two documents, so no text travels in the signature.
 */
export interface DocumentSignature {
  /** The document's id in the run (its path). */
  id: string;
  /** Hash of the normalised article text, '' when the document has no article text. */
  exact: string;
  /** Exact-text key, word-shingle band keys, sentence keys and sentence-fact keys, distinct. */
  keys: string[];
}

export function documentSignature(doc: DocumentText, id = doc.path): DocumentSignature {
  const keys: string[] = [];
  if (!hasArticle(doc)) return { id, exact: '', keys };
  const scan = scanArticle(doc);
  emitKeys(scan, (prefix, values, from, count) => keys.push(keyString(prefix, values, from, count)));
  return { id, exact: scan.sets.exact, keys };
}

/**
 * The document's signature keys added to `table` as the hashes `KeyTable.addString` gives their strings,
 * without writing the strings: the single-process pass (`findCopies`) groups documents by these numbers
 * directly (building ~100 key strings per document and hashing them again was about a twentieth of the
 * copies pass).
 */
export function addDocumentKeys(table: KeyTable, doc: DocumentText, owner: number): void {
  if (!hasArticle(doc)) return;
  // Stems are left to first use: the keys do not need them, and on the 1k corpus the copy search read the
  // stems of 2 documents of 1,000 (a sixth of the scan). The CLI's map step (`documentSignature`) reads
  // them with the rest, since every document's profile carries them.
  emitKeys(scanArticle(doc, false), (prefix, values, from, count) => table.addParts(owner, prefix, values, from, count));
}

/**
 * A key is `prefix` followed by `count` numbers from `values` (from `from` on) in base 36, separated by
 * dots: band keys `w<band>:<row>.<row>.<row>.<row>`, sentence keys `p:<hash>`, fact keys `q:<hash>`, and
 * the exact-text key `x:<hex>` (all prefix, no numbers).
 */
type KeySink = (prefix: string, values: ArrayLike<number>, from: number, count: number) => void;

const NO_VALUES = new Uint32Array(0);
const BAND_PREFIXES = Array.from({ length: SHINGLE_BANDING.bands }, (_, b) => `${KEY_PREFIX.shingle}${b}:`);

/** The keys of a scanned document, distinct, in signature order. */
function emitKeys(scan: ArticleScan, key: KeySink): void {
  key(KEY_PREFIX.exact + scan.sets.exact, NO_VALUES, 0, 0);
  // MinHash keeps each bin's minimum: the same for the shingles in text order as for the sorted set.
  const { bands, rows } = SHINGLE_BANDING;
  const signature = minhash(scan.shingleHashes, bands * rows);
  // The keys of `bandKeys` (none for an empty set).
  if (!isEmptySignature(signature)) for (let b = 0; b < bands; b++) key(BAND_PREFIXES[b], signature, b * rows, rows);
  // A key is a function of its hash: distinct hashes give the distinct keys (a document has a few dozen
  // sentences; a list is cheaper than a Set of 32-bit numbers, which V8 boxes).
  let seen: number[] = [];
  for (let k = 0; k < scan.sentenceWords.length; k++) {
    if (scan.sentenceWords[k] < SENTENCE_KEY_MIN_WORDS || seen.includes(scan.sentenceHashes[k])) continue;
    seen.push(scan.sentenceHashes[k]);
    key(KEY_PREFIX.sentence, scan.sentenceHashes, k, 1);
  }
  seen = [];
  for (let k = 0; k < scan.sentenceFactCounts.length; k++) {
    if (scan.sentenceFactCounts[k] < SENTENCE_FACTS_MIN || seen.includes(scan.sentenceFactHashes[k])) continue;
    seen.push(scan.sentenceFactHashes[k]);
    key(KEY_PREFIX.sentenceFacts, scan.sentenceFactHashes, k, 1);
  }
}

/** True for the keys of sentences and sentence facts (`candidatePairs` treats their buckets apart). */
export function isSentenceKey(key: string): boolean {
  return key.startsWith(KEY_PREFIX.sentence) || key.startsWith(KEY_PREFIX.sentenceFacts);
}

/** Base-36 digits of one number, least significant first (a 32-bit number has at most seven). */
const base36Digits = new Int32Array(8);

/**
 * Signature keys of many documents as numbers: each key told apart by two hashes of its string (32 + 21
 * bits, as a 53-bit number would be), with the document that has it and whether it is a sentence key.
 * A collision only adds a candidate, which confirmation then rejects.
 */
export class KeyTable {
  count = 0;
  high = new Int32Array(1024);
  low = new Int32Array(1024);
  owner = new Int32Array(1024);
  sentence = new Uint8Array(1024);
  // The two hash lanes while a key is read.
  private h1 = 0;
  private h2 = 0;

  addString(owner: number, key: string): void {
    this.start();
    for (let c = 0; c < key.length; c++) this.fold(key.charCodeAt(c));
    this.finish(owner, isSentenceKey(key));
  }

  /** The key `keyString(prefix, values, from, count)` would write, hashed as `addString` hashes it. */
  addParts(owner: number, prefix: string, values: ArrayLike<number>, from: number, count: number): void {
    this.start();
    for (let c = 0; c < prefix.length; c++) this.fold(prefix.charCodeAt(c));
    for (let r = 0; r < count; r++) {
      if (r) this.fold(46); // '.'
      this.foldBase36(values[from + r]);
    }
    this.finish(owner, isSentenceKey(prefix));
  }

  private start(): void {
    this.h1 = 0x811c9dc5;
    this.h2 = 0x9747b28c;
  }

  private fold(x: number): void {
    this.h1 = Math.imul(this.h1 ^ x, 0x01000193);
    const h2 = Math.imul(this.h2 ^ x, 0x5bd1e995);
    this.h2 = h2 ^ (h2 >>> 15);
  }

  /** The digits of `base36(n)`, most significant first. */
  private foldBase36(n: number): void {
    // Digits from the least significant into scratch, then folded in writing order. Below 2^31 the
    // division is an integer one (a multiply by a constant once compiled).
    let count = 0;
    if (n >= 0x80000000) {
      const q = Math.floor(n / 36);
      base36Digits[count++] = n - q * 36;
      n = q;
    }
    do {
      const q = (n / 36) | 0;
      base36Digits[count++] = n - q * 36;
      n = q;
    } while (n > 0);
    while (count > 0) {
      const digit = base36Digits[--count];
      this.fold(digit < 10 ? 48 + digit : 87 + digit);
    }
  }

  private finish(owner: number, sentence: boolean): void {
    if (this.count === this.high.length) this.grow();
    const k = this.count++;
    this.high[k] = this.h1;
    this.low[k] = this.h2 & 0x1fffff;
    this.owner[k] = owner;
    this.sentence[k] = sentence ? 1 : 0;
  }

  private grow(): void {
    const size = this.high.length * 2;
    const high = new Int32Array(size);
    const low = new Int32Array(size);
    const owner = new Int32Array(size);
    const sentence = new Uint8Array(size);
    high.set(this.high);
    low.set(this.low);
    owner.set(this.owner);
    sentence.set(this.sentence);
    this.high = high;
    this.low = low;
    this.owner = owner;
    this.sentence = sentence;
  }
}
