import type { CopyPair, CorpusDocumentReport, CorpusReport } from '../../core';
import type { StreamFormat } from './stream';

/** Compiler-style lines for one document: `path:line:col  severity  rule  message` (1-based line and column). */
export function textDocumentLines(doc: CorpusDocumentReport): string {
  let out = '';
  for (const notice of doc.notices) out += `${doc.path}: note: ${notice}\n`;
  for (const f of doc.findings) {
    out += `${doc.path}:${f.range.start.line + 1}:${f.range.start.character + 1}  ${f.severity}  ${f.rule}  ${f.message}\n`;
  }
  return out;
}

/** The copy pairs and the closing count line. */
export function textEnding(copies: CopyPair[], counts: { documents: number; findings: number; entities: number }): string {
  let out = '';
  for (const c of copies) {
    out += `copies: ${c.a} ~ ${c.b}  ${c.kind}  similarity ${c.similarity.toFixed(2)}  original: ${c.original ?? 'undecided'}\n`;
  }
  return out + `${counts.documents} document(s), ${counts.findings} finding(s), ${counts.entities} entit${counts.entities === 1 ? 'y' : 'ies'}, ${copies.length} copy pair(s).\n`;
}

export function formatText(report: CorpusReport): string {
  const findings = report.documents.reduce((n, d) => n + d.findings.length, 0);
  return report.documents.map(textDocumentLines).join('') + textEnding(report.copies, { documents: report.documents.length, findings, entities: report.entities.length });
}

/** `--format text` streamed: each document's lines as soon as it is done. */
export const textStream: StreamFormat = {
  render: (doc) => ({ text: textDocumentLines(doc), held: '' }),
  open(write) {
    return {
      document: (out) => write(out.text),
      finish: (end) => write(textEnding(end.copies, { documents: end.documents, findings: end.findings, entities: end.entities.length })),
    };
  },
};
