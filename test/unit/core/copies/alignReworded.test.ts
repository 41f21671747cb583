import * as assert from 'node:assert/strict';
import { DocumentText } from '../../../../src/core/text/documentText';
import { alignSentences } from '../../../../src/core/copies/align';

// An original report and a content-farm rewrite, written for this test: sentences reworded, one dropped,
// one added, the order changed.
const ORIGINAL = [
  'Bakers in Lyon raise bread prices as wheat costs climb',
  '',
  'Bakeries across Lyon raised the price of a baguette by ten cents on Monday, the bakers’ federation said.',
  'Wheat prices have risen by a quarter since January after a poor harvest in the east.',
  'Market analysts say the price of flour could double again if the spring rains fail.',
  'Several small bakeries have already closed, the federation added.',
].join('\n');
const COPY = [
  'Bread gets dearer in Lyon',
  '',
  'The price of a baguette in Lyon went up by ten cents on Monday.',
  'Experts believe the price of flour will double again if the spring rains fail.',
  'This is a disaster for families.',
  'Since January wheat prices have risen by a quarter after the poor harvest in the east.',
].join('\n');

describe('copies: alignment of reworded sentences', () => {
  const al = alignSentences(new DocumentText(COPY), new DocumentText(ORIGINAL));
  const text = (side: 'copy' | 'original', i: number) => al[side][i].text;
  const pairs = al.units.map((u) => [u.copy.map((i) => text('copy', i)).join(' '), u.original.map((i) => text('original', i)).join(' ')]);
  const TABLE: [string, string][] = [
    ['Experts believe the price of flour', 'Market analysts say the price of flour'],
    ['Since January wheat prices', 'Wheat prices have risen'],
    ['The price of a baguette', 'Bakeries across Lyon raised'],
  ];
  for (const [copy, original] of TABLE) {
    it(`aligns “${copy}…” with “${original}…”`, () => {
      const unit = pairs.find(([c]) => c.startsWith(copy));
      assert.ok(unit, `no unit for ${copy}: ${JSON.stringify(pairs)}`);
      assert.ok(unit[1].startsWith(original), unit[1]);
    });
  }
  it('leaves the added sentence and the dropped one unaligned', () => {
    const added = al.added.map((i) => text('copy', i));
    assert.ok(added.includes('This is a disaster for families.'), JSON.stringify(added));
    assert.ok(!added.some((t) => t.startsWith('Experts')), JSON.stringify(added));
    assert.ok(al.dropped.map((i) => text('original', i)).some((t) => t.startsWith('Several small bakeries')));
  });
});
