import { followCacheProfile, scaled, type ScalableCache } from '../cacheProfile';

/**
 * A Map used as a least-recently-used cache: a hit moves the key to the end (Map order is insertion
 * order), a miss loads the value, stores it and drops the oldest key beyond `max`. Undefined values are
 * cached too (a missing partner document stays missing until its entry is deleted).
 */
export function lruGetOrLoad<K, V>(cache: Map<K, V>, key: K, max: number, load: (key: K) => V): V {
  if (cache.has(key)) {
    const hit = cache.get(key) as V;
    cache.delete(key);
    cache.set(key, hit);
    return hit;
  }
  const value = load(key);
  cache.set(key, value);
  if (cache.size > max) cache.delete(cache.keys().next().value as K);
  return value;
}

interface Entry<K, V> {
  key: K;
  value: V;
  weight: number;
}

/**
 * A bounded cache in two generations, for per-line caches read on every keystroke: a hit in the current
 * generation is one Map lookup (no delete + set as in lruGetOrLoad); a hit in the previous generation moves
 * the entry to the current one; when the current generation reaches `maxEntries` entries or `maxWeight`
 * (say, characters of the keys), it becomes the previous one and the oldest is dropped. Entries used since
 * the last turnover survive it, as in an LRU cache; at most twice the bounds are held.
 */
export class GenerationalCache<K, V> implements ScalableCache {
  private current = new Map<K, Entry<K, V>>();
  private previous = new Map<K, Entry<K, V>>();
  private weight = 0;
  private maxEntries: number;
  private maxWeight: number;

  /** The bounds for the 'interactive' cache profile; a 'batch' thread scales them down (cacheProfile.ts). */
  constructor(
    private readonly baseEntries: number,
    private readonly baseWeight = Infinity,
  ) {
    this.maxEntries = baseEntries;
    this.maxWeight = baseWeight;
    followCacheProfile(this);
  }

  rescale(scale: number): void {
    this.maxEntries = scaled(this.baseEntries, scale);
    this.maxWeight = scaled(this.baseWeight, scale);
  }

  get(key: K): V | undefined {
    const hit = this.current.get(key);
    if (hit !== undefined) return hit.value;
    const old = this.previous.get(key);
    if (old === undefined) return undefined;
    // Moved under the key and weight it was stored with: the caller's key may be a slice of a whole
    // document (that would keep the document alive), and the weight is the one the bound counts.
    this.previous.delete(key);
    this.store(old);
    return old.value;
  }

  /** Store `value` (never undefined: undefined means a miss) under `key`, counting `weight` against maxWeight. */
  set(key: K, value: V, weight = 1): void {
    this.store({ key, value, weight });
  }

  private store(entry: Entry<K, V>): void {
    if (this.current.size >= this.maxEntries || this.weight + entry.weight > this.maxWeight) {
      this.previous = this.current;
      this.current = new Map();
      this.weight = 0;
    }
    this.current.set(entry.key, entry);
    this.weight += entry.weight;
  }

  get size(): number {
    return this.current.size + this.previous.size;
  }

  clear(): void {
    this.current.clear();
    this.previous.clear();
    this.weight = 0;
  }
}

/**
 * A copy of `text` that does not keep alive the string it was sliced from. `doc.lines[i]` is a slice of
 * the whole document text (V8 shares the characters), so a cache keyed by it would hold every document
 * version it ever saw: 300 one-megabyte texts cached through 50-character slices kept 303 MB of heap, their
 * copies 3.7 MB. Concatenation then slicing makes V8 flatten into a new string of the line's length.
 */
export function ownCopy(text: string): string {
  return (' ' + text).slice(1);
}
