import type { DocumentText } from '../text/documentText';
import type { CopyPair } from '../types';
import { escapeMarkdown } from '../text/markdown';
import { compareWithOriginal } from './compare';
import { DRIFT_LABELS } from './drift';
import type { CopySentence } from './sentences';

export interface AlignedTexts {
  /** The original, one aligned unit per line (for the left side of a diff). */
  left: string;
  /** The copy, each line facing its counterpart on the left (blank where nothing corresponds). */
  right: string;
}

interface Row {
  left: string;
  right: string;
}

function rowsFor(copyDoc: DocumentText, originalDoc: DocumentText): Row[] {
  const { alignment: a } = compareWithOriginal(copyDoc, originalDoc);
  const unitOfOriginal = new Map<number, number>();
  a.units.forEach((u, k) => u.original.forEach((i) => unitOfOriginal.set(i, k)));
  const addedAfter = new Map<number, number[]>(); // copy sentence index → added copy sentences right after it
  const addedSet = new Set(a.added);
  const leading: number[] = [];
  let lastAligned = -1;
  for (const s of a.copy) {
    if (addedSet.has(s.index)) {
      if (lastAligned < 0) leading.push(s.index);
      else addedAfter.set(lastAligned, [...(addedAfter.get(lastAligned) ?? []), s.index]);
    } else lastAligned = s.index;
  }
  const text = (ss: CopySentence[], ids: number[]) => ids.map((i) => ss[i].text).join(' ');
  const rows: Row[] = leading.map((i) => ({ left: '', right: a.copy[i].text }));
  const emitted = new Set<number>();
  let paragraph: number | undefined;
  for (const s of a.original) {
    if (paragraph !== undefined && s.paragraph !== paragraph && rows.length) rows.push({ left: '', right: '' });
    paragraph = s.paragraph;
    const k = unitOfOriginal.get(s.index);
    if (k === undefined) {
      rows.push({ left: s.text, right: '' });
      continue;
    }
    if (emitted.has(k)) continue;
    emitted.add(k);
    const u = a.units[k];
    rows.push({ left: text(a.original, u.original), right: text(a.copy, u.copy) });
    for (const c of u.copy) for (const added of addedAfter.get(c) ?? []) rows.push({ left: '', right: a.copy[added].text });
  }
  return rows;
}

/**
 * The original and the copy rewritten so that aligned sentences sit on the same line: feed them to a
 * side-by-side diff ("Compare with original") and each reworded sentence faces its source.
 */
export function alignedTexts(copyDoc: DocumentText, originalDoc: DocumentText): AlignedTexts {
  const rows = rowsFor(copyDoc, originalDoc);
  return { left: rows.map((r) => r.left).join('\n') + '\n', right: rows.map((r) => r.right).join('\n') + '\n' };
}

const lineOf = (s: CopySentence, doc: DocumentText) => doc.positionAt(s.start).line + 1;
const fileName = (p: string) => p.split('/').pop() || p || '(untitled)';

/**
 * A Markdown report of what a copy changed: every aligned sentence pair with its meaning drifts classified,
 * the sentences and paragraphs dropped and added, and metadata the copy removed. All document text is
 * escaped (the report is untrusted content).
 */
export function driftReportMarkdown(copyDoc: DocumentText, originalDoc: DocumentText, pair?: CopyPair): string {
  const c = compareWithOriginal(copyDoc, originalDoc);
  const a = c.alignment;
  const e = escapeMarkdown;
  const out: string[] = [];
  out.push(`# Drift report: ${e(fileName(copyDoc.path))}`);
  out.push('');
  out.push(`Copy: ${e(copyDoc.path || '(untitled)')}  `);
  out.push(`Original: ${e(originalDoc.path || '(untitled)')}`);
  out.push('');
  if (pair) {
    out.push(`Kind: **${pair.kind}**, similarity ${pair.similarity.toFixed(2)}.`);
    if (pair.reasons?.length) out.push(`Why this is the original: ${pair.reasons.map(e).join('; ')}.`);
    out.push('');
  }
  const driftCount = c.units.reduce((n, u) => n + u.drifts.length, 0);
  out.push(
    `${a.units.length} aligned sentence pairs (${a.reworded} reworded), ${driftCount} meaning changes, ` +
      `${a.dropped.length} sentences dropped (${a.droppedParagraphs.length} whole paragraphs), ${a.added.length} sentences added.`,
  );
  const meta: string[] = [];
  if (c.bylineRemoved) meta.push(`byline removed (original: ${e(c.originalMetadata.byline ?? '')})`);
  if (c.sourceRemoved) meta.push(`source removed (original: ${e(c.originalMetadata.source ?? '')})`);
  if (c.dateRemoved) meta.push(`date removed (original: ${e(c.originalMetadata.date ?? '')})`);
  if (meta.length) out.push('', `Metadata: ${meta.join('; ')}.`);

  const byKind = new Map<string, number>();
  for (const u of c.units) for (const d of u.drifts) byKind.set(d.kind, (byKind.get(d.kind) ?? 0) + 1);
  if (byKind.size) {
    out.push('', '## Meaning changes by kind', '', '| kind | count |', '| --- | --- |');
    for (const [k, n] of byKind) out.push(`| ${DRIFT_LABELS[k as keyof typeof DRIFT_LABELS]} | ${n} |`);
  }

  out.push('', '## Aligned sentences', '');
  c.units.forEach(({ unit, drifts }, k) => {
    const os = unit.original.map((i) => a.original[i]);
    const cs = unit.copy.map((i) => a.copy[i]);
    const status = unit.identical ? 'unchanged' : `reworded, similarity ${unit.similarity.toFixed(2)}`;
    out.push(`### ${k + 1}. Copy line ${lineOf(cs[0], copyDoc)} ← original line ${lineOf(os[0], originalDoc)} (${status})`, '');
    out.push(`> **Original:** ${e(os.map((s) => s.text).join(' '))}`, '>');
    out.push(`> **Copy:** ${e(cs.map((s) => s.text).join(' '))}`, '');
    for (const d of drifts) out.push(`- **${DRIFT_LABELS[d.kind]}**: ${e(d.message)}`);
    if (drifts.length) out.push('');
  });
  if (a.dropped.length) {
    out.push('## Dropped from the original', '');
    for (const i of a.dropped) out.push(`- line ${lineOf(a.original[i], originalDoc)}: ${e(a.original[i].text)}`);
    out.push('');
  }
  if (a.added.length) {
    out.push('## Added in the copy', '');
    for (const i of a.added) out.push(`- line ${lineOf(a.copy[i], copyDoc)}: ${e(a.copy[i].text)}`);
    out.push('');
  }
  return out.join('\n') + '\n';
}
