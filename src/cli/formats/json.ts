import type { CorpusReport, CorpusDocumentReport } from '../../core';
import { TOOL_NAME, TOOL_VERSION } from '../version';

export const JSON_FORMAT_VERSION = 1;

/** One document in the stable JSON contract (version 1): add fields freely, never rename. */
export function documentToJson(doc: CorpusDocumentReport) {
  return {
    path: doc.path,
    words: doc.words,
    metadata: doc.metadata,
    findings: doc.findings.map((f) => ({
      rule: f.rule,
      category: f.category,
      severity: f.severity,
      message: f.message,
      range: f.range,
      text: f.text,
      ...(f.data ? { data: f.data } : {}),
      ...(f.related ? { related: f.related } : {}),
    })),
    entities: doc.entities.map((e) => ({ id: e.id, name: e.name, type: e.type, mentions: e.mentions })),
    notices: doc.notices,
  };
}

export function reportToJson(report: CorpusReport) {
  return {
    version: JSON_FORMAT_VERSION,
    tool: { name: TOOL_NAME, version: TOOL_VERSION },
    documents: report.documents.map(documentToJson),
    entities: report.entities.map(({ occurrences: _o, ...e }) => e),
    copies: report.copies,
  };
}

export function formatJson(report: CorpusReport): string {
  return JSON.stringify(reportToJson(report), null, 2) + '\n';
}
