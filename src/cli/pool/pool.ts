import { Worker } from 'node:worker_threads';
import * as os from 'node:os';
import * as path from 'node:path';

/** workerData flag that turns a bundle (dist/cli.js, the benchmark bundle) into a pool worker. */
export const POOL_WORKER_FLAG = 'corpusReviewPoolWorker';

export function defaultPoolSize(): number {
  return Math.max(1, typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length);
}

/**
 * The script a worker runs. Bundled (dist/cli.js or another esbuild bundle), `__filename` is the bundle
 * itself, whose entry calls `startPoolWorkerIfRequested()`; from sources (tsx, tests) it is the
 * TypeScript worker entry next to this file.
 */
export function defaultWorkerScript(): string {
  return __filename.endsWith('.ts') ? path.join(__dirname, 'workerEntry.ts') : __filename;
}

/**
 * Young-generation size (MB) of each worker: V8 sizes it as three semi-spaces, so 96 MB is a 32 MB
 * semi-space (the default is 16 MB on 64-bit). The analysis allocates many short-lived objects (tokens,
 * spans, sentence models); with the default, survivors of a scavenge are copied again and promoted early,
 * and collections cost ~11 % of the run. With 96 MB the 10k index took ~17.5 s instead of ~19 s (CPU
 * 30.5 vs 32.6 s) for +2 % peak RSS; twice that gained little more for +17 % RSS.
 */
export const POOL_YOUNG_GENERATION_MB = 96;

/** What the corpus run needs from a pool: worker threads (WorkerPool) or this thread (LocalPool). */
export interface Pool {
  readonly size: number;
  /** The reply of whichever worker takes the task first. */
  call<T>(message: unknown): Promise<T>;
  /** The reply of worker `index` (tasks that use state that worker keeps), in order with its other own tasks. */
  callOn<T>(index: number, message: unknown): Promise<T>;
  /** The same message to every worker, while no task is running. */
  broadcast(message: unknown): Promise<unknown[]>;
  close(): Promise<void>;
}

interface Pending {
  resolve(value: unknown): void;
  reject(error: Error): void;
}

interface Slot {
  worker: Worker;
  busy: boolean;
  pending?: Pending;
  /** Tasks for this worker only (state it keeps, such as the entity index being built). */
  own: { message: unknown; pending: Pending }[];
}

/**
 * A fixed set of worker threads with a FIFO queue: `call(message)` resolves with the worker's reply.
 * Tasks go to whichever worker is free, so callers that need input order put results back in order
 * themselves. A worker that dies rejects its task and every later call.
 */
export class WorkerPool implements Pool {
  private readonly slots: Slot[] = [];
  private readonly queue: { message: unknown; pending: Pending }[] = [];
  private failure?: Error;
  private closed = false;

  constructor(readonly size = defaultPoolSize(), script = defaultWorkerScript()) {
    for (let i = 0; i < size; i++) {
      const workerData = { [POOL_WORKER_FLAG]: true };
      const resourceLimits = { maxYoungGenerationSizeMb: POOL_YOUNG_GENERATION_MB };
      // From sources, the worker loads tsx's require hook itself (loader hooks are per thread).
      const worker = script.endsWith('.ts')
        ? new Worker(`require('tsx/cjs'); require(${JSON.stringify(script)});`, { eval: true, workerData, resourceLimits })
        : new Worker(script, { workerData, resourceLimits });
      const slot: Slot = { worker, busy: false, own: [] };
      worker.on('message', (reply: { ok: boolean; value?: unknown; error?: string }) => {
        const p = slot.pending;
        slot.pending = undefined;
        slot.busy = false;
        if (p) {
          if (reply.ok) p.resolve(reply.value);
          else p.reject(new Error(reply.error));
        }
        this.pump();
      });
      worker.on('error', (e) => this.fail(e));
      worker.on('exit', (code) => {
        if (!this.closed) this.fail(new Error(`pool worker exited with code ${code}`));
      });
      this.slots.push(slot);
    }
  }

  call<T>(message: unknown): Promise<T> {
    if (this.failure) return Promise.reject(this.failure);
    return new Promise<T>((resolve, reject) => {
      this.queue.push({ message, pending: { resolve: resolve as (v: unknown) => void, reject } });
      this.pump();
    });
  }

  /** Like `call`, on one given worker (tasks that use state that worker keeps). */
  callOn<T>(index: number, message: unknown): Promise<T> {
    if (this.failure) return Promise.reject(this.failure);
    return new Promise<T>((resolve, reject) => {
      this.slots[index % this.slots.length].own.push({ message, pending: { resolve: resolve as (v: unknown) => void, reject } });
      this.pump();
    });
  }

  /** Send the same message to every worker (configuration); only while no task is running. */
  broadcast(message: unknown): Promise<unknown[]> {
    if (this.failure) return Promise.reject(this.failure);
    if (this.slots.some((s) => s.busy || s.own.length) || this.queue.length) return Promise.reject(new Error('broadcast while tasks are running'));
    return Promise.all(
      this.slots.map(
        (slot) =>
          new Promise((resolve, reject) => {
            slot.busy = true;
            slot.pending = { resolve, reject };
            slot.worker.postMessage(message);
          }),
      ),
    );
  }

  private pump(): void {
    for (const slot of this.slots) {
      if (slot.busy) continue;
      const task = slot.own.shift() ?? this.queue.shift();
      if (!task) continue;
      slot.busy = true;
      slot.pending = task.pending;
      slot.worker.postMessage(task.message);
    }
  }

  private fail(e: Error): void {
    if (this.failure) return;
    this.failure = e;
    for (const slot of this.slots) slot.pending?.reject(e);
    for (const t of this.queue.splice(0)) t.pending.reject(e);
    for (const slot of this.slots) for (const t of slot.own.splice(0)) t.pending.reject(e);
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }
}
