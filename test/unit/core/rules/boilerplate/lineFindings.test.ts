import * as assert from 'node:assert/strict';
import { DocumentText } from '../../../../../src/core/text/documentText';
import { pageChromeRule } from '../../../../../src/core/rules/boilerplate/pageChrome';
import { provenanceRule } from '../../../../../src/core/rules/boilerplate/provenance';
import type { RuleContext } from '../../../../../src/core/rules/rule';

const P1 = 'The harbour authority said on Tuesday that the new ferry terminal would open two months later than planned.';
const P2 = 'Officials blamed delays in steel deliveries and said the budget had not changed since the spring review.';
const ctx = (): RuleContext => ({ options: {}, severity: 'warning' }) as RuleContext;

// findingsForRule shows the flagged text with white space runs as one space; the text it reports is the
// document's own. The message is built without a regex replace when there is nothing to collapse.
describe('findingsForRule text and message', () => {
  it('quotes a line with tabs and double spaces collapsed, and reports the exact text', () => {
    const doc = new DocumentText(`Share  this\tarticle\n\n${P1}\n\n${P2}\n`);
    const [f] = pageChromeRule.check(doc, ctx());
    assert.equal(f.text, 'Share  this\tarticle');
    assert.ok(f.message.includes('"Share this article"'), f.message);
    assert.deepEqual(f.range, { start: { line: 0, character: 0 }, end: { line: 0, character: 19 } });
  });

  it('quotes a plain line as it is', () => {
    const doc = new DocumentText(`Skip to main content\n\n${P1}\n\n${P2}\n`);
    const [f] = pageChromeRule.check(doc, ctx());
    assert.ok(f.message.includes('"Skip to main content"'), f.message);
  });

  it('covers a grouped label and timestamp with one finding whose message joins the lines', () => {
    const doc = new DocumentText(`Updated:\n  10:02 PM EST, Sun March 9, 2025\n\n${P1}\n\n${P2}\n`);
    const found = provenanceRule.check(doc, ctx());
    assert.equal(found.length, 1);
    assert.equal(found[0].text, 'Updated:\n  10:02 PM EST, Sun March 9, 2025');
    assert.ok(found[0].message.includes('"Updated: 10:02 PM EST, Sun March 9, 2025"'), found[0].message);
    assert.deepEqual(found[0].data?.removeLines, [0, 1]);
    assert.ok(!('templateCount' in found[0].data!), 'no corpus: no template count');
  });
});
