// The hand-written line splitter must give exactly the spans of the regex it replaced (written out below
// as the reference), on awkward text and on random lines built from the characters the pattern cares about.
import * as assert from 'node:assert/strict';
import { splitLine } from '../../../../src/core/copies/sentenceSplit';
import { rng } from '../../../../bench/corpus/generate';
import { buildEvalCorpus } from '../../../eval/copies/corpus';

const ABBREVIATIONS = new Set(
  ('mr mrs ms dr prof sen rep gov gen col lt sgt capt cmdr adm st jr sr inc corp ltd co vs etc jan feb mar apr jun jul ' +
    'aug sep sept oct nov dec no nos fig approx dept est mt ft u.s u.k u.n e.g i.e a.m p.m').split(' '),
);

function referenceSplit(text: string): [number, number][] {
  const boundary = /[.!?]+["'”’)\]]*(?=\s+["'“‘(\[]?[\p{Lu}\p{N}])/gu;
  const spans: [number, number][] = [];
  const push = (start: number, end: number) => {
    while (start < end && /\s/.test(text[start])) start++;
    while (end > start && /\s/.test(text[end - 1])) end--;
    if (end > start) spans.push([start, end]);
  };
  let start = 0;
  for (let m = boundary.exec(text); m; m = boundary.exec(text)) {
    if (m[0][0] === '.') {
      let from = m.index;
      while (from > start && /[\p{L}.]/u.test(text[from - 1])) from--;
      const word = text.slice(from, m.index).toLowerCase();
      if (/^\p{L}$/u.test(word) || ABBREVIATIONS.has(word.replace(/\.$/, ''))) continue;
    }
    push(start, m.index + m[0].length);
    start = m.index + m[0].length;
  }
  push(start, text.length);
  return spans;
}

const AWKWARD = [
  'He left. “We are done,” she said. Then it rained!',
  'Dr. Ana Ruiz met J. K. Brandt on Jan. 4 in Tessin. They talked.',
  'Wait... What?! (Really.) [Yes.] 12 more. ‘Quoted.’ “Open',
  'Ends with U.S. Officials said. Approx. 40 came. approximately. Then İstanbul. Ölüm. ÉTÉ.',
  'Stops\u00a0before\u2003spaces.\u2003Next one.\u00a0“Quote” follows. 𝐀stral capital. 𝟓 digit.',
  '  Leading and trailing spaces.   Second sentence.  ',
  'No boundary here', '', '.', '. A', '?!"” B', 'a.b. C.d. E',
];

describe('copies/sentenceSplit equals the boundary regex', () => {
  it('on awkward lines', () => {
    for (const line of AWKWARD) assert.deepEqual(splitLine(line), referenceSplit(line), JSON.stringify(line));
  });

  it('on every line of the copies eval corpus', () => {
    for (const d of buildEvalCorpus()) for (const line of d.text.split('\n')) assert.deepEqual(splitLine(line), referenceSplit(line), JSON.stringify(line));
  });

  it('on 20,000 random lines of boundary characters', () => {
    const alphabet = ['.', '.', '!', '?', ' ', ' ', '\u00a0', '"', "'", '”', '’', '“', '‘', '(', ')', '[', ']', 'A', 'a', 'J', 'Dr', 'dr', 'U.S', 'no', 'İ', 'é', 'Ü', '7', '𝐀', '\t', 'x'];
    const r = rng(42);
    for (let k = 0; k < 20_000; k++) {
      let line = '';
      for (let n = Math.floor(r() * 30); n > 0; n--) line += alphabet[Math.floor(r() * alphabet.length)];
      assert.deepEqual(splitLine(line), referenceSplit(line), JSON.stringify(line));
    }
  });
});
