import * as assert from 'node:assert/strict';
import { DocumentText } from '../../../../src/core/text/documentText';

describe('DocumentText', () => {
  it('splits LF, CRLF and CR line endings and keeps offsets exact', () => {
    const doc = new DocumentText('a\r\nbb\rccc\nd');
    assert.deepEqual(doc.lines, ['a', 'bb', 'ccc', 'd']);
    assert.deepEqual(doc.positionAt(doc.text.indexOf('ccc')), { line: 2, character: 0 });
    assert.equal(doc.offsetAt({ line: 3, character: 1 }), doc.text.length);
  });
  it('groups non-blank lines into paragraphs', () => {
    const doc = new DocumentText('one\ntwo\n \nthree\n\n\nfour');
    assert.deepEqual(doc.paragraphs.map((p) => [p.startLine, p.endLine]), [[0, 1], [3, 3], [6, 6]]);
    assert.equal(doc.text.slice(doc.paragraphs[0].start, doc.paragraphs[0].end), 'one\ntwo');
  });
  it('counts columns in UTF-16 code units (surrogate pairs count 2)', () => {
    const doc = new DocumentText('😀 Putin');
    assert.deepEqual(doc.positionAt(doc.text.indexOf('Putin')), { line: 0, character: 3 });
  });
  it('trims line ranges', () => {
    const doc = new DocumentText('  Leave a Reply  ');
    assert.equal(doc.textOf(doc.lineRange(0)), 'Leave a Reply');
  });
  it('counts words', () => {
    assert.equal(new DocumentText('Putin’s visit, U.S.-made arms: 1,000 shells.').wordCount, 8);
  });
});
