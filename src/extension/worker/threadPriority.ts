import { readlinkSync } from 'node:fs';
import { setPriority } from 'node:os';

/**
 * Niceness of the indexing threads. Indexing is background work: with the editor's own threads (renderer,
 * extension host) at 0, the scheduler gives them three times the share of an indexing thread whenever
 * they want a core, so a pass on every core does not make typing lag. `CORPUS_REVIEW_WORKER_NICE`
 * overrides it (benchmarks on a machine shared with other work compare at 0).
 */
export const INDEX_THREAD_NICE = 5;

/**
 * Lower the priority of the calling thread only. On Linux a thread is a task with its own nice value,
 * which `setpriority` on its thread id changes (`/proc/thread-self` names it). Elsewhere, or when not
 * allowed, nothing changes.
 */
export function lowerThreadPriority(nice = Number(process.env.CORPUS_REVIEW_WORKER_NICE ?? INDEX_THREAD_NICE)): boolean {
  if (process.platform !== 'linux' || !Number.isInteger(nice) || nice <= 0) return false;
  try {
    const tid = Number(readlinkSync('/proc/thread-self').split('/').pop());
    if (!Number.isInteger(tid) || tid === process.pid) return false; // never the process's main thread
    setPriority(tid, Math.min(19, nice));
    return true;
  } catch {
    return false;
  }
}
