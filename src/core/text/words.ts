// Word counting for DocumentText.wordCount: a hand-written scanner equivalent to counting the matches of
//   /[\p{L}\p{N}]+(?:(?:['’\-]|(?<=\d)[.,](?=\d))[\p{L}\p{N}]+)*/gu
// (letters and digits, joined by an apostrophe or hyphen, or by . , between two ASCII digits: "don't",
// "U.S.-made" is two words, "1,000" one). The regex allocated a match array per word and ran at ~25 MB/s
// on the 1k corpus; the scanner allocates nothing (test/unit/core/text/words.test.ts checks it against the
// regex on generated text, astral characters and lone surrogates included).

const WORD_CHAR = /^[\p{L}\p{N}]$/u;

/** Per BMP code unit: 0 = not looked up yet, 1 = letter or number, 2 = neither, 3 = high surrogate. Filled on first sight. */
const bmpClass = new Uint8Array(0x10000);
for (let c = 0; c < 128; c++) {
  bmpClass[c] = (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) ? 1 : 2;
}
/** bmpClass of a high surrogate: a letter or number only with the low surrogate after it (see wordCharWidth). */
const HIGH_SURROGATE = 3;
// Lone surrogates are never letters (the u-flag regex reads a pair as one code point, handled below).
for (let c = 0xd800; c <= 0xdfff; c++) bmpClass[c] = c <= 0xdbff ? HIGH_SURROGATE : 2;

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

/**
 * Number of words in `text` (see the regex above). One pass with the class table read in the loop (an ASCII
 * letter costs one array read): the scanner that asked wordCharWidth for every code unit took 24 ms over the
 * 13,055 distinct lines of the generated 1k corpus, this one 18-20 (a UTF-8 byte scan after
 * TextEncoder.encodeInto was no faster).
 */
export function countWords(text: string): number {
  const len = text.length;
  let n = 0;
  let i = 0;
  while (i < len) {
    // Outside a word: skip to the next letter or number.
    let c = text.charCodeAt(i);
    let k = bmpClass[c];
    if (k !== 1) {
      if (k === 0 && bmpIsWordChar(c)) k = 1;
      else if (k !== HIGH_SURROGATE || wordCharWidth(text, i) !== 2) {
        i++;
        continue;
      }
    }
    n++;
    // Inside a word: read letters and numbers, and joiners followed by one.
    for (;;) {
      i += k === HIGH_SURROGATE ? 2 : 1;
      if (i >= len) return n;
      c = text.charCodeAt(i);
      k = bmpClass[c];
      if (k === 1) continue;
      if (k === 0 && bmpIsWordChar(c)) {
        k = 1;
        continue;
      }
      if (k === HIGH_SURROGATE && wordCharWidth(text, i) === 2) continue;
      if (i + 1 >= len) return n;
      if (c === 39 || c === 0x2019 || c === 45) {
        if (wordCharWidth(text, i + 1) === 0) break;
      } else if (!((c === 46 || c === 44) && isAsciiDigit(text.charCodeAt(i - 1)) && isAsciiDigit(text.charCodeAt(i + 1)))) break;
      k = 1; // the joiner; the letter or number after it is read next
    }
    i++;
  }
  return n;
}
