import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import { analyzeModel } from '../../core/document';
import { DocumentText } from '../../core/text/documentText';
import type { AnalysisOptions } from '../../core/options';
import type { CorpusDocumentReport, CorpusEntity } from '../../core/types';
import { buildEntityIndex } from '../../core/entities';
import { readInput } from '../inputs';
import { FactsView, factsPartOf, unpackFacts, type FactsPart, type PackedFacts } from './facts';
import { POOL_WORKER_FLAG } from './pool';
import { runReduceSlice, type ReduceSlice } from './copies';
import { candidatePairs, copyProfile, profilesRuleOut, type CopyProfile, type DocumentSignature } from '../../core/copies';

/** What a worker answers for one input file. */
export type FileOutcome =
  | { file: string; path: string; skipped: string }
  | { file: string; path: string; part: FactsPart; profile: CopyProfile }
  | { file: string; path: string; report: CorpusDocumentReport };

export type PoolRequest =
  | { op: 'parts'; files: string[] }
  | { op: 'configure'; facts: PackedFacts; options: AnalysisOptions }
  | { op: 'entities-add'; documents: EntityInput[] }
  | { op: 'entities-build'; options: AnalysisOptions }
  | { op: 'entities-get'; from: number; offset: number }
  | { op: 'analyze'; files: string[] }
  | { op: 'copies-add'; signatures: DocumentSignature[]; profiles: CopyProfile[] }
  | { op: 'copies-candidates' }
  | { op: 'copies-slice'; slice: ReduceSlice };

/** Analyse one decoded document against prepared corpus facts (shared by workers and the in-process path). */
export function analyzeWithFacts(path: string, text: string, notices: string[], view: FactsView, options: AnalysisOptions): CorpusDocumentReport {
  const doc = new DocumentText(text, path);
  const report = { path, ...analyzeModel(doc, options, view.forDocument(doc)) };
  report.notices.unshift(...notices);
  return report;
}

let view: FactsView | undefined;
let options: AnalysisOptions = {};
let entityInputs: EntityInput[] = [];
let copySignatures: DocumentSignature[] = [];
let copyProfiles: CopyProfile[] = [];
let entityIndex: CorpusEntity[] = [];

/** What the corpus entity index needs from each document report. */
export type EntityInput = Pick<CorpusDocumentReport, 'path' | 'entities' | 'sources'>;

export async function handlePoolRequest(req: PoolRequest): Promise<unknown> {
  switch (req.op) {
    case 'parts': {
      const out: FileOutcome[] = [];
      for (const file of req.files) {
        const r = await readInput(file);
        if (!('text' in r)) out.push({ file, path: r.path, skipped: r.reason });
        else {
          const doc = new DocumentText(r.text, r.path);
          out.push({ file, path: r.path, part: factsPartOf(doc), profile: copyProfile(doc) });
        }
      }
      return out;
    }
    case 'copies-add':
      copySignatures.push(...req.signatures);
      copyProfiles.push(...req.profiles);
      return copySignatures.length;
    case 'copies-candidates': {
      // Flat [i0, j0, i1, j1, …]: one number array is cheap to send back.
      // Candidates the documents' profiles already rule out are left out: most share only template
      // sentences, and reading them again to confirm nothing was most of the reduce.
      const pairs: number[] = [];
      for (const [i, j] of candidatePairs(copySignatures)) if (!profilesRuleOut(copyProfiles[i], copyProfiles[j])) pairs.push(i, j);
      copySignatures = [];
      copyProfiles = [];
      return pairs;
    }
    case 'copies-slice':
      return runReduceSlice(req.slice);
    case 'configure':
      view = new FactsView(unpackFacts(req.facts));
      options = req.options;
      return true;
    case 'entities-add':
      entityInputs.push(...req.documents);
      return entityInputs.length;
    case 'entities-build':
      entityIndex = buildEntityIndex(entityInputs, req.options);
      entityInputs = [];
      return entityIndex.length;
    case 'entities-get':
      return entityPage(req.from, req.offset);
    case 'analyze': {
      if (!view) throw new Error('pool worker: analyze before configure');
      const out: FileOutcome[] = [];
      for (const file of req.files) {
        const r = await readInput(file);
        if (!('text' in r)) out.push({ file, path: r.path, skipped: r.reason });
        else out.push({ file, path: r.path, report: analyzeWithFacts(r.path, r.text, r.notices, view, options) });
      }
      return out;
    }
  }
}

/** Occurrences per reply when the entity index is fetched: a place named in every document has thousands. */
const ENTITY_PAGE_OCCURRENCES = 2000;

/** One page of the entity index: whole entities, or slices of a large one's occurrences, in order. */
export interface EntityPage {
  parts: (CorpusEntity | { occurrences: CorpusEntity['occurrences'] })[];
  from: number;
  offset: number;
}

function entityPage(from: number, offset: number): EntityPage {
  const parts: EntityPage['parts'] = [];
  let budget = ENTITY_PAGE_OCCURRENCES;
  while (from < entityIndex.length && budget > 0) {
    const e = entityIndex[from];
    const occurrences = e.occurrences.slice(offset, offset + budget);
    parts.push(offset === 0 ? { ...e, occurrences } : { occurrences });
    budget -= Math.max(1, occurrences.length);
    offset += occurrences.length;
    if (offset >= e.occurrences.length) {
      from++;
      offset = 0;
    }
  }
  return { parts, from, offset };
}

/** Called first thing by every bundle entry: when this thread is a pool worker, serve requests. */
export function startPoolWorkerIfRequested(): boolean {
  if (isMainThread || !parentPort || !(workerData && workerData[POOL_WORKER_FLAG])) return false;
  const port = parentPort;
  port.on('message', (req: PoolRequest) => {
    handlePoolRequest(req).then(
      (value) => port.postMessage({ ok: true, value }),
      (e: Error) => port.postMessage({ ok: false, error: e.stack ?? String(e) }),
    );
  });
  return true;
}
