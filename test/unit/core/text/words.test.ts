import * as assert from 'node:assert/strict';
import { countWords } from '../../../../src/core/text/words';
import { rng } from '../../../../bench/corpus/generate'; // deterministic (mulberry32), so a failure can be replayed

/** The definition countWords implements (it used to be DocumentText.wordCount itself). */
const WORD_REGEX = /[\p{L}\p{N}]+(?:(?:['’\-]|(?<=\d)[.,](?=\d))[\p{L}\p{N}]+)*/gu;
const byRegex = (text: string): number => text.match(WORD_REGEX)?.length ?? 0;

// Joiners, digits, letters of several scripts, numbers outside ASCII (², ½, Ⅻ, ٣), astral letters and
// digits (𝐀, 𝟙), an astral symbol (😀), lone surrogates and spaces of several kinds.
const ALPHABET = [
  'a', 'Z', 'é', 'ß', 'Ж', 'λ', '中', 'ª', '1', '9', '²', '½', 'Ⅻ', '٣', '𝐀', '𝟙', '😀',
  "'", '’', '-', '.', ',', ':', ' ', ' ', '\n', '\u00a0', '“', '”', '—', '\ud800', '\udc00',
];

describe('countWords', () => {
  const cases: [string, number][] = [
    ['', 0],
    ['Putin’s visit, U.S.-made arms: 1,000 shells.', 8],
    ["don't stop-gap 3.5 1,2,3 a.b 1.a a1.5", 9],
    ['-- ’ . , 5. .5 ,5', 3],
    ['x-', 1],
    ['𝐀𝐁 😀 𝟙.𝟚', 3],
  ];
  for (const [text, n] of cases) {
    it(`counts ${n} in ${JSON.stringify(text)}`, () => {
      assert.equal(byRegex(text), n, 'fixture agrees with the regex');
      assert.equal(countWords(text), n);
    });
  }

  it('agrees with the regex on 20,000 generated strings', () => {
    const r = rng(42);
    for (let k = 0; k < 20_000; k++) {
      let s = '';
      const len = Math.floor(r() * 24);
      for (let i = 0; i < len; i++) s += ALPHABET[Math.floor(r() * ALPHABET.length)];
      assert.equal(countWords(s), byRegex(s), JSON.stringify(s));
    }
  });
});
