// The "drift report" of a copy against its original, as a Markdown document. Pure (no `vscode`); all
// document text is escaped, so the report renders a hostile corpus as plain text.
import { escapeMarkdown } from '../core/text/markdown';
import { baseName, formatMessage, type Translate } from './cards';

export interface DriftItem {
  /** Machine kind, e.g. `modality`, `evaluative`, `attribution-lost`, `entity`, `number`, `negation`, `deixis`. */
  kind: string;
  /** Words in the original and in the copy, when the drift is a substitution. */
  from?: string;
  to?: string;
  /** Plain-words explanation. */
  detail?: string;
}

export interface DriftRow {
  original?: string;
  copy?: string;
  /** Line of the copy sentence (0-based), for orientation. */
  copyLine?: number;
  originalLine?: number;
  similarity?: number;
  drifts: DriftItem[];
}

export interface DriftReportInput {
  copyPath: string;
  originalPath: string;
  kind?: string;
  similarity?: number;
  reasons?: string[];
  rows: DriftRow[];
  droppedParagraphs?: number;
  addedParagraphs?: number;
}

const e = escapeMarkdown;
const pct = (x: number) => x.toFixed(2);

function quote(label: string, text: string | undefined, line: number | undefined, t: Translate): string {
  const where = line === undefined ? '' : ` (${t('line {0}', line + 1)})`;
  return `- ${label}${where}: ${text === undefined ? `*${t('none')}*` : e(text)}`;
}

function driftLine(d: DriftItem): string {
  const change = d.from !== undefined || d.to !== undefined ? ` “${e(d.from ?? '')}” → “${e(d.to ?? '')}”` : '';
  const detail = d.detail ? ` — ${e(d.detail)}` : '';
  return `**${e(d.kind)}**${change}${detail}`;
}

export function driftReportMarkdown(r: DriftReportInput, t: Translate = formatMessage): string {
  const out: string[] = [];
  out.push(`# ${t('Drift report: {0} against {1}', e(baseName(r.copyPath)), e(baseName(r.originalPath)))}`);
  const facts = [
    `${t('Copy')}: \`${r.copyPath.replace(/`/g, "'")}\``,
    `${t('Original')}: \`${r.originalPath.replace(/`/g, "'")}\``,
  ];
  if (r.kind) facts.push(`${t('Kind')}: ${e(r.kind)}`);
  if (r.similarity !== undefined) facts.push(`${t('Similarity')}: ${pct(r.similarity)}`);
  out.push(facts.map((f) => `- ${f}`).join('\n'));
  if (r.reasons?.length) out.push(`${t('Why this one is the original:')}\n\n${r.reasons.map((x) => `- ${e(x)}`).join('\n')}`);

  const aligned = r.rows.filter((x) => x.original !== undefined && x.copy !== undefined);
  const changed = aligned.filter((x) => x.original !== x.copy);
  const dropped = r.rows.filter((x) => x.copy === undefined);
  const added = r.rows.filter((x) => x.original === undefined);
  const drifting = r.rows.filter((x) => x.drifts.length);
  const byKind = new Map<string, number>();
  for (const row of drifting) for (const d of row.drifts) byKind.set(d.kind, (byKind.get(d.kind) ?? 0) + 1);

  out.push(`## ${t('Summary')}`);
  const summary = [
    t('{0} aligned sentences, {1} reworded', aligned.length, changed.length),
    t('{0} sentences dropped, {1} added', dropped.length, added.length),
  ];
  if (r.droppedParagraphs || r.addedParagraphs) summary.push(t('{0} paragraphs dropped, {1} added', r.droppedParagraphs ?? 0, r.addedParagraphs ?? 0));
  summary.push(
    byKind.size
      ? t('Changes of meaning: {0}', [...byKind].map(([k, n]) => `${e(k)} × ${n}`).join(', '))
      : t('No change of meaning was classified.'),
  );
  out.push(summary.map((x) => `- ${x}`).join('\n'));

  out.push(`## ${t('Changes that alter meaning')}`);
  if (!drifting.length) out.push(t('None found.'));
  drifting.forEach((row, i) => {
    out.push(
      [
        `### ${i + 1}. ${row.drifts.map(driftLine).join('; ')}`,
        quote(t('Original'), row.original, row.originalLine, t),
        quote(t('Copy'), row.copy, row.copyLine, t),
      ].join('\n\n'),
    );
  });

  out.push(`## ${t('Reworded sentences')}`);
  if (!changed.length) out.push(t('None.'));
  for (const row of changed) {
    const sim = row.similarity === undefined ? '' : ` (${t('similarity {0}', pct(row.similarity))})`;
    out.push(`${quote(t('Original'), row.original, row.originalLine, t)}\n${quote(t('Copy'), row.copy, row.copyLine, t)}${sim}`);
  }

  out.push(`## ${t('Dropped from the original')}`);
  out.push(dropped.length ? dropped.map((x) => quote(t('Original'), x.original, x.originalLine, t)).join('\n') : t('None.'));
  out.push(`## ${t('Added in the copy')}`);
  out.push(added.length ? added.map((x) => quote(t('Copy'), x.copy, x.copyLine, t)).join('\n') : t('None.'));
  return out.join('\n\n') + '\n';
}
