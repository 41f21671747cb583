// JSON Lines output of `corpus-review check --format jsonl`: one JSON object per line, streamed.
//
// Record types, in this order:
//   {"record":"header","format":"corpus-review-jsonl","version":1,"tool":{…},"shard":{"index":0,"count":4}|null}
//   {"record":"document","index":<position in the full input list>, …the JSON contract's documents[] entry…,
//    "entities":[…with aliases and roles…],"sources":[…]}           one per document, in input order
//   {"record":"entity", …the JSON contract's entities[] entry…}        corpus level; not in shard output
//   {"record":"copy", …the JSON contract's copies[] entry…}            corpus level; not in shard output
//   {"record":"summary","documents":n,"findings":n,"entities":n,"copies":n,"skipped":n,"partial":bool}
// A stream without its summary line was cut short. Shard output (`--shard i/n`) is partial: its
// documents are complete and final (given the corpus facts, see `--facts`), and `corpus-review merge`
// adds the corpus-level records.
import type { CorpusDocumentReport, CorpusReport } from '../../core';
import { TOOL_NAME, TOOL_VERSION } from '../version';
import { documentToJson, reportToJson } from './json';
import type { StreamFormat } from './stream';

export const JSONL_FORMAT = 'corpus-review-jsonl';
export const JSONL_FORMAT_VERSION = 1;

export interface ShardInfo {
  index: number;
  count: number;
}

export function headerRecord(shard?: ShardInfo) {
  return { record: 'header' as const, format: JSONL_FORMAT, version: JSONL_FORMAT_VERSION, tool: { name: TOOL_NAME, version: TOOL_VERSION }, shard: shard ?? null };
}

/** The contract's document object, plus what a later reduce needs (full entities, sources, input index). */
export function documentRecord(doc: CorpusDocumentReport, index: number) {
  return {
    record: 'document' as const,
    index,
    ...documentToJson(doc),
    entities: doc.entities.map((e) => ({ id: e.id, name: e.name, type: e.type, aliases: e.aliases, roles: e.roles, mentions: e.mentions })),
    sources: doc.sources,
  };
}

export type DocumentRecord = ReturnType<typeof documentRecord>;

/** Back from a document record to the core's report (for `merge`). */
export function reportFromRecord(r: DocumentRecord): CorpusDocumentReport {
  return {
    path: r.path,
    words: r.words,
    metadata: r.metadata,
    findings: r.findings.map((f) => ({ ...f })),
    entities: r.entities,
    sources: r.sources,
    notices: r.notices,
  };
}

export function corpusRecords(corpus: Pick<CorpusReport, 'entities' | 'copies'>): object[] {
  const json = reportToJson({ documents: [], entities: corpus.entities, copies: corpus.copies });
  return [...json.entities.map((e) => ({ record: 'entity', ...e })), ...json.copies.map((c) => ({ record: 'copy', ...c }))];
}

export interface SummaryCounts {
  documents: number;
  findings: number;
  entities: number;
  copies: number;
}

export function summaryRecord(counts: SummaryCounts, skipped: number, partial: boolean) {
  return {
    record: 'summary' as const,
    documents: counts.documents,
    findings: counts.findings,
    entities: partial ? 0 : counts.entities,
    copies: partial ? 0 : counts.copies,
    skipped,
    partial,
  };
}

const countsOf = (report: CorpusReport): SummaryCounts => ({
  documents: report.documents.length,
  findings: report.documents.reduce((n, d) => n + d.findings.length, 0),
  entities: report.entities.length,
  copies: report.copies.length,
});

export const line = (record: object) => JSON.stringify(record) + '\n';

/** The whole report as JSON Lines (when it is not streamed document by document). */
export function formatJsonl(report: CorpusReport, indices?: number[]): string {
  return [headerRecord(), ...report.documents.map((d, i) => documentRecord(d, indices?.[i] ?? i)), ...corpusRecords(report), summaryRecord(countsOf(report), 0, false)].map(line).join('');
}

/** `--format jsonl` streamed: header, each document record as soon as it is done, corpus records, summary. */
export const jsonlStream: StreamFormat = {
  render: (doc, index) => ({ text: line(documentRecord(doc, index)), held: '' }),
  open(write, shard) {
    write(line(headerRecord(shard)));
    return {
      document: (out) => write(out.text),
      finish(end) {
        if (!end.partial) for (const r of corpusRecords(end)) write(line(r));
        write(line(summaryRecord({ documents: end.documents, findings: end.findings, entities: end.entities.length, copies: end.copies.length }, end.skipped, end.partial)));
      },
    };
  },
};
