// Turns a sentence alignment (core/copies/align) into two texts for a side-by-side diff: one sentence (or
// merged group) per line, in the copy's order, with dropped original sentences placed where they stood.
// Pure: no `vscode`.

interface SentenceLike {
  text: string;
  paragraph: number;
}

export interface AlignmentLike {
  original: readonly SentenceLike[];
  copy: readonly SentenceLike[];
  units: readonly { original: readonly number[]; copy: readonly number[] }[];
  dropped: readonly number[];
  added: readonly number[];
}

export interface AlignedRow {
  original: number[];
  copy: number[];
}

/** Rows in reading order: aligned units, dropped originals after their predecessor, added copy sentences likewise. */
export function alignedRows(a: AlignmentLike): AlignedRow[] {
  const rows: AlignedRow[] = a.units.map((u) => ({ original: [...u.original], copy: [...u.copy] }));
  const insertAfterLast = (row: AlignedRow, before: (r: AlignedRow) => boolean) => {
    let at = 0;
    rows.forEach((r, i) => {
      if (before(r)) at = i + 1;
    });
    rows.splice(at, 0, row);
  };
  for (const d of [...a.dropped].sort((x, y) => x - y)) {
    insertAfterLast({ original: [d], copy: [] }, (r) => r.original.length > 0 && Math.min(...r.original) < d);
  }
  for (const c of [...a.added].sort((x, y) => x - y)) {
    insertAfterLast({ original: [], copy: [c] }, (r) => r.copy.length > 0 && Math.max(...r.copy) < c);
  }
  return rows;
}

function side(rows: AlignedRow[], pick: (r: AlignedRow) => number[], sentences: readonly SentenceLike[]): string {
  const lines: string[] = [];
  let paragraph: number | undefined;
  for (const r of rows) {
    const ids = pick(r);
    if (!ids.length) continue;
    const p = sentences[ids[0]].paragraph;
    if (paragraph !== undefined && p !== paragraph) lines.push('');
    paragraph = p;
    lines.push(ids.map((i) => sentences[i].text.replace(/\s+/g, ' ').trim()).join(' '));
  }
  return lines.join('\n') + '\n';
}

/** The two texts of the diff: original on the left, copy on the right. */
export function alignedTexts(a: AlignmentLike): { original: string; copy: string } {
  const rows = alignedRows(a);
  return { original: side(rows, (r) => r.original, a.original), copy: side(rows, (r) => r.copy, a.copy) };
}
