import { hash32, STEM_LENGTH, STOPWORDS } from './normalise';

/**
 * Word tokens read in place: the character classes of `tokenize`, and the hash, stop-word test and stem
 * of a token given as a range of lower-cased text, so that hot paths (the signature scan, the sentence
 * model of candidate documents) never build a string per token. A token's characters are the range's
 * characters with right single quotes read as apostrophes, as `tokenize` writes them.
 */

export const FNV_OFFSET = 0x811c9dc5;
export const FNV_PRIME = 0x01000193;
export const APOSTROPHE = 39;
export const RIGHT_QUOTE = 0x2019;

const LETTER = /\p{L}/u;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

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
  if (len >= 2 && folded(s, to - 2) === APOSTROPHE && s.charCodeAt(to - 1) === 115) len -= 2; // 's
  const last = s.charCodeAt(from + len - 1);
  const before = len >= 2 ? s.charCodeAt(from + len - 2) : 0;
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
