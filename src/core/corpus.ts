import { DocumentText } from './text/documentText';
import { analyzeModel } from './document';
import type { AnalysisOptions } from './options';
import type { CorpusFacts } from './rules/rule';
import type { CopyPair, CorpusDocumentInput, CorpusReport } from './types';
import { countLinesAcrossDocuments } from './boilerplate/templateLines';
import { findCopies } from './copies';
import { releaseSentences } from './copies/sentences';
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

/**
 * What the corpus knows that single documents do not: template lines and copies. Documents let go of what
 * the copy search built for its candidates (sentence token lists, alignments, comparisons; the small sets of
 * documents outside every copy pair too): on the generated 1k corpus 42 -> 13 MB held between the corpus
 * pass and the analysis. A copy rule rebuilds what it reads, for the few documents in copy pairs.
 */
export function buildCorpusFacts(docs: DocumentText[]): { facts: CorpusFacts; copies: CopyPair[] } {
  const copies = findCopies(docs);
  const facts: CorpusFacts = {
    documentCount: docs.length,
    lineDocumentCounts: countLinesAcrossDocuments(docs),
    copiesByPath: copiesByPath(copies),
    copyModels: copyModels(docs, copies),
  };
  for (const d of docs) {
    // Sentence lists and alignments are rebuilt for the few documents a copy rule reads again.
    releaseSentences(d);
    d.forget('copies/alignments');
    d.forget('copies/comparisons');
    if (!facts.copyModels!.has(d.path)) d.forget('copies/');
  }
  return { facts, copies };
}

export function analyzeCorpus(documents: CorpusDocumentInput[], options: AnalysisOptions = {}): CorpusReport {
  const models = documents.map((d) => new DocumentText(d.text, d.path));
  const { facts, copies } = buildCorpusFacts(models);
  const reports: CorpusReport['documents'] = [];
  for (let i = 0; i < models.length; i++) {
    reports.push({ path: models[i].path, ...analyzeModel(models[i], options, facts) });
    // Let the analysed model go (copy partners stay in facts.copyModels), so memory does not hold them all.
    delete models[i];
  }
  const entities = buildEntityIndex(reports, options);
  return { documents: reports, entities, copies };
}
