import type { DocumentText } from '../text/documentText';
import type { CopyPair } from '../types';
import { extractMetadata } from '../boilerplate/metadata';
import { KeyTable, type DocumentSignature } from './signature';
import { matchPair, type PairMatch } from './compare';
import { alignSentences } from './align';
import { decideOriginal, type OriginalEvidence } from './original';
import { compareWithOriginal, summariseChanges } from './compare';
import { hashText } from '../text/hash';
import type { CopyDriftSentence } from '../types';
import { GenerationalCache, lruGetOrLoad } from '../text/lru';

export interface RecordedChanges {
  changes: string;
  drift: CopyDriftSentence[];
  copyTextHash: string;
}

/**
 * Summary and drifted sentences of a copy against its original, in JSON-serialisable form: a function of
 * the two texts only. Kept per pair of models (models never change: an edit makes a new one) and, across
 * models, per pair of texts in a small bounded cache: the reduce records it on the pair, and the copy rules
 * ask again for the same two texts — on the same models in a single-process corpus pass, on models read
 * again from disk in the CLI's pool — where computing it twice (sentence models, alignment, drift
 * classification) was a third of the copies pass.
 */
export function copyChanges(copy: DocumentText, original: DocumentText): RecordedChanges {
  const cache = copy.memo('copies/changes', () => new WeakMap<DocumentText, RecordedChanges>());
  let changes = cache.get(original);
  if (!changes) {
    let byOriginal = changesByText.get(copy.text);
    changes = byOriginal?.get(original.text);
    if (!changes) {
      changes = computeChanges(copy, original);
      if (!byOriginal) changesByText.set(copy.text, (byOriginal = new Map()), copy.text.length);
      byOriginal.set(original.text, changes);
    }
    cache.set(original, changes);
  }
  return changes;
}

/**
 * Changes by copy text, then original text (exact string keys: no hash can collide). Bounded by copies
 * (a copy has one or two originals) and by characters of the copy texts it keeps alive.
 */
const changesByText = new GenerationalCache<string, Map<string, RecordedChanges>>(256, 8_000_000);

function computeChanges(copy: DocumentText, original: DocumentText): RecordedChanges {
  const cmp = compareWithOriginal(copy, original);
  const a = cmp.alignment;
  const drift: CopyDriftSentence[] = cmp.units
    .filter((u) => u.drifts.length)
    .map(({ unit, drifts }) => {
      const c0 = a.copy[unit.copy[0]];
      const c1 = a.copy[unit.copy[unit.copy.length - 1]];
      const o0 = a.original[unit.original[0]];
      const o1 = a.original[unit.original[unit.original.length - 1]];
      return {
        copy: copy.rangeOf(c0.start, c1.end),
        original: original.rangeOf(o0.start, o1.end),
        originalText: unit.original.map((i) => a.original[i].text).join(' '),
        drifts: drifts.map((d) => ({ ...d })),
      };
    });
  return { changes: summariseChanges(cmp), drift, copyTextHash: copy.memo('copies/textHash', () => hashText(copy.text)) };
}

/**
 * Buckets (documents sharing one key) larger than this are not expanded into all their pairs: for band
 * and exact keys every member is paired with the bucket's first member only (keeps a big syndication
 * cluster connected in O(m)); sentence keys that many documents share are stock text and are ignored.
 */
export const MAX_BUCKET = 64;
/** Pairs linked only by sentence keys (text or facts) need at least this many shared (one is a shared quote). */
export const MIN_SHARED_SENTENCES = 2;

/** Candidate pairs [i, j] (i < j) from shared keys, in ascending order. */
export function candidatePairs(signatures: readonly DocumentSignature[]): [number, number][] {
  const table = new KeyTable();
  signatures.forEach((s, i) => {
    for (const key of s.keys) table.addString(i, key);
  });
  return candidatePairsOfKeys(table, signatures.length);
}

/** `candidatePairs` of the documents 0 .. n-1 whose keys are in `table` (as hashes). */
export function candidatePairsOfKeys(table: KeyTable, n: number): [number, number][] {
  const buckets = sharedKeyBuckets(table);
  const strong = new Set<number>();
  const sentenceCounts = new Map<number, number>();
  for (let g = 0; g < buckets.count; g++) {
    const from = buckets.start[g];
    const size = buckets.size[g];
    if (size < 2) continue;
    const isSentence = buckets.sentence[g] === 1;
    if (size > MAX_BUCKET) {
      if (isSentence) continue;
      for (let x = 1; x < size; x++) strong.add(buckets.members[from] * n + buckets.members[from + x]);
      continue;
    }
    for (let x = 0; x < size; x++) {
      for (let y = x + 1; y < size; y++) {
        const id = buckets.members[from + x] * n + buckets.members[from + y];
        if (isSentence) sentenceCounts.set(id, (sentenceCounts.get(id) ?? 0) + 1);
        else strong.add(id);
      }
    }
  }
  for (const [id, count] of sentenceCounts) if (count >= MIN_SHARED_SENTENCES) strong.add(id);
  return [...strong].sort((x, y) => x - y).map((id) => [Math.floor(id / n), id % n]);
}

/**
 * Documents sharing each key that more than one document has, as flat arrays: bucket g's members (in
 * document order, each once) are members[start[g] .. start[g] + size[g]); sentence[g] is 1 when the key
 * that opened the bucket (its first occurrence) is a sentence key. Only buckets of two or more documents.
 *
 * Keys (two hashes each, see `KeyTable`) are grouped by sorting them (a stable radix sort: equal keys stay
 * in document order). A Map entry with a member array per key was most of the candidate step (~0.1 s of
 * 0.3 s at 1k documents), and an open-addressing table over the ~100k keys missed the cache on every probe.
 */
function sharedKeyBuckets(keys: KeyTable) {
  const order = sortedKeyOrder(keys);
  const { high, low, owner, sentence: sentenceKey } = keys;
  const start: number[] = [];
  const size: number[] = [];
  const sentence: number[] = [];
  const members = new Int32Array(keys.count);
  let next = 0;
  for (let run = 0; run < order.length; ) {
    const first = order[run];
    let end = run + 1;
    while (end < order.length && high[order[end]] === high[first] && low[order[end]] === low[first]) end++;
    let count = 0;
    for (let x = run; x < end; x++) {
      const o = owner[order[x]];
      if (count === 0 || members[next + count - 1] !== o) members[next + count++] = o;
    }
    if (count >= 2) {
      start.push(next);
      size.push(count);
      sentence.push(sentenceKey[first]);
      next += count;
    }
    run = end;
  }
  return { count: start.length, start, size, members, sentence };
}

const RADIX_BITS = 11;
const RADIX = 1 << RADIX_BITS;

/** Indices of the keys sorted by (high, low) hash, stable: LSD radix passes over low's 21 bits, then high's 32. */
function sortedKeyOrder(keys: KeyTable): Int32Array {
  const n = keys.count;
  let order = new Int32Array(n);
  let spare = new Int32Array(n);
  for (let k = 0; k < n; k++) order[k] = k;
  const counts = new Int32Array(RADIX);
  const pass = (values: Int32Array, shift: number) => {
    counts.fill(0);
    for (let k = 0; k < n; k++) counts[(values[order[k]] >>> shift) & (RADIX - 1)]++;
    for (let d = 0, sum = 0; d < RADIX; d++) {
      const c = counts[d];
      counts[d] = sum;
      sum += c;
    }
    for (let k = 0; k < n; k++) {
      const key = order[k];
      spare[counts[(values[key] >>> shift) & (RADIX - 1)]++] = key;
    }
    [order, spare] = [spare, order];
  };
  for (let shift = 0; shift < 21; shift += RADIX_BITS) pass(keys.low, shift);
  for (let shift = 0; shift < 32; shift += RADIX_BITS) pass(keys.high, shift);
  return order;
}

/** A candidate pair confirmed as copies: what the originals step needs, without the documents. */
export interface ConfirmedPair {
  i: number;
  j: number;
  match: PairMatch;
  /** Article words of i / j without a counterpart in the other. */
  extra: [number, number];
  words: [number, number];
}

/** Loads the document of signature `index` (undefined when it cannot be read). */
export type LoadDocument = (index: number) => DocumentText | undefined;

/**
 * Documents a reduce pass keeps loaded at most (least recently used ones are dropped and read again when
 * a later pair needs them). A generated 10k corpus has ~40 documents live at once when each is released
 * after its last pair; the cap bounds pathological orders (one document in pairs spread over the whole
 * list) to a few tens of MB of models.
 */
export const MAX_LIVE_DOCUMENTS = 256;

/**
 * Documents of a pass over pairs sorted by first index, each released after the last pair that uses it.
 * Candidate pairs are grouped by their first document, so a document is live only while its own pairs
 * and the pairs of documents shortly before it that name it are processed, not for the whole reduce.
 */
class PassDocuments {
  private readonly docs = new Map<number, DocumentText | undefined>();
  private readonly lastUse = new Map<number, number>();

  constructor(
    pairs: readonly (readonly [number, number])[],
    private readonly load: LoadDocument,
  ) {
    pairs.forEach(([i, j], k) => {
      this.lastUse.set(i, k);
      this.lastUse.set(j, k);
    });
  }

  get(i: number): DocumentText | undefined {
    return lruGetOrLoad(this.docs, i, MAX_LIVE_DOCUMENTS, (k) => this.load(k));
  }

  /** Pair `k` is done: release the documents no later pair needs. */
  done(k: number, i: number, j: number): void {
    if (this.lastUse.get(i) === k) this.docs.delete(i);
    if (this.lastUse.get(j) === k) this.docs.delete(j);
  }
}

/** Confirm candidate pairs on their documents (any subset of `candidatePairs`, in its order). */
export function confirmPairs(pairs: readonly (readonly [number, number])[], load: LoadDocument): ConfirmedPair[] {
  const docs = new PassDocuments(pairs, load);
  const confirmed: ConfirmedPair[] = [];
  pairs.forEach(([i, j], k) => {
    const a = docs.get(i);
    const b = docs.get(j);
    const match = a && b ? matchPair(a, b) : null;
    if (a && b && match) {
      let extra: [number, number] = [0, 0];
      let words: [number, number] = [1, 1];
      if (match.kind !== 'exact') {
        const al = alignSentences(a, b);
        const wa = al.copy.reduce((n, s) => n + s.words, 0);
        const wb = al.original.reduce((n, s) => n + s.words, 0);
        words = [wa, wb];
        extra = [Math.round(wa * (1 - al.copyCoverage)), Math.round(wb * (1 - al.originalCoverage))];
      }
      confirmed.push({ i, j, match, extra, words });
    }
    docs.done(k, i, j);
  });
  return confirmed;
}

/** A confirmed pair with the cluster centrality of its two documents (undefined outside clusters of ≥ 3). */
export interface RankedPair extends ConfirmedPair {
  centrality: [number | undefined, number | undefined];
}

/** Attach to each confirmed pair the centrality of its documents in the whole set of confirmed pairs. */
export function rankPairs(confirmed: readonly ConfirmedPair[]): RankedPair[] {
  const centrality = clusterCentrality(confirmed);
  return confirmed.map((c) => ({ ...c, centrality: [centrality.get(c.i), centrality.get(c.j)] }));
}

/** Decide the original of each ranked pair and record what the copy changed (any subset, in order). */
export function decidePairs(ranked: readonly RankedPair[], load: LoadDocument): CopyPair[] {
  const docs = new PassDocuments(
    ranked.map((c) => [c.i, c.j] as const),
    load,
  );
  return ranked.map((c, k) => {
    const a = docs.get(c.i)!;
    const b = docs.get(c.j)!;
    const evidence = (x: 0 | 1): OriginalEvidence => {
      return { path: [a, b][x].path, metadata: extractMetadata([a, b][x]), extraWords: c.extra[x], words: c.words[x], centrality: c.centrality[x] };
    };
    const decision = decideOriginal(evidence(0), evidence(1));
    const [first, second] = decision.original === 1 ? [b, a] : [a, b];
    const pair: CopyPair = {
      a: first.path,
      b: second.path,
      kind: c.match.kind,
      similarity: c.match.similarity,
      original: decision.original === null ? null : first.path,
      reasons: decision.reasons,
    };
    // The reduce step has both texts: record what the copy changed, so a process that analyses the copy
    // alone (a worker, a shard on another machine) can still report it.
    if (decision.original !== null && c.match.kind !== 'exact') Object.assign(pair, copyChanges(second, first));
    docs.done(k, c.i, c.j);
    return pair;
  });
}

/**
 * The reduce step: candidate pairs from the signatures' shared keys, each confirmed on the two documents
 * (`load` returns the document of signature `index`), kinds assigned, originals decided. Gives the same
 * pairs as `findCopies` on the same documents, whatever process computed the signatures.
 * Documents are loaded again for the originals step rather than kept: memory stays bounded by the
 * documents of nearby pairs. The three steps can run on slices of the pairs in several processes
 * (confirm and decide are per pair; only the ranking needs all confirmed pairs).
 */
export function clusterFromSignatures(
  signatures: readonly DocumentSignature[],
  load: (index: number, signature: DocumentSignature) => DocumentText | undefined,
): CopyPair[] {
  const loadIndex = (i: number) => load(i, signatures[i]);
  return decidePairs(rankPairs(confirmPairs(candidatePairs(signatures), loadIndex)), loadIndex);
}

/** Mean similarity of each document to the other members of its connected cluster (clusters of ≥ 3). */
function clusterCentrality(pairs: readonly ConfirmedPair[]): Map<number, number> {
  const parent = new Map<number, number>();
  const find = (x: number): number => {
    while (parent.get(x)! !== x) {
      parent.set(x, parent.get(parent.get(x)!)!);
      x = parent.get(x)!;
    }
    return x;
  };
  for (const p of pairs) {
    for (const x of [p.i, p.j]) if (!parent.has(x)) parent.set(x, x);
    const ra = find(p.i);
    const rb = find(p.j);
    if (ra !== rb) parent.set(ra, rb);
  }
  const size = new Map<number, number>();
  for (const x of parent.keys()) size.set(find(x), (size.get(find(x)) ?? 0) + 1);
  const sum = new Map<number, number>();
  for (const p of pairs) {
    sum.set(p.i, (sum.get(p.i) ?? 0) + p.match.similarity);
    sum.set(p.j, (sum.get(p.j) ?? 0) + p.match.similarity);
  }
  const out = new Map<number, number>();
  for (const x of parent.keys()) {
    const s = size.get(find(x))!;
    if (s >= 3) out.set(x, (sum.get(x) ?? 0) / (s - 1));
  }
  return out;
}

/** A group of documents that are copies of one another, original first. */
export interface CopyCluster {
  /** Paths, the cluster's original (when decided) first, then by similarity to it. */
  members: string[];
  original: string | null;
  pairs: CopyPair[];
}

/** Group copy pairs into clusters (connected components) for views such as the Copies tree. */
export function copyClusters(pairs: readonly CopyPair[]): CopyCluster[] {
  const parent = new Map<string, string>();
  const find = (x: string): string => {
    while (parent.get(x)! !== x) x = parent.get(x)!;
    return x;
  };
  for (const p of pairs) {
    for (const x of [p.a, p.b]) if (!parent.has(x)) parent.set(x, x);
    const ra = find(p.a);
    const rb = find(p.b);
    if (ra !== rb) parent.set(ra, rb);
  }
  const groups = new Map<string, CopyPair[]>();
  for (const p of pairs) {
    const r = find(p.a);
    groups.set(r, [...(groups.get(r) ?? []), p]);
  }
  const out: CopyCluster[] = [];
  for (const ps of groups.values()) {
    // The cluster original: the document most often judged original, never judged a copy if possible.
    const votes = new Map<string, number>();
    for (const p of ps) {
      if (!p.original) continue;
      const copy = p.original === p.a ? p.b : p.a;
      votes.set(p.original, (votes.get(p.original) ?? 0) + 1);
      votes.set(copy, (votes.get(copy) ?? 0) - 1);
    }
    const ranked = [...votes].filter(([, v]) => v > 0).sort((x, y) => y[1] - x[1] || x[0].localeCompare(y[0]));
    const original = ranked[0]?.[0] ?? null;
    const members = [...new Set(ps.flatMap((p) => [p.a, p.b]))];
    const simTo = (m: string) => ps.find((p) => (p.a === m && p.b === original) || (p.b === m && p.a === original))?.similarity ?? 0;
    members.sort((x, y) => (x === original ? -1 : y === original ? 1 : simTo(y) - simTo(x) || x.localeCompare(y)));
    out.push({ members, original, pairs: ps });
  }
  return out.sort((x, y) => y.members.length - x.members.length || x.members[0].localeCompare(y.members[0]));
}
