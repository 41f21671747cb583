// The CLI side of the copies stage at scale: per-document signatures (map) and copy pairs from all
// signatures (reduce). The core's copies module decides what a signature holds and how candidate pairs
// are confirmed; this file moves signatures between processes and gives the reduce its documents back.
import { readFileSync, statSync } from 'node:fs';
import { clusterFromSignatures, confirmPairs, copyClusters, decidePairs, rankPairs, type ConfirmedPair, type DocumentSignature, type RankedPair } from '../../core/copies';
import { decodeBytes } from '../../core/text/decode';
import { DocumentText } from '../../core/text/documentText';
import type { CopyPair } from '../../core/types';
import { DEFAULT_MAX_FILE_BYTES } from '../inputs';

/** What `signatures` prints per document and `cluster` reads back. */
export interface SignatureRecord {
  record: 'signature';
  /** Position of the file in the full input list (the order a single run sees). */
  index: number;
  path: string;
  /** Hash of the normalised article text ('' when there is none). */
  exact: string;
  /** MinHash band keys, exact-text key and sentence keys: documents sharing a key are candidates. */
  keys: string[];
  /** Hashes of the document's distinct lines (template-line counts). */
  lines: string[];
}

/**
 * Read a document again for the reduce (candidate pairs are confirmed on the text) or for a copy rule
 * (a partner's model), decoded and size-limited as the map step read it. The path is the one reported by
 * the map step, so the reduce must run where the corpus is readable under the same paths (same working
 * folder, or the same shared mount on every machine). A file that changed since gives its current text.
 */
export function loadDocumentSync(reportPath: string, file = reportPath, maxFileSize = DEFAULT_MAX_FILE_BYTES): DocumentText | undefined {
  try {
    if (statSync(file).size > maxFileSize) return undefined;
    const decoded = decodeBytes(readFileSync(file));
    return decoded.binary ? undefined : new DocumentText(decoded.text, reportPath);
  } catch {
    return undefined;
  }
}

/** Copy pairs from signatures in input order; `files[i]` is where signature i's document can be read. */
export function copiesFromSignatures(signatures: DocumentSignature[], files: string[]): CopyPair[] {
  return clusterFromSignatures(signatures, (i, s) => loadDocumentSync(s.id, files[i]));
}

/** Where the reduce reads the document of signature `index`: its reported path and its file. */
export interface ReduceDocument {
  index: number;
  path: string;
  file: string;
}

/**
 * A slice of the copies reduce for one pool task: candidate pairs (flat [i0, j0, i1, j1, …]) or ranked
 * pairs, with the documents they name. Slices are contiguous runs of the single-thread order, so
 * concatenating the slices' results in order gives the single-thread result.
 */
export type ReduceSlice = { step: 'confirm'; pairs: number[]; documents: ReduceDocument[] } | { step: 'decide'; ranked: RankedPair[]; documents: ReduceDocument[] };

/** Slices per thread of the reduce: enough to even out slices of costly pairs (long spun copies) across threads. */
export const REDUCE_SLICES_PER_THREAD = 8;

/**
 * The copies reduce spread over `threads`: candidate pairs (flat [i0, j0, i1, j1, …]) confirmed in
 * contiguous slices, ranked here (needs every confirmed pair; cheap), originals decided in slices. `run`
 * gives each slice's result, in slice order, so the pairs are those of `clusterFromSignatures` on one
 * thread. `where(i)` says where document i is read (CLI pool and extension indexer alike).
 */
export async function reduceCopiesInSlices(
  candidates: readonly number[],
  where: (index: number) => { path: string; file: string },
  threads: number,
  run: <T>(slices: ReduceSlice[]) => Promise<T[]>,
): Promise<CopyPair[]> {
  const documentsOf = (indices: Iterable<number>): ReduceDocument[] => [...new Set(indices)].map((index) => ({ index, ...where(index) }));
  const sliceSize = (n: number) => Math.max(1, Math.ceil(n / (threads * REDUCE_SLICES_PER_THREAD)));
  const confirm: ReduceSlice[] = [];
  for (let k = 0, n = candidates.length / 2, size = sliceSize(n); k < n; k += size) {
    const pairs = candidates.slice(2 * k, 2 * (k + size));
    confirm.push({ step: 'confirm', pairs, documents: documentsOf(pairs) });
  }
  const ranked = rankPairs(await run<ConfirmedPair>(confirm));
  const decide: ReduceSlice[] = [];
  for (let k = 0, size = sliceSize(ranked.length); k < ranked.length; k += size) {
    const part = ranked.slice(k, k + size);
    decide.push({ step: 'decide', ranked: part, documents: documentsOf(part.flatMap((c) => [c.i, c.j])) });
  }
  return run<CopyPair>(decide);
}

/** One slice of the reduce, on documents read again with the map step's size limit. */
export function runReduceSlice(slice: ReduceSlice, maxFileSize = DEFAULT_MAX_FILE_BYTES): ConfirmedPair[] | CopyPair[] {
  const where = new Map(slice.documents.map((d) => [d.index, d]));
  const load = (i: number) => {
    const d = where.get(i);
    return d && loadDocumentSync(d.path, d.file, maxFileSize);
  };
  if (slice.step === 'decide') return decidePairs(slice.ranked, load);
  const pairs: [number, number][] = [];
  for (let k = 0; k < slice.pairs.length; k += 2) pairs.push([slice.pairs[k], slice.pairs[k + 1]]);
  return confirmPairs(pairs, load);
}

export function corpusCopiesFromSignatures(records: SignatureRecord[]): CopyPair[] {
  return copiesFromSignatures(
    records.map((r) => ({ id: r.path, exact: r.exact, keys: r.keys })),
    records.map((r) => r.path),
  );
}

/** Cluster records for `cluster`'s output: members (original first), original, size. */
export function clusterRecords(copies: CopyPair[]) {
  return copyClusters(copies).map((c, id) => ({ record: 'cluster' as const, id, size: c.members.length, original: c.original, members: c.members }));
}
