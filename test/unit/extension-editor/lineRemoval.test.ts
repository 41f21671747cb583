import * as assert from 'node:assert/strict';
import { applyLineRemoval, planLineRemoval } from '../../../src/extension/edits/lineRemoval';

function remove(text: string, lineNumbers: number[]): string {
  const lines = text.split('\n');
  return applyLineRemoval(lines, planLineRemoval(lines, lineNumbers));
}

describe('planLineRemoval (whole-line removal with tidy paragraph spacing)', () => {
  const table: { name: string; text: string; remove: number[]; expect: string }[] = [
    { name: 'nothing to remove', text: 'A.\n\nB.\n', remove: [], expect: 'A.\n\nB.\n' },
    { name: 'a line inside a paragraph', text: 'A.\nShare this\nB.\n', remove: [1], expect: 'A.\nB.\n' },
    { name: 'a paragraph between two paragraphs keeps one blank line', text: 'A.\n\nShare this\n\nB.\n', remove: [2], expect: 'A.\n\nB.\n' },
    { name: 'wider gaps keep the widest original gap', text: 'A.\n\nMenu\n\n\nB.\n', remove: [2], expect: 'A.\n\n\nB.\n' },
    { name: 'chrome at the top leaves no leading blank line', text: 'Home | World\n\nA.\n', remove: [0], expect: 'A.\n' },
    { name: 'chrome at the end leaves no trailing blank lines', text: 'A.\n\nLeave a Reply\n', remove: [2], expect: 'A.\n' },
    { name: 'chrome at the end without final line break', text: 'A.\n\nLeave a Reply', remove: [2], expect: 'A.' },
    { name: 'several separated chrome lines in one edit', text: 'Menu\n\nA.\n\nAd Choices\n\nB.\n\nLeave a Reply\nBe the first to comment\n', remove: [0, 4, 8, 9], expect: 'A.\n\nB.\n' },
    { name: 'everything removed', text: 'Menu\nLeave a Reply', remove: [0, 1], expect: '' },
    { name: 'out-of-range lines are ignored', text: 'A.\n', remove: [7, -1], expect: 'A.\n' },
    { name: 'blank lines far from the removal are untouched', text: 'A.\n\n\nB.\nMenu\nC.\n', remove: [4], expect: 'A.\n\n\nB.\nC.\n' },
  ];
  for (const c of table) {
    it(c.name, () => assert.equal(remove(c.text, c.remove), c.expect));
  }

  it('never deletes a line that was not asked for unless it is blank', () => {
    const text = 'Home\n\nFirst paragraph.\n\nShare\nSecond paragraph.\n\n\nFooter\n';
    const lines = text.split('\n');
    const result = applyLineRemoval(lines, planLineRemoval(lines, [0, 4, 8]));
    assert.deepEqual(
      result.split('\n').filter((l) => l.trim()),
      ['First paragraph.', 'Second paragraph.'],
    );
  });

  it('works on CRLF texts (ranges are line-based)', () => {
    const lines = 'A.\r\n\r\nMenu\r\n\r\nB.\r\n'.split('\r\n');
    assert.equal(applyLineRemoval(lines, planLineRemoval(lines, [2]), '\r\n'), 'A.\r\n\r\nB.\r\n');
  });

  it('returns non-overlapping ranges in document order', () => {
    const lines = 'a\nMenu\nb\n\nMenu\n\nc\nMenu'.split('\n');
    const ranges = planLineRemoval(lines, [1, 4, 7]);
    for (let i = 1; i < ranges.length; i++) {
      const prev = ranges[i - 1].end;
      const cur = ranges[i].start;
      assert.ok(prev.line < cur.line || (prev.line === cur.line && prev.character <= cur.character));
    }
  });
});
