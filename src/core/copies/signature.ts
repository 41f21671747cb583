import type { DocumentText } from '../text/documentText';
import { normalizeForHash } from '../text/hash';
import { exactHash, hash32, normalisedArticle } from './normalise';
import { documentShingles, documentStems } from './shingles';
import { minhash } from './minhash';
import { bandKeys, type Banding } from './lsh';
import { copySentences } from './sentences';

/**
 * Word-shingle LSH: 64 MinHash values in 32 bands of 2 rows. The S-curve 1 − (1 − J²)³² is steep around
 * J ≈ 0.18: a pair with Jaccard 0.3 becomes a candidate with probability 0.95, 0.5 with 0.9999 (so every
 * near copy, NEAR_MIN_JACCARD = 0.5, is found), while unrelated texts (J < 0.02) collide with
 * probability < 0.013. The low threshold also catches partial copies: a text that is a third of a longer
 * one has J ≈ 0.33 and is found with probability 0.98.
 */
export const SHINGLE_BANDING: Banding = { bands: 32, rows: 2 };
/**
 * Content-word LSH, for spun copies that share few exact shingles: the same 32×2 banding over the set of
 * content-word stems. A synonym-spun rewrite keeps names, numbers and topic words: stem Jaccard 0.35–0.6
 * (found with probability 0.98–1.0). Same-topic reports also collide here (J 0.15–0.3, p 0.5–0.95); they
 * are cheap to reject (stem containment, then sentence alignment), so recall is bought with CPU, not misses.
 */
export const STEM_BANDING: Banding = { bands: 32, rows: 2 };
/** Sentences at least this long give a sentence key (shorter ones are stock phrases and datelines). */
export const SENTENCE_KEY_MIN_WORDS = 8;

export const KEY_PREFIX = { exact: 'x:', shingle: 'w', stem: 's', sentence: 'p:' } as const;

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
  /** Band keys of both LSH schemes and sentence keys, distinct. */
  keys: string[];
}

export function documentSignature(doc: DocumentText, id = doc.path): DocumentSignature {
  const keys: string[] = [];
  if (!normalisedArticle(doc)) return { id, exact: '', keys };
  keys.push(KEY_PREFIX.exact + exactHash(doc));
  keys.push(...bandKeys(minhash(documentShingles(doc), SHINGLE_BANDING.bands * SHINGLE_BANDING.rows), SHINGLE_BANDING, KEY_PREFIX.shingle));
  keys.push(...bandKeys(minhash(documentStems(doc), STEM_BANDING.bands * STEM_BANDING.rows), STEM_BANDING, KEY_PREFIX.stem));
  const seen = new Set<string>();
  for (const s of copySentences(doc)) {
    if (s.tokens.length < SENTENCE_KEY_MIN_WORDS) continue;
    const k = KEY_PREFIX.sentence + hash32(normalizeForHash(s.tokens.join(' '))).toString(36);
    if (!seen.has(k)) {
      seen.add(k);
      keys.push(k);
    }
  }
  return { id, exact: exactHash(doc), keys };
}
