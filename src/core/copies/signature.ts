import type { DocumentText } from '../text/documentText';
import { hasArticle } from './normalise';
import { scanArticle } from './articleScan';
import { minhash } from './minhash';
import { bandKeys, base36, type Banding } from './lsh';

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
  keys.push(KEY_PREFIX.exact + scan.sets.exact);
  // MinHash keeps each bin's minimum: the same for the shingles in text order as for the sorted set.
  keys.push(...bandKeys(minhash(scan.shingleHashes, SHINGLE_BANDING.bands * SHINGLE_BANDING.rows), SHINGLE_BANDING, KEY_PREFIX.shingle));
  // A key is a function of its hash: distinct hashes give the distinct keys (a document has a few dozen
  // sentences; a list is cheaper than a Set of 32-bit numbers, which V8 boxes).
  let seen: number[] = [];
  for (let k = 0; k < scan.sentenceWords.length; k++) {
    if (scan.sentenceWords[k] < SENTENCE_KEY_MIN_WORDS || seen.includes(scan.sentenceHashes[k])) continue;
    seen.push(scan.sentenceHashes[k]);
    keys.push(KEY_PREFIX.sentence + base36(scan.sentenceHashes[k]));
  }
  seen = [];
  for (let k = 0; k < scan.sentenceFactCounts.length; k++) {
    if (scan.sentenceFactCounts[k] < SENTENCE_FACTS_MIN || seen.includes(scan.sentenceFactHashes[k])) continue;
    seen.push(scan.sentenceFactHashes[k]);
    keys.push(KEY_PREFIX.sentenceFacts + base36(scan.sentenceFactHashes[k]));
  }
  return { id, exact: scan.sets.exact, keys };
}
