import type { DocumentText } from '../text/documentText';
import { exactHash, hash32, hasArticle } from './normalise';
import { documentShingles, hashedSet, sentenceFacts } from './shingles';
import { minhash } from './minhash';
import { bandKeys, type Banding } from './lsh';
import { copySentences, hasSentences, releaseSentences } from './sentences';

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
  const keep = hasSentences(doc);
  keys.push(KEY_PREFIX.exact + exactHash(doc));
  keys.push(...bandKeys(minhash(documentShingles(doc), SHINGLE_BANDING.bands * SHINGLE_BANDING.rows), SHINGLE_BANDING, KEY_PREFIX.shingle));
  const seen = new Set<string>();
  for (const s of copySentences(doc)) {
    if (s.tokens.length < SENTENCE_KEY_MIN_WORDS) continue;
    const k = KEY_PREFIX.sentence + hash32(s.tokens.join(' ')).toString(36);
    if (!seen.has(k)) {
      seen.add(k);
      keys.push(k);
    }
  }
  const factsBySentence = sentenceFacts(doc);
  for (const facts of factsBySentence) {
    const distinct = [...new Set(facts)].sort();
    if (distinct.length < SENTENCE_FACTS_MIN) continue;
    const k = KEY_PREFIX.sentenceFacts + hash32(distinct.join('|')).toString(36);
    if (!seen.has(k)) {
      seen.add(k);
      keys.push(k);
    }
  }
  const exact = exactHash(doc);
  // The same value documentFacts computes, from the sentence facts already read (they are not cached).
  doc.memo('copies/facts', () => hashedSet(factsBySentence.flat()));
  // Keep only the small sets (shingles, facts, hashes); candidates re-split their sentences.
  if (!keep) releaseSentences(doc);
  return { id, exact, keys };
}
