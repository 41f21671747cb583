import type { CorpusReport } from '../../core';

/** Compiler-style lines: `path:line:col  severity  rule  message` (1-based line and column). */
export function formatText(report: CorpusReport): string {
  const out: string[] = [];
  let total = 0;
  for (const doc of report.documents) {
    for (const notice of doc.notices) out.push(`${doc.path}: note: ${notice}`);
    for (const f of doc.findings) {
      total++;
      out.push(`${doc.path}:${f.range.start.line + 1}:${f.range.start.character + 1}  ${f.severity}  ${f.rule}  ${f.message}`);
    }
  }
  for (const c of report.copies) {
    out.push(`copies: ${c.a} ~ ${c.b}  ${c.kind}  similarity ${c.similarity.toFixed(2)}  original: ${c.original ?? 'undecided'}`);
  }
  out.push(`${report.documents.length} document(s), ${total} finding(s), ${report.entities.length} entit${report.entities.length === 1 ? 'y' : 'ies'}, ${report.copies.length} copy pair(s).`);
  return out.join('\n') + '\n';
}
