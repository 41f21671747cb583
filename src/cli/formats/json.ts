import type { CorpusReport, CorpusDocumentReport } from '../../core';
import { TOOL_NAME, TOOL_VERSION } from '../version';
import { ITEM_PLACEHOLDER, StreamedArray, indentItems, splitAtPlaceholders, type ArrayShape } from './openArray';
import type { StreamFormat } from './stream';

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

/** The report's text around its documents (texts[0] up to `"documents": [`, texts[1] from its `]`). */
function jsonAroundDocuments(corpus: Pick<CorpusReport, 'entities' | 'copies'>) {
  const json = reportToJson({ documents: [], entities: corpus.entities, copies: corpus.copies });
  return splitAtPlaceholders(JSON.stringify({ ...json, documents: [ITEM_PLACEHOLDER] }, null, 2));
}

let documentsShape: ArrayShape | undefined;
const documentsArray = () => (documentsShape ??= jsonAroundDocuments({ entities: [], copies: [] }).arrays[0]);

/** `--format json` streamed: the same bytes as `formatJson`, documents written as they are done. */
export const jsonStream: StreamFormat = {
  render: (doc) => ({ text: indentItems([documentToJson(doc)], documentsArray()), held: '' }),
  open(write) {
    // What comes before the documents (version, tool) does not depend on the corpus.
    write(jsonAroundDocuments({ entities: [], copies: [] }).texts[0]);
    const documents = new StreamedArray(write, documentsArray());
    return {
      document: (out) => documents.add(out.text),
      finish(end) {
        documents.close();
        write(jsonAroundDocuments(end).texts[1] + '\n');
      },
    };
  },
};
