// The review report (Markdown and CSV), built from plain data so it can be unit-tested. Document text is
// untrusted: in Markdown it is escaped, in CSV it is quoted and guarded against spreadsheet formulas.
import type { Category, Finding } from '../../core/types';
import { escapeMarkdown } from '../../core/text/markdown';
import type { ReviewStatus } from '../services';
import { CATEGORY_ORDER, categoryCounts, severityCounts } from './corpusModel';

export interface ReportDocument {
  path: string;
  status: ReviewStatus;
  changedSinceReview: boolean;
  words?: number;
  findings: readonly Finding[];
  skipped?: string;
}

export interface ReportInput {
  title: string;
  generated: Date;
  documents: readonly ReportDocument[];
}

const STATUS_LABEL: Record<ReviewStatus, string> = { unreviewed: 'unreviewed', inReview: 'in review', reviewed: 'reviewed', rejected: 'rejected' };

export function reportMarkdown(input: ReportInput): string {
  const docs = input.documents;
  const all = docs.flatMap((d) => d.findings);
  const byStatus = (s: ReviewStatus) => docs.filter((d) => d.status === s).length;
  const cats = categoryCounts(all);
  const out: string[] = [];
  out.push(`# ${escapeMarkdown(input.title)}`, '');
  out.push(`Generated ${input.generated.toISOString()} by Corpus Review.`, '');
  out.push('## Summary', '');
  out.push(`- Documents: ${docs.length} (${byStatus('reviewed')} reviewed, ${byStatus('inReview')} in review, ${byStatus('rejected')} rejected, ${byStatus('unreviewed')} unreviewed)`);
  const changed = docs.filter((d) => d.changedSinceReview).length;
  if (changed) out.push(`- Changed since reviewed: ${changed}`);
  const skipped = docs.filter((d) => d.skipped).length;
  if (skipped) out.push(`- Skipped (not analysed): ${skipped}`);
  out.push(`- Findings: ${all.length} (${CATEGORY_ORDER.map((c) => `${c} ${cats[c]}`).join(', ')})`, '');
  out.push('## Documents', '');
  out.push(`| document | state | words | findings | ${CATEGORY_ORDER.join(' | ')} |`);
  out.push(`| --- | --- | ---: | ---: | ${CATEGORY_ORDER.map(() => '---:').join(' | ')} |`);
  for (const d of docs) {
    const c = categoryCounts(d.findings);
    const state = STATUS_LABEL[d.status] + (d.changedSinceReview ? ' (changed since)' : '') + (d.skipped ? ` (skipped: ${escapeMarkdown(d.skipped)})` : '');
    out.push(`| ${escapeMarkdown(d.path)} | ${state} | ${d.words ?? ''} | ${d.findings.length} | ${CATEGORY_ORDER.map((k) => c[k]).join(' | ')} |`);
  }
  out.push('');
  const withFindings = docs.filter((d) => d.findings.length);
  if (withFindings.length) {
    out.push('## Findings by category', '');
    for (const category of CATEGORY_ORDER) {
      const rows = withFindings.flatMap((d) => d.findings.filter((f) => f.category === category).map((f) => ({ d, f })));
      if (!rows.length) continue;
      out.push(`### ${category} (${rows.length})`, '');
      for (const { d, f } of rows) {
        out.push(
          `- ${escapeMarkdown(d.path)}:${f.range.start.line + 1}:${f.range.start.character + 1} — ${f.severity} \`${f.rule}\` — ${escapeMarkdown(f.message)} — “${escapeMarkdown(clip(f.text))}”`,
        );
      }
      out.push('');
    }
  }
  return out.join('\n');
}

export const CSV_COLUMNS = ['path', 'state', 'changed_since_review', 'words', 'findings', 'errors', 'warnings', 'information', 'hints', ...CATEGORY_ORDER, 'skipped'];

/** One row per document (the counts a spreadsheet sorts and filters on). */
export function reportCsv(input: ReportInput): string {
  const lines = [CSV_COLUMNS.join(',')];
  for (const d of input.documents) {
    const s = severityCounts(d.findings);
    const c = categoryCounts(d.findings);
    const cells: (string | number)[] = [
      d.path,
      STATUS_LABEL[d.status],
      d.changedSinceReview ? 'yes' : 'no',
      d.words ?? '',
      d.findings.length,
      s.error,
      s.warning,
      s.information,
      s.hint,
      ...CATEGORY_ORDER.map((k: Category) => c[k]),
      d.skipped ?? '',
    ];
    lines.push(cells.map(csvCell).join(','));
  }
  return lines.join('\r\n') + '\r\n';
}

/** RFC 4180 quoting; a leading = + - @ (or tab/CR) is prefixed with ' so spreadsheets do not run it as a formula. */
export function csvCell(value: string | number): string {
  if (typeof value === 'number') return String(value);
  let v = value;
  if (/^[=+\-@\t\r]/.test(v)) v = `'${v}`;
  return /[",\r\n']/.test(v) || v !== value ? `"${v.replace(/"/g, '""')}"` : v;
}

function clip(text: string, max = 120): string {
  const oneLine = text.replace(/\s+/g, ' ').trim();
  return oneLine.length > max ? oneLine.slice(0, max - 1) + '…' : oneLine;
}
