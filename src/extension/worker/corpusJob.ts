import type { ConfirmedPair, CopyProfile, DocumentSignature } from '../../core/copies';
import { CopyCandidates } from '../../core/copies/candidateCollector';
import { reduceCopiesInSlices, runReduceSlice, type ReduceSlice } from '../../cli/pool/copies';
import { EntityIndexBuilder, type PackedEntityIndex } from '../../core/entities/corpusIndex';
import { prepareUserEntities } from '../../core/entities/user';
import { copiesByPath } from '../../core/corpus';
import type { AnalysisOptions, CopyPair, CorpusFacts } from '../../core';
import { FactsReducer, packFacts, type FactsView, type PackedFacts, type SharedFacts } from '../../cli/pool/facts';
import { corpusUserEntities } from '../state/userEntityFiles';
import { analyseFiles, analyseRead, factsViewOf, mapFiles, readEach, RetainedModels } from './documentWork';
import { unpackEntityInput } from './entityInputs';
import { releaseAnalysisCaches } from './threadCaches';
import type { AnalysedDocument, FileInput, HelperItem, IndexedDocument, JobSettings, JobStats, MapOutcome, TransportFacts, WorkerResponse } from './protocol';

/** Files per map step: the map is cheap per file (line hashes, a signature), so chunks can be larger. */
const MAP_CHUNK = 50;
/**
 * Files per analysis step. Each step is one synchronous stretch on its thread (~25 × 5–20 ms): short
 * enough that the coordinating thread answers its helpers, report requests and cancel in time.
 */
const ANALYSE_CHUNK = 25;
/** Below this many files, a helper thread costs more (start-up, copying messages) than it saves. */
const HELPER_MIN_FILES = 200;
/** Chunks a helper has in hand at once, so it never waits for the coordinator between two chunks. */
const HELPER_PIPELINE = 2;

/** Runs the map step and the analysis on another thread with the facts of the current pass (helperPool.ts). */
export interface AnalysisHelper {
  map(items: HelperItem[], maxFileSize: number): Promise<MapOutcome[]>;
  setFacts(pass: number, facts: PackedFacts, partnerFiles: [string, string][], maxFileSize: number): void;
  analyse(pass: number, items: HelperItem[], settings: JobSettings): Promise<AnalysedDocument[]>;
  reduce(slice: ReduceSlice, maxFileSize: number): Promise<ConfirmedPair[] | CopyPair[]>;
  /** The pass is over: drop what only the pass needed (the thread itself, or its caches and facts). */
  release(): void;
}

type Emit = (message: WorkerResponse) => void;

/** The last corpus pass's facts, kept to analyse single documents (changes, report requests) later. */
interface PassFacts {
  packed: PackedFacts;
  partnerFiles: Map<string, string>;
  maxFileSize: number;
  view: FactsView;
}

/**
 * The indexing work, independent of how it is hosted (a worker thread in the extension, in-process in
 * tests). A full pass is the CLI pool's map/reduce: every file is read once for its part of the corpus
 * facts (template-line hashes, copy signature), the parts are reduced to the facts (copies confirmed on
 * re-read documents), and every file is read again and analysed against them; no model outlives its
 * step. Both steps are spread over this thread and the helper threads. The host gets summaries; full
 * reports are computed again on request. The runner keeps the last facts and each document's entity
 * input, so single-document updates and deletions do not need a full pass.
 */
export class CorpusJobRunner {
  private facts?: PassFacts;
  /** Each document's packed entities and sources (entityInputs.ts), in corpus order. */
  private entityInputs = new Map<string, Uint8Array>();
  private readonly cancelled = new Set<number>();
  private pass = 0;
  /** The user's entities of the last job's settings: the entity index applies them corpus-wide. */
  private indexOptions: Pick<AnalysisOptions, 'entities'> = {};

  constructor(private readonly helpers: AnalysisHelper[] = []) {}

  cancel(id: number): void {
    this.cancelled.add(id);
  }

  async corpus(id: number, files: FileInput[], settings: JobSettings, emit: Emit): Promise<void> {
    const started = Date.now();
    const stats: JobStats = { files: files.length, analysed: 0, skipped: 0, bytes: 0, ms: 0, corpusPassMs: 0 };
    this.indexOptions = { entities: corpusUserEntities(settings.entitiesByFolder) };
    const helpers = files.length >= HELPER_MIN_FILES ? this.helpers : [];
    stats.helpers = helpers.length;
    const items: HelperItem[] = files.map((file, index) => ({ index, file }));

    // Map: parts of the corpus facts, summed as they arrive.
    const reducer = new FactsReducer();
    const candidates = new InOrderCandidates(files.length);
    const skippedDocs: IndexedDocument[] = [];
    // Each thread keeps some of the models it mapped for their analysis (RetainedModels): they go back to it.
    const retained = new RetainedModels();
    const mappedBy = new Uint8Array(files.length);
    const mapOrder = new Uint32Array(files.length);
    let mapped = 0;
    await this.runLanes(id, items, MAP_CHUNK, helpers, {
      local: (chunk) => mapFiles(chunk, settings.maxFileSize, retained),
      remote: (h, chunk) => h.map(chunk, settings.maxFileSize),
      done: (outcomes, lane) => {
        for (const o of outcomes) {
          mappedBy[o.index] = lane;
          mapOrder[o.index] = mapped++;
          stats.bytes += o.size;
          if ('skipped' in o) {
            skippedDocs.push({ path: files[o.index].path, fsPath: files[o.index].fsPath, size: o.size, skipped: o.skipped });
            candidates.skip(o.index);
          } else {
            reducer.add(o.part);
            candidates.add(o.index, o.part.signature, o.profile);
          }
        }
        emit({ type: 'progress', id, done: mapped, total: files.length, phase: 'reading' });
      },
    });
    if (this.isCancelled(id, emit, stats, started)) return this.releasePass(helpers);
    stats.skipped = skippedDocs.length;
    if (skippedDocs.length) emit({ type: 'results', id, documents: skippedDocs });

    stats.mapMs = Date.now() - started;
    // Reduce: copies from the signatures (candidates confirmed on documents read again), then the facts.
    const passStart = Date.now();
    const kept = candidates.kept.map((index) => items[index]);
    const copies = await this.copiesReduce(id, candidates.take(), kept, helpers, settings.maxFileSize);
    const shared = await reducer.finishAsync(copies);
    stats.corpusPassMs = Date.now() - passStart;
    if (this.isCancelled(id, emit, stats, started)) return this.releasePass(helpers);
    const pass = ++this.pass;
    const partnerFiles = partnerFilesOf(copies, kept);
    const packed = packFacts(shared);
    this.facts = { packed, partnerFiles: new Map(partnerFiles), maxFileSize: settings.maxFileSize, view: factsViewOf(packed, new Map(partnerFiles), settings.maxFileSize) };
    for (const h of helpers) h.setFacts(pass, packed, partnerFiles, settings.maxFileSize);

    // Analysis: summaries to the host as chunks finish, entity inputs kept in corpus order.
    const analysisStart = Date.now();
    const inputs: (Uint8Array | undefined)[] = new Array(files.length);
    let analysed = 0;
    const view = this.facts.view;
    await this.runLanes(id, kept, ANALYSE_CHUNK, helpers, {
      owner: (it) => mappedBy[it.index],
      order: (it) => mapOrder[it.index],
      local: (chunk) => analyseFiles(chunk, view, settings, retained),
      remote: (h, chunk) => h.analyse(pass, chunk, settings),
      done: (results) => {
        if (pass !== this.pass) return;
        for (const r of results) {
          inputs[r.index] = r.entityInput;
          if (r.doc.skipped) stats.skipped++;
          else stats.analysed++;
        }
        emit({ type: 'results', id, documents: results.map((r) => r.doc) });
        emit({ type: 'progress', id, done: (analysed += results.length), total: kept.length, phase: 'analysing' });
      },
    });
    stats.analysisMs = Date.now() - analysisStart;
    retained.clear();
    this.releasePass(helpers);
    if (this.isCancelled(id, emit, stats, started)) return;
    this.entityInputs = new Map();
    for (const it of kept) if (inputs[it.index]) this.entityInputs.set(it.file.path, inputs[it.index]!);
    this.emitEntities(id, emit, stats);
    stats.ms = Date.now() - started;
    emit({ type: 'done', id, cancelled: false, entities: [], facts: transportFacts(shared), stats });
  }

  async documents(id: number, files: FileInput[], settings: JobSettings, emit: Emit): Promise<void> {
    const started = Date.now();
    const stats: JobStats = { files: files.length, analysed: 0, skipped: 0, bytes: 0, ms: 0, corpusPassMs: 0 };
    this.indexOptions = { entities: corpusUserEntities(settings.entitiesByFolder) };
    // A partner read before this change would be stale for the copy rules: start from a fresh view.
    if (this.facts) this.facts.view = factsViewOf(this.facts.packed, this.facts.partnerFiles, this.facts.maxFileSize);
    const out: IndexedDocument[] = [];
    await readEach(files, settings.maxFileSize, (r, index) => {
      stats.bytes += r.doc.size;
      const a = analyseRead({ index, file: files[index] }, r, this.facts?.view, settings);
      if (a.entityInput) this.entityInputs.set(a.doc.path, a.entityInput);
      else this.entityInputs.delete(a.doc.path);
      if (a.doc.skipped) stats.skipped++;
      else stats.analysed++;
      out.push(a.doc);
    });
    if (this.isCancelled(id, emit, stats, started)) return;
    for (let i = 0; i < out.length; i += ANALYSE_CHUNK) emit({ type: 'results', id, documents: out.slice(i, i + ANALYSE_CHUNK) });
    this.emitEntities(id, emit, stats);
    stats.ms = Date.now() - started;
    emit({ type: 'done', id, cancelled: false, entities: [], stats });
  }

  /** Full reports of some documents with the last pass's facts; changes nothing the runner keeps. */
  async reports(id: number, files: FileInput[], settings: JobSettings, emit: Emit): Promise<void> {
    const started = Date.now();
    const stats: JobStats = { files: files.length, analysed: 0, skipped: 0, bytes: 0, ms: 0, corpusPassMs: 0 };
    const withReports = { ...settings, includeReports: true };
    for (let i = 0; i < files.length; i += ANALYSE_CHUNK) {
      if (this.isCancelled(id, emit, stats, started)) return;
      const chunk = files.slice(i, i + ANALYSE_CHUNK).map((file, k) => ({ index: i + k, file }));
      const docs = (await analyseFiles(chunk, this.facts?.view, withReports)).map((a) => a.doc);
      for (const d of docs) if (d.skipped) stats.skipped++;
      stats.analysed += docs.length - docs.filter((d) => d.skipped).length;
      emit({ type: 'results', id, documents: docs });
      await yieldToMessages();
    }
    stats.ms = Date.now() - started;
    emit({ type: 'done', id, cancelled: false, entities: [], stats });
  }

  remove(id: number, paths: string[], emit: Emit): void {
    for (const p of paths) this.entityInputs.delete(p);
    const stats: JobStats = { files: 0, analysed: 0, skipped: 0, bytes: 0, ms: 0, corpusPassMs: 0 };
    this.emitEntities(id, emit, stats);
    emit({ type: 'done', id, cancelled: false, entities: [], stats });
  }

  /** The copies reduce over every lane, sliced as the CLI pool slices it (`reduceCopiesInSlices`). */
  private async copiesReduce(id: number, candidates: number[], kept: HelperItem[], helpers: AnalysisHelper[], maxFileSize: number): Promise<CopyPair[]> {
    const run = async <T>(slices: ReduceSlice[]): Promise<T[]> => {
      const parts: T[][] = new Array(slices.length);
      const numbered = slices.map((slice, k) => ({ k, slice }));
      await this.runLanes(id, numbered, 1, helpers, {
        local: async ([s]) => [{ k: s.k, result: runReduceSlice(s.slice, maxFileSize) as T[] }],
        remote: async (h, [s]) => [{ k: s.k, result: (await h.reduce(s.slice, maxFileSize)) as T[] }],
        done: (rs) => rs.forEach((r) => (parts[r.k] = r.result)),
      });
      return parts.flat();
    };
    return reduceCopiesInSlices(candidates, (index) => ({ path: kept[index].file.path, file: kept[index].file.fsPath }), helpers.length + 1, run);
  }

  /**
   * Work through `items` in chunks on this thread and on every helper (each keeps HELPER_PIPELINE chunks
   * in hand). A helper that fails (died, lost its facts) hands its chunk back to this thread and stops.
   * Stops taking chunks once the job is cancelled.
   */
  private async runLanes<T, R>(
    id: number,
    items: T[],
    size: number,
    helpers: AnalysisHelper[],
    work: {
      local(chunk: T[]): Promise<R[]>;
      remote(h: AnalysisHelper, chunk: T[]): Promise<R[]>;
      /** `lane`: 0 for this thread, k + 1 for helper k. */
      done(results: R[], lane: number): void;
      /** The lane an item should go to (it holds its model); others take it only when theirs are done. */
      owner?(item: T): number;
      /** Order within a lane (the order it mapped them in: the models it kept are its first ones). */
      order?(item: T): number;
    },
  ): Promise<void> {
    const lanes = helpers.length + 1;
    const queues: T[][] = Array.from({ length: lanes }, () => []);
    for (const it of items) queues[work.owner ? Math.min(lanes - 1, work.owner(it)) : 0].push(it);
    if (work.order) for (const q of queues) q.sort((a, b) => work.order!(a) - work.order!(b));
    const heads = new Array<number>(lanes).fill(0);
    const take = (lane: number): T[] | undefined => {
      if (this.cancelled.has(id)) return undefined;
      // Its own items first, in order; then a chunk from the end of the fullest other queue.
      if (heads[lane] < queues[lane].length) {
        heads[lane] += size;
        return queues[lane].slice(heads[lane] - size, Math.min(heads[lane], queues[lane].length));
      }
      let from = -1;
      for (let q = 0; q < lanes; q++) if (queues[q].length - heads[q] > 0 && (from < 0 || queues[q].length - heads[q] > queues[from].length - heads[from])) from = q;
      if (from < 0) return undefined;
      const n = Math.min(size, queues[from].length - heads[from]);
      return queues[from].splice(queues[from].length - n, n);
    };
    const local = async () => {
      for (let chunk = take(0); chunk; chunk = take(0)) {
        work.done(await work.local(chunk), 0);
        await yieldToMessages();
      }
    };
    const remote = async (h: AnalysisHelper, lane: number) => {
      for (let chunk = take(lane); chunk; chunk = take(lane)) {
        try {
          work.done(await work.remote(h, chunk), lane);
        } catch {
          work.done(await work.local(chunk), 0);
          return;
        }
      }
    };
    await Promise.all([local(), ...helpers.flatMap((h, k) => Array.from({ length: HELPER_PIPELINE }, () => remote(h, k + 1)))]);
  }

  /** After a pass: the core's caches and the partner models held for it go, here and on the helpers. */
  private releasePass(helpers: AnalysisHelper[]): void {
    for (const h of helpers) h.release();
    releaseAnalysisCaches();
    if (this.facts) this.facts.view = factsViewOf(this.facts.packed, this.facts.partnerFiles, this.facts.maxFileSize);
  }

  private emitEntities(id: number, emit: Emit, stats: JobStats): void {
    const t0 = Date.now();
    const index = this.entities();
    stats.entityIndexMs = Date.now() - t0;
    emit({ type: 'entities', id, index });
  }

  /** The index built one document at a time, its occurrences packed as they are added (no objects). */
  private entities(): PackedEntityIndex {
    try {
      const builder = new EntityIndexBuilder();
      for (const [path, input] of this.entityInputs) builder.add({ path, ...unpackEntityInput(input) });
      return builder.buildPacked(prepareUserEntities(this.indexOptions.entities));
    } catch {
      return { entities: [], paths: [], texts: [], occurrences: new Uint32Array(0) };
    }
  }

  private isCancelled(id: number, emit: Emit, stats: JobStats, started: number): boolean {
    if (!this.cancelled.has(id)) return false;
    this.cancelled.delete(id);
    stats.ms = Date.now() - started;
    emit({ type: 'done', id, cancelled: true, entities: [], stats });
    return true;
  }
}

/**
 * The copy candidates of a pass's documents in file order (the order `candidatePairs` numbers them in),
 * fed as map results arrive from several threads out of order: a result waits here only until every
 * file before it is mapped, and the signature keys go into CopyCandidates' hash table instead of being
 * held as strings until the end (~5 KB a document, ~50 MB at 10k documents).
 */
class InOrderCandidates {
  private readonly collector = new CopyCandidates();
  private readonly waiting = new Map<number, { signature: DocumentSignature; profile: CopyProfile } | null>();
  private next = 0;
  /** File indices of the documents added (not skipped), in order. */
  readonly kept: number[] = [];

  constructor(private readonly total: number) {}

  add(index: number, signature: DocumentSignature, profile: CopyProfile): void {
    this.waiting.set(index, { signature, profile });
    this.drain();
  }

  skip(index: number): void {
    this.waiting.set(index, null);
    this.drain();
  }

  /** Candidate pairs, flat [i0, j0, …], numbered by position in `kept`. */
  take(): number[] {
    if (this.next !== this.total) throw new Error(`copy candidates taken with ${this.total - this.next} documents not mapped`);
    return this.collector.take();
  }

  private drain(): void {
    for (let w = this.waiting.get(this.next); w !== undefined; w = this.waiting.get(this.next)) {
      this.waiting.delete(this.next);
      if (w) {
        this.collector.add(w.signature, w.profile);
        this.kept.push(this.next);
      }
      this.next++;
    }
  }
}

/** Report path → file, for every document in a copy pair (the copy rules read them again). */
function partnerFilesOf(copies: CopyPair[], kept: HelperItem[]): [string, string][] {
  const involved = new Set(copies.flatMap((c) => [c.a, c.b]));
  return kept.filter((it) => involved.has(it.file.path)).map((it) => [it.file.path, it.file.fsPath]);
}

function transportFacts(shared: SharedFacts): TransportFacts {
  return { documentCount: shared.documentCount, lineDocumentCounts: new Map(Object.entries(shared.repeatedLines)), copies: shared.copies };
}

/** Rebuild CorpusFacts on the host side from what the worker sent. */
export function factsFromTransport(t: TransportFacts): CorpusFacts {
  return { documentCount: t.documentCount, lineDocumentCounts: t.lineDocumentCounts, copiesByPath: copiesByPath(t.copies) };
}

function yieldToMessages(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}
