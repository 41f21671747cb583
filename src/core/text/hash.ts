import { isSpace } from './chars';

/**
 * Fast, stable 64-bit FNV-1a hash of a string (as 16 hex digits). Used for cache keys and for
 * content hashes stored in review state; not for security.
 */
export function hashText(text: string): string {
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193 ^ text.length;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 ^ c, 0x5bd1e995);
    h2 ^= h2 >>> 15;
  }
  return hex(h1, h2);
}

/** Lower-case hex digit code of the low four bits of `n`. */
const hexDigit = (n: number): number => (n & 15) + ((n & 15) < 10 ? 48 : 87);

/** The two halves as 16 hex digits, built as one string (toString and padStart made five). */
function hex(h1: number, h2: number): string {
  return String.fromCharCode(
    hexDigit(h1 >>> 28), hexDigit(h1 >>> 24), hexDigit(h1 >>> 20), hexDigit(h1 >>> 16),
    hexDigit(h1 >>> 12), hexDigit(h1 >>> 8), hexDigit(h1 >>> 4), hexDigit(h1),
    hexDigit(h2 >>> 28), hexDigit(h2 >>> 24), hexDigit(h2 >>> 20), hexDigit(h2 >>> 16),
    hexDigit(h2 >>> 12), hexDigit(h2 >>> 8), hexDigit(h2 >>> 4), hexDigit(h2),
  );
}

// normalizeForHash is defined as
//   text.normalize('NFKC').toLowerCase(), then ‘’‚‛′ → ', “”„‟″ → ", ‐‑‒–—― → -, runs of \s → one space, trim.
// Hashes of it are stored in review state (ignored lines, checked claims), so the fast paths below must
// give exactly that string; test/unit/core/text/hash.test.ts compares them with the definition.
//
// NFKC costs most of the time and changes nothing in most lines: the Latin letters and the dashes, quotes
// and primes marked in the tables below are their own NFKC form, none of them is a combining mark or
// composes with a neighbour (composition needs a combining mark, a Hangul jamo or one of a few Indic
// vowel signs), so a line made of them only is skipped. Quote and dash folding and white-space collapsing are one pass over the
// lower-cased line instead of four regex replacements; hashLine hashes that pass without building it.

/** Code units below U+0300, and the General Punctuation block (dashes, quotes, primes), that are their own NFKC form. */
const NFKC_STABLE = new Uint8Array(0x300);
const PUNCTUATION_NFKC_STABLE = new Uint8Array(0x70);
for (let c = 0; c < 0x300; c++) NFKC_STABLE[c] = isOwnNfkc(c) ? 1 : 0;
for (let c = 0; c < 0x70; c++) PUNCTUATION_NFKC_STABLE[c] = isOwnNfkc(0x2000 + c) ? 1 : 0;

function isOwnNfkc(c: number): boolean {
  const s = String.fromCharCode(c);
  return s.normalize('NFKC') === s;
}

function isNfkcStableChar(c: number): boolean {
  if (c < 0x300) return NFKC_STABLE[c] === 1;
  return c >= 0x2000 && c < 0x2070 && PUNCTUATION_NFKC_STABLE[c - 0x2000] === 1;
}

function nfkc(text: string): string {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xa0 && !isNfkcStableChar(c)) return text.normalize('NFKC');
  }
  return text;
}

/** Quote and dash folding of one code unit (white space is handled by the callers). */
function fold(c: number): number {
  if (c < 0x2010 || c > 0x2033) return c;
  if (c <= 0x2015) return 45; // ‐ ‑ ‒ – — ―
  if (c === 0x2018 || c === 0x2019 || c === 0x201a || c === 0x201b || c === 0x2032) return 39;
  if (c === 0x201c || c === 0x201d || c === 0x201e || c === 0x201f || c === 0x2033) return 34;
  return c;
}

/** Case, white space, quote and dash folding used before hashing a line or a sentence. */
export function normalizeForHash(text: string): string {
  const lower = nfkc(text).toLowerCase();
  if (isFolded(lower)) return lower;
  let out = '';
  let pendingSpace = false;
  let runStart = -1; // start of a run of characters copied as they are
  for (let i = 0; i < lower.length; i++) {
    const c = lower.charCodeAt(i);
    const f = isSpace(c) ? -1 : fold(c);
    if (f === c && !pendingSpace) {
      if (runStart < 0) runStart = i;
      continue;
    }
    if (runStart >= 0) {
      out += lower.slice(runStart, i);
      runStart = -1;
    }
    if (f < 0) {
      if (out) pendingSpace = true;
      continue;
    }
    if (pendingSpace) {
      out += ' ';
      pendingSpace = false;
    }
    if (f === c) runStart = i;
    else out += String.fromCharCode(f);
  }
  if (runStart >= 0) out += lower.slice(runStart);
  return out;
}

/** True when normalizeForHash has nothing to fold or collapse in an already lower-cased text. */
function isFolded(lower: string): boolean {
  const n = lower.length;
  if (n === 0) return true;
  if (isSpace(lower.charCodeAt(0)) || isSpace(lower.charCodeAt(n - 1))) return false;
  let prevSpace = false;
  for (let i = 0; i < n; i++) {
    const c = lower.charCodeAt(i);
    if (c === 32) {
      if (prevSpace) return false;
      prevSpace = true;
      continue;
    }
    prevSpace = false;
    if (isSpace(c) || fold(c) !== c) return false;
  }
  return true;
}

/**
 * Length of normalizeForHash's result: white space runs count as one character and none at the ends.
 * With `requireStable`, `text` is the raw line and -1 says it is not its own NFKC form or lower-casing
 * may change its length (white space is never a cased letter, so it stays where it is): one pass instead
 * of the NFKC check and a length pass over the lower-cased text. Without it, `text` is already lower-cased NFKC.
 */
function foldedLength(text: string, requireStable: boolean): number {
  let length = 0;
  let pending = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // İ is the one character whose lower case (i + combining dot) is longer.
    if (requireStable && c >= 0xa0 && (c === 0x130 || !isNfkcStableChar(c))) return -1;
    if (isSpace(c)) {
      if (length) pending = true;
      continue;
    }
    if (pending) {
      length++;
      pending = false;
    }
    length++;
  }
  return length;
}

/**
 * Lower case of each code unit below U+0300 that NFKC leaves alone (-1 for İ, whose lower case is two code
 * units, and for the rest): lower-casing a line made of them is a per-unit table read (no context rule such
 * as the final sigma applies below U+0300). The General Punctuation units have no case.
 */
const LOWER_STABLE = new Int16Array(0x300);
for (let c = 0; c < 0x300; c++) {
  const lower = String.fromCharCode(c).toLowerCase();
  LOWER_STABLE[c] = NFKC_STABLE[c] === 1 && lower.length === 1 ? lower.charCodeAt(0) : -1;
}

/** One step of the two FNV-style halves (see hashText). */
const step1 = (h1: number, c: number): number => Math.imul(h1 ^ c, 0x01000193);
function step2(h2: number, c: number): number {
  h2 = Math.imul(h2 ^ c, 0x5bd1e995);
  return h2 ^ (h2 >>> 15);
}

/** hashText(normalizeForHash(text)), without building the normalised string. */
export function hashLine(text: string): string {
  // One pass for the usual line: lower-cased through LOWER_STABLE, hashed as if its folded length were
  // its length, the folded length counted on the way; only a line with white space at an end or in a run
  // (another folded length) hashes its second half again. 16 -> ~7 ms over the 1k corpus' short lines.
  const n = text.length;
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193 ^ n;
  let length = 0;
  let pending = false;
  for (let i = 0; i < n; i++) {
    let c = text.charCodeAt(i);
    if (isSpace(c)) {
      if (length) pending = true;
      continue;
    }
    if (c < 0x300) c = LOWER_STABLE[c];
    else if (c >= 0x2000 && c < 0x2070 && PUNCTUATION_NFKC_STABLE[c - 0x2000] === 1) c = fold(c);
    else c = -1;
    if (c < 0) return hashLineSlow(text);
    if (pending) {
      h1 = step1(h1, 32);
      h2 = step2(h2, 32);
      length++;
      pending = false;
    }
    h1 = step1(h1, c);
    h2 = step2(h2, c);
    length++;
  }
  if (length !== n) h2 = foldedSecondHalf(text, length);
  return hex(h1, h2);
}

/** The second half of hashLine for a line of stable code units whose folded length is `length`. */
function foldedSecondHalf(text: string, length: number): number {
  let h2 = 0x01000193 ^ length;
  let started = false;
  let pending = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (isSpace(c)) {
      if (started) pending = true;
      continue;
    }
    if (pending) {
      h2 = step2(h2, 32);
      pending = false;
    }
    started = true;
    h2 = step2(h2, c < 0x300 ? LOWER_STABLE[c] : fold(c));
  }
  return h2;
}

/** hashLine for a line with a code unit outside the stable tables: NFKC and lower case by the library. */
function hashLineSlow(text: string): string {
  let length = foldedLength(text, true);
  let lower: string;
  if (length >= 0) lower = text.toLowerCase();
  else {
    lower = text.normalize('NFKC').toLowerCase();
    length = foldedLength(lower, false);
  }
  // The loop below is hashText over the normalised characters (hashText mixes the length in first).
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193 ^ length;
  let started = false;
  let pending = false;
  for (let i = 0; i < lower.length; i++) {
    let c = lower.charCodeAt(i);
    if (isSpace(c)) {
      if (started) pending = true;
      continue;
    }
    if (pending) {
      h1 = step1(h1, 32);
      h2 = step2(h2, 32);
      pending = false;
    }
    started = true;
    c = fold(c);
    h1 = step1(h1, c);
    h2 = step2(h2, c);
  }
  return hex(h1, h2);
}
