// Analyse a list of files in this thread or on a pool of worker threads, with identical results
// (same documents, findings, entities and copies, in the same order) either way: both run the same
// map/reduce steps (facts parts, copies reduce, analysis against the reduced facts, entity index).
import type { AnalysisOptions } from '../../core/options';
import { SEVERITIES, type CopyPair, type CorpusDocumentReport, type CorpusEntity, type CorpusReport } from '../../core/types';
import { FactsReducer, packFacts, type SharedFacts } from './facts';
import { WorkerPool, defaultPoolSize, type Pool } from './pool';
import { LocalPool } from './localPool';
import { REPORT_OUTPUT, type AnalysedDocument, type FileOutcome, type OutputChoice, type PoolRequest } from './worker';
import type { CopyProfile, DocumentSignature } from '../../core/copies';
import { reduceCopiesInSlices, type ReduceSlice } from './copies';
import type { SpareBuffers } from './spareBuffers';

/** Below this many files, starting workers costs more than it saves. */
export const POOL_MIN_FILES = 64;
/** Files per worker task: small enough to balance the load, large enough to amortise messages. */
export const POOL_BATCH = 8;

/** Phases of a pooled run, in order (facts and copies are skipped when corpus facts are given). */
export type RunPhase = 'facts' | 'copies' | 'analysis' | 'entities';

export interface AnalyzeFilesOptions {
  /** Worker threads; 1 analyses in this thread. Default: one per core when there are enough files. */
  workers?: number;
  /** An existing pool to use (the benchmark reuses one); `workers` is then ignored. */
  pool?: Pool;
  options?: AnalysisOptions;
  /** Corpus facts from a previous reduce (`corpus-review cluster --facts-out`): skip the corpus pass. */
  facts?: SharedFacts;
  /** A file that could not be read or decoded, in input order. */
  onSkip?(path: string, reason: string): void;
  /** Progress of the run: files done in each phase (facts, copies, analysis). */
  onProgress?(phase: RunPhase, done: number, total: number): void;
}

export interface StreamFilesOptions extends AnalyzeFilesOptions {
  /** How documents come back: a STREAM_FORMATS name (rendered on the workers) or 'report' (objects). */
  output: OutputChoice;
  /** Each file's position in the full input list (jsonl's `index`); default: its position in `files`. */
  positions?: number[];
  /** Each document as soon as it and every document before it are done, in input order. */
  onDocument?(document: AnalysedDocument, index: number): void;
  /** Where the caller gives back output buffers it has written (OutputChunk bytes), for the workers to reuse. */
  spare?: SpareBuffers;
  /**
   * A promise while the output's reader is behind (a slow pipe): no new analysis starts until it settles,
   * so what waits to be written stays bounded instead of growing with the corpus.
   */
  outputBehind?(): Promise<void> | undefined;
}

/** What a run keeps for the end of its output: counts, the entity index (no occurrences), copies. */
export interface CorpusSummary {
  documents: number;
  findings: number;
  /** Index in SEVERITIES of the most severe finding of the corpus; SEVERITIES.length when none. */
  worst: number;
  entities: CorpusEntity[];
  copies: CopyPair[];
}

export function chooseWorkers(files: number, requested?: number): number {
  if (requested !== undefined) return Math.max(1, requested);
  return files >= POOL_MIN_FILES ? defaultPoolSize() : 1;
}

/**
 * Analyse files on a pool of worker threads (or in this thread: the same steps), handing each document
 * on as soon as it and every document before it are done. Nothing per document is kept here but its
 * entity-index input, forwarded to the worker that builds the index: the caller decides what to keep.
 */
export async function streamFiles(files: string[], o: StreamFilesOptions): Promise<CorpusSummary> {
  const workers = o.pool ? o.pool.size : chooseWorkers(files.length, o.workers);
  const pool = o.pool ?? (workers <= 1 ? new LocalPool() : new WorkerPool(workers, undefined, undefined, o.spare));
  try {
    return await streamOnPool(pool, files, o);
  } finally {
    if (!o.pool) await pool.close();
  }
}

/**
 * The whole report as objects (library use; the CLI streams instead). Its entities have no occurrences
 * (the CLI's formats never print them).
 */
export async function analyzeFiles(files: string[], o: AnalyzeFilesOptions = {}): Promise<CorpusReport> {
  const documents: CorpusDocumentReport[] = [];
  const summary = await streamFiles(files, { ...o, output: REPORT_OUTPUT, onDocument: (d) => documents.push(d.report!) });
  return { documents, entities: summary.entities, copies: summary.copies };
}

function batches<T>(xs: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < xs.length; i += size) out.push(xs.slice(i, i + size));
  return out;
}

/**
 * Batches ahead of the first one not yet handed on. Results wait here until every batch before them is
 * done, so this bounds what this thread holds when one worker is slow (a long document) while the
 * others race ahead: 32 batches of 8 rendered documents is ~7 MB of jsonl at 10k (26 kB a document).
 * It is several times the pool's size, so workers never wait for it in the normal run.
 */
export const BATCH_WINDOW = 32;

/**
 * Run `count` numbered tasks on the pool, at most `window` ahead of the first unfinished one, and hand
 * their results on in task order as soon as a prefix of them is complete. While `paused` gives a promise
 * (the output's reader is behind), no new task starts until it settles.
 */
export function inOrderOnPool<T>(
  count: number,
  window: number,
  run: (i: number) => Promise<T>,
  handle: (value: T, i: number) => void,
  paused?: () => Promise<void> | undefined,
): Promise<void> {
  return new Promise((resolve, reject) => {
    const waiting = new Map<number, T>();
    let submitted = 0;
    let handed = 0;
    let failed = false;
    let resuming = false;
    const fail = (e: unknown) => {
      failed = true;
      reject(e);
    };
    const submit = () => {
      // While the consumer is behind, tasks in flight finish and are handed on, but no new one starts.
      const wait = paused?.();
      if (wait) {
        if (!resuming) {
          resuming = true;
          wait.then(() => {
            resuming = false;
            submit();
          }, fail);
        }
        return;
      }
      while (!failed && submitted < count && submitted < handed + window) {
        const i = submitted++;
        run(i).then((value) => {
          if (failed) return;
          waiting.set(i, value);
          try {
            for (let v = waiting.get(handed); v !== undefined; v = waiting.get(handed)) {
              waiting.delete(handed);
              handle(v, handed++);
            }
          } catch (e) {
            return fail(e);
          }
          if (handed === count) resolve();
          else submit();
        }, fail);
      }
    };
    if (count === 0) resolve();
    else submit();
  });
}

/** A promise awaited later (after other awaits): its failure is reported then, not as an unhandled rejection. */
function later<T>(p: Promise<T>): Promise<T> {
  p.catch(() => undefined);
  return p;
}

/** The documents that survived the corpus pass: files, reported paths and input positions, in order. */
interface KeptFiles {
  files: string[];
  paths: string[];
  positions: number[];
}

/**
 * Map: each worker reads its files and returns their facts parts; here they are taken in input order as
 * batches complete: line counts summed, signatures and copy profiles passed on to the worker that finds
 * the candidate pairs (so this thread never holds them all). Then the copies reduce on the pool.
 */
async function factsOnPool(pool: Pool, files: string[], positions: number[], o: AnalyzeFilesOptions): Promise<{ facts: SharedFacts; kept: KeptFiles }> {
  const reducer = new FactsReducer();
  const kept: KeptFiles = { files: [], paths: [], positions: [] };
  let signatures: DocumentSignature[] = [];
  let profiles: CopyProfile[] = [];
  const sent: Promise<unknown>[] = [];
  const send = () => {
    if (!signatures.length) return;
    sent.push(later(pool.callState({ op: 'copies-add', signatures, profiles } satisfies PoolRequest)));
    signatures = [];
    profiles = [];
  };
  const fileBatches = batches(files, POOL_BATCH);
  const positionBatches = batches(positions, POOL_BATCH);
  let read = 0;
  o.onProgress?.('facts', 0, files.length);
  await inOrderOnPool(
    fileBatches.length,
    BATCH_WINDOW,
    (i) => pool.call<FileOutcome[]>({ op: 'parts', files: fileBatches[i] } satisfies PoolRequest),
    (outcomes, i) => {
      outcomes.forEach((outcome, k) => {
        if ('skipped' in outcome) o.onSkip?.(outcome.path, outcome.skipped);
        else if ('part' in outcome) {
          reducer.add(outcome.part);
          signatures.push(outcome.part.signature);
          profiles.push(outcome.profile);
          kept.files.push(outcome.file);
          kept.paths.push(outcome.part.signature.id);
          kept.positions.push(positionBatches[i][k]);
          if (signatures.length >= SIGNATURE_CHUNK) send();
        }
      });
      o.onProgress?.('facts', (read += outcomes.length), files.length);
    },
  );
  send();
  await Promise.all(sent);
  o.onProgress?.('copies', 0, kept.files.length);
  const copies = await copiesOnPool(pool, kept.paths, kept.files);
  return { facts: await reducer.finishAsync(copies), kept };
}

async function streamOnPool(pool: Pool, files: string[], o: StreamFilesOptions): Promise<CorpusSummary> {
  const positions = o.positions ?? files.map((_f, i) => i);
  let kept = { files, positions };
  let facts = o.facts;
  if (!facts) ({ facts, kept } = await factsOnPool(pool, files, positions, o));
  o.onProgress?.('analysis', 0, kept.files.length);
  await pool.broadcast({ op: 'configure', facts: packFacts(facts), options: o.options ?? {}, output: o.output } satisfies PoolRequest);

  // Analyse in batches; hand documents on in input order as soon as a prefix is complete, and pass their
  // entity-index inputs on to the index worker in that order (the index depends on it).
  const summary: CorpusSummary = { documents: 0, findings: 0, worst: SEVERITIES.length, entities: [], copies: facts.copies };
  let entityInputs: string[] = [];
  const sent: Promise<unknown>[] = [];
  const sendEntities = () => {
    if (!entityInputs.length) return;
    sent.push(later(pool.callState({ op: 'entities-add', packed: entityInputs } satisfies PoolRequest)));
    entityInputs = [];
  };
  const fileBatches = batches(kept.files, POOL_BATCH);
  const positionBatches = batches(kept.positions, POOL_BATCH);
  await inOrderOnPool(
    fileBatches.length,
    BATCH_WINDOW,
    (i) => pool.call<FileOutcome[]>({ op: 'analyze', files: fileBatches[i], positions: positionBatches[i] } satisfies PoolRequest),
    (outcomes) => {
      for (const outcome of outcomes) {
        if ('skipped' in outcome) o.onSkip?.(outcome.path, outcome.skipped);
        else if ('analysed' in outcome) {
          const d = outcome.analysed;
          o.onDocument?.(d, summary.documents);
          summary.documents++;
          summary.findings += d.findings;
          summary.worst = Math.min(summary.worst, d.worst);
          entityInputs.push(d.entities);
          if (entityInputs.length >= ENTITY_CHUNK) sendEntities();
        }
      }
      o.onProgress?.('analysis', summary.documents, kept.files.length);
    },
    o.outputBehind,
  );
  sendEntities();
  await Promise.all(sent);
  o.onProgress?.('entities', 0, summary.documents);
  summary.entities = await entitiesOnWorker(pool, o.options ?? {});
  return summary;
}

/** Signatures per message to the worker that finds the candidate pairs. */
const SIGNATURE_CHUNK = 500;
/**
 * The copies reduce on the pool, never on this thread: the state keeper finds the candidate pairs from the
 * signatures and drops those the documents' profiles rule out (sent in chunks: each message is copied on
 * this thread); every worker then confirms and decides slices of them (`reduceCopiesInSlices`).
 */
async function copiesOnPool(pool: Pool, paths: string[], files: string[]): Promise<CopyPair[]> {
  const flat = await pool.callState<number[]>({ op: 'copies-candidates' } satisfies PoolRequest);
  await pool.releaseState();
  const run = <T>(slices: ReduceSlice[]) =>
    Promise.all(slices.map((slice) => pool.call<T[]>({ op: 'copies-slice', slice } satisfies PoolRequest))).then((parts) => parts.flat());
  return reduceCopiesInSlices(flat, (index) => ({ path: paths[index], file: files[index] }), pool.size, run);
}

/** Documents per message when passing entity-index inputs to the worker that builds the index. */
const ENTITY_CHUNK = 64;

/** The corpus entity index, built by the state keeper from the inputs passed on during the analysis, fetched in pages. */
async function entitiesOnWorker(pool: Pool, options: AnalysisOptions): Promise<CorpusEntity[]> {
  const count = await pool.callState<number>({ op: 'entities-build', options } satisfies PoolRequest);
  const out: CorpusEntity[] = [];
  while (out.length < count) {
    const page = await pool.callState<CorpusEntity[]>({ op: 'entities-get', from: out.length } satisfies PoolRequest);
    for (const e of page) out.push(e);
  }
  return out;
}
