import * as assert from 'node:assert/strict';
import { DocumentText } from '../../../../src/core/text/documentText';
import { countLinesAcrossDocuments, lineHashAt, templateCandidates } from '../../../../src/core/boilerplate/templateLines';
import { hashLine } from '../../../../src/core/text/hash';

// Synthetic pages: the same site furniture around different short articles.
const page = (headline: string, body: string, extra = ''): string =>
  [
    'Skip to main content',
    'Menu',
    headline,
    '',
    body,
    '',
    'Council members are expected to vote on the revised plan at their next meeting in the spring.',
    '',
    extra,
    'Sign up for our weekly newsletter',
    'Privacy Policy | Terms of Use',
  ].join('\n');

const BODY_A =
  'The harbour authority said on Tuesday that the new ferry terminal would open two months later than planned, citing delays in steel deliveries.';
const BODY_B =
  'Residents of the eastern district packed the library hall on Monday evening to question officials about the proposed bus route changes.';

describe('countLinesAcrossDocuments', () => {
  const a = new DocumentText(page('Ferry terminal opening delayed', BODY_A, 'MENU'), 'a.txt');
  const b = new DocumentText(page('Bus route plan draws crowd', BODY_B), 'b.txt');
  const c = new DocumentText(page('Ferry terminal opening delayed', BODY_B), 'c.txt');

  it('counts each line once per document, folding case and white space as hashLine does', () => {
    const counts = countLinesAcrossDocuments([a, b, c]);
    // "Menu" and "MENU" in document a are one line for the counter: a counts once.
    assert.equal(counts.get(hashLine('Menu')), 3);
    assert.equal(counts.get(hashLine('Skip to main content')), 3);
    assert.equal(counts.get(hashLine('Ferry terminal opening delayed')), 2);
    assert.equal(counts.get(hashLine('Bus route plan draws crowd')), 1);
    // Article sentences are never template candidates, however often they repeat.
    assert.equal(counts.get(hashLine(BODY_B)), undefined);
  });

  it('lists hashes in the order of their first candidate line, as the one-document counter does', () => {
    const whole = [...countLinesAcrossDocuments([a, b, c]).keys()];
    const firstSeen: string[] = [];
    for (const d of [a, b, c]) {
      const candidates = templateCandidates(d);
      d.lines.forEach((_, i) => {
        const h = lineHashAt(d, i);
        if (candidates[i] && !firstSeen.includes(h)) firstSeen.push(h);
      });
    }
    assert.deepEqual(whole, firstSeen);
    assert.deepEqual([...countLinesAcrossDocuments([a]).keys()], firstSeen.slice(0, new Set(templateCandidates(a).flatMap((x, i) => (x ? [lineHashAt(a, i)] : []))).size));
  });
});
