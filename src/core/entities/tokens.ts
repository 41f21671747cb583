/**
 * A word of one line, with what the recogniser needs to know about its shape and position. The strings
 * (`text`, `lower`, `gapAfter`) are sliced on first use: most words are lower case and only their flags are
 * read (tokenizing the 1k benchmark corpus took ~20 % less CPU without the slices, and made far less garbage).
 */
export class Token {
  /** Offsets in the line; `end` excludes a possessive. */
  start = 0;
  end = 0;
  /** End including the possessive, when there is one. */
  fullEnd = 0;
  /** Where the next token starts (or the line length): the gap after this token ends there. */
  gapEnd = 0;
  possessive = false;
  /** Starts with an upper-case letter (or is an "al-Qaeda"-style particle name). */
  cap = false;
  /** Two or more letters, all upper case ("KCNA", "U.S."). */
  allCaps = false;
  /** First word of a sentence (line start, or after . ! ? : and closing quotes). */
  sentenceStart = false;
  /** ASCII lower-case letters and digits only: its own lower case. */
  plainLower = false;
  index = 0;
  /** For the recogniser, worked out once per word: 0 not yet, 1 its key starts no gazetteer name, 2 it may. */
  nameStart = 0;
  private textCache: string | undefined = undefined;
  private lowerCache: string | undefined = undefined;
  private gapCache: string | undefined = undefined;

  constructor(public line: string) {}

  /** The word without a trailing possessive ('s / ’s). */
  get text(): string {
    return (this.textCache ??= this.line.slice(this.start, this.end));
  }

  /** Lower-cased text. */
  get lower(): string {
    return (this.lowerCache ??= this.plainLower ? this.text : this.text.toLowerCase());
  }

  /** Characters between this token and the next one (or the end of line). */
  get gapAfter(): string {
    if (this.gapCache === undefined) this.gapCache = this.gapEnd === this.fullEnd + 1 && this.line.charCodeAt(this.fullEnd) === 32 ? ' ' : this.line.slice(this.fullEnd, this.gapEnd);
    return this.gapCache;
  }

  /** `text === lower` without slicing the common cases (plain lower case; an ASCII capital first). */
  isOwnLowerCase(): boolean {
    if (this.plainLower) return true;
    const c = this.line.charCodeAt(this.start);
    if (c >= 65 && c <= 90) return false;
    return this.text === this.lower;
  }

  /**
   * The character right after the word, possessive included (NaN at the end of the line): the first of
   * `gapAfter` without the slice, except after a dotted acronym glued to the next word ("U.S.A"), where the gap is empty.
   */
  charAfter(): number {
    return this.line.charCodeAt(this.fullEnd);
  }

  /** Reset for a new word of `line` (tokens are reused from line to line; see tokenizeReusing). */
  reset(line: string, start: number, end: number, fullEnd: number, index: number, text: string | undefined): void {
    this.line = line;
    this.start = start;
    this.end = end;
    this.fullEnd = fullEnd;
    this.gapEnd = line.length;
    this.index = index;
    this.possessive = false;
    this.cap = false;
    this.allCaps = false;
    this.sentenceStart = false;
    this.plainLower = false;
    this.nameStart = 0;
    this.textCache = text;
    this.lowerCache = undefined;
    this.gapCache = undefined;
  }
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

/**
 * Sets `cap` and `allCaps` of a token that is not plain lower case (see Token). ASCII words (nearly all of
 * them) are judged by character codes in the line; others by the Unicode classes on their text.
 */
function setCapitals(t: Token, line: string): void {
  let letters = 0;
  let lower = false;
  for (let i = t.start; i < t.end; i++) {
    const c = line.charCodeAt(i);
    if (c >= 128) {
      const text = t.text;
      t.cap = UPPER.test(text) || PARTICLE_NAME.test(text);
      const stripped = text.replace(NON_LETTER, '');
      t.allCaps = stripped.length >= 2 && stripped === stripped.toUpperCase() && stripped !== stripped.toLowerCase();
      return;
    }
    if (c >= 97 && c <= 122) {
      letters++;
      lower = true;
    } else if (c >= 65 && c <= 90) letters++;
  }
  const first = line.charCodeAt(t.start);
  t.cap = (first >= 65 && first <= 90) || (first >= 97 && first <= 122 && mayBeParticleName(line, t.start) && PARTICLE_NAME.test(t.text));
  // All ASCII letters are cased: two or more and none lower case means all capitals.
  t.allCaps = letters >= 2 && !lower;
}

/** A joiner within the first four characters: PARTICLE_NAME needs one ("al-", "ibn-", "d’"). */
function mayBeParticleName(line: string, start: number): boolean {
  for (let i = start + 1; i <= start + 3; i++) {
    const c = line.charCodeAt(i);
    if (c === 45 || c === 39 || c === 0x2019) return true;
  }
  return false;
}

/** Whether the word after `prev`, across `gap`, starts a sentence. */
function gapStartsSentence(prev: Token, gap: string): boolean {
  // An opening quote starts a quoted sentence: “Make Trump just go away.”
  if (OPENING_QUOTE_GAP.test(gap)) return true;
  if (!STOP_GAP.test(gap)) return false;
  const abbreviation = ABBREVIATION_GAP.test(gap) && isAbbreviation(prev);
  return !abbreviation;
}

/**
 * A word whose full stop ends no sentence ("Mr", "Jan", a lone capital). All of them are capitalised but
 * "vs", so a lower-case word (most words before a full stop) is answered without slicing it.
 */
function isAbbreviation(t: Token): boolean {
  if (!t.cap) return t.end - t.start === 2 && t.line.startsWith('vs', t.start);
  return NO_BREAK_ABBREVIATIONS.has(t.text) || LONE_CAPITAL.test(t.text);
}

/** The words of `line`, each a new Token. */
export function tokenize(line: string): Token[] {
  return scanTokens(line, [], undefined);
}

/** Tokens reused by tokenizeReusing: grown to the longest line read so far. */
const reusable: Token[] = [];
/** The list tokenizeReusing returns, emptied and refilled on each call. */
const reusableList: Token[] = [];

/**
 * Indices (in order) of the tokens of the last tokenizeReusing call that are not plain lower case: every
 * capitalised word is among them, so a caller looking for capitals reads these instead of every token.
 */
export const notPlainTokens = { indices: new Int32Array(256), count: 0 };

function markNotPlain(index: number): void {
  if (notPlainTokens.count === notPlainTokens.indices.length) {
    const grown = new Int32Array(notPlainTokens.indices.length * 2);
    grown.set(notPlainTokens.indices);
    notPlainTokens.indices = grown;
  }
  notPlainTokens.indices[notPlainTokens.count++] = index;
}

/**
 * The words of `line` as tokens reused from the previous call: valid until the next call. For the
 * recogniser, which reads one line at a time and keeps no token (a new object per word was most of the
 * tokenizer's allocation: ~800,000 tokens over the 1k benchmark corpus).
 */
export function tokenizeReusing(line: string): Token[] {
  reusableList.length = 0;
  notPlainTokens.count = 0;
  return scanTokens(line, reusableList, reusable);
}

function scanTokens(line: string, out: Token[], pool: Token[] | undefined): Token[] {
  let prevEnd = 0;
  const length = line.length;
  for (let start = 0; start < length; ) {
    const c0 = line.charCodeAt(start);
    if (c0 < 128 ? !isAsciiWordCode(c0) : !wordCharAt(line, start)) {
      start++;
      continue;
    }
    // Most words are a run of ASCII letters and digits ended by a space or punctuation: scanned here with
    // their capitals counted. A word that may be a dotted acronym ("U.S.") or goes on past the run (a joiner,
    // an apostrophe, a letter beyond ASCII) is scanned again by tokenEnd. The two scans agree (tokenScanner test).
    let fullEnd = start;
    let upper = 0;
    let lower = 0;
    let simple = c0 < 128 && line.charCodeAt(start + 1) !== 46;
    if (simple) {
      for (let c = c0; ; c = line.charCodeAt(++fullEnd)) {
        if (c >= 97 && c <= 122) lower++;
        else if (c >= 65 && c <= 90) upper++;
        else if (!(c >= 48 && c <= 57)) {
          simple = !(c >= 128 || c === 45 || c === 39 || c === 38);
          break;
        }
      }
    }
    let plainLower = upper === 0;
    let end: number;
    let text: string | undefined;
    let possessive = false;
    if (simple) end = fullEnd;
    else {
      fullEnd = tokenEnd(line, start);
      end = fullEnd;
      plainLower = scannedPlainLower;
      // Contractions and possessives need an apostrophe; most words have none.
      if (scannedApostrophe) {
        text = line.slice(start, fullEnd);
        const contraction = CONTRACTION.exec(text);
        if (contraction && text.length > contraction[0].length) {
          // "I’m", "We’ve", "Don’t": the word before the contraction is what counts.
          text = text.slice(0, text.length - contraction[0].length);
        } else if (POSSESSIVE.test(text) && text.length > 2) {
          text = text.slice(0, -2);
          possessive = true;
        }
        end = start + text.length;
      }
    }
    const index = out.length;
    let t: Token;
    if (pool) t = pool[index] ??= new Token(line);
    else t = new Token(line);
    t.reset(line, start, end, fullEnd, index, text);
    t.possessive = possessive;
    t.plainLower = plainLower;
    if (index > 0) {
      const prev = out[index - 1];
      prev.gapEnd = start;
      // A single space (the usual gap) neither opens a quote nor ends a sentence.
      if (!(start === prevEnd + 1 && line.charCodeAt(prevEnd) === 32)) {
        const stop = line.charCodeAt(prevEnd);
        if (start === prevEnd + 2 && line.charCodeAt(prevEnd + 1) === 32 && (stop === 44 || stop === 46)) {
          // ", " and ". " (the commonest gaps after a space) without a slice and three regexes: no quote in
          // them, and a full stop ends a sentence unless it closes an abbreviation.
          t.sentenceStart = stop === 46 && !isAbbreviation(prev);
        } else {
          t.sentenceStart = gapStartsSentence(prev, prev.gapAfter);
        }
      }
    } else t.sentenceStart = true;
    // Plain lower-case words (most of the text) are their own lower case and have no capitals; a simple
    // word's capitals were counted while scanning (all ASCII letters are cased).
    if (!plainLower) {
      if (pool) markNotPlain(index);
      if (simple) {
        t.cap = c0 >= 65 && c0 <= 90;
        t.allCaps = upper + lower >= 2 && lower === 0;
      } else setCapitals(t, line);
    }
    out.push(t);
    prevEnd = fullEnd;
    start = fullEnd;
  }
  return out;
}
