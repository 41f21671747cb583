// The CLI side of the copies stage at scale: per-document signatures (map) and copy pairs from all
// signatures (reduce). The core's copies module decides what a signature holds and how pairs are
// judged; this file only moves signatures between processes and groups pairs into clusters.
import type { DocumentText } from '../../core/text/documentText';
import type { CopyPair } from '../../core/types';
import type { FactsPart } from './facts';

/** What `signatures` prints per document and `cluster` reads back. */
export interface SignatureRecord {
  record: 'signature';
  index: number;
  path: string;
  bands: string[];
  signature: unknown;
  lines: string[];
}

export function copySignatureOf(_doc: DocumentText): { bands: string[]; signature: unknown } {
  // Filled in when the core's copies stage (issue 8) exports documentSignature().
  return { bands: [], signature: null };
}

/** Copy pairs of the corpus from the documents' facts parts (their copy signatures). */
export function corpusCopies(_parts: FactsPart[]): CopyPair[] {
  return [];
}

export function corpusCopiesFromSignatures(_records: SignatureRecord[]): CopyPair[] {
  return [];
}

export interface Cluster {
  id: number;
  /** Paths, in input order. */
  documents: string[];
  /** The document judged original for the whole group, when the pairs agree on one. */
  original: string | null;
}

/** Connected groups of documents linked by copy pairs (union–find), in input order of their first member. */
export function clustersOf(paths: string[], copies: CopyPair[]): Cluster[] {
  const parent = new Map<string, string>();
  const find = (p: string): string => {
    let r = p;
    while (parent.has(r) && parent.get(r) !== r) r = parent.get(r)!;
    parent.set(p, r);
    return r;
  };
  for (const p of paths) parent.set(p, p);
  for (const c of copies) {
    if (!parent.has(c.a) || !parent.has(c.b)) continue;
    const ra = find(c.a);
    const rb = find(c.b);
    if (ra !== rb) parent.set(rb, ra);
  }
  const groups = new Map<string, string[]>();
  for (const p of paths) {
    const r = find(p);
    const g = groups.get(r) ?? [];
    g.push(p);
    groups.set(r, g);
  }
  const out: Cluster[] = [];
  for (const members of groups.values()) {
    if (members.length < 2) continue;
    const inGroup = new Set(members);
    const originals = new Set(copies.filter((c) => inGroup.has(c.a) && c.original).map((c) => c.original!));
    out.push({ id: out.length, documents: members, original: originals.size === 1 ? [...originals][0] : null });
  }
  return out;
}
