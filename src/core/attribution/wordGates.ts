/**
 * Word gates: which of many word lists occur in a sentence, found in one pass over its characters with no
 * allocation. The attribution model holds dozens of patterns that each need one of a few cue words; a
 * sentence that holds none of a pattern's words skips it (see `ClaimPattern.needs`). Asking a Map for
 * every word sliced and lowercased (the earlier way) allocated two strings per word and was 13 % of the
 * attribution stage; this scan hashes each word in place and compares it against the table.
 *
 * A word here is what `\b` delimits in a regex without the `u` flag: a run of ASCII word characters
 * [A-Za-z0-9_], compared lowercase. An entry of a list is one of
 *   "word"      the run equals it;
 *   "pre*"      the run starts with "pre" (at least PREFIX_HEAD characters before the star);
 *   "*suf"      the run ends with "suf";
 *   "#digit"    an ASCII digit anywhere; "#money" a currency sign ($ € £ ¥); "#percent" a "%" sign.
 */

const PREFIX_HEAD = 3;
const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

const MARKS = { '#digit': 0, '#money': 1, '#percent': 2 } as const;

function isWordChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;
}

/** ASCII lowercase of a word character's code. */
function fold(c: number): number {
  return c >= 65 && c <= 90 ? c + 32 : c;
}

function hashStep(h: number, c: number): number {
  return Math.imul(h ^ c, FNV_PRIME);
}

/** Final mix, so that the low bits used as a table index depend on every character. */
function finish(h: number): number {
  h ^= h >>> 15;
  h = Math.imul(h, 0x2c1b3c6d);
  return (h ^ (h >>> 12)) >>> 0;
}

function hashOf(word: string, length = word.length): number {
  let h = FNV_OFFSET;
  for (let i = 0; i < length; i++) h = hashStep(h, word.charCodeAt(i));
  return finish(h);
}

/** An open-addressing table from lowercase strings to the conditions they satisfy. */
class StringTable<V> {
  readonly keys: string[] = [];
  readonly values: V[] = [];
  private slots = new Int32Array(0);
  private mask = 0;

  private readonly index = new Map<string, number>();

  entry(key: string, make: () => V): V {
    const at = this.index.get(key);
    if (at !== undefined) return this.values[at];
    this.index.set(key, this.keys.length);
    this.keys.push(key);
    this.values.push(make());
    // At most a quarter full, so that a word that is not in the table mostly meets an empty slot at once.
    if (this.keys.length * 4 > this.slots.length) this.rebuild();
    else this.place(this.keys.length - 1);
    return this.values[this.values.length - 1];
  }

  private rebuild(): void {
    let size = 16;
    while (size < this.keys.length * 4) size *= 2;
    this.slots = new Int32Array(size);
    this.mask = size - 1;
    for (let i = 0; i < this.keys.length; i++) this.place(i);
  }

  private place(i: number): void {
    let s = hashOf(this.keys[i]) & this.mask;
    while (this.slots[s]) s = (s + 1) & this.mask;
    this.slots[s] = i + 1;
  }

  /** The entry for `text[start, start + length)` folded to lowercase, given its `finish`ed hash. */
  find(text: string, start: number, length: number, hash: number): V | undefined {
    for (let s = hash & this.mask; ; s = (s + 1) & this.mask) {
      const slot = this.slots[s];
      if (!slot) return undefined;
      const key = this.keys[slot - 1];
      if (key.length === length && sameFolded(key, text, start)) return this.values[slot - 1];
    }
  }
}

/** `key` (lowercase) equals the text at `start` folded to lowercase, over key.length characters. */
function sameFolded(key: string, text: string, start: number): boolean {
  for (let k = 0; k < key.length; k++) if (key.charCodeAt(k) !== fold(text.charCodeAt(start + k))) return false;
  return true;
}

interface Affix {
  affix: string;
  conditions: number[];
}

interface WordEntry {
  conditions: number[];
  /** The word belongs to the tracked condition: `scan` records where it occurs. */
  tracked: boolean;
}

export class WordGates {
  readonly size: number;
  /**
   * After `scan`: the start of every word run that equals a word of the tracked condition, in text order
   * (reused between scans).
   */
  readonly trackedStarts: number[] = [];
  /** After `scan`: the text holds an underscore (a word character that is not a letter or digit). */
  sawUnderscore = false;
  private readonly words = new StringTable<WordEntry>();
  /** Prefix entries by the hash of their first PREFIX_HEAD characters. */
  private readonly prefixes = new StringTable<Affix[]>();
  /** Suffix entries by their last character code (ASCII). */
  private readonly suffixes: (Affix[] | undefined)[] = new Array(128).fill(undefined);
  private readonly marks: number[][] = [[], [], []];

  /**
   * `conditions[i]` is a list of entries; `scan` reports for each list whether any entry occurs. The words
   * of condition `tracked` (whole words only) also have their positions recorded in `trackedStarts`.
   */
  constructor(conditions: readonly (readonly string[])[], private readonly tracked = -1) {
    this.size = conditions.length;
    conditions.forEach((list, i) => {
      for (const entry of list) this.add(entry, i);
    });
  }

  private add(entry: string, condition: number): void {
    const push = (list: number[]): void => {
      if (!list.includes(condition)) list.push(condition);
    };
    if (entry in MARKS) return push(this.marks[MARKS[entry as keyof typeof MARKS]]);
    const body = entry.replace(/^\*|\*$/g, '');
    if (!/^[a-z0-9_]+$/.test(body)) throw new Error(`word gate entry "${entry}": only lowercase ASCII word characters can be gated`);
    if (condition === this.tracked && body !== entry) throw new Error(`word gate entry "${entry}": a tracked condition holds whole words only`);
    if (entry.endsWith('*')) {
      if (body.length < PREFIX_HEAD) throw new Error(`word gate entry "${entry}": prefix shorter than ${PREFIX_HEAD}`);
      const list = this.prefixes.entry(body.slice(0, PREFIX_HEAD), () => []);
      const same = list.find((a) => a.affix === body);
      if (same) push(same.conditions);
      else list.push({ affix: body, conditions: [condition] });
    } else if (entry.startsWith('*')) {
      const last = body.charCodeAt(body.length - 1);
      const list = (this.suffixes[last] ??= []);
      const same = list.find((a) => a.affix === body);
      if (same) push(same.conditions);
      else list.push({ affix: body, conditions: [condition] });
    } else {
      const word = this.words.entry(body, () => ({ conditions: [], tracked: false }));
      push(word.conditions);
      if (condition === this.tracked) word.tracked = true;
    }
  }

  /** Sets `present[i]` to 1 when an entry of condition i occurs in `text`, else 0. */
  scan(text: string, present: Uint8Array): void {
    present.fill(0);
    this.trackedStarts.length = 0;
    this.sawUnderscore = false;
    const n = text.length;
    let start = -1;
    let h = FNV_OFFSET;
    let head = 0;
    let digit = false;
    let money = false;
    let percent = false;
    for (let i = 0; i <= n; i++) {
      const c = i < n ? text.charCodeAt(i) : 32;
      if (isWordChar(c)) {
        if (start < 0) {
          start = i;
          h = FNV_OFFSET;
        }
        h = hashStep(h, fold(c));
        if (i - start === PREFIX_HEAD - 1) head = h;
        if (c <= 57 && c >= 48) digit = true;
        else if (c === 95) this.sawUnderscore = true;
        continue;
      }
      if (c === 36 || c === 0x20ac || c === 0xa3 || c === 0xa5) money = true;
      else if (c === 37) percent = true;
      if (start < 0) continue;
      this.endOfRun(text, start, i - start, h, head, present);
      start = -1;
    }
    if (digit) this.mark(0, present);
    if (money) this.mark(1, present);
    if (percent) this.mark(2, present);
  }

  private mark(kind: number, present: Uint8Array): void {
    for (const k of this.marks[kind]) present[k] = 1;
  }

  /** `hash` and `head` are the running hashes of the whole run and of its first PREFIX_HEAD characters. */
  private endOfRun(text: string, start: number, length: number, hash: number, head: number, present: Uint8Array): void {
    const byWord = this.words.find(text, start, length, finish(hash));
    if (byWord) {
      for (const k of byWord.conditions) present[k] = 1;
      if (byWord.tracked) this.trackedStarts.push(start);
    }
    if (length >= PREFIX_HEAD) {
      const byPrefix = this.prefixes.find(text, start, PREFIX_HEAD, finish(head));
      if (byPrefix) {
        for (const a of byPrefix) if (a.affix.length <= length && sameFolded(a.affix, text, start)) for (const k of a.conditions) present[k] = 1;
      }
    }
    const bySuffix = this.suffixes[fold(text.charCodeAt(start + length - 1))];
    if (bySuffix) {
      for (const a of bySuffix) if (a.affix.length <= length && sameFolded(a.affix, text, start + length - a.affix.length)) for (const k of a.conditions) present[k] = 1;
    }
  }
}
