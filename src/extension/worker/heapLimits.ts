/**
 * Old-generation heap caps of the indexing threads. Without a cap V8 lets a busy isolate's heap grow to
 * several times what is alive (a 3,000-document pass on one thread: 390 MB of heap, 95 MB live), and the
 * threads of a 10k-document pass peaked at 1.4–1.9 GB of RSS together. With a cap the collector works
 * within it. The coordinator holds the corpus-wide state (facts parts, packed entity inputs, the entity
 * index while it is built: ~250 MB live at 10k documents); a helper holds one chunk and the core's caches.
 */
export const COORDINATOR_HEAP_MB = 320;
export const HELPER_HEAP_MB = 192;
/** A thread that runs out of its cap is restarted with twice the cap, up to this. */
export const MAX_HEAP_MB = 4096;

export function isOutOfMemory(e: unknown): boolean {
  return (e as { code?: string } | undefined)?.code === 'ERR_WORKER_OUT_OF_MEMORY';
}

/** The cap for a restart after running out of memory, or undefined when it cannot grow further. */
export function grownLimit(mb: number): number | undefined {
  return mb < MAX_HEAP_MB ? Math.min(MAX_HEAP_MB, mb * 2) : undefined;
}
