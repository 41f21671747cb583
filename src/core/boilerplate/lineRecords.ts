import type { DocumentText } from '../text/documentText';
import { GenerationalCache, ownCopy } from '../text/lru';
import { countWords } from '../text/words';
import { isSpace } from '../text/chars';
import type { LineSentences } from '../text/sentences';
import { lineFeatures, type LineFeatures } from './features';
import type { LineClass } from './classify';

/**
 * What the analysis knows about a line from its text alone, cached by the exact line text: an edit
 * changes one line, and every other line of the new document version is found here instead of being
 * measured, classified, counted and split again. One record per line means one lookup per line and
 * document version (hashing the line is then most of the cost: ~0.3 µs for a 160-character line). The
 * fields filled later are pure functions of `text`, so a record is the same whichever document asks
 * first; records are never changed otherwise and are shared by every document that has the line.
 */
export interface LineRecord {
  /** The line, copied out of its document (see ownCopy) so the cache does not keep old versions alive. */
  readonly text: string;
  /** Layout features; undefined for a blank line. */
  readonly features: LineFeatures | undefined;
  /** The verdict from the line's own text (classify's fixedVerdict), null when none; set on first need. */
  verdict?: LineClass | null;
  /** hashLine of the line; set on first need. */
  hash?: string;
  /** countWords of the line; set on first need. */
  words?: number;
  /** Sentences of the line (text/sentences.ts); set on first need. */
  sentences?: LineSentences;
  /** The body lower-cased, white space runs as one space: classify's key for lines a page repeats; set on first need. */
  repeatKey?: string;
}

/**
 * Bounds of the shared cache: entries and characters per generation (see GenerationalCache; up to twice
 * this is held). After the 10k generated corpus the records hold 19 MB of heap (50,000 / 4M: 43 MB; the
 * verdict and sentence caches they replaced held 103 MB, most of it whole documents kept alive by their
 * sliced lines); a document being edited, or the chrome lines a corpus repeats, fit many times over.
 */
export const LINE_CACHE_ENTRIES = 20_000;
export const LINE_CACHE_CHARS = 2_000_000;
/**
 * Longer lines are measured every time. Same figure as MAX_SENTENCE_LINE_LENGTH: longer lines are never
 * split into sentences, shorter ones are worth keeping (sentence-splitter on a 10,000-character line
 * takes milliseconds), and the character bound keeps the memory in check.
 */
export const LINE_CACHE_MAX_LINE_CHARS = 50_000;

const cache = new GenerationalCache<string, LineRecord>(LINE_CACHE_ENTRIES, LINE_CACHE_CHARS);

/**
 * Lines at least this long are copied before the lookup (see lineRecord). Below it most lines are page
 * furniture found in the cache, and copying them for the lookup would be wasted.
 */
export const COPY_FIRST_MIN_CHARS = 120;

function newRecord(text: string): LineRecord {
  // Every field from the start, in one order: records then share one hidden class, and the lazily filled
  // fields are plain stores instead of shape changes that made the property reads megamorphic.
  const features = isBlankText(text) ? undefined : lineFeatures(text);
  return { text, features, verdict: undefined, hash: undefined, words: undefined, sentences: undefined, repeatKey: undefined };
}

/** `text.trim() === ''` without the copy trim makes of a line with white space at an end. */
function isBlankText(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (!isSpace(text.charCodeAt(i))) return false;
  return true;
}

/** The record of one line of text (cached unless the line is very long). */
export function lineRecord(line: string): LineRecord {
  if (line.length > LINE_CACHE_MAX_LINE_CHARS) return newRecord(line);
  // A long line is usually new (an article paragraph): its copy is made first and used for the lookup too,
  // so that V8 hashes the line once (the copy keeps its hash) instead of once for the lookup and again for
  // the insertion of the copy. It is also the key a hit in the older generation is moved under (never a
  // slice that would keep the document alive). 1k corpus, caches emptied: 10-20 ms less; with every line
  // cached it costs a copy per long line (~2 ms per 1,000 documents).
  const copyFirst = line.length >= COPY_FIRST_MIN_CHARS;
  const key = copyFirst ? ownCopy(line) : line;
  const hit = cache.get(key);
  if (hit) return hit;
  const rec = newRecord(copyFirst ? key : ownCopy(line));
  cache.set(rec.text, rec, line.length + 1);
  return rec;
}

/** Records of every line of `doc`, memoised per document. */
export function lineRecordsOf(doc: DocumentText): LineRecord[] {
  return doc.memo('boilerplate/lineRecords', () => doc.lines.map(lineRecord));
}

/**
 * DocumentText.wordCount from the line records: words never cross a line break (see countWords), so the
 * sum over lines is the same number, and an edit counts only the line it changed.
 */
export function documentWordCount(doc: DocumentText): number {
  return doc.memo('boilerplate/wordCount', () => {
    let n = 0;
    for (const rec of lineRecordsOf(doc)) n += rec.words ??= countWords(rec.text);
    return n;
  });
}

/** Number of cached records. */
export function lineRecordCount(): number {
  return cache.size;
}

/** Empty the shared cache (benchmarks use it to measure cold runs). */
export function clearLineRecords(): void {
  cache.clear();
}
