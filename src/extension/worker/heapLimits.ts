/**
 * Old-generation heap caps of the indexing threads. Without a cap V8 lets a busy isolate's heap grow to
 * several times what is alive (a 3,000-document pass on one thread: 390 MB of heap, 95 MB live), and the
 * threads of a 10k-document pass peaked at 1.4–1.9 GB of RSS together. With a cap the collector works
 * within it.
 */

/**
 * The coordinator holds the corpus-wide state: facts parts, packed entity inputs, and at the end the
 * entity index build. These caps were set when that build held every mention as objects (~190 MB live at
 * 10k documents; a 256 MB cap ran out there, 320 did not); it now keeps mentions as rows of numbers
 * (EntityIndexBuilder.buildPacked) and the threads use batch-sized caches, so the caps leave room (10k
 * pass: 469 MB peak RSS) and were not lowered. Its cap follows the corpus: this much at least, plus
 * PER_THOUSAND_FILES_MB.
 */
export const COORDINATOR_HEAP_MB = 256;
const COORDINATOR_BASE_MB = 64;
const PER_THOUSAND_FILES_MB = 26;

/** A helper holds one chunk, its partner models and the core's bounded caches (~100 MB live with the editor-sized caches). */
export const HELPER_HEAP_MB = 192;

/** A thread that runs out of its cap is restarted with twice the cap, up to this. */
export const MAX_HEAP_MB = 4096;

/** The coordinator's cap for a full pass over `files` files. */
export function coordinatorHeapFor(files: number): number {
  return Math.min(MAX_HEAP_MB, Math.max(COORDINATOR_HEAP_MB, Math.ceil(COORDINATOR_BASE_MB + (PER_THOUSAND_FILES_MB * files) / 1000)));
}

export function isOutOfMemory(e: unknown): boolean {
  return (e as { code?: string } | undefined)?.code === 'ERR_WORKER_OUT_OF_MEMORY';
}

/** The cap for a restart after running out of memory, or undefined when it cannot grow further. */
export function grownLimit(mb: number): number | undefined {
  return mb < MAX_HEAP_MB ? Math.min(MAX_HEAP_MB, mb * 2) : undefined;
}
