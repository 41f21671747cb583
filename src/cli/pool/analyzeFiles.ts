// Analyse a list of files in this thread or on a pool of worker threads, with identical results
// (same documents, findings, entities and copies, in the same order) either way.
import { analyzeCorpus } from '../../core/corpus';
import { buildEntityIndex } from '../../core/entities';
import type { AnalysisOptions } from '../../core/options';
import type { CopyPair, CorpusDocumentReport, CorpusEntity, CorpusReport } from '../../core/types';
import { readInput, type InputDocument } from '../inputs';
import { FactsReducer, FactsView, packFacts, type SharedFacts } from './facts';
import { WorkerPool, defaultPoolSize } from './pool';
import { analyzeWithFacts, type EntityInput, type EntityPage, type FileOutcome, type PoolRequest } from './worker';
import { rankPairs, type ConfirmedPair, type CopyProfile, type DocumentSignature } from '../../core/copies';
import type { ReduceDocument, ReduceSlice } from './copies';

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
  /** Progress of the pooled run: files done in each phase (facts, copies, analysis). */
  onProgress?(phase: 'facts' | 'copies' | 'analysis', done: number, total: number): void;
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
    // Map: each worker reads its files and returns their facts parts; reduce here, batch by batch, as
    // they arrive (one pass over all parts at the end would hold this thread for a long time).
    const reducer = new FactsReducer();
    let read = 0;
    const batchOutcomes: FileOutcome[][] = [];
    await Promise.all(
      batches(files, POOL_BATCH).map((b, i) =>
        pool.call<FileOutcome[]>({ op: 'parts', files: b } satisfies PoolRequest).then((r) => {
          for (const outcome of r) if ('part' in outcome) reducer.add(outcome.part);
          batchOutcomes[i] = r;
          o.onProgress?.('facts', (read += b.length), files.length);
        }),
      ),
    );
    kept = [];
    const signatures: DocumentSignature[] = [];
    const profiles: CopyProfile[] = [];
    for (const outcomes of batchOutcomes) {
      for (const outcome of outcomes) {
        if ('skipped' in outcome) o.onSkip?.(outcome.path, outcome.skipped);
        else if ('part' in outcome) {
          signatures.push(outcome.part.signature);
          profiles.push(outcome.profile);
          kept.push(outcome.file);
        }
      }
    }
    batchOutcomes.length = 0;
    o.onProgress?.('copies', 0, kept.length);
    const copies = await copiesOnPool(pool, signatures, profiles, kept);
    facts = await reducer.finishAsync(copies);
  }
  await pool.broadcast({ op: 'configure', facts: packFacts(facts), options: o.options ?? {} } satisfies PoolRequest);

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
        o.onProgress?.('analysis', reports.length, kept.length);
      }),
    ),
  );
  return { documents: reports, entities: await entitiesOnWorker(pool, reports, o.options ?? {}), copies: facts.copies };
}

/** Signatures per message to the worker that finds the candidate pairs. */
const SIGNATURE_CHUNK = 500;
/** Reduce slices per worker: enough to even out slices of costly pairs (long spun copies) across workers. */
const REDUCE_SLICES_PER_WORKER = 8;

/**
 * The copies reduce on the pool, never on this thread: one worker finds the candidate pairs from the
 * signatures and drops those the documents' profiles rule out (sent in chunks: each message is copied on
 * this thread); every worker then confirms
 * contiguous slices of them, the ranking (which needs all confirmed pairs, and is cheap) runs here, and
 * every worker decides originals for slices of the confirmed pairs. Slices are concatenated in order, so
 * the pairs are those of `clusterFromSignatures` in one thread, in the same order.
 */
async function copiesOnPool(pool: WorkerPool, signatures: DocumentSignature[], profiles: CopyProfile[], files: string[]): Promise<CopyPair[]> {
  for (let i = 0; i < signatures.length; i += SIGNATURE_CHUNK) {
    const chunk = { signatures: signatures.slice(i, i + SIGNATURE_CHUNK), profiles: profiles.slice(i, i + SIGNATURE_CHUNK) };
    await pool.callOn(0, { op: 'copies-add', ...chunk } satisfies PoolRequest);
  }
  profiles.length = 0;
  const flat = await pool.callOn<number[]>(0, { op: 'copies-candidates' } satisfies PoolRequest);
  const documentsOf = (indices: Iterable<number>): ReduceDocument[] =>
    [...new Set(indices)].map((index) => ({ index, path: signatures[index].id, file: files[index] }));
  const sliceSize = (n: number) => Math.max(1, Math.ceil(n / (pool.size * REDUCE_SLICES_PER_WORKER)));
  const run = <T>(slices: ReduceSlice[]) =>
    Promise.all(slices.map((slice) => pool.call<T[]>({ op: 'copies-slice', slice } satisfies PoolRequest))).then((parts) => parts.flat());

  const pairCount = flat.length / 2;
  const confirmSlices: ReduceSlice[] = [];
  for (let k = 0, size = sliceSize(pairCount); k < pairCount; k += size) {
    const pairs = flat.slice(2 * k, 2 * (k + size));
    confirmSlices.push({ step: 'confirm', pairs, documents: documentsOf(pairs) });
  }
  const ranked = rankPairs(await run<ConfirmedPair>(confirmSlices));
  const decideSlices: ReduceSlice[] = [];
  for (let k = 0, size = sliceSize(ranked.length); k < ranked.length; k += size) {
    const part = ranked.slice(k, k + size);
    decideSlices.push({ step: 'decide', ranked: part, documents: documentsOf(part.flatMap((c) => [c.i, c.j])) });
  }
  return run<CopyPair>(decideSlices);
}

/** Documents per message when moving entity data to and from the worker that builds the index. */
const ENTITY_CHUNK = 64;

/**
 * The corpus entity index, built on one worker from the reports in input order, sent there and fetched
 * back in chunks so that no single message (copied on this thread) is large.
 */
async function entitiesOnWorker(pool: WorkerPool, reports: CorpusDocumentReport[], options: AnalysisOptions): Promise<CorpusEntity[]> {
  for (let i = 0; i < reports.length; i += ENTITY_CHUNK) {
    const documents: EntityInput[] = reports.slice(i, i + ENTITY_CHUNK).map((r) => ({ path: r.path, entities: r.entities, sources: r.sources }));
    await pool.callOn(0, { op: 'entities-add', documents } satisfies PoolRequest);
  }
  const count = await pool.callOn<number>(0, { op: 'entities-build', options } satisfies PoolRequest);
  const out: CorpusEntity[] = [];
  let page: EntityPage = { parts: [], from: 0, offset: 0 };
  while (page.from < count) {
    page = await pool.callOn<EntityPage>(0, { op: 'entities-get', from: page.from, offset: page.offset } satisfies PoolRequest);
    for (const part of page.parts) {
      if ('id' in part) out.push(part);
      else for (const occurrence of part.occurrences) out[out.length - 1].occurrences.push(occurrence);
    }
  }
  return out;
}
