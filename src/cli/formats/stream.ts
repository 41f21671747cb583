// Output formats written as a stream: each document is rendered where it was analysed (a pool worker) and
// written as soon as it and every document before it are done; the main thread keeps only what the end of
// the output needs (counts, the entity index, copies). Every format gives the same bytes as rendering the
// whole report at once (`FORMATTERS`), which `merge` and tests still use.
import type { CopyPair, CorpusDocumentReport, CorpusEntity } from '../../core';

/**
 * A piece of output: text, or its UTF-8 bytes when it comes from a pool worker (moved to the main thread
 * without a copy, and never a string on its heap: at 10k documents the ~260 MB of jsonl passing through
 * as strings grew the main heap to ~110 MB for ~14 MB alive; as bytes it stays ~25 MB).
 */
export type OutputChunk = string | Uint8Array;

/** One document's output, rendered where it was analysed. */
export interface RenderedOutput {
  /** Written as soon as this document and every document before it are done. */
  text: OutputChunk;
  /** Kept until the end of the output (SARIF's notifications follow all results); '' for none. */
  held: string;
}

/** What the end of the output says about the whole corpus. */
export interface CorpusEnding {
  entities: CorpusEntity[];
  copies: CopyPair[];
  documents: number;
  findings: number;
  skipped: number;
  /** A shard's output (`--shard i/n`): corpus-level records are left to `merge`. */
  partial: boolean;
}

export interface OutputStream {
  document(out: RenderedOutput): void;
  finish(end: CorpusEnding): void;
}

export interface StreamFormat {
  /** One document (runs on a pool worker); `index` is its position in the full input list. */
  render(doc: CorpusDocumentReport, index: number): RenderedOutput;
  /** Start the output on `write` (the opening is written at once). */
  open(write: (chunk: OutputChunk) => void, shard?: { index: number; count: number }): OutputStream;
}
