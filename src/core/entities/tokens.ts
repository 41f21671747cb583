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

/**
 * End of the token starting at `start` (which holds a word character): a hand-written scanner for
 * that pattern, several times faster than the Unicode regex on news text (every content line is tokenised).
 */
function tokenEnd(s: string, start: number): number {
  // (?:\p{Lu}\.){2,}
  let i = start;
  let pairs = 0;
  for (let u = upperAt(s, i); u && s.charCodeAt(i + u) === 46; u = upperAt(s, i)) {
    i += u + 1;
    pairs++;
  }
  if (pairs >= 2) {
    scannedPlainLower = false;
    scannedApostrophe = false;
    return i;
  }
  // [\p{L}\p{M}\p{N}]+(?:[-'’&][\p{L}\p{M}\p{N}]+)*
  i = start;
  scannedPlainLower = true;
  scannedApostrophe = false;
  for (;;) {
    for (let w = wordCharAt(s, i); w; w = wordCharAt(s, i)) {
      if (scannedPlainLower) {
        const c = s.charCodeAt(i);
        scannedPlainLower = (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
      }
      i += w;
    }
    const c = s.charCodeAt(i);
    if ((c === 45 || c === 39 || c === 0x2019 || c === 38) && wordCharAt(s, i + 1)) {
      scannedPlainLower = false;
      if (c === 39 || c === 0x2019) scannedApostrophe = true;
      i++;
    } else return i;
  }
}
/** Set by tokenEnd: the token is ASCII lower case and digits only; it contains an apostrophe. */
let scannedPlainLower = false;
let scannedApostrophe = false;

export function tokenize(line: string): Token[] {
  const out: Token[] = [];
  let prevEnd = 0;
  for (let start = 0; start < line.length; ) {
    const w = wordCharAt(line, start);
    if (!w) {
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
    const prev = out[out.length - 1];
    let sentenceStart = !prev;
    // A single space (the usual gap) neither opens a quote nor ends a sentence.
    if (prev && !(start === prevEnd + 1 && line.charCodeAt(prevEnd) === 32)) {
      const gapBefore = line.slice(prevEnd, start);
      prev.gapAfter = gapBefore;
      // An opening quote starts a quoted sentence: “Make Trump just go away.”
      sentenceStart = OPENING_QUOTE_GAP.test(gapBefore);
      if (!sentenceStart && STOP_GAP.test(gapBefore)) {
        const abbreviation = ABBREVIATION_GAP.test(gapBefore) && (NO_BREAK_ABBREVIATIONS.has(prev.text) || LONE_CAPITAL.test(prev.text));
        sentenceStart = !abbreviation;
      }
    } else if (prev) {
      prev.gapAfter = ' ';
    }
    let cap = false;
    let allCaps = false;
    if (!plainLower) {
      cap = UPPER.test(text) || PARTICLE_NAME.test(text);
      const letters = text.replace(NON_LETTER, '');
      allCaps = letters.length >= 2 && letters === letters.toUpperCase() && letters !== letters.toLowerCase();
    }
    out.push({
      text,
      start,
      end: start + text.length,
      fullEnd,
      possessive,
      cap,
      allCaps,
      sentenceStart,
      gapAfter: '',
      lower: text.toLowerCase(),
      index: out.length,
    });
    prevEnd = fullEnd;
    start = fullEnd;
  }
  const last = out[out.length - 1];
  if (last) last.gapAfter = line.slice(last.fullEnd);
  return out;
}
