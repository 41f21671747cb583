/**
 * Locality-sensitive hashing by banding: a MinHash signature of b·r values is cut into b bands of r rows;
 * two documents become a candidate pair when any band is equal. The chance that a pair with Jaccard J is
 * found is 1 − (1 − J^r)^b, an S-curve whose steep part sits near (1/b)^(1/r).
 */
export interface Banding {
  bands: number;
  rows: number;
}

/** Probability that a pair with Jaccard `j` shares at least one band. */
export function candidateProbability(j: number, { bands, rows }: Banding): number {
  return 1 - Math.pow(1 - Math.pow(j, rows), bands);
}

/** The Jaccard value where the S-curve is steepest, (1/b)^(1/r). */
export function bandingThreshold({ bands, rows }: Banding): number {
  return Math.pow(1 / bands, 1 / rows);
}

/**
 * One key per band: `<prefix><band>:<the band's rows in base 36>`. The rows are written out in full (no
 * second hash, so no accidental collisions). Keys are plain strings so the map step of a distributed run
 * can emit them as JSON and any engine can group by them. An empty set yields no keys.
 */
export function bandKeys(signature: Uint32Array, banding: Banding, prefix: string): string[] {
  const keys: string[] = [];
  if (isEmptySignature(signature)) return keys;
  for (let b = 0; b < banding.bands; b++) keys.push(keyString(`${prefix}${b}:`, signature, b * banding.rows, banding.rows));
  return keys;
}

/** True for the signature of an empty set (every bin empty). */
export function isEmptySignature(signature: Uint32Array): boolean {
  return signature.every((v) => v === 0xffffffff);
}

/** `prefix` followed by values[from .. from + count) in base 36, separated by dots. */
export function keyString(prefix: string, values: ArrayLike<number>, from: number, count: number): string {
  let key = prefix;
  for (let r = 0; r < count; r++) key += (r ? '.' : '') + base36(values[from + r]);
  return key;
}

const DIGITS = '0123456789abcdefghijklmnopqrstuvwxyz';

/**
 * `n.toString(36)` for a 32-bit unsigned integer. Signatures write ~200 numbers per document in base 36;
 * Number#toString(radix) goes through the general double-to-string path and took 2.5 times as long.
 */
export function base36(n: number): string {
  if (n < 36) return DIGITS[n];
  let s = '';
  while (n > 0) {
    const q = Math.floor(n / 36);
    s = DIGITS[n - q * 36] + s;
    n = q;
  }
  return s;
}
