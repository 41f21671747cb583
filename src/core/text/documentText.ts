import type { Position, Range } from '../types';
import { countWords } from './words';
import { isSpace } from './chars';

/** A run of consecutive non-blank lines. Web dumps usually put one paragraph on one line. */
export interface Paragraph {
  index: number;
  startLine: number;
  endLine: number;
  /** Offsets into the document text; `end` is exclusive and excludes the final line break. */
  start: number;
  end: number;
}


/** Offset of the next CR or LF at or after `from`, or -1. */
function nextBreak(text: string, from: number): number {
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) return i;
  }
  return -1;
}

/**
 * The document as the analysis sees it: the text, its lines (CRLF, CR and LF all end a line) and its
 * paragraphs, with conversions between offsets and 0-based line/character positions in UTF-16 units.
 * Built once per analysis; analysis stages cache their results on the instance (see `memo`).
 */
export class DocumentText {
  readonly lines: string[] = [];
  /** Offset of the first character of each line. */
  readonly lineStarts: number[] = [];
  private paragraphsCache?: Paragraph[];
  private wordCountCache?: number;
  private readonly memoStore = new Map<string, unknown>();

  constructor(readonly text: string, readonly path = '') {
    // indexOf finds line feeds much faster than a regex or a character loop; CR is rare (old Mac files,
    // CRLF), and only then is every character looked at.
    const hasCR = text.indexOf('\r') >= 0;
    let last = 0;
    for (;;) {
      const end = hasCR ? nextBreak(text, last) : text.indexOf('\n', last);
      if (end < 0) break;
      this.lineStarts.push(last);
      this.lines.push(text.slice(last, end));
      last = end + (text.charCodeAt(end) === 13 && text.charCodeAt(end + 1) === 10 ? 2 : 1);
    }
    this.lineStarts.push(last);
    this.lines.push(text.slice(last));
  }

  get lineCount(): number {
    return this.lines.length;
  }

  isBlank(line: number): boolean {
    // A scan for the first non-space instead of trim(), which copies a line with white space at an end.
    const text = this.lines[line];
    for (let i = 0; i < text.length; i++) if (!isSpace(text.charCodeAt(i))) return false;
    return true;
  }

  get paragraphs(): Paragraph[] {
    if (!this.paragraphsCache) {
      const out: Paragraph[] = [];
      let start = -1;
      for (let i = 0; i <= this.lines.length; i++) {
        const blank = i === this.lines.length || this.isBlank(i);
        if (!blank && start < 0) start = i;
        if (blank && start >= 0) {
          out.push({
            index: out.length,
            startLine: start,
            endLine: i - 1,
            start: this.lineStarts[start],
            end: this.lineStarts[i - 1] + this.lines[i - 1].length,
          });
          start = -1;
        }
      }
      this.paragraphsCache = out;
    }
    return this.paragraphsCache;
  }

  get wordCount(): number {
    if (this.wordCountCache === undefined) {
      this.wordCountCache = countWords(this.text);
    }
    return this.wordCountCache;
  }

  positionAt(offset: number): Position {
    const o = Math.max(0, Math.min(offset, this.text.length));
    let lo = 0;
    let hi = this.lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.lineStarts[mid] <= o) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo, character: Math.min(o - this.lineStarts[lo], this.lines[lo].length) };
  }

  offsetAt(position: Position): number {
    const line = Math.max(0, Math.min(position.line, this.lines.length - 1));
    return this.lineStarts[line] + Math.max(0, Math.min(position.character, this.lines[line].length));
  }

  rangeOf(start: number, end: number): Range {
    return { start: this.positionAt(start), end: this.positionAt(end) };
  }

  /** The range of a line's text without its leading and trailing white space (whole line if blank). */
  lineRange(line: number, trimmed = true): Range {
    const text = this.lines[line];
    if (!trimmed || text.trim() === '') return { start: { line, character: 0 }, end: { line, character: text.length } };
    const startChar = text.length - text.trimStart().length;
    const endChar = text.trimEnd().length;
    return { start: { line, character: startChar }, end: { line, character: endChar } };
  }

  textOf(range: Range): string {
    return this.text.slice(this.offsetAt(range.start), this.offsetAt(range.end));
  }

  /**
   * Per-document cache for analysis stages: `doc.memo('sentences', () => split(doc))` computes once per
   * DocumentText. Stages own their keys; use the module name as the key.
   */
  memo<T>(key: string, compute: () => T): T {
    // One lookup on a hit (stages ask for their memo many times per document); has() only for undefined.
    const hit = this.memoStore.get(key);
    if (hit !== undefined || this.memoStore.has(key)) return hit as T;
    const value = compute();
    this.memoStore.set(key, value);
    return value;
  }

  /** Drop the cached stage results whose key starts with `prefix`; they are computed again if asked for. */
  forget(prefix: string): void {
    for (const key of [...this.memoStore.keys()]) if (key.startsWith(prefix)) this.memoStore.delete(key);
  }
}
