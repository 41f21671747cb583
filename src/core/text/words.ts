// Word counting for DocumentText.wordCount: a hand-written scanner equivalent to counting the matches of
//   /[\p{L}\p{N}]+(?:(?:['’\-]|(?<=\d)[.,](?=\d))[\p{L}\p{N}]+)*/gu
// (letters and digits, joined by an apostrophe or hyphen, or by . , between two ASCII digits: "don't",
// "U.S.-made" is two words, "1,000" one). The regex allocated a match array per word and ran at ~25 MB/s
// on the 1k corpus; the scanner allocates nothing (test/unit/core/text/words.test.ts checks it against the
// regex on generated text, astral characters and lone surrogates included).

const WORD_CHAR = /^[\p{L}\p{N}]$/u;

/** Per BMP code unit: 0 = not looked up yet, 1 = letter or number, 2 = neither. Filled on first sight. */
const bmpClass = new Uint8Array(0x10000);
for (let c = 0; c < 128; c++) {
  bmpClass[c] = (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) ? 1 : 2;
}
// Lone surrogates are never letters (the u-flag regex reads a pair as one code point, handled below).
for (let c = 0xd800; c <= 0xdfff; c++) bmpClass[c] = 2;

function bmpIsWordChar(c: number): boolean {
  let k = bmpClass[c];
  if (k === 0) k = bmpClass[c] = WORD_CHAR.test(String.fromCharCode(c)) ? 1 : 2;
  return k === 1;
}

/**
 * Width in code units (1 or 2) of the letter or number at `i` (< text.length), or 0 when there is none.
 * No read goes past the end: an out-of-bounds charCodeAt makes V8 throw away the optimised scanner.
 */
function wordCharWidth(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 0xd800 || c > 0xdbff) return bmpIsWordChar(c) ? 1 : 0;
  if (i + 1 >= text.length) return 0;
  const d = text.charCodeAt(i + 1);
  if (!(d >= 0xdc00 && d <= 0xdfff)) return 0;
  return WORD_CHAR.test(text.slice(i, i + 2)) ? 2 : 0;
}

const isAsciiDigit = (c: number): boolean => c >= 48 && c <= 57;

/** Number of words in `text` (see the regex above). */
export function countWords(text: string): number {
  const len = text.length;
  let n = 0;
  let i = 0;
  while (i < len) {
    const w = wordCharWidth(text, i);
    if (w === 0) {
      i++;
      continue;
    }
    n++;
    i += w;
    while (i < len) {
      const x = wordCharWidth(text, i);
      if (x) {
        i += x;
        continue;
      }
      const c = text.charCodeAt(i);
      if (i + 1 >= len) break;
      if (c === 39 || c === 0x2019 || c === 45) {
        const y = wordCharWidth(text, i + 1);
        if (!y) break;
        i += 1 + y;
      } else if ((c === 46 || c === 44) && isAsciiDigit(text.charCodeAt(i - 1)) && isAsciiDigit(text.charCodeAt(i + 1))) {
        i += 2;
      } else break;
    }
  }
  return n;
}
