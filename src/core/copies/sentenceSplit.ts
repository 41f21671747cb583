// Words that end with a full stop without ending the sentence. Written for this project.
const ABBREVIATIONS = new Set(
  ('mr mrs ms dr prof sen rep gov gen col lt sgt capt cmdr adm st jr sr inc corp ltd co vs etc jan feb mar apr jun jul ' +
    'aug sep sept oct nov dec no nos fig approx dept est mt ft u.s u.k u.n e.g i.e a.m p.m').split(' '),
);
/** Longest abbreviation: a longer word before a full stop is neither an abbreviation nor an initial. */
const LONGEST_ABBREVIATION = Math.max(...[...ABBREVIATIONS].map((w) => w.length));

const WORD_OR_DOT = /[\p{L}.]/u;
const UPPER_OR_NUMBER = /^[\p{Lu}\p{N}]/u;
const SPACE = /\s/;

/**
 * Sentence spans of a line, reused from call to call: span k is [starts[k], ends[k]) relative to the line.
 * A scan over a corpus splits every article line; a [start, end] array per sentence was garbage.
 */
export class SentenceSpans {
  starts = new Int32Array(64);
  ends = new Int32Array(64);
  count = 0;

  push(start: number, end: number): void {
    if (this.count === this.starts.length) {
      this.starts = grow(this.starts);
      this.ends = grow(this.ends);
    }
    this.starts[this.count] = start;
    this.ends[this.count++] = end;
  }
}

function grow(xs: Int32Array): Int32Array<ArrayBuffer> {
  const bigger = new Int32Array(xs.length * 2);
  bigger.set(xs);
  return bigger;
}

/** Split one line into sentence spans [start, end) relative to the line. Fast, rule-based, news-oriented. */
export function splitLine(text: string): [number, number][] {
  const spans = splitLineInto(text, new SentenceSpans());
  const out: [number, number][] = [];
  for (let k = 0; k < spans.count; k++) out.push([spans.starts[k], spans.ends[k]]);
  return out;
}

/**
 * The spans of `splitLine` into `out` (cleared first). A sentence ends at a run of . ! or ? (plus closing
 * quotes/brackets) followed by white space and a capital, digit or opening quote before one — the pattern
 * `[.!?]+["'”’)\]]*(?=\s+["'“‘(\[]?[\p{Lu}\p{N}])`, read by hand: the Unicode regex with its lookahead
 * was a tenth of the signature scan.
 */
export function splitLineInto(text: string, out: SentenceSpans): SentenceSpans {
  out.count = 0;
  const n = text.length;
  let start = 0;
  let p = 0;
  // The next . ! and ? at or after p, found by indexOf (a native scan; reading every character in a loop
  // here was a tenth of the signature pass); -1 when there is none.
  let dot = -2;
  let bang = -2;
  let question = -2;
  for (;;) {
    if (dot !== -1 && dot < p) dot = text.indexOf('.', p);
    if (bang !== -1 && bang < p) bang = text.indexOf('!', p);
    if (question !== -1 && question < p) question = text.indexOf('?', p);
    p = firstOf(dot, bang, question);
    if (p < 0) break;
    // The pattern's match is the whole run of terminals and closers (neither is white space, so giving
    // some back never lets the lookahead succeed); a failed run fails at every position inside it.
    const runStart = p;
    let end = p + 1;
    while (end < n && isTerminal(text.charCodeAt(end))) end++;
    while (end < n && isCloser(text.charCodeAt(end))) end++;
    p = end;
    if (!opensNextSentence(text, end)) continue;
    if (text.charCodeAt(runStart) === 46 && isAbbreviationBefore(text, start, runStart)) continue;
    pushTrimmed(text, start, end, out);
    start = end;
  }
  pushTrimmed(text, start, n, out);
  return out;
}

/** Initials ("J. Smith") and known abbreviations ("Dr.") before the full stop at `dot` do not end a sentence. */
function isAbbreviationBefore(text: string, start: number, dot: number): boolean {
  let from = dot;
  while (from > start && isWordOrDot(text, from - 1)) from--;
  // Lower-casing never shortens a word, so a longer one cannot be in the list (nor be a single letter).
  if (dot - from > LONGEST_ABBREVIATION) return false;
  const ascii = asciiAbbreviation(text, from, dot);
  if (ascii !== undefined) return ascii;
  const word = text.slice(from, dot).toLowerCase();
  return /^\p{L}$/u.test(word) || ABBREVIATIONS.has(word.replace(/\.$/, ''));
}

/** Lower-cased abbreviations by their FNV-1a hash (see `asciiAbbreviation`). */
const ABBREVIATION_BY_HASH = new Map([...ABBREVIATIONS].map((w) => [asciiLowerHash(w, 0, w.length), w]));

/**
 * The test above for a word of ASCII letters and dots, without a string per sentence end: an initial
 * (one letter), or a listed abbreviation compared by hash and then character by character. Undefined
 * for other words (non-ASCII letters), which take the string path.
 */
function asciiAbbreviation(text: string, from: number, dot: number): boolean | undefined {
  for (let i = from; i < dot; i++) if (text.charCodeAt(i) >= 128) return undefined;
  // No full stop just before the run (runs start at their first terminal): the pattern's /\.$/ never applies.
  if (dot - from === 1) return text.charCodeAt(from) !== 46;
  const candidate = ABBREVIATION_BY_HASH.get(asciiLowerHash(text, from, dot));
  if (candidate === undefined || candidate.length !== dot - from) return false;
  for (let k = 0; k < candidate.length; k++) if (lowerAscii(text.charCodeAt(from + k)) !== candidate.charCodeAt(k)) return false;
  return true;
}

function lowerAscii(c: number): number {
  return c >= 65 && c <= 90 ? c + 32 : c;
}

function asciiLowerHash(text: string, from: number, to: number): number {
  let h = 0x811c9dc5;
  for (let i = from; i < to; i++) h = Math.imul(h ^ lowerAscii(text.charCodeAt(i)), 0x01000193);
  return h >>> 0;
}

/** The smallest of the positions that are not -1, or -1. */
function firstOf(a: number, b: number, c: number): number {
  let first = a;
  if (b >= 0 && (first < 0 || b < first)) first = b;
  if (c >= 0 && (first < 0 || c < first)) first = c;
  return first;
}

function isTerminal(c: number): boolean {
  return c === 46 || c === 33 || c === 63; // . ! ?
}

function isCloser(c: number): boolean {
  return c === 34 || c === 39 || c === 0x201d || c === 0x2019 || c === 41 || c === 93; // " ' ” ’ ) ]
}

function isOpener(c: number): boolean {
  return c === 34 || c === 39 || c === 0x201c || c === 0x2018 || c === 40 || c === 91; // " ' “ ‘ ( [
}

/** `\s+["'“‘(\[]?[\p{Lu}\p{N}]` at i. */
function opensNextSentence(text: string, i: number): boolean {
  const n = text.length;
  let r = i;
  while (r < n && isSpace(text, r)) r++;
  if (r === i || r >= n) return false;
  if (isUpperOrNumber(text, r)) return true;
  return isOpener(text.charCodeAt(r)) && r + 1 < n && isUpperOrNumber(text, r + 1);
}

function isUpperOrNumber(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  // The pattern reads code points: a surrogate pair is one character.
  return UPPER_OR_NUMBER.test(text.slice(i, i + 2));
}

function isWordOrDot(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return c === 46 || (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
  return WORD_OR_DOT.test(text[i]);
}

function isSpace(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return SPACE.test(text[i]);
}

function pushTrimmed(text: string, start: number, end: number, out: SentenceSpans): void {
  while (start < end && isSpace(text, start)) start++;
  while (end > start && isSpace(text, end - 1)) end--;
  if (end > start) out.push(start, end);
}
