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
