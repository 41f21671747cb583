import type { Pool } from './pool';
import { PoolWorkerState, type PoolRequest } from './worker';

/**
 * The pool protocol served in this thread, one task after another (`--workers 1`, small inputs): the same
 * map/reduce steps as on worker threads, so the output is the same and memory stays bounded by the same
 * means (documents are read again instead of every model being held for the corpus pass).
 */
export class LocalPool implements Pool {
  readonly size = 1;
  private readonly state = new PoolWorkerState();
  private last: Promise<unknown> = Promise.resolve();

  call<T>(message: unknown): Promise<T> {
    const next = this.last.then(() => this.state.handle(message as PoolRequest));
    // A failed task fails its caller only; later tasks still run.
    this.last = next.catch(() => undefined);
    return next as Promise<T>;
  }

  callState<T>(message: unknown): Promise<T> {
    return this.call<T>(message);
  }

  /** The state is released by the tasks that take it (the copy candidates, the entity index). */
  async releaseState(): Promise<void> {}

  broadcast(message: unknown): Promise<unknown[]> {
    return this.call<unknown>(message).then((r) => [r]);
  }

  async close(): Promise<void> {}
}
