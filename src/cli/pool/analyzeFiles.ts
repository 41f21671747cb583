// Analyse a list of files in this thread or on a pool of worker threads, with identical results
// (same documents, findings, entities and copies, in the same order) either way.
import { analyzeCorpus } from '../../core/corpus';
import { buildEntityIndex } from '../../core/entities';
import type { AnalysisOptions } from '../../core/options';
import type { CopyPair, CorpusDocumentReport, CorpusReport } from '../../core/types';
import { readInput, type InputDocument } from '../inputs';
import { FactsReducer, FactsView, type SharedFacts } from './facts';
import { WorkerPool, defaultPoolSize } from './pool';
import { analyzeWithFacts, type FileOutcome, type PoolRequest } from './worker';
import type { DocumentSignature } from '../../core/copies';

/** Below this many files, starting workers costs more than it saves. */
export const POOL_MIN_FILES = 64;
/** Files per worker task: small enough to balance the load, large enough to amortise messages. */
export const POOL_BATCH = 8;

export interface AnalyzeFilesOptions {
  /** Worker threads; 1 analyses in this thread. Default: one per core when there are enough files. */
  workers?: number;
  /** An existing pool to use (the benchmark reuses one); `workers` is then ignored. */
  pool?: WorkerPool;
  options?: AnalysisOptions;
  /** Corpus facts from a previous reduce (`corpus-review cluster --facts-out`): skip the corpus pass. */
  facts?: SharedFacts;
  /** Each document's report as soon as it and every document before it are done. */
  onDocument?(report: CorpusDocumentReport, index: number): void;
  /** A file that could not be read or decoded, in input order. */
  onSkip?(path: string, reason: string): void;
}

export function chooseWorkers(files: number, requested?: number): number {
  if (requested !== undefined) return Math.max(1, requested);
  return files >= POOL_MIN_FILES ? defaultPoolSize() : 1;
}

export async function analyzeFiles(files: string[], o: AnalyzeFilesOptions = {}): Promise<CorpusReport> {
  const workers = o.pool ? o.pool.size : chooseWorkers(files.length, o.workers);
  if (workers <= 1 && !o.pool) return analyzeInThread(files, o);
  const pool = o.pool ?? new WorkerPool(workers);
  try {
    return await analyzeOnPool(pool, files, o);
  } finally {
    if (!o.pool) await pool.close();
  }
}

async function analyzeInThread(files: string[], o: AnalyzeFilesOptions): Promise<CorpusReport> {
  const docs: InputDocument[] = [];
  for (const file of files) {
    const r = await readInput(file);
    if ('text' in r) docs.push(r);
    else o.onSkip?.(r.path, r.reason);
  }
  let report: CorpusReport;
  if (o.facts) {
    const view = new FactsView(o.facts);
    const reports = docs.map((d) => analyzeWithFacts(d.path, d.text, d.notices, view, o.options ?? {}));
    report = { documents: reports, entities: buildEntityIndex(reports, o.options ?? {}), copies: o.facts.copies };
  } else {
    report = analyzeCorpus(docs, o.options);
    report.documents.forEach((d, i) => d.notices.unshift(...docs[i].notices));
  }
  report.documents.forEach((d, i) => o.onDocument?.(d, i));
  return report;
}

function batches<T>(xs: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < xs.length; i += size) out.push(xs.slice(i, i + size));
  return out;
}

async function analyzeOnPool(pool: WorkerPool, files: string[], o: AnalyzeFilesOptions): Promise<CorpusReport> {
  let kept = files;
  let facts = o.facts;
  if (!facts) {
    // Map: each worker reads its files and returns their facts parts; reduce here, batch by batch.
    const reducer = new FactsReducer();
    const parts = await Promise.all(batches(files, POOL_BATCH).map((b) => pool.call<FileOutcome[]>({ op: 'parts', files: b } satisfies PoolRequest)));
    kept = [];
    const signatures: DocumentSignature[] = [];
    for (const outcome of parts.flat()) {
      if ('skipped' in outcome) o.onSkip?.(outcome.path, outcome.skipped);
      else if ('part' in outcome) {
        reducer.add(outcome.part);
        signatures.push(outcome.part.signature);
        kept.push(outcome.file);
      }
    }
    // The copies reduce reads candidate documents again: do it on a worker, not on this thread.
    const copies = await pool.call<CopyPair[]>({ op: 'copies', signatures, files: kept } satisfies PoolRequest);
    facts = reducer.finish(copies);
  }
  await pool.broadcast({ op: 'configure', facts, options: o.options ?? {} } satisfies PoolRequest);

  // Analyse in batches; hand documents on in input order as soon as a prefix is complete.
  const reports: CorpusDocumentReport[] = [];
  const done: (FileOutcome[] | undefined)[] = [];
  let next = 0;
  const flush = () => {
    while (done[next]) {
      for (const outcome of done[next]!) {
        if ('skipped' in outcome) o.onSkip?.(outcome.path, outcome.skipped);
        else if ('report' in outcome) {
          o.onDocument?.(outcome.report, reports.length);
          reports.push(outcome.report);
        }
      }
      done[next] = undefined;
      next++;
    }
  };
  await Promise.all(
    batches(kept, POOL_BATCH).map((b, i) =>
      pool.call<FileOutcome[]>({ op: 'analyze', files: b } satisfies PoolRequest).then((r) => {
        done[i] = r;
        flush();
      }),
    ),
  );
  return { documents: reports, entities: buildEntityIndex(reports, o.options ?? {}), copies: facts.copies };
}
