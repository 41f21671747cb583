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
/** 64K one-byte filter slots: ~1,000 gate words leave a run that is in no table ~1.5 % chance of a table probe. */
const FILTER_MASK = 0xffff;
/** Three 7-bit characters. */
const TAIL_MASK = 0x1fffff;
const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

const MARKS = { '#digit': 0, '#money': 1, '#percent': 2 } as const;

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

/**
 * The hash of a lowercase key (its first `length` characters), as `scan` computes it over text: each word
 * character is hashed with bit 5 set (`c | 32`), which lowercases A-Z and leaves digits alone, so the scan
 * needs no case test per character.
 */
function hashOf(word: string, length = word.length): number {
  let h = FNV_OFFSET;
  for (let i = 0; i < length; i++) h = hashStep(h, word.charCodeAt(i) | 32);
  return finish(h);
}

/** The last three word characters of a run (`c | 32`, 7 bits each), as one number. */
function packTail(word: string): number {
  let tail = 0;
  for (let i = word.length - PREFIX_HEAD; i < word.length; i++) tail = ((tail << 7) | (word.charCodeAt(i) | 32)) & TAIL_MASK;
  return tail;
}

/** A filter slot for a packed tail. */
function tailSlot(tail: number): number {
  return Math.imul(tail, 0x9e3779b1) >>> 16;
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

/** Character classes for the scan: bit 1 a word character [A-Za-z0-9_], bit 2 a digit, bit 4 a mark the scan reports. */
const WORD = 1;
const DIGIT = 2;
const MARK = 4;
const CLASS = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95) CLASS[c] = WORD;
  else if (c >= 48 && c <= 57) CLASS[c] = WORD | DIGIT;
}
for (const c of [36, 37, 34]) CLASS[c] = MARK; // $ % "

export class WordGates {
  readonly size: number;
  /**
   * After `scan`: the start of every word run that equals a word of the tracked condition, in text order
   * (reused between scans).
   */
  readonly trackedStarts: number[] = [];
  /** After `scan`: the text holds an underscore (a word character that is not a letter or digit). */
  sawUnderscore = false;
  /** After `scan`: the text holds a double quotation mark (" “ ”). */
  sawQuote = false;
  /**
   * After `scan`: a hash of every code unit of the text (FNV-1a, not case-folded), so that a cache can be
   * keyed by the text without V8 hashing its characters again: the scan has them in hand.
   */
  textHash = 0;
  private readonly words = new StringTable<WordEntry>();
  /** Prefix entries by the hash of their first PREFIX_HEAD characters. */
  private readonly prefixes = new StringTable<Affix[]>();
  /** Suffix entries by their last character code (ASCII). */
  private readonly suffixes: (Affix[] | undefined)[] = new Array(128).fill(undefined);
  private readonly marks: number[][] = [[], [], []];
  /**
   * Which low bits of a finished hash some word (prefix head) has: a run whose bits are not set is in no
   * table, answered with one byte load (most runs of a sentence are in none).
   */
  private readonly wordFilter = new Uint8Array(FILTER_MASK + 1);
  private readonly prefixFilter = new Uint8Array(FILTER_MASK + 1);
  /** The same for the last three characters of suffix entries. */
  private readonly tailFilter = new Uint8Array(FILTER_MASK + 1);

  /**
   * `conditions[i]` is a list of entries; `scan` reports for each list whether any entry occurs. The words
   * of condition `tracked` (whole words only) also have their positions recorded in `trackedStarts`.
   */
  constructor(conditions: readonly (readonly string[])[], private readonly tracked = -1) {
    this.size = conditions.length;
    conditions.forEach((list, i) => {
      for (const entry of list) this.add(entry, i);
    });
    for (const key of this.words.keys) this.wordFilter[hashOf(key) & FILTER_MASK] = 1;
    for (const key of this.prefixes.keys) this.prefixFilter[hashOf(key) & FILTER_MASK] = 1;
    for (const list of this.suffixes) for (const a of list ?? []) this.tailFilter[tailSlot(packTail(a.affix))] = 1;
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
      if (body.length < PREFIX_HEAD) throw new Error(`word gate entry "${entry}": suffix shorter than ${PREFIX_HEAD}`);
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

  /**
   * Sets `present[i]` to 1 when an entry of condition i occurs in `text`, else 0; also fills
   * `trackedStarts`, `sawUnderscore` and `sawQuote`.
   *
   * One pass over the characters with a class table; the per-character work is a table load and, inside a
   * word run, one multiply of its hash, and a run goes to the tables only when a filter lets it through
   * (the earlier loop tested ranges and wrote fields per character, and looked every run up in three
   * tables: 60 -> 47 ms over the 42,000 sentences of the 1k corpus, min of 9, before the text hash).
   */
  scan(text: string, present: Uint8Array): void {
    present.fill(0);
    this.trackedStarts.length = 0;
    let underscore = false;
    let quote = false;
    let digit = false;
    let money = false;
    let percent = false;
    const n = text.length;
    let start = -1;
    let h = FNV_OFFSET;
    let head = 0;
    let tail = 0;
    const wordFilter = this.wordFilter;
    const prefixFilter = this.prefixFilter;
    const tailFilter = this.tailFilter;
    let textHash = FNV_OFFSET;
    for (let i = 0; i <= n; i++) {
      const c = i < n ? text.charCodeAt(i) : 32;
      textHash = Math.imul(textHash ^ c, FNV_PRIME);
      const k = c < 128 ? CLASS[c] : 0;
      if (k & WORD) {
        if (start < 0) {
          start = i;
          h = FNV_OFFSET;
        }
        h = Math.imul(h ^ (c | 32), FNV_PRIME);
        tail = ((tail << 7) | (c | 32)) & TAIL_MASK;
        if (i - start === PREFIX_HEAD - 1) head = h;
        if (k & DIGIT) digit = true;
        else if (c === 95) underscore = true;
        continue;
      }
      if (start >= 0) {
        // Most runs are in no table: the filters say so without a call.
        const length = i - start;
        if (wordFilter[finish(h) & FILTER_MASK] || (length >= PREFIX_HEAD && (prefixFilter[finish(head) & FILTER_MASK] || tailFilter[tailSlot(tail)]))) {
          this.endOfRun(text, start, length, h, head, present);
        }
        start = -1;
      }
      if (k & MARK) {
        if (c === 36) money = true;
        else if (c === 37) percent = true;
        else quote = true;
      } else if (c >= 128) {
        if (c === 0x20ac || c === 0xa3 || c === 0xa5) money = true;
        else if (c === 0x201c || c === 0x201d) quote = true;
      }
    }
    this.textHash = finish(textHash);
    this.sawUnderscore = underscore;
    this.sawQuote = quote;
    if (digit) this.mark(0, present);
    if (money) this.mark(1, present);
    if (percent) this.mark(2, present);
  }

  private mark(kind: number, present: Uint8Array): void {
    for (const k of this.marks[kind]) present[k] = 1;
  }

  /** `hash` and `head` are the running hashes of the whole run and of its first PREFIX_HEAD characters. */
  private endOfRun(text: string, start: number, length: number, hash: number, head: number, present: Uint8Array): void {
    const wordHash = finish(hash);
    const byWord = this.wordFilter[wordHash & FILTER_MASK] ? this.words.find(text, start, length, wordHash) : undefined;
    if (byWord) {
      for (const k of byWord.conditions) present[k] = 1;
      if (byWord.tracked) this.trackedStarts.push(start);
    }
    const headHash = length >= PREFIX_HEAD ? finish(head) : 0;
    if (length >= PREFIX_HEAD && this.prefixFilter[headHash & FILTER_MASK]) {
      const byPrefix = this.prefixes.find(text, start, PREFIX_HEAD, headHash);
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
