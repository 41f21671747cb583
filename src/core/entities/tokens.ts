/** A word of one line, with what the recogniser needs to know about its shape and position. */
export interface Token {
  /** The word without a trailing possessive ('s / ’s). */
  text: string;
  /** Offsets in the line; `end` excludes a possessive. */
  start: number;
  end: number;
  /** End including the possessive, when there is one. */
  fullEnd: number;
  possessive: boolean;
  /** Starts with an upper-case letter (or is an "al-Qaeda"-style particle name). */
  cap: boolean;
  /** Two or more letters, all upper case ("KCNA", "U.S."). */
  allCaps: boolean;
  /** First word of a sentence (line start, or after . ! ? : and closing quotes). */
  sentenceStart: boolean;
  /** Characters between this token and the next one (or the end of line). */
  gapAfter: string;
  /** Lower-cased text. */
  lower: string;
  index: number;
}

/** What a token is: `(?:\p{Lu}\.){2,}|[\p{L}\p{M}\p{N}]+(?:[-'’&][\p{L}\p{M}\p{N}]+)*` (scanned by `tokenEnd`). */
const POSSESSIVE = /['’]s$/;
const CONTRACTION = /n['’]t$|['’](?:m|ve|re|ll|d)$/i;
const UPPER = /^\p{Lu}/u;
const PARTICLE_NAME = /^(?:al|el|ad|as|ash|ibn|bin|de|da|van|von|d)['’-]\p{Lu}/u;
/** Abbreviations whose full stop does not end a sentence ("Mr. Putin", "Gen. Smith", "Jan. 5"). */
const NO_BREAK_ABBREVIATIONS = new Set([
  'Mr', 'Mrs', 'Ms', 'Dr', 'Gen', 'Lt', 'Col', 'Sgt', 'Capt', 'Adm', 'Maj', 'Sen', 'Rep', 'Gov', 'St', 'Prof', 'Rev', 'Jr', 'Sr',
  'Jan', 'Feb', 'Mar', 'Apr', 'Aug', 'Sept', 'Sep', 'Oct', 'Nov', 'Dec', 'No', 'Vol', 'Mt', 'Ft', 'Corp', 'Inc', 'Co', 'Ltd', 'vs',
]);

const OPENING_QUOTE_GAP = /[“]|(?:^|\s)["‘]\s*$/;
const STOP_GAP = /[.!?:;…]/;
const NON_LETTER = /[^\p{L}]/gu;
const LONE_CAPITAL = /^\p{Lu}$/u;
const ABBREVIATION_GAP = /^\.\s*$/;

const WORD_CHAR = /^[\p{L}\p{M}\p{N}]$/u;
const UPPER_CHAR = /^\p{Lu}$/u;

/** Length (1 or 2 code units) of the letter, mark or digit at i, or 0. */
function wordCharAt(s: string, i: number): number {
  const c = s.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) ? 1 : 0;
  if (c !== c) return 0; // past the end
  const cp = s.codePointAt(i)!;
  const n = cp > 0xffff ? 2 : 1;
  return WORD_CHAR.test(n === 1 ? s[i] : s.slice(i, i + 2)) ? n : 0;
}

function upperAt(s: string, i: number): number {
  const c = s.charCodeAt(i);
  if (c < 128) return c >= 65 && c <= 90 ? 1 : 0;
  if (c !== c) return 0;
  const n = s.codePointAt(i)! > 0xffff ? 2 : 1;
  return UPPER_CHAR.test(n === 1 ? s[i] : s.slice(i, i + 2)) ? n : 0;
}

/** ASCII letter or digit (the common case of `wordCharAt`, without a call). */
const isAsciiWordCode = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);

/**
 * End of the token starting at `start` (which holds a word character): a hand-written scanner for
 * that pattern, several times faster than the Unicode regex on news text (every content line is tokenised).
 * ASCII letters and digits are tested inline; only other characters go through `wordCharAt`.
 */
function tokenEnd(s: string, start: number): number {
  // (?:\p{Lu}\.){2,} — only a capital followed by a full stop can open one.
  let i = start;
  let pairs = 0;
  if (s.charCodeAt(start + 1) === 46) {
    for (let u = upperAt(s, i); u && s.charCodeAt(i + u) === 46; u = upperAt(s, i)) {
      i += u + 1;
      pairs++;
    }
  } else if (s.charCodeAt(start) >= 0xd800 && s.charCodeAt(start + 2) === 46) {
    // An upper-case letter outside the BMP is two code units long.
    for (let u = upperAt(s, i); u && s.charCodeAt(i + u) === 46; u = upperAt(s, i)) {
      i += u + 1;
      pairs++;
    }
  }
  if (pairs >= 2) {
    scannedPlainLower = false;
    scannedApostrophe = false;
    return i;
  }
  // [\p{L}\p{M}\p{N}]+(?:[-'’&][\p{L}\p{M}\p{N}]+)*
  i = start;
  let plainLower = true;
  scannedApostrophe = false;
  for (;;) {
    for (;;) {
      const c = s.charCodeAt(i);
      if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) i++;
      else if (c >= 65 && c <= 90) {
        plainLower = false;
        i++;
      } else if (c >= 128) {
        const w = wordCharAt(s, i);
        if (!w) break;
        plainLower = false;
        i += w;
      } else break;
    }
    const c = s.charCodeAt(i);
    if ((c === 45 || c === 39 || c === 0x2019 || c === 38) && wordCharAt(s, i + 1)) {
      plainLower = false;
      if (c === 39 || c === 0x2019) scannedApostrophe = true;
      i++;
    } else {
      scannedPlainLower = plainLower;
      return i;
    }
  }
}
/** Set by tokenEnd: the token is ASCII lower case and digits only; it contains an apostrophe. */
let scannedPlainLower = false;
let scannedApostrophe = false;

/** `cap` and `allCaps` of a token that is not plain lower case (see Token). */
function capitals(text: string): { cap: boolean; allCaps: boolean } {
  // ASCII words (nearly all of them) are judged by character codes; others by the Unicode classes.
  let letters = 0;
  let lower = false;
  let ascii = true;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 128) {
      ascii = false;
      break;
    }
    if (c >= 97 && c <= 122) {
      letters++;
      lower = true;
    } else if (c >= 65 && c <= 90) letters++;
  }
  if (ascii) {
    const first = text.charCodeAt(0);
    const cap = (first >= 65 && first <= 90) || (first >= 97 && first <= 122 && PARTICLE_NAME.test(text));
    // All ASCII letters are cased: two or more and none lower case means all capitals.
    return { cap, allCaps: letters >= 2 && !lower };
  }
  const cap = UPPER.test(text) || PARTICLE_NAME.test(text);
  const stripped = text.replace(NON_LETTER, '');
  return { cap, allCaps: stripped.length >= 2 && stripped === stripped.toUpperCase() && stripped !== stripped.toLowerCase() };
}

const NOT_CAPITALISED = { cap: false, allCaps: false };

/** Records the gap after `prev` and tells whether the word after it starts a sentence. */
function gapStartsSentence(prev: Token, gap: string): boolean {
  prev.gapAfter = gap;
  // An opening quote starts a quoted sentence: “Make Trump just go away.”
  if (OPENING_QUOTE_GAP.test(gap)) return true;
  if (!STOP_GAP.test(gap)) return false;
  const abbreviation = ABBREVIATION_GAP.test(gap) && (NO_BREAK_ABBREVIATIONS.has(prev.text) || LONE_CAPITAL.test(prev.text));
  return !abbreviation;
}

export function tokenize(line: string): Token[] {
  const out: Token[] = [];
  let prevEnd = 0;
  const length = line.length;
  for (let start = 0; start < length; ) {
    const c = line.charCodeAt(start);
    if (c < 128 ? !isAsciiWordCode(c) : !wordCharAt(line, start)) {
      start++;
      continue;
    }
    const fullEnd = tokenEnd(line, start);
    let text = line.slice(start, fullEnd);
    let possessive = false;
    // Contractions and possessives need an apostrophe; most words have none.
    const plainLower = scannedPlainLower;
    if (scannedApostrophe) {
      const contraction = CONTRACTION.exec(text);
      if (contraction && text.length > contraction[0].length) {
        // "I’m", "We’ve", "Don’t": the word before the contraction is what counts.
        text = text.slice(0, text.length - contraction[0].length);
      } else if (POSSESSIVE.test(text) && text.length > 2) {
        text = text.slice(0, -2);
        possessive = true;
      }
    }
    const prev = out.length ? out[out.length - 1] : undefined;
    let sentenceStart = !prev;
    // A single space (the usual gap) neither opens a quote nor ends a sentence.
    if (prev && !(start === prevEnd + 1 && line.charCodeAt(prevEnd) === 32)) {
      const stop = line.charCodeAt(prevEnd);
      if (start === prevEnd + 2 && line.charCodeAt(prevEnd + 1) === 32 && (stop === 44 || stop === 46)) {
        // ", " and ". " (the commonest gaps after a space) without a slice and three regexes: no quote in
        // them, and a full stop ends a sentence unless it closes an abbreviation.
        prev.gapAfter = stop === 44 ? ', ' : '. ';
        sentenceStart = stop === 46 && !(NO_BREAK_ABBREVIATIONS.has(prev.text) || LONE_CAPITAL.test(prev.text));
      } else {
        sentenceStart = gapStartsSentence(prev, line.slice(prevEnd, start));
      }
    } else if (prev) {
      prev.gapAfter = ' ';
    }
    // Plain lower-case words (most of the text) are their own lower case and have no capitals.
    const caps = plainLower ? NOT_CAPITALISED : capitals(text);
    out.push({
      text,
      start,
      end: start + text.length,
      fullEnd,
      possessive,
      cap: caps.cap,
      allCaps: caps.allCaps,
      sentenceStart,
      gapAfter: '',
      lower: plainLower ? text : text.toLowerCase(),
      index: out.length,
    });
    prevEnd = fullEnd;
    start = fullEnd;
  }
  const last = out[out.length - 1];
  if (last) last.gapAfter = line.slice(last.fullEnd);
  return out;
}
