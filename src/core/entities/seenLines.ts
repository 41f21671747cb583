/**
 * A lossy record of the line texts met so far: a direct-mapped table of 32-bit hashes, no strings kept.
 * `metBefore` may answer yes for a line never met (two lines share a hash, or a long line differs only in
 * characters the hash skips) and no for a line met long ago (another line took its slot); a caller may
 * only use it where either mistake costs time, never a different result.
 */
export class SeenLines {
  private readonly slots: Int32Array;
  private readonly shift: number;

  /** `bits`: log2 of the number of slots (a slot is 4 bytes). */
  constructor(bits: number) {
    this.slots = new Int32Array(1 << bits);
    this.shift = 32 - bits;
  }

  /** Whether `text` (read with `salt`, e.g. its line kind) was probably met before; records it as met. */
  metBefore(text: string, salt: number): boolean {
    const h = lineHash(text, salt) | 1; // never 0, the empty slot
    const slot = h >>> this.shift;
    if (this.slots[slot] === h) return true;
    this.slots[slot] = h;
    return false;
  }

  clear(): void {
    this.slots.fill(0);
  }
}

/**
 * Characters hashed at most per line: every character of a line up to this long (about a news paragraph),
 * an even spread over a longer one (plus its last). A line that differs from another only in characters
 * skipped is taken for it: harmless here. Hashing every character of every line cost ~2 % of the stage.
 */
const SAMPLED_CHARACTERS = 256;

/** FNV-1a over the length and (a sample of) the characters: bounded work per line however long it is. */
function lineHash(text: string, salt: number): number {
  const n = text.length;
  let h = Math.imul(0x811c9dc5 ^ salt, 0x01000193) ^ n;
  const step = n <= SAMPLED_CHARACTERS ? 1 : Math.ceil(n / SAMPLED_CHARACTERS);
  for (let i = 0; i < n; i += step) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  if (n) h = Math.imul(h ^ text.charCodeAt(n - 1), 0x01000193);
  // Final mix (as in MurmurHash3): the slot is taken from the top bits, which FNV alone spreads poorly.
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return h ^ (h >>> 16);
}
