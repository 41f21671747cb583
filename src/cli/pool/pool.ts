import { Worker } from 'node:worker_threads';
import * as os from 'node:os';
import * as path from 'node:path';
import { SpareBuffers } from './spareBuffers';

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
 * Young-generation size (MB) of each analysing worker: V8 sizes it as three semi-spaces, so 32 MB is a
 * ~11 MB semi-space (the default is 16 MB). The analysis allocates many short-lived objects (tokens,
 * spans, sentence models); a larger young generation lets fewer of them be copied and promoted (96 MB
 * took ~8 % less CPU at 10k), but its pages count in RSS, which the 500 MB target at 10k does not allow.
 */
export const POOL_YOUNG_GENERATION_MB = 32;

/**
 * Old-generation cap (MB) of each analysing worker. Without a cap V8 let each worker's heap grow to 300–450
 * MB between full collections while ~40-60 MB was alive, and the 10k index peaked at 1.1 GB of RSS. A worker
 * holds the corpus facts, the gazetteers, the batch-sized caches (cacheProfile.ts) and the documents in
 * hand. A document too large for the cap (a 5 MB page needed more than 128 MB) runs the worker out of
 * memory: it is restarted with twice the cap and given its task again (`WorkerPool`).
 */
export const POOL_HEAP_MB = 128;
/** A worker is restarted with twice its cap after running out of memory, up to this. */
export const POOL_MAX_HEAP_MB = 4096;

/** What the corpus run needs from a pool: worker threads (WorkerPool) or this thread (LocalPool). */
export interface Pool {
  /** Threads that analyse (the state keeper not counted). */
  readonly size: number;
  /** The reply of whichever analysing worker takes the task first. */
  call<T>(message: unknown): Promise<T>;
  /**
   * The reply of the thread that keeps the run's state (copy candidates, the entity index), in order
   * with its other tasks.
   */
  callState<T>(message: unknown): Promise<T>;
  /**
   * Let the state go once its tasks are done (the copy candidates after they are taken): its thread is
   * ended and a fresh one takes the later state tasks. Its typed arrays (~50 MB at 10k documents) would
   * otherwise stay until that thread's next full collection, which may never come.
   */
  releaseState(): Promise<void>;
  /** The same message to every analysing worker (configuration), while no task is running. */
  broadcast(message: unknown): Promise<unknown[]>;
  close(): Promise<void>;
}

interface Pending {
  resolve(value: unknown): void;
  reject(error: Error): void;
}

interface Task {
  message: unknown;
  pending: Pending;
}

/** What a pool worker receives: a request, and written output buffers to encode later output into. */
export interface PoolEnvelope {
  request: unknown;
  spare: ArrayBuffer[];
}

/** Written output buffers moved to a worker with each task it takes, at most. */
const SPARE_BUFFERS_PER_TASK = 8;

interface Slot {
  worker: Worker;
  /** Old-generation cap in MB; undefined: none. */
  heapMb?: number;
  /** The task the worker is running. */
  task?: Task;
  /** Tasks for this worker only (the state keeper's), in order. */
  own: Task[];
  /** Replaced after running out of memory: its exit is expected. */
  retired?: boolean;
}

const isOutOfMemory = (e: unknown): boolean => (e as { code?: string } | undefined)?.code === 'ERR_WORKER_OUT_OF_MEMORY';

/**
 * Worker threads with a FIFO queue: `call(message)` resolves with the reply of whichever analysing
 * worker takes it, so callers that need input order put results back in order themselves. The run's
 * state (copy candidates, entity index) lives on one more thread that analyses nothing (`callState`): the
 * analysing workers then hold nothing but the configuration, so one that runs out of its heap cap is
 * replaced by one with twice the cap, configured again, and given its task again. Any other failure of a
 * worker rejects its task and every later call.
 */
export class WorkerPool implements Pool {
  private readonly slots: Slot[] = [];
  private state: Slot;
  private readonly queue: Task[] = [];
  /** The last broadcast (configuration), given again to a replacement worker before its task. */
  private configuration?: unknown;
  private failure?: Error;
  private closed = false;
  /** Workers replaced after running out of memory. */
  restarts = 0;

  constructor(
    readonly size = defaultPoolSize(),
    private readonly script = defaultWorkerScript(),
    heapMb = POOL_HEAP_MB,
    /** Where the caller gives back output buffers it has written (OutputChunk bytes), for reuse. */
    private readonly spare = new SpareBuffers(),
  ) {
    for (let i = 0; i < size; i++) this.slots.push(this.start({ maxYoungGenerationSizeMb: POOL_YOUNG_GENERATION_MB, maxOldGenerationSizeMb: heapMb }));
    this.state = this.start({});
  }

  private start(resourceLimits: { maxYoungGenerationSizeMb?: number; maxOldGenerationSizeMb?: number }): Slot {
    const workerData = { [POOL_WORKER_FLAG]: true };
    // From sources, the worker loads tsx's require hook itself (loader hooks are per thread).
    const worker = this.script.endsWith('.ts')
      ? new Worker(`require('tsx/cjs'); require(${JSON.stringify(this.script)});`, { eval: true, workerData, resourceLimits })
      : new Worker(this.script, { workerData, resourceLimits });
    const slot: Slot = { worker, heapMb: resourceLimits.maxOldGenerationSizeMb, own: [] };
    worker.on('message', (reply: { ok: boolean; value?: unknown; error?: string }) => {
      const task = slot.task;
      slot.task = undefined;
      if (task) {
        if (reply.ok) task.pending.resolve(reply.value);
        else task.pending.reject(new Error(reply.error));
      }
      this.pump();
    });
    worker.on('error', (e) => {
      if (isOutOfMemory(e) && slot !== this.state && this.restart(slot)) return;
      this.fail(e);
    });
    worker.on('exit', (code) => {
      if (!this.closed && !slot.retired) this.fail(new Error(`pool worker exited with code ${code}`));
    });
    return slot;
  }

  /** Replace a worker that ran out of memory by one with twice its cap; false when the cap cannot grow. */
  private restart(slot: Slot): boolean {
    const heapMb = slot.heapMb === undefined ? undefined : slot.heapMb * 2;
    if (heapMb === undefined || heapMb > POOL_MAX_HEAP_MB || this.closed) return false;
    slot.retired = true;
    this.restarts++;
    const index = this.slots.indexOf(slot);
    const fresh = this.start({ maxYoungGenerationSizeMb: POOL_YOUNG_GENERATION_MB, maxOldGenerationSizeMb: heapMb });
    this.slots[index] = fresh;
    const task = slot.task;
    // The configuration first, then the task that ran the old worker out of memory.
    if (this.configuration !== undefined) {
      fresh.own.push({ message: this.configuration, pending: { resolve: () => undefined, reject: (e) => this.fail(e) } });
    }
    if (task) fresh.own.push(task);
    this.pump();
    return true;
  }

  call<T>(message: unknown): Promise<T> {
    if (this.failure) return Promise.reject(this.failure);
    return new Promise<T>((resolve, reject) => {
      this.queue.push({ message, pending: { resolve: resolve as (v: unknown) => void, reject } });
      this.pump();
    });
  }

  callState<T>(message: unknown): Promise<T> {
    if (this.failure) return Promise.reject(this.failure);
    return new Promise<T>((resolve, reject) => {
      this.state.own.push({ message, pending: { resolve: resolve as (v: unknown) => void, reject } });
      this.pump();
    });
  }

  async releaseState(): Promise<void> {
    const done = this.state;
    if (done.task || done.own.length) throw new Error('releaseState while state tasks are running');
    this.state = this.start({});
    done.retired = true;
    await done.worker.terminate();
  }

  /** Send the same message to every analysing worker (configuration); only while no task is running. */
  broadcast(message: unknown): Promise<unknown[]> {
    if (this.failure) return Promise.reject(this.failure);
    if (this.slots.some((s) => s.task || s.own.length) || this.queue.length) return Promise.reject(new Error('broadcast while tasks are running'));
    this.configuration = message;
    return Promise.all(
      this.slots.map(
        (slot) =>
          new Promise((resolve, reject) => {
            slot.own.push({ message, pending: { resolve, reject } });
            this.pump();
          }),
      ),
    );
  }

  private pump(): void {
    for (const slot of [...this.slots, this.state]) {
      if (slot.task) continue;
      const task = slot.own.shift() ?? (slot === this.state ? undefined : this.queue.shift());
      if (!task) continue;
      slot.task = task;
      // Output buffers the caller has written go back to an analysing worker with its next task.
      const spare = slot === this.state ? [] : this.spare.take(SPARE_BUFFERS_PER_TASK);
      slot.worker.postMessage({ request: task.message, spare } satisfies PoolEnvelope, spare);
    }
  }

  private fail(e: Error): void {
    if (this.failure) return;
    this.failure = e;
    for (const slot of [...this.slots, this.state]) {
      slot.task?.pending.reject(e);
      for (const t of slot.own.splice(0)) t.pending.reject(e);
    }
    for (const t of this.queue.splice(0)) t.pending.reject(e);
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all([...this.slots, this.state].map((s) => s.worker.terminate()));
  }
}
