import { DocumentText } from '../text/documentText';
import type { Finding } from '../types';
import type { RuleFinding } from '../rules/rule';
import { classifyLines } from './classify';
import { lineHashAt } from './templateLines';

/** Whole lines to delete, 0-based and inclusive: `[first, last]`. */
export type LineSpan = [number, number];

/** A deletion as offsets into the document text (`end` exclusive), ready for an editor edit. */
export interface TextDeletion {
  start: number;
  end: number;
}

export interface BoilerplateRemovalOptions {
  /** Also remove provenance lines (source, byline, timestamps). Default false: they are kept as metadata. */
  includeMetadata?: boolean;
}

const TEMPLATE_RULE = 'boilerplate/template-line';

/**
 * "Remove all boilerplate in this document": the line spans to delete, so that the result keeps tidy
 * paragraph spacing and never loses article text.
 *
 * Lines come from `findings` (their `data.removeLines`, else their range) when given, otherwise from the
 * shared classifier. A line the classifier calls article text is never removed, except when a
 * `boilerplate/template-line` finding names it (the corpus pass has seen it in several documents and it
 * is not sentence-shaped). Blank lines next to removed lines are removed too where they would otherwise
 * leave more than one blank line in a row, or blank lines at the start or end of the document.
 */
export function planBoilerplateRemoval(
  doc: DocumentText,
  findings?: readonly (Finding | RuleFinding)[],
  options: BoilerplateRemovalOptions = {},
): LineSpan[] {
  const classes = classifyLines(doc);
  const wanted = new Set<number>();
  const allowContent = new Set<number>();
  const removable = (kind: string): boolean => kind === 'boilerplate' || (options.includeMetadata === true && kind === 'metadata');
  if (findings) {
    for (const f of findings) {
      const category = 'category' in f ? f.category : undefined;
      if (category && !removable(category)) continue;
      const [first, last] = f.data?.removeLines ?? [f.range.start.line, f.range.end.line];
      const template = 'rule' in f && f.rule === TEMPLATE_RULE;
      for (let i = first; i <= last; i++) {
        wanted.add(i);
        if (template) allowContent.add(i);
      }
    }
  } else {
    classes.forEach((c, i) => {
      if (removable(c.kind)) wanted.add(i);
    });
  }
  const lines = [...wanted].filter((i) => i >= 0 && i < doc.lineCount && (classes[i].kind !== 'content' || allowContent.has(i)));
  return planLineRemoval(doc, lines);
}

/**
 * Delete these lines and tidy the blank lines around them: where a deletion leaves a run of blank lines,
 * keep one between two paragraphs and none at the start or end of the document. Blank-line runs that no
 * deletion touches are left as they are. Returns merged, sorted spans (blank lines included).
 */
export function planLineRemoval(doc: DocumentText, lines: Iterable<number>): LineSpan[] {
  const n = doc.lineCount;
  const remove = new Array<boolean>(n).fill(false);
  let any = false;
  for (const i of lines) {
    if (i >= 0 && i < n) {
      remove[i] = true;
      any = true;
    }
  }
  if (!any) return [];
  // The empty "line" after a final line break is the end of the text, not a blank line.
  const last = n > 1 && doc.lines[n - 1] === '' ? n - 2 : n - 1;
  const blank = (i: number): boolean => doc.lines[i].trim() === '';

  let i = 0;
  while (i <= last) {
    if (remove[i] || !blank(i)) {
      i++;
      continue;
    }
    // A run of kept blank lines, possibly interrupted by removed lines: [i, j).
    let j = i;
    let touched = false;
    const kept: number[] = [];
    while (j <= last && (remove[j] || blank(j))) {
      if (remove[j]) touched = true;
      else kept.push(j);
      j++;
    }
    // Also touched when a removed non-blank line sits right before the run.
    if (i > 0 && remove[i - 1]) touched = true;
    if (touched) {
      let before = i - 1;
      while (before >= 0 && remove[before]) before--;
      const atStart = before < 0;
      const atEnd = j > last;
      const keep = atStart || atEnd ? 0 : 1;
      kept.slice(keep).forEach((k) => (remove[k] = true));
    }
    i = j;
  }
  // Removed lines at the very start leave the next blank lines leading the document.
  let first = 0;
  while (first <= last && remove[first]) first++;
  if (first > 0) for (let k = first; k <= last && blank(k) && !remove[k]; k++) remove[k] = true;
  // Removed lines at the very end leave the previous blank lines trailing it.
  let end = last;
  while (end >= 0 && remove[end]) end--;
  if (end < last) for (let k = end; k >= 0 && blank(k) && !remove[k]; k--) remove[k] = true;

  const spans: LineSpan[] = [];
  for (let k = 0; k < n; k++) {
    if (!remove[k]) continue;
    const prev = spans[spans.length - 1];
    if (prev && prev[1] === k - 1) prev[1] = k;
    else spans.push([k, k]);
  }
  return spans;
}

/**
 * Offsets to delete for each span. A span that reaches the last line of a text without a final line
 * break takes the line break before it instead, so no dangling empty line is left.
 */
export function lineSpansToDeletions(doc: DocumentText, spans: readonly LineSpan[]): TextDeletion[] {
  const n = doc.lineCount;
  return spans.map(([first, last]) => {
    if (last + 1 < n) return { start: doc.lineStarts[first], end: doc.lineStarts[last + 1] };
    const start = first > 0 ? doc.lineStarts[first - 1] + doc.lines[first - 1].length : 0;
    return { start, end: doc.text.length };
  });
}

/** The text with the spans deleted (what the editor shows after applying the edit). */
export function applyLineRemoval(doc: DocumentText, spans: readonly LineSpan[]): string {
  const dels = lineSpansToDeletions(doc, spans).sort((a, b) => a.start - b.start);
  let out = '';
  let at = 0;
  for (const d of dels) {
    if (d.start < at) continue;
    out += doc.text.slice(at, d.start);
    at = d.end;
  }
  return out + doc.text.slice(at);
}

/** Every line of `doc` whose normalised hash (hashLine) is `lineHash`. */
export function linesWithHash(doc: DocumentText, lineHash: string): number[] {
  const out: number[] = [];
  for (let i = 0; i < doc.lineCount; i++) if (doc.lines[i].trim() !== '' && lineHashAt(doc, i) === lineHash) out.push(i);
  return out;
}

/**
 * "Remove this template line from every document", for one document: delete every line with this hash
 * (tidying blank lines as above). Returns the spans and the new text; `removed` is 0 when the line is
 * not in this document (the caller then leaves the file alone).
 */
export function removeTemplateLine(
  text: string | DocumentText,
  lineHash: string,
): { spans: LineSpan[]; text: string; removed: number } {
  const doc = typeof text === 'string' ? new DocumentText(text) : text;
  const lines = linesWithHash(doc, lineHash);
  if (!lines.length) return { spans: [], text: doc.text, removed: 0 };
  const spans = planLineRemoval(doc, lines);
  return { spans, text: applyLineRemoval(doc, spans), removed: lines.length };
}
