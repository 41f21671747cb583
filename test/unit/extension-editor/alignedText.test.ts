import * as assert from 'node:assert/strict';
import { alignedRows, alignedTexts } from '../../../src/extension/alignedText';

const s = (text: string, paragraph: number) => ({ text, paragraph });

describe('aligned texts for the copy diff', () => {
  const alignment = {
    original: [s('The port closed on Monday.', 0), s('Officials said talks failed.', 0), s('Trade fell by a third.', 1), s('More strikes could follow.', 2)],
    copy: [s('The port shut on Monday.', 0), s('Trade dropped by a third.', 0), s('Readers are furious.', 1), s('More strikes might follow.', 1)],
    units: [
      { original: [0], copy: [0] },
      { original: [2], copy: [1] },
      { original: [3], copy: [3] },
    ],
    dropped: [1],
    added: [2],
  };

  it('keeps aligned sentences on matching lines and dropped/added ones where they stood', () => {
    assert.deepEqual(alignedRows(alignment), [
      { original: [0], copy: [0] },
      { original: [1], copy: [] },
      { original: [2], copy: [1] },
      { original: [], copy: [2] },
      { original: [3], copy: [3] },
    ]);
  });

  it('prints one sentence per line with paragraph breaks per side', () => {
    const t = alignedTexts(alignment);
    assert.equal(t.original, 'The port closed on Monday.\nOfficials said talks failed.\n\nTrade fell by a third.\n\nMore strikes could follow.\n');
    assert.equal(t.copy, 'The port shut on Monday.\nTrade dropped by a third.\n\nReaders are furious.\nMore strikes might follow.\n');
  });

  it('joins merged sentences on one line', () => {
    const t = alignedTexts({
      original: [s('A rose.', 0), s('B fell.', 0)],
      copy: [s('A rose and B fell.', 0)],
      units: [{ original: [0, 1], copy: [0] }],
      dropped: [],
      added: [],
    });
    assert.equal(t.original, 'A rose. B fell.\n');
    assert.equal(t.copy, 'A rose and B fell.\n');
  });

  it('puts a dropped first sentence first', () => {
    const rows = alignedRows({ original: [s('Lead.', 0), s('Body.', 0)], copy: [s('Body.', 0)], units: [{ original: [1], copy: [0] }], dropped: [0], added: [] });
    assert.deepEqual(rows[0], { original: [0], copy: [] });
  });
});
