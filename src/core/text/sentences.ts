// Sentence segmentation for news text, per line (a sentence never crosses a line break).
//
// Reference path: sentence-splitter proposes boundaries; the news fixes below add the boundaries it misses
// (after a closing curly quote, after a number that follows a month abbreviation) and remove the ones it
// gets wrong (titles and initials, "U.S. Army", "3 p.m. Monday", a lowercase continuation). Straight double
// quotes are shown to it as curly ones so that both quote styles split the same way (inside a quotation,
// at each sentence end, as news style guides count sentences).
//
// Fast path: a line whose every candidate boundary is unambiguous (no abbreviation, initial, ellipsis,
// dotted token or terminator inside brackets) is split with one regex; tests check it against the
// reference path on every fixture so the two never disagree. sentence-splitter runs at ~0.9 MB/s
// (shared/notes/performance-facts.md), so both paths sit behind a bounded per-line cache: an edit
// re-splits only the lines it touched.
import { split as splitterSplit } from 'sentence-splitter';
import type { DocumentText } from './documentText';
import type { Range } from '../types';
import { classifyLines } from '../boilerplate/classify';
import { isAsciiDigit, isSpace } from './chars';
import { clearLineRecords, lineRecord, lineRecordCount, lineRecordsOf, type LineRecord } from '../boilerplate/lineRecords';

/** A sentence of the document: offsets are document offsets, `end` exclusive, trimmed of white space. */
export interface Sentence {
  index: number;
  /** Index into `doc.paragraphs`. */
  paragraph: number;
  line: number;
  start: number;
  end: number;
  range: Range;
  text: string;
  /** A quotation opened in an earlier sentence of the same line is still open where this one starts. */
  quoteOpenAtStart: boolean;
  /** A quotation is still open where this sentence ends (it continues into the next sentence). */
  quoteOpenAtEnd: boolean;
}

/** Spans [start, end) of sentences inside one line of text. */
export type Spans = ReadonlyArray<readonly [number, number]>;

// Titles and similar words that never end a sentence when followed by a capitalised word or number.
const TITLE_ABBREVIATIONS = new Set(
  'mr mrs ms mx dr prof gen lt col maj capt cpt sgt cpl pvt adm cmdr cdr gov sen rep rev hon pres supt insp det fr msgr st mt ft atty messrs mme mlle vs v cf e.g i.e approx'.split(' '),
);
// Month abbreviations and "No." continue only into a number ("Jan. 5", "No. 10").
const NUMBER_ABBREVIATIONS = new Set('jan feb mar apr jun jul aug sep sept oct nov dec no nos'.split(' '));
// Abbreviations that may also end a sentence: kept together only when the next word continues the clause.
const CLOSING_ABBREVIATIONS = new Set('inc corp ltd co jr sr bros etc plc llc ave blvd rd a.m p.m u.s u.k u.n e.u d.c'.split(' '));
const TIME_FOLLOWERS = new Set(
  'monday tuesday wednesday thursday friday saturday sunday et est edt ct cst cdt pt pst pdt mt mst gmt utc bst cet cest local eastern pacific central moscow beijing tokyo'.split(' '),
);
// Capitalised words that usually begin a new sentence rather than continue "U.S." or "Inc.".
const SENTENCE_STARTERS = new Set(
  'the a an he she it they we i you his her its their our my this that these those there here but and or so yet in on at for with by from to as after before when while if although though however meanwhile still also then now since because despite during some many most one two three several both each no not nor what who which where why how officials analysts experts critics'.split(' '),
);


function lowerWord(token: string): string {
  return token.toLowerCase().replace(/^["“‘'(\[]+/, '');
}

/** The whitespace-delimited token that ends at `end` (exclusive), without the final full stop. */
function tokenBefore(text: string, end: number): string {
  let s = end;
  while (s > 0 && !isSpace(text.charCodeAt(s - 1))) s--;
  return text.slice(s, end);
}

function nextWord(text: string, from: number): string {
  const m = /\S+/y;
  m.lastIndex = from;
  const r = m.exec(text);
  return r ? r[0] : '';
}

function isInitial(token: string): boolean {
  return /^["“‘(]?\p{Lu}$/u.test(token);
}

function isDottedAcronym(token: string): boolean {
  return /^["“‘(]?(?:\p{L}\.)+\p{L}$/u.test(token);
}

/**
 * Decide whether a candidate boundary after the full stop at `dot` (text[dot] === '.') should be kept,
 * given the following word. Returns false when the full stop belongs to an abbreviation or initial that
 * continues the sentence.
 */
function keepsBoundaryAfterDot(text: string, dot: number, next: string): boolean {
  const token = tokenBefore(text, dot);
  const word = lowerWord(token);
  const nextLower = lowerWord(next).replace(/[^\p{L}\p{N}]+$/u, '');
  const nextCapitalised = /^["“‘(]?[\p{Lu}\p{N}]/u.test(next);
  if (TITLE_ABBREVIATIONS.has(word) || TITLE_ABBREVIATIONS.has(word + '.')) return !nextCapitalised;
  if (NUMBER_ABBREVIATIONS.has(word)) return !/^\d/.test(next);
  if (isInitial(token)) return !/^\p{Lu}/u.test(next);
  if (CLOSING_ABBREVIATIONS.has(word) || isDottedAcronym(token)) {
    if (word === 'a.m' || word === 'p.m') return !TIME_FOLLOWERS.has(nextLower);
    if (/^\d/.test(next)) return true;
    return SENTENCE_STARTERS.has(nextLower) || !/^\p{Lu}/u.test(next);
  }
  return true;
}

// The scanners below read UTF-16 code units (charCodeAt) rather than one-character strings and regex
// tests (a one-character string of a curly quote is an allocation): the fast path over the 11,747
// distinct article lines of the generated 1k corpus went from 48-59 to 25-27 ms.

/** Per BMP code unit: 0 = not looked up yet, 1 = a lower-case letter (\p{Ll}) on its own, 2 = not. */
const lowerClass = new Uint8Array(0x10000);
function isLowercaseUnit(c: number): boolean {
  if (c >= 97 && c <= 122) return true;
  if (c < 128) return false;
  let k = lowerClass[c];
  if (k === 0) k = lowerClass[c] = /\p{Ll}/u.test(String.fromCharCode(c)) ? 1 : 2;
  return k === 1;
}

/** `" ” ’ ' ) ]`: closing marks after a terminator. */
const isCloser = (c: number): boolean => c === 34 || c === 0x201d || c === 0x2019 || c === 39 || c === 41 || c === 93;
/** `. ! ?` */
const isStop = (c: number): boolean => c === 46 || c === 33 || c === 63;

/** Can a sentence start at `pos` (first non-space character after a candidate boundary)? */
function canStartSentence(text: string, pos: number): boolean {
  if (pos >= text.length) return false;
  const c = text.charCodeAt(pos);
  if (isLowercaseUnit(c)) return false;
  // , ; : ) ] } % ’ ”
  return !(c === 44 || c === 59 || c === 58 || c === 41 || c === 93 || c === 125 || c === 37 || c === 0x2019 || c === 0x201d);
}

/** End offset (exclusive) of the terminator (a run of . ! ?, or one …) + closing marks starting at `pos`, or -1. */
function terminatorEnd(text: string, pos: number): number {
  const n = text.length;
  let j = pos;
  if (pos < n && text.charCodeAt(pos) === 0x2026) j++;
  else while (j < n && isStop(text.charCodeAt(j))) j++;
  if (j === pos) return -1;
  while (j < n && isCloser(text.charCodeAt(j))) j++;
  return j;
}

/** Apply the news fixes to a set of candidate boundary offsets (end of the sentence before it). */
function decideBoundaries(text: string, candidates: Iterable<number>): number[] {
  const out: number[] = [];
  const sorted = [...new Set(candidates)].sort((a, b) => a - b);
  for (const end of sorted) {
    if (end <= 0 || end >= text.length) continue;
    let next = end;
    while (next < text.length && /\s/.test(text[next])) next++;
    if (next >= text.length) continue;
    if (!canStartSentence(text, next)) continue;
    // Find the terminator inside [.., end): the last run of . ! ? … before the closers.
    let t = end;
    while (t > 0 && /["”’')\]]/.test(text[t - 1])) t--;
    if (t === 0 || !/[.!?…]/.test(text[t - 1])) continue;
    const dot = t - 1;
    if (text[dot] === '.' && !(dot > 0 && text[dot - 1] === '.')) {
      if (!keepsBoundaryAfterDot(text, dot, nextWord(text, next))) continue;
    }
    out.push(end);
  }
  return out;
}

/** Offsets where a terminator + closers is followed by white space, outside round and square brackets. */
function regexCandidates(text: string): number[] {
  const out: number[] = [];
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '(' || c === '[') depth++;
    else if ((c === ')' || c === ']') && depth > 0) depth--;
    else if (depth === 0 && (c === '.' || c === '!' || c === '?' || c === '…')) {
      const e = terminatorEnd(text, i);
      if (e < text.length && /\s/.test(text[e])) out.push(e);
      i = e - 1;
    }
  }
  return out;
}

function spansFromBoundaries(text: string, boundaries: number[]): Array<[number, number]> {
  const bounds = boundsFromBoundaries(text, boundaries);
  const spans: Array<[number, number]> = [];
  for (let k = 0; k < bounds.length; k += 2) spans.push([bounds[k], bounds[k + 1]]);
  return spans;
}

/** The sentences between the boundaries, trimmed of white space, as flat [start, end, start, end, …]. */
function boundsFromBoundaries(text: string, boundaries: number[]): number[] {
  const bounds: number[] = [];
  let start = 0;
  for (let k = 0; k <= boundaries.length; k++) {
    const b = k < boundaries.length ? boundaries[k] : text.length;
    let s = start;
    let e = b;
    while (s < e && isSpace(text.charCodeAt(s))) s++;
    while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
    if (e > s) bounds.push(s, e);
    start = b;
  }
  return bounds;
}

/**
 * Reference path: sentence-splitter's boundaries plus the regex candidates, filtered by the news fixes.
 * Exported for tests and for the fast-path agreement check.
 */
export function splitReference(text: string, useSplitter = splitterSuits(text)): Array<[number, number]> {
  const candidates = useSplitter ? splitterCandidates(text) : [];
  for (const c of regexCandidates(text)) candidates.push(c);
  return spansFromBoundaries(text, decideBoundaries(text, candidates));
}

/**
 * Lines longer than this get the regex candidates and the news fixes without sentence-splitter, which
 * slows down more than linearly with the length of a stretch it does not split (16,000 characters of
 * "J. J. …" took 330 ms, 49,000 about 4 s). What the splitter adds is rare — boundaries inside brackets
 * and at a quotation that ends a line: 15 of 11,242 lines of the seeds, devset and fixtures split
 * differently without it — and a 10,000-character line is ten times the longest article paragraph.
 */
export const SPLITTER_MAX_LINE_CHARS = 10_000;
/**
 * Lines with a full stop more often than every this many characters skip sentence-splitter too: prose
 * has one every 60–100 characters; a stop every few characters is a list of initials, a table of
 * abbreviations or dotted junk, where the splitter spends 25–170 µs per full stop.
 */
export const SPLITTER_MIN_CHARS_PER_STOP = 10;

/** Whether a line should be shown to sentence-splitter (see the two limits above). */
export function splitterSuits(text: string): boolean {
  if (text.length > SPLITTER_MAX_LINE_CHARS) return false;
  let stops = 0;
  for (let i = text.indexOf('.'); i >= 0; i = text.indexOf('.', i + 1)) stops++;
  return stops * SPLITTER_MIN_CHARS_PER_STOP <= Math.max(text.length, 200);
}

/** sentence-splitter's boundary candidates, straight quotes shown as curly ones. */
function splitterCandidates(text: string): number[] {
  const out: number[] = [];
  for (const node of splitterSplit(text.replace(/"/g, '“'))) {
    if (node.type === 'Sentence') out.push(node.range[1]);
  }
  return out;
}

// A full stop is ambiguous when the token before it is short, capitalised-and-short, dotted, or a known
// abbreviation; or when it is part of an ellipsis. Those lines take the reference path.
const ANY_ABBREVIATION = new Set([...TITLE_ABBREVIATIONS, ...NUMBER_ABBREVIATIONS, ...CLOSING_ABBREVIATIONS]);

/** Longest abbreviation (or two code units: one astral letter); longer tokens are neither. */
const MAX_ABBREVIATION_CHARS = Math.max(2, ...[...ANY_ABBREVIATION].map((w) => w.length));

/** `" “ ‘ ' ( [`: opening marks before a word. */
const isOpener = (c: number): boolean => c === 34 || c === 0x201c || c === 0x2018 || c === 39 || c === 40 || c === 91;

function isAmbiguousStop(text: string, dot: number): boolean {
  if ((dot + 1 < text.length && text.charCodeAt(dot + 1) === 46) || (dot > 0 && text.charCodeAt(dot - 1) === 46)) return true;
  // The token before the stop without its opening and closing marks, by index: most tokens are long
  // words, decided without building a string (lower-casing never shortens a word).
  let s = dot;
  while (s > 0 && !isSpace(text.charCodeAt(s - 1))) s--;
  while (s < dot && isOpener(text.charCodeAt(s))) s++;
  let e = dot;
  while (e > s && isCloser(text.charCodeAt(e - 1))) e--;
  if (e === s) return true;
  for (let i = s; i < e; i++) if (text.charCodeAt(i) === 46) return true;
  if (e - s > MAX_ABBREVIATION_CHARS) return false;
  // An ASCII token is looked up by its code (no slice, no lower-casing: this runs at most full stops).
  let code = e - s;
  for (let i = s; i < e && code >= 0; i++) {
    let c = text.charCodeAt(i);
    if (c >= 128) code = -1;
    else {
      if (c >= 65 && c <= 90) c += 32;
      code = code * 128 + c;
    }
  }
  if (code >= 0) return ABBREVIATION_CODES.has(code) || (e - s === 1 && isAsciiLowerLetter(text.charCodeAt(s) | 32));
  const word = text.slice(s, e).toLowerCase();
  return ANY_ABBREVIATION.has(word) || /^\p{L}$/u.test(word);
}

const isAsciiLowerLetter = (c: number): boolean => c >= 97 && c <= 122;

/**
 * An ASCII word of at most seven characters as one exact number: its length, then each code unit in base
 * 128 (at most 52 bits, so no two words share a code).
 */
function asciiWordCode(word: string): number {
  let code = word.length;
  for (let i = 0; i < word.length; i++) code = code * 128 + word.charCodeAt(i);
  return code;
}

/** Codes of the abbreviations without a full stop (a token with one inside is ambiguous before the lookup). */
const ABBREVIATION_CODES = new Set([...ANY_ABBREVIATION].filter((w) => !w.includes('.')).map(asciiWordCode));

/**
 * Fast path: the spans of a line with no ambiguous full stop, or undefined when the line needs the
 * reference path.
 */
export function splitFast(text: string): Array<[number, number]> | undefined {
  const boundaries = fastBoundaries(text);
  return boundaries && spansFromBoundaries(text, boundaries);
}

/** The sentence boundaries splitFast splits at, or undefined when the line needs the reference path. */
function fastBoundaries(text: string): number[] | undefined {
  if (text.includes('…') || text.includes('(') || text.includes('[')) return undefined;
  const boundaries: number[] = [];
  const n = text.length;
  // The stops are found by indexOf, not by reading every code unit: prose has one every 60-100 characters,
  // and the native search is several times faster than a charCodeAt loop (splitFast over the 13,055
  // distinct lines of the 1k corpus: 22 -> 11 ms).
  let dot = text.indexOf('.');
  let bang = text.indexOf('!');
  let question = text.indexOf('?');
  for (;;) {
    let i = dot;
    if (bang >= 0 && (i < 0 || bang < i)) i = bang;
    if (question >= 0 && (i < 0 || question < i)) i = question;
    if (i < 0) break;
    const c = text.charCodeAt(i);
    let resume = i + 1;
    scan: {
      if (c === 46) {
        // Inside a number (3.5) or a dotted name (lite.cnn.com) the stop is not a boundary candidate.
        if (i + 1 < n) {
          const after = text.charCodeAt(i + 1);
          if (!isSpace(after) && !isCloser(after)) {
            if (i > 0 && isAsciiDigit(text.charCodeAt(i - 1)) && isAsciiDigit(after)) break scan;
            return undefined;
          }
        }
        if (isAmbiguousStop(text, i)) return undefined;
      }
      const e = terminatorEnd(text, i);
      resume = e;
      if (e >= n || !isSpace(text.charCodeAt(e))) break scan;
      let next = e;
      while (next < n && isSpace(text.charCodeAt(next))) next++;
      if (next >= n) break scan;
      if (!canStartSentence(text, next)) break scan;
      boundaries.push(e);
    }
    if (dot >= 0 && dot < resume) dot = text.indexOf('.', resume);
    if (bang >= 0 && bang < resume) bang = text.indexOf('!', resume);
    if (question >= 0 && question < resume) question = text.indexOf('?', resume);
  }
  return boundaries;
}

// ---- cache ---------------------------------------------------------------------------------------

/** Everything sentencesOf needs from one line that depends on the line alone. */
export interface LineSentences {
  /**
   * Start and end (exclusive) of each sentence in the line, flat: sentence k is [bounds[2k], bounds[2k + 1]).
   * One array per line instead of an array of pairs: these live as long as the line's record.
   */
  bounds: number[];
  /** Text of each sentence (slices of the cached copy of the line). */
  texts: string[];
  /**
   * Double-quotation state at each span boundary: quoteOpen[k] where sentence k starts, quoteOpen[k + 1]
   * where it ends (NEVER_QUOTED, longer than needed, for the usual line without a double quotation mark).
   */
  quoteOpen: readonly boolean[];
}

const stats = { hits: 0, misses: 0, fast: 0, reference: 0 };

/** Flat sentence bounds of a line (see LineSentences.bounds), by the fast path when it applies. */
function splitUncached(text: string): number[] {
  const fast = fastBoundaries(text);
  if (fast) {
    stats.fast++;
    return boundsFromBoundaries(text, fast);
  }
  stats.reference++;
  const bounds: number[] = [];
  for (const [s, e] of splitReference(text)) bounds.push(s, e);
  return bounds;
}

/** quoteOpen of a line without a double quotation mark and with fewer sentences than its length: shared. */
const NEVER_QUOTED: readonly boolean[] = new Array<boolean>(64).fill(false);

function computeLineSentences(text: string): LineSentences {
  const bounds = splitUncached(text);
  const texts: string[] = [];
  // Most lines have no double quotation mark: then every sentence starts and ends outside one.
  const quoted = DOUBLE_QUOTE_MARK.test(text);
  const quoteOpen = quoted || bounds.length / 2 >= NEVER_QUOTED.length ? [false] : NEVER_QUOTED;
  let open = false;
  for (let k = 0; k < bounds.length; k += 2) {
    const t = text.slice(bounds[k], bounds[k + 1]);
    texts.push(t);
    if (quoteOpen === NEVER_QUOTED) continue;
    if (quoted) open = quoteStateAfter(t, open);
    (quoteOpen as boolean[]).push(open);
  }
  return { bounds, texts, quoteOpen };
}

/**
 * The sentences of one line, kept in the shared per-line records (boilerplate/lineRecords: bounded, one
 * lookup per line for features, verdict and sentences): an edit re-splits only the line it touched.
 */
function recordSentences(rec: LineRecord): LineSentences {
  if (rec.sentences) {
    stats.hits++;
    return rec.sentences;
  }
  stats.misses++;
  return (rec.sentences = computeLineSentences(rec.text));
}

/** Sentence spans [start, end) of one line of text (cached, see recordSentences). */
export function splitLine(text: string): Spans {
  const { bounds } = recordSentences(lineRecord(text));
  const spans: Array<[number, number]> = [];
  for (let k = 0; k < bounds.length; k += 2) spans.push([bounds[k], bounds[k + 1]]);
  return spans;
}

export function sentenceCacheStats(): { size: number; hits: number; misses: number; fast: number; reference: number } {
  return { size: lineRecordCount(), ...stats };
}

/** Empty the per-line cache the sentences are kept in (it holds the line verdicts too). */
export function clearSentenceCache(): void {
  clearLineRecords();
  stats.hits = stats.misses = stats.fast = stats.reference = 0;
}

// ---- document ------------------------------------------------------------------------------------

/**
 * A double quotation mark. One class test rather than includes() per mark: includes('“') on a two-byte
 * string is slow (V8 looks for the byte 0x20, which every space has): 6.2 ms over the 1k corpus' long
 * lines against 1.1 for '"'; the class test 4.9 ms for all three.
 */
const DOUBLE_QUOTE_MARK = /["“”]/;

/** Quote state after scanning `text` from `open` (true = inside a double quotation). */
function quoteStateAfter(text: string, open: boolean): boolean {
  // Most sentences have no double quotation mark: three native searches rule them out.
  if (!DOUBLE_QUOTE_MARK.test(text)) return open;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x201c) open = true;
    else if (c === 0x201d) open = false;
    else if (c === 34 && !(i > 0 && isAsciiDigit(text.charCodeAt(i - 1)))) open = !open;
  }
  return open;
}

/**
 * Lines longer than this are not split into sentences (so nothing downstream, attribution included,
 * reads them) and the document gets a notice. No article paragraph comes near it: the longest paragraph
 * in the seeds and the devset is under 2,000 characters; a line this long is a minified page, a data dump
 * or text that lost its line breaks, where sentence-level findings would be noise. Shared with entities'
 * MAX_ENTITY_LINE_LENGTH in spirit (same figure), not by import: each stage owns its limit.
 */
export const MAX_SENTENCE_LINE_LENGTH = 50_000;

interface SentenceModel {
  sentences: Sentence[];
  /** Text lines (0-based) longer than MAX_SENTENCE_LINE_LENGTH, left unsplit. */
  skippedLines: number[];
}

/** Sentences of the article text (lines `classifyLines` calls content), memoised per document. */
export function sentencesOf(doc: DocumentText): Sentence[] {
  return sentenceModel(doc).sentences;
}

/** What sentence splitting wants the user to know: the lines too long to read. */
export function sentenceNotices(doc: DocumentText): string[] {
  const skipped = sentenceModel(doc).skippedLines;
  if (!skipped.length) return [];
  const lines = skipped.slice(0, 5).map((l) => l + 1).join(', ') + (skipped.length > 5 ? ', …' : '');
  return [
    `Attribution: ${skipped.length} line${skipped.length === 1 ? '' : 's'} longer than ${MAX_SENTENCE_LINE_LENGTH} characters not split into sentences or checked for sources (line ${lines}).`,
  ];
}

function sentenceModel(doc: DocumentText): SentenceModel {
  return doc.memo('text/sentences', () => {
    const classes = classifyLines(doc);
    const records = lineRecordsOf(doc);
    // A snippet or a very short document may have no line the classifier takes for an article body; then
    // lines judged by layout alone (not by a phrase list or pattern) are read as text rather than lost.
    const anyContent = classes.some((c) => c.kind === 'content');
    const isText = (line: number): boolean => {
      const c = classes[line] as { kind: string; byFeatures?: boolean } | undefined;
      return c?.kind === 'content' || (!anyContent && c?.kind === 'boilerplate' && c.byFeatures === true);
    };
    const out: Sentence[] = [];
    const skippedLines: number[] = [];
    for (const p of doc.paragraphs) {
      for (let line = p.startLine; line <= p.endLine; line++) {
        if (!isText(line)) continue;
        const text = doc.lines[line];
        if (text.length > MAX_SENTENCE_LINE_LENGTH) {
          skippedLines.push(line);
          continue;
        }
        const base = doc.lineStarts[line];
        const { bounds, texts, quoteOpen } = recordSentences(records[line]);
        for (let k = 0; k < texts.length; k++) {
          const s = bounds[2 * k];
          const e = bounds[2 * k + 1];
          out.push({
            index: out.length,
            paragraph: p.index,
            line,
            start: base + s,
            end: base + e,
            range: { start: { line, character: s }, end: { line, character: e } },
            text: texts[k],
            quoteOpenAtStart: quoteOpen[k],
            quoteOpenAtEnd: quoteOpen[k + 1],
          });
        }
      }
    }
    return { sentences: out, skippedLines };
  });
}
