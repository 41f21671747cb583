/**
 * Output buffers going round between the main thread and the pool workers. A worker encodes each
 * rendered document into a buffer and moves it to the main thread (OutputChunk); once written, the main
 * thread gives the buffer back here, and the pool moves it to a worker with that worker's next task.
 * Without that, every written buffer stayed allocated until V8 collected its small handle, which it does
 * only after tens of MB of them (at 10k documents ~60 MB of dead output held on the main thread).
 */
export class SpareBuffers {
  private readonly list: ArrayBuffer[] = [];

  /** Buffers kept at most; more are left to the collector. */
  static readonly MAX = 64;

  give(buffer: ArrayBuffer): void {
    if (this.list.length < SpareBuffers.MAX && buffer.byteLength > 0) this.list.push(buffer);
  }

  /** Up to `count` buffers, handed over (they are moved to a worker with the request). */
  take(count: number): ArrayBuffer[] {
    return this.list.splice(0, count);
  }
}

/** Smallest buffer a worker allocates, so that most documents' output fits a spare one. */
export const OUTPUT_BUFFER_MIN_BYTES = 64 * 1024;
