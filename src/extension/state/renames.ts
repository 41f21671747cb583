import type { DocumentState } from './schema';

/**
 * Review entries whose document disappeared, matched to documents that appeared with the same content:
 * a rename or move done outside VS Code (git mv, a file manager). Only unambiguous matches move: one
 * missing entry and one new document sharing a content hash. Everything else is left alone — an entry for
 * a missing file is kept (it may come back after a branch switch), never dropped.
 */
export function detectRenames(
  entries: Readonly<Record<string, DocumentState>>,
  current: ReadonlyMap<string, string>,
): { from: string; to: string }[] {
  const missingByHash = new Map<string, string[]>();
  for (const [p, entry] of Object.entries(entries)) {
    if (current.has(p) || !entry.contentHash) continue;
    const list = missingByHash.get(entry.contentHash) ?? [];
    list.push(p);
    missingByHash.set(entry.contentHash, list);
  }
  if (!missingByHash.size) return [];
  const newByHash = new Map<string, string[]>();
  for (const [p, hash] of current) {
    if (entries[p] || !missingByHash.has(hash)) continue;
    const list = newByHash.get(hash) ?? [];
    list.push(p);
    newByHash.set(hash, list);
  }
  const moves: { from: string; to: string }[] = [];
  for (const [hash, targets] of newByHash) {
    const sources = missingByHash.get(hash)!;
    if (sources.length === 1 && targets.length === 1) moves.push({ from: sources[0], to: targets[0] });
  }
  return moves.sort((a, b) => a.from.localeCompare(b.from));
}

/** True when a status was set on different content than the document has now. */
export function changedSinceReview(entry: DocumentState | undefined, currentHash: string | undefined): boolean {
  if (!entry || entry.status === 'unreviewed' || !entry.contentHash || !currentHash) return false;
  return entry.contentHash !== currentHash;
}
