import { DocumentText } from './text/documentText';
import { analyzeModel } from './document';
import type { AnalysisOptions } from './options';
import type { CorpusFacts } from './rules/rule';
import type { CopyPair, CorpusDocumentInput, CorpusReport } from './types';
import { countLinesAcrossDocuments } from './boilerplate/templateLines';
import { findCopies } from './copies';
import { buildEntityIndex } from './entities';

export function copiesByPath(copies: CopyPair[]): Map<string, CopyPair[]> {
  const map = new Map<string, CopyPair[]>();
  for (const c of copies) {
    for (const p of [c.a, c.b]) {
      const list = map.get(p) ?? [];
      list.push(c);
      map.set(p, list);
    }
  }
  return map;
}

/** The models of documents that appear in a copy pair, so rules can compare a copy with its original. */
export function copyModels(docs: DocumentText[], copies: CopyPair[]): Map<string, DocumentText> {
  const involved = new Set(copies.flatMap((c) => [c.a, c.b]));
  const map = new Map<string, DocumentText>();
  for (const d of docs) if (involved.has(d.path)) map.set(d.path, d);
  return map;
}

/** What the corpus knows that single documents do not: template lines and copies. */
export function buildCorpusFacts(docs: DocumentText[]): { facts: CorpusFacts; copies: CopyPair[] } {
  const copies = findCopies(docs);
  const facts: CorpusFacts = {
    documentCount: docs.length,
    lineDocumentCounts: countLinesAcrossDocuments(docs),
    copiesByPath: copiesByPath(copies),
    copyModels: copyModels(docs, copies),
  };
  return { facts, copies };
}

export function analyzeCorpus(documents: CorpusDocumentInput[], options: AnalysisOptions = {}): CorpusReport {
  const models = documents.map((d) => new DocumentText(d.text, d.path));
  const { facts, copies } = buildCorpusFacts(models);
  const reports = models.map((m) => ({ path: m.path, ...analyzeModel(m, options, facts) }));
  const entities = buildEntityIndex(reports, options);
  return { documents: reports, entities, copies };
}
