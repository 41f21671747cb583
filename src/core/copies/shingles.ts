import type { DocumentText } from '../text/documentText';
import { contentStems, hash32 } from './normalise';
import { copySentences } from './sentences';

/**
 * Words per shingle. Five-word shingles almost never repeat between independently written news texts
 * (so Jaccard between unrelated articles on the same story stays near 0), yet a verbatim copy shares
 * nearly all of them; shorter shingles start matching stock phrases ("the two countries said"), longer
 * ones are broken by every light edit.
 */
export const SHINGLE_WORDS = 5;

/** Distinct hashed word shingles of a token list, sorted ascending (for fast intersection). */
export function shingleSet(tokens: readonly string[], k = SHINGLE_WORDS): Uint32Array {
  const th = tokens.map(hash32);
  if (!th.length) return new Uint32Array(0);
  const n = th.length < k ? 1 : th.length - k + 1;
  const all = new Uint32Array(n);
  if (th.length < k) all[0] = combine(th, 0, th.length);
  else for (let i = 0; i < n; i++) all[i] = combine(th, i, k);
  return uniqueSorted(all);
}

/** Sort in place and drop repeats (cheaper than a Set for numbers). */
function uniqueSorted(xs: Uint32Array): Uint32Array {
  xs.sort();
  let w = 0;
  for (let r = 0; r < xs.length; r++) if (r === 0 || xs[r] !== xs[r - 1]) xs[w++] = xs[r];
  return xs.subarray(0, w);
}

function combine(th: number[], from: number, k: number): number {
  let h = 0x9747b28c;
  for (let j = from; j < from + k; j++) {
    h = Math.imul(h ^ th[j], 0x5bd1e995);
    h ^= h >>> 13;
  }
  return h >>> 0;
}

/** Distinct hashed values of a list of strings, sorted ascending. */
export function hashedSet(values: readonly string[]): Uint32Array {
  return uniqueSorted(Uint32Array.from(values, hash32));
}

/** Tokens of the whole article text (all article lines, in order). */
export function articleTokens(doc: DocumentText): string[] {
  // The sentences' tokens in order are the article's tokens (sentence ends never split a word).
  const out: string[] = [];
  for (const s of copySentences(doc)) for (const t of s.tokens) out.push(t);
  return out;
}

/** Word-shingle set of the article text. */
export function documentShingles(doc: DocumentText): Uint32Array {
  return doc.memo('copies/shingles', () => shingleSet(articleTokens(doc)));
}

/** Set of content-word stems of the article text: survives synonym swaps of the other words and reordering. */
export function documentStems(doc: DocumentText): Uint32Array {
  return doc.memo('copies/stems', () => hashedSet(contentStems(articleTokens(doc))));
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

// Names (capitalised words that do not open a sentence) and numbers.
const FIRST_WORD = /[\p{L}\p{N}]/u;
const FACT = /\p{Lu}[\p{L}'’-]+|\d[\d,.:]*\d|\d/gu;

/**
 * The document's facts: names and numbers, lower-cased. A spinner swaps verbs and adjectives but keeps
 * who, where and how many; two stories written from one template (sports results, council reports)
 * share the wording but not the facts. Sentence-initial capitals are skipped (any word can open a sentence).
 */
export function documentFacts(doc: DocumentText): Uint32Array {
  return doc.memo('copies/facts', () => hashedSet(sentenceFacts(doc).flat()));
}

/** Names and numbers of each article sentence, in order (see `documentFacts`). */
export function sentenceFacts(doc: DocumentText): string[][] {
  return copySentences(doc).map((s) => {
      const out: string[] = [];
      const first = s.text.charCodeAt(0);
      const asciiAlnum = (first >= 48 && first <= 57) || (first >= 65 && first <= 90) || (first >= 97 && first <= 122);
      const opening = asciiAlnum ? 0 : (FIRST_WORD.exec(s.text)?.index ?? 0);
      FACT.lastIndex = 0;
      for (let m = FACT.exec(s.text); m; m = FACT.exec(s.text)) {
        if (m.index === opening) continue;
        let f = m[0].toLowerCase();
        if (f.length > 2 && (f.endsWith("'s") || f.endsWith('’s'))) f = f.slice(0, -2);
        out.push(f);
      }
      return out;
  });
}
