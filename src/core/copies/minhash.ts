/**
 * MinHash signatures by one-permutation hashing (Li, Owen & Zhang 2012) with rotation densification
 * (Shrivastava & Li 2014): every element is hashed once, its hash picks one of N bins and each bin keeps
 * its minimum. The share of equal bins estimates Jaccard similarity as N independent hash functions would,
 * at 1/N of the cost (signatures are computed for every document of a corpus). Empty bins (short texts)
 * borrow the next non-empty bin's value, offset by the distance, so two texts agree on a borrowed bin only
 * when they agree on the bin it came from.
 *
 * The hash is a fixed murmur-style finaliser, so signatures computed in different processes and on
 * different machines (the distributed map step) agree.
 */
export function minhash(values: Uint32Array, numBins: number): Uint32Array {
  const EMPTY = 0xffffffff;
  const sig = new Uint32Array(numBins).fill(EMPTY);
  // For a power-of-two bin count (128 in signatures) the bin and the value are a mask and a shift: the
  // same numbers as % and floor(/), without a division per shingle.
  const bits = Math.log2(numBins);
  const pow2 = Number.isInteger(bits);
  for (let k = 0; k < values.length; k++) {
    let h = values[k] ^ 0x2545f491;
    h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
    h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
    h = (h ^ (h >>> 16)) >>> 0;
    const bin = pow2 ? h & (numBins - 1) : h % numBins;
    const v = pow2 ? h >>> bits : Math.floor(h / numBins);
    if (v < sig[bin]) sig[bin] = v;
  }
  if (!values.length) return sig;
  const filled = Uint32Array.from(sig);
  for (let i = 0; i < numBins; i++) {
    if (sig[i] !== EMPTY) continue;
    for (let j = 1; j < numBins; j++) {
      const src = sig[(i + j) % numBins];
      if (src !== EMPTY) {
        filled[i] = (src + j * 0x9e3779b1) >>> 0;
        break;
      }
    }
  }
  return filled;
}

/** Estimated Jaccard: share of equal positions. */
export function estimateJaccard(a: Uint32Array, b: Uint32Array): number {
  let same = 0;
  for (let i = 0; i < a.length; i++) if (a[i] === b[i]) same++;
  return a.length ? same / a.length : 0;
}
