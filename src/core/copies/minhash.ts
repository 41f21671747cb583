/**
 * MinHash signatures: for each of N hash functions, the minimum hash over a set's elements. The share of
 * positions where two signatures agree estimates the sets' Jaccard similarity (Broder 1997).
 *
 * Hash family: h_i(x) = mix(x XOR seed_i) with a murmur-style finaliser, seeds fixed so signatures computed
 * on different machines (the distributed map step) agree.
 */
export function minhash(values: Uint32Array, numHashes: number): Uint32Array {
  const seeds = seedsFor(numHashes);
  const sig = new Uint32Array(numHashes).fill(0xffffffff);
  for (let k = 0; k < values.length; k++) {
    const x = values[k];
    for (let i = 0; i < numHashes; i++) {
      let h = x ^ seeds[i];
      h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
      h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
      h = (h ^ (h >>> 16)) >>> 0;
      if (h < sig[i]) sig[i] = h;
    }
  }
  return sig;
}

const seedCache = new Map<number, Uint32Array>();

function seedsFor(n: number): Uint32Array {
  let seeds = seedCache.get(n);
  if (!seeds) {
    seeds = new Uint32Array(n);
    // A fixed xorshift sequence: deterministic across processes and machines.
    let s = 0x2545f491;
    for (let i = 0; i < n; i++) {
      s ^= s << 13;
      s ^= s >>> 17;
      s ^= s << 5;
      seeds[i] = s >>> 0;
    }
    seedCache.set(n, seeds);
  }
  return seeds;
}

/** Estimated Jaccard: share of equal positions. */
export function estimateJaccard(a: Uint32Array, b: Uint32Array): number {
  let same = 0;
  for (let i = 0; i < a.length; i++) if (a[i] === b[i]) same++;
  return a.length ? same / a.length : 0;
}
