import { Worker } from 'node:worker_threads';
import { CorpusJobRunner } from './corpusJob';
import { unpackEntityIndex } from './entityIndexPack';
import { coordinatorHeapFor, COORDINATOR_HEAP_MB, grownLimit, isOutOfMemory } from './heapLimits';
import type { IndexedDocument, WorkerRequest, WorkerResponse } from './protocol';

export type DoneMessage = Extract<WorkerResponse, { type: 'done' }>;
type JobRequest = Exclude<WorkerRequest, { type: 'cancel' }>;
export type JobRequestWithoutId = JobRequest extends infer R ? (R extends { id: number } ? Omit<R, 'id'> : never) : never;

export interface JobCallbacks {
  onProgress?(done: number, total: number, phase: 'reading' | 'analysing'): void;
  onResults?(documents: IndexedDocument[]): void;
}

interface Pending extends JobCallbacks {
  request: JobRequest;
  cancelled: boolean;
  entities: DoneMessage['entities'];
  resolve(done: DoneMessage): void;
  reject(e: Error): void;
}

/**
 * Runs indexing jobs on one worker thread (started on first use, restarted if it dies). When no worker
 * script is available (unit tests), jobs run in-process on the same runner code.
 */
export class IndexWorkerClient {
  private worker?: Worker;
  private inProcess?: CorpusJobRunner;
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();
  private heapMb: number;
  /** The cap the running worker was started with. */
  private workerHeapMb = 0;

  constructor(
    private readonly script: string | undefined,
    private readonly log: (message: string) => void = () => {},
    /** Old-generation cap of the worker's heap (heapLimits.ts); tests start low to see it grow. */
    heapMb = COORDINATOR_HEAP_MB,
  ) {
    this.heapMb = heapMb;
  }

  run(request: JobRequestWithoutId, callbacks: JobCallbacks = {}, signal?: { onCancel(listener: () => void): unknown }): Promise<DoneMessage> {
    const id = this.nextId++;
    const full = { ...request, id } as JobRequest;
    if (full.type === 'corpus') this.fitHeapTo(full.files.length);
    return new Promise<DoneMessage>((resolve, reject) => {
      const pending: Pending = { ...callbacks, request: full, cancelled: false, entities: [], resolve, reject };
      this.pending.set(id, pending);
      signal?.onCancel(() => {
        pending.cancelled = true;
        this.post({ type: 'cancel', id });
      });
      this.post(full);
    });
  }

  /**
   * A full pass replaces everything the worker keeps, so an idle worker whose cap is too small for this
   * corpus is simply ended; the pass starts a new one with a cap that fits.
   */
  private fitHeapTo(files: number): void {
    this.heapMb = Math.max(this.heapMb, coordinatorHeapFor(files));
    if (this.worker && this.workerHeapMb < this.heapMb && this.pending.size === 0) {
      const old = this.worker;
      this.worker = undefined;
      void old.terminate();
    }
  }

  dispose(): void {
    const w = this.worker;
    this.worker = undefined;
    void w?.terminate();
    for (const p of this.pending.values()) p.reject(new Error('indexing stopped'));
    this.pending.clear();
  }

  private post(message: WorkerRequest): void {
    if (!this.script) return this.postInProcess(message);
    if (!this.worker) this.worker = this.start(this.script);
    this.worker.postMessage(message);
  }

  private start(script: string): Worker {
    const worker = new Worker(script, { name: 'corpus-review-indexer', resourceLimits: { maxOldGenerationSizeMb: this.heapMb } });
    this.workerHeapMb = this.heapMb;
    worker.on('message', (m: WorkerResponse) => this.receive(m));
    worker.on('error', (e) => this.fail(worker, e));
    worker.on('exit', (code) => {
      if (this.worker === worker) this.fail(worker, new Error(`indexing worker exited with code ${code}`));
    });
    return worker;
  }

  private fail(worker: Worker, e: Error): void {
    this.log(`indexing worker failed: ${e.stack ?? e.message}`);
    if (this.worker === worker) this.worker = undefined;
    const grown = isOutOfMemory(e) ? grownLimit(this.heapMb) : undefined;
    if (grown && this.pending.size) {
      // A corpus larger than the cap allows: the same jobs again on a worker with twice the cap.
      this.log(`indexing worker ran out of its ${this.heapMb} MB heap; restarting it with ${grown} MB`);
      this.heapMb = grown;
      for (const [id, p] of this.pending) {
        p.entities = [];
        this.post(p.request);
        if (p.cancelled) this.post({ type: 'cancel', id });
      }
      return;
    }
    for (const p of this.pending.values()) p.reject(e);
    this.pending.clear();
  }

  private postInProcess(message: WorkerRequest): void {
    const runner = (this.inProcess ??= new CorpusJobRunner());
    const emit = (m: WorkerResponse) => this.receive(m);
    if (message.type === 'cancel') return runner.cancel(message.id);
    const job =
      message.type === 'corpus'
        ? runner.corpus(message.id, message.files, message.settings, emit)
        : message.type === 'documents'
          ? runner.documents(message.id, message.files, message.settings, emit)
          : message.type === 'reports'
            ? runner.reports(message.id, message.files, message.settings, emit)
            : Promise.resolve(runner.remove(message.id, message.paths, emit));
    job.catch((e: Error) => emit({ type: 'error', id: message.id, message: e.stack ?? e.message }));
  }

  private receive(m: WorkerResponse): void {
    const p = this.pending.get(m.id);
    if (!p) return;
    switch (m.type) {
      case 'progress':
        p.onProgress?.(m.done, m.total, m.phase);
        break;
      case 'results':
        p.onResults?.(m.documents);
        break;
      case 'entities':
        p.entities = unpackEntityIndex(m.index);
        break;
      case 'done':
        this.pending.delete(m.id);
        p.resolve({ ...m, entities: p.entities.concat(m.entities) });
        break;
      case 'error':
        this.pending.delete(m.id);
        p.reject(new Error(m.message));
        break;
    }
  }
}
