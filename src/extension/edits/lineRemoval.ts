import type { Range } from '../../core/types';

/**
 * Which text to delete so that whole lines disappear and the paragraph spacing around them stays tidy.
 * Pure (no `vscode`): the editor turns the ranges into one WorkspaceEdit, tests check them on strings.
 *
 * Lines are removed with their line break. Blank lines that the removal would leave stacked up are
 * trimmed back to the widest blank gap that was there before (so "para, blank, chrome, blank, para" keeps
 * one blank line), and blank lines left at the very start or end of the document are removed.
 */
export function planLineRemoval(lines: readonly string[], remove: Iterable<number>): Range[] {
  const removed = new Set<number>();
  for (const n of remove) if (Number.isInteger(n) && n >= 0 && n < lines.length) removed.add(n);
  if (!removed.size) return [];

  // A text ending with a line break has a final empty "line" that is only the end of the text.
  const endsWithBreak = lines.length > 1 && lines[lines.length - 1] === '';
  const lastRealLine = endsWithBreak ? lines.length - 2 : lines.length - 1;
  if (endsWithBreak) removed.delete(lines.length - 1);

  const blank = (n: number) => lines[n].trim() === '';
  const deleted = new Set(removed);

  // Walk maximal runs of lines that are removed or blank; tidy the blank lines of runs that lose a line.
  let i = 0;
  while (i <= lastRealLine) {
    if (!removed.has(i) && !blank(i)) {
      i++;
      continue;
    }
    const start = i;
    while (i <= lastRealLine && (removed.has(i) || blank(i))) i++;
    const end = i - 1;
    let touchesRemoval = false;
    let widestGap = 0;
    let gap = 0;
    const blanks: number[] = [];
    for (let n = start; n <= end; n++) {
      if (removed.has(n)) {
        touchesRemoval = true;
        gap = 0;
      } else {
        blanks.push(n);
        widestGap = Math.max(widestGap, ++gap);
      }
    }
    if (!touchesRemoval) continue;
    const atEdge = start === 0 || end === lastRealLine;
    const keep = atEdge ? 0 : widestGap;
    for (const n of blanks.slice(keep)) deleted.add(n);
  }

  return rangesOf([...deleted].sort((a, b) => a - b), lines);
}

function rangesOf(sorted: number[], lines: readonly string[]): Range[] {
  const out: Range[] = [];
  let k = 0;
  while (k < sorted.length) {
    const a = sorted[k];
    let b = a;
    while (k + 1 < sorted.length && sorted[k + 1] === b + 1) b = sorted[++k];
    k++;
    if (b + 1 < lines.length) {
      // Lines a..b and the line break after b.
      out.push({ start: { line: a, character: 0 }, end: { line: b + 1, character: 0 } });
    } else if (a > 0) {
      // The run ends the text without a final line break: take the line break before it instead.
      out.push({ start: { line: a - 1, character: lines[a - 1].length }, end: { line: b, character: lines[b].length } });
    } else {
      out.push({ start: { line: 0, character: 0 }, end: { line: b, character: lines[b].length } });
    }
  }
  return out;
}

/** Apply ranges from `planLineRemoval` to the text (for tests and previews; the editor uses a WorkspaceEdit). */
export function applyLineRemoval(lines: readonly string[], ranges: readonly Range[], eol = '\n'): string {
  const text = lines.join(eol);
  const starts: number[] = [];
  let o = 0;
  for (const l of lines) {
    starts.push(o);
    o += l.length + eol.length;
  }
  const off = (p: { line: number; character: number }) => starts[p.line] + p.character;
  let out = text;
  for (const r of [...ranges].sort((x, y) => off(y.start) - off(x.start))) out = out.slice(0, off(r.start)) + out.slice(off(r.end));
  return out;
}
