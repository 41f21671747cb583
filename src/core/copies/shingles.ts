import type { DocumentText } from '../text/documentText';
import { hash32 } from './normalise';
import { articleSets, distinctSorted } from './articleScan';

export { SHINGLE_WORDS } from './articleScan';

/** Distinct hashed values of a list of strings, sorted ascending. */
export function hashedSet(values: readonly string[]): Uint32Array {
  return distinctSorted(Uint32Array.from(values, hash32));
}

/** Word-shingle set of the article text (SHINGLE_WORDS-word shingles, hashed). */
export function documentShingles(doc: DocumentText): Uint32Array {
  return articleSets(doc).shingles;
}

/** Set of content-word stems of the article text: survives synonym swaps of the other words and reordering. */
export function documentStems(doc: DocumentText): Uint32Array {
  return articleSets(doc).stems;
}

/**
 * The document's facts: names and numbers, lower-cased. A spinner swaps verbs and adjectives but keeps
 * who, where and how many; two stories written from one template (sports results, council reports)
 * share the wording but not the facts. Names are capitalised words that do not open a sentence (any word
 * can open a sentence); numbers are digit runs with inner separators ("4,500", "4.75", "10:30").
 */
export function documentFacts(doc: DocumentText): Uint32Array {
  return articleSets(doc).facts;
}

/** |a ∩ b| for two ascending sorted sets. */
export function intersectionSize(a: Uint32Array, b: Uint32Array): number {
  let i = 0;
  let j = 0;
  let n = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      n++;
      i++;
      j++;
    } else if (a[i] < b[j]) i++;
    else j++;
  }
  return n;
}

export interface SetOverlap {
  jaccard: number;
  /** |a ∩ b| / min(|a|, |b|): how much of the smaller set is inside the larger. */
  containment: number;
}

export function overlap(a: Uint32Array, b: Uint32Array): SetOverlap {
  if (!a.length || !b.length) return { jaccard: 0, containment: 0 };
  const inter = intersectionSize(a, b);
  return { jaccard: inter / (a.length + b.length - inter), containment: inter / Math.min(a.length, b.length) };
}
