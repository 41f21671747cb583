import { isSpace } from '../text/chars';
import { ENGLISH_STOPWORDS } from './stopwords';

/** Layout and language features of one line, as the corpus-cleaning literature uses them. */
export interface LineFeatures {
  /** The line without indentation, list bullet or surrounding white space. */
  body: string;
  /** The line started with a list bullet (`*`, `+`, `o`, `-`, `•`, `1.`) as lynx and Markdown print them. */
  bullet: boolean;
  /** Characters of `body`. */
  chars: number;
  /** Word count (exact up to `WORD_SCAN_LIMIT`, estimated from the length beyond). */
  words: number;
  /** Share of scanned words that are English stopwords (0–1). */
  stopwordRatio: number;
  /** Ends like a sentence: `. ! ?` optionally followed by a closing quote or bracket, or `:`. */
  endsSentence: boolean;
  /** Share of characters inside URLs (0–1). */
  urlRatio: number;
  /** Share of scanned words that start with a capital letter (0–1). */
  titleCaseRatio: number;
  /** Share of non-space characters that are separator punctuation (0–1). */
  separatorRatio: number;
  /** Share of non-space characters that are letters (0–1). */
  letterRatio: number;
}

/**
 * Words past this many are not inspected: long lines are decided by their length, and scanning only the
 * start keeps the pass fast (stopword density of the first 30 words of a paragraph is a stable estimate;
 * devset scores were unchanged going from 60 to 30).
 */
export const WORD_SCAN_LIMIT = 30;
/** Separator and letter densities are read from this many leading characters. */
export const CHAR_SCAN_LIMIT = 80;

/** Stopwords as written: lower case and with a capital first letter (sentence starts), so no case folding is needed. */
const STOPWORD_FORMS: ReadonlySet<string> = new Set(
  [...ENGLISH_STOPWORDS].flatMap((w) => [w, w[0].toUpperCase() + w.slice(1), w.replace("'", '’'), w[0].toUpperCase() + w.slice(1).replace("'", '’')]),
);
const MAX_STOPWORD_LENGTH = 12;

/** One step of the word hash the scanner keeps while it reads a word (see STOPWORD_SLOTS). */
const hashStep = (h: number, c: number): number => (Math.imul(h, 31) + c) | 0;

/**
 * STOPWORD_FORMS in an open-addressing table of indices into STOPWORD_LIST, by the hash of the word's code
 * units (linear probing; the table is kept under half full). The scanner hashes each word as it reads it,
 * so a lookup is one or two array reads and a compare: the Map<number, string[]> it replaced, looked up
 * after a second pass over the word, was most of lineFeatures' time (lineFeatures over the 13,055 distinct
 * lines of the 1k corpus: 26.9 -> 21.7 ms with this table and the compare loop below).
 */
const STOPWORD_LIST: readonly string[] = [...STOPWORD_FORMS];
const STOPWORD_SLOT_BITS = 11;
const STOPWORD_SLOT_MASK = (1 << STOPWORD_SLOT_BITS) - 1;
const STOPWORD_SLOTS = new Int16Array(1 << STOPWORD_SLOT_BITS).fill(-1);
/** Full hash of each listed form, so that a slot is compared with the word only when the hashes agree. */
const STOPWORD_HASHES = new Int32Array(STOPWORD_LIST.length);
for (let k = 0; k < STOPWORD_LIST.length; k++) {
  const w = STOPWORD_LIST[k];
  let h = 0;
  for (let i = 0; i < w.length; i++) h = hashStep(h, w.charCodeAt(i));
  STOPWORD_HASHES[k] = h;
  let slot = h & STOPWORD_SLOT_MASK;
  while (STOPWORD_SLOTS[slot] >= 0) slot = (slot + 1) & STOPWORD_SLOT_MASK;
  STOPWORD_SLOTS[slot] = k;
}

/**
 * STOPWORD_FORMS.has(s.slice(from, to)) without the slice, given the word's hash (hashStep over its code
 * units). The comparison is a loop over at most MAX_STOPWORD_LENGTH code units: startsWith, a builtin
 * call, cost more than the rest of the lookup.
 */
function isStopwordAt(s: string, from: number, to: number, hash: number): boolean {
  for (let slot = hash & STOPWORD_SLOT_MASK; ; slot = (slot + 1) & STOPWORD_SLOT_MASK) {
    const k = STOPWORD_SLOTS[slot];
    if (k < 0) return false;
    if (STOPWORD_HASHES[k] !== hash) continue;
    const w = STOPWORD_LIST[k];
    if (w.length !== to - from) continue;
    let i = 0;
    while (i < w.length && w.charCodeAt(i) === s.charCodeAt(from + i)) i++;
    if (i === w.length) return true;
  }
}

const URL = /\b(?:https?:\/\/|www\.)[^\s<>"]+/gi;
/** Separator punctuation by code unit (all below SEPARATOR_TABLE_SIZE): 1 for `|_=~#/\\<>»«›‹•·–—-*+:;,.()[]{}`. */
const SEPARATOR_TABLE_SIZE = 0x2040;
const SEPARATOR_CHARS = new Uint8Array(SEPARATOR_TABLE_SIZE);
for (const c of '|_=~#/\\<>»«›‹•·–—-*+:;,.()[]{}') SEPARATOR_CHARS[c.charCodeAt(0)] = 1;
const LETTER = /\p{L}/u;

/** Per BMP code unit above ASCII: 0 = not looked up yet, 1 = a letter (\p{L}), 2 = not. */
const letterClass = new Uint8Array(0x10000);
function isBmpLetter(c: number): boolean {
  let k = letterClass[c];
  if (k === 0) k = letterClass[c] = LETTER.test(String.fromCharCode(c)) ? 1 : 2;
  return k === 1;
}

const isAsciiLetter = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
const isSeparator = (c: number): boolean => c < SEPARATOR_TABLE_SIZE && SEPARATOR_CHARS[c] === 1;
/** A letter for the letter density (not a separator): ASCII letters, and \p{L} above ASCII outside the surrogates. */
const isBmpLetterUnit = (c: number): boolean => isAsciiLetter(c) || (c >= 128 && !(c >= 0xd800 && c <= 0xdfff) && isBmpLetter(c));

/** Letters (isBmpLetterUnit) among the word letters body[from, to). */
function bmpLettersIn(body: string, from: number, to: number): number {
  let n = 0;
  for (let k = from; k < to; k++) if (isBmpLetterUnit(body.charCodeAt(k))) n++;
  return n;
}
const isDigit = (c: number): boolean => c >= 48 && c <= 57;
/** Letters of the Latin (with accents), Greek and Cyrillic blocks. */
const isWordLetter = (c: number): boolean =>
  isAsciiLetter(c) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7) || (c >= 0x370 && c <= 0x4ff);

/** `* + • · ◦ ▪ ‣ o -`: the one-character list bullets. */
function isBulletChar(c: number): boolean {
  return c === 42 || c === 43 || c === 0x2022 || c === 0xb7 || c === 0x25e6 || c === 0x25aa || c === 0x2023 || c === 111 || c === 45;
}

/**
 * Where the text after a list bullet starts in `line[start, end)` (already trimmed), or -1: a bullet
 * character or a one- or two-digit number with `.` or `)`, then white space, then more text.
 */
function afterBullet(line: string, start: number, end: number): number {
  const c = line.charCodeAt(start);
  let p = -1;
  if (isBulletChar(c)) p = start + 1;
  else if (isDigit(c) && start + 2 < end) {
    const d = line.charCodeAt(start + 1);
    if (d === 46 || d === 41) p = start + 2;
    else if (isDigit(d) && start + 3 < end) {
      const e = line.charCodeAt(start + 2);
      if (e === 46 || e === 41) p = start + 3;
    }
  }
  if (p < 0 || p >= end || !isSpace(line.charCodeAt(p))) return -1;
  while (p < end && isSpace(line.charCodeAt(p))) p++;
  return p < end ? p : -1;
}

/** `) " ' ” ’ » ]`: closing marks allowed after a sentence terminator. */
const isCloser = (c: number): boolean => c === 41 || c === 34 || c === 39 || c === 0x201d || c === 0x2019 || c === 0xbb || c === 93;
/** `. ! ? … : ;` */
const isTerminator = (c: number): boolean => c === 46 || c === 33 || c === 63 || c === 0x2026 || c === 58 || c === 59;

/**
 * Ends like a sentence, judged on the last 8 characters: a terminator followed only by closing marks, or
 * a closing bracket or quote (not ' or » or ]) as the very last character.
 */
function endsLikeSentence(body: string): boolean {
  const n = body.length;
  if (n === 0) return false;
  const last = body.charCodeAt(n - 1);
  if (last === 41 || last === 34 || last === 0x201d || last === 0x2019) return true;
  const from = n > 8 ? n - 8 : 0;
  let j = n - 1;
  while (j >= from && isCloser(body.charCodeAt(j))) j--;
  return j >= from && isTerminator(body.charCodeAt(j));
}

export function lineFeatures(line: string): LineFeatures {
  // Trim and take off a list bullet by hand: this runs on every line.
  let start = 0;
  let end = line.length;
  while (start < end && isSpace(line.charCodeAt(start))) start++;
  while (end > start && isSpace(line.charCodeAt(end - 1))) end--;
  let bullet = false;
  if (start < end) {
    const p = afterBullet(line, start, end);
    if (p >= 0) {
      bullet = true;
      start = p;
    }
  }
  const body = start === 0 && end === line.length ? line : line.slice(start, end);
  const chars = body.length;

  // Words as letters (Latin, Greek, Cyrillic) with an optional apostrophe suffix ("don't"), or numbers
  // with inner . , : ("1,200", "10:30"); a hand-written scanner because this runs on every line.
  // The separator and letter densities of the first CHAR_SCAN_LIMIT code units are counted on the way
  // (a second pass over them was a quarter of lineFeatures' time): a word letter is never white space or
  // a separator, and is a letter unless \p{L} says otherwise (a few Greek and Cyrillic signs).
  const limit = Math.min(chars, CHAR_SCAN_LIMIT);
  let sep = 0;
  let letters = 0;
  let nonSpace = 0;
  let words = 0;
  let stop = 0;
  let capital = 0;
  let i = 0;
  while (i < chars && words < WORD_SCAN_LIMIT) {
    const c = body.charCodeAt(i);
    if (isWordLetter(c)) {
      const start = i++;
      let h = hashStep(0, c);
      let d = 0;
      let units = c; // all code units of the run or-ed: below 128 when the run is ASCII
      while (i < chars && isWordLetter((d = body.charCodeAt(i)))) {
        h = hashStep(h, d);
        units |= d;
        i++;
      }
      if (start < limit) {
        const to = i < limit ? i : limit;
        nonSpace += to - start;
        letters += units < 128 ? to - start : bmpLettersIn(body, start, to);
      }
      // Reads stay inside the string: an out-of-bounds charCodeAt deoptimises the function (twice per run, ~25 ms each).
      if ((d === 39 || d === 0x2019) && i + 1 < chars && isAsciiLetter(body.charCodeAt(i + 1))) {
        const apostrophe = i;
        h = hashStep(h, d);
        i++;
        while (i < chars && isAsciiLetter((d = body.charCodeAt(i)))) {
          h = hashStep(h, d);
          i++;
        }
        if (apostrophe < limit) {
          const to = i < limit ? i : limit;
          nonSpace += to - apostrophe;
          letters += to - apostrophe - 1;
        }
      }
      words++;
      if (c >= 65 && c <= 90) capital++;
      if (i - start <= MAX_STOPWORD_LENGTH && isStopwordAt(body, start, i, h)) stop++;
    } else if (c >= 48 && c <= 57) {
      const start = i++;
      while (i < chars) {
        const d = body.charCodeAt(i);
        if (d >= 48 && d <= 57) i++;
        else if ((d === 46 || d === 44 || d === 58) && i + 1 < chars && isDigit(body.charCodeAt(i + 1))) {
          if (i < limit) sep++; // . , : are separators
          i += 2;
        } else break;
      }
      if (start < limit) nonSpace += (i < limit ? i : limit) - start;
      words++;
    } else {
      if (i < limit && c !== 32 && c !== 9) {
        nonSpace++;
        if (isSeparator(c)) sep++;
        else if (isBmpLetterUnit(c)) letters++;
      }
      i++;
    }
  }
  const scanned = words;
  if (words >= WORD_SCAN_LIMIT && i < chars) {
    // Estimate the rest from the average word length so far.
    words = Math.round((words * chars) / Math.max(i, 1));
  }

  let urlChars = 0;
  if (body.includes('://') || body.includes('www.')) {
    URL.lastIndex = 0;
    for (let m = URL.exec(body); m; m = URL.exec(body)) urlChars += m[0].length;
  }

  // Separator and letter density only matter on short lines; long lines are prose or tables. The code
  // units of the first CHAR_SCAN_LIMIT that the word scan did not reach.
  for (let k = i; k < limit; k++) {
    const c = body.charCodeAt(k);
    if (c === 32 || c === 9) continue;
    nonSpace++;
    if (isSeparator(c)) sep++;
    else if (isBmpLetterUnit(c)) letters++;
  }

  return {
    body,
    bullet,
    chars,
    words,
    stopwordRatio: scanned ? stop / scanned : 0,
    endsSentence: endsLikeSentence(body),
    urlRatio: chars ? urlChars / chars : 0,
    titleCaseRatio: scanned ? capital / scanned : 0,
    separatorRatio: nonSpace ? sep / nonSpace : 0,
    letterRatio: nonSpace ? letters / nonSpace : 0,
  };
}
