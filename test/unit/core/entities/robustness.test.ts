import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { DocumentText } from '../../../../src/core/text/documentText';
import { recognize } from '../../../../src/core/entities/recognize';

// Word-shaped fragments that stress the span rules: titles, connectors, acronyms, shouting, possessives,
// quotes, hyphens, initials, products, places, first names.
const PIECES = [
  'President', 'Foreign', 'Minister', 'of', 'the', 'for', 'and', 'de', 'von', 'der', 'KCNA', 'NATO', 'BATTLING', 'ROBOTS',
  'Putin’s', 'Kim', 'Jong', 'Un', '“Make', 'go.”', 'Day-by-day', 'NBA-leading', 'J.', 'U.S.', 'Pro', 'Lite', 'Moscow',
  'New', 'York', 'Agency', '(KCNA)', '(', ')', ',', '.', 'said', 'Mary', 'Denver', 'Comets', 'I’m', 'Hurricane', 'Ministry',
  'Gen.', 'Mr.', 'St.', 'Thomas', '—', 'the', 'Korean', 'North', 'leader', 'spokesperson', 'Peskov', 'according', 'to', '\n',
];

describe('entities: robustness', () => {
  it('never throws and returns mentions whose text matches the document', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 60 }), fc.array(fc.constantFrom(' ', '', '  '), { maxLength: 60 }), (words, gaps) => {
        const text = words.map((w, i) => w + (gaps[i] ?? ' ')).join('');
        const doc = new DocumentText(text);
        for (const e of recognize(doc, { everyLine: true })) {
          assert.ok(e.id.includes(':'));
          for (const m of e.mentions) assert.equal(doc.textOf(m.range), m.text);
        }
      }),
      { numRuns: 400 },
    );
  });
});
