import * as assert from 'node:assert/strict';
import { commentFormRule } from '../../../../src/core/rules/boilerplate/commentForm';
import { DocumentText } from '../../../../src/core/text/documentText';
import { hashLine } from '../../../../src/core/text/hash';

describe('boilerplate/comment-form finding data', () => {
  it('carries the line hash and the lines to remove', () => {
    const doc = new DocumentText('The article ends here with a full sentence about the vote on Tuesday.\n\nLeave a Reply\n');
    const [f] = commentFormRule.check(doc, { options: {}, severity: 'warning' });
    assert.equal(f.data?.lineHash, hashLine('Leave a Reply'));
    assert.deepEqual(f.data?.removeLines, [2, 2]);
    assert.match(f.message, /comment form/i);
  });
});
