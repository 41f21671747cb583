import * as assert from 'node:assert/strict';
import { DocumentText } from '../../../../src/core/text/documentText';
import { hashLine } from '../../../../src/core/text/hash';
import {
  applyLineRemoval,
  lineSpansToDeletions,
  planBoilerplateRemoval,
  planLineRemoval,
  removeTemplateLine,
} from '../../../../src/core/boilerplate/removal';
import { boilerplateRules } from '../../../../src/core/rules/boilerplate';
import type { RuleFinding } from '../../../../src/core/rules/rule';

const P1 = 'The council voted on Tuesday to repair the bridge, which has been closed to trucks since the autumn.';
const P2 = 'Engineers said the work would take about four months and should be finished before the winter.';
const P3 = 'Residents who commute across the river said they were relieved that the long detour would end soon.';

function remove(text: string, lines: number[]): string {
  const doc = new DocumentText(text);
  return applyLineRemoval(doc, planLineRemoval(doc, lines));
}

function allFindings(doc: DocumentText): (RuleFinding & { rule: string; category: string })[] {
  return boilerplateRules.flatMap((r) => r.check(doc, { options: {}, severity: r.defaultSeverity }).map((f) => ({ ...f, rule: r.id, category: r.category })));
}

describe('boilerplate removal', () => {
  it('keeps one blank line between paragraphs when a line between them goes', () => {
    assert.equal(remove(`${P1}\n\nShare this story\n\n${P2}\n`, [2]), `${P1}\n\n${P2}\n`);
  });

  it('leaves no blank run longer than one where the removal touches it', () => {
    assert.equal(remove(`${P1}\n\n\nAdvertisement\n\n\n${P2}\n`, [3]), `${P1}\n\n${P2}\n`);
  });

  it('does not touch blank runs far from the removal', () => {
    assert.equal(remove(`${P1}\n\n\n${P2}\n\nRead more\n\n${P3}\n`, [5]), `${P1}\n\n\n${P2}\n\n${P3}\n`);
  });

  it('creates no leading blank lines when the top lines go', () => {
    assert.equal(remove(`Menu\nSearch\n\n${P1}\n`, [0, 1]), `${P1}\n`);
  });

  it('creates no trailing blank lines and keeps the final line break', () => {
    assert.equal(remove(`${P1}\n\nTerms of Use\n\nPrivacy Policy\n`, [2, 4]), `${P1}\n`);
  });

  it('handles a last line without a line break', () => {
    assert.equal(remove(`${P1}\n\nCookie Settings`, [2]), P1);
  });

  it('handles CRLF line endings', () => {
    assert.equal(remove(`${P1}\r\n\r\nSubscribe\r\n\r\n${P2}\r\n`, [2]), `${P1}\r\n\r\n${P2}\r\n`);
  });

  it('turns spans into offsets that delete whole lines', () => {
    const doc = new DocumentText(`A\nB\nC\n`);
    assert.deepEqual(lineSpansToDeletions(doc, [[1, 1]]), [{ start: 2, end: 4 }]);
  });

  it('removes every boilerplate line of a scraped page and never an article line', () => {
    const text = [
      'Skip to main content',
      'Home | Local | Sports | Opinion',
      '',
      'Bridge repairs approved after months of delay',
      '',
      'By Dana Whitcombe, Valley Courier',
      'Updated: March 4, 2025 6:15 PM',
      '',
      P1,
      '',
      'Work starts in June.',
      '',
      P2,
      '',
      'Share this story',
      '© 2025 Valley Courier. All rights reserved.',
      'Privacy Policy | Terms of Service',
      '',
    ].join('\n');
    const doc = new DocumentText(text);
    const after = applyLineRemoval(doc, planBoilerplateRemoval(doc, allFindings(doc)));
    assert.equal(
      after,
      ['Bridge repairs approved after months of delay', '', 'By Dana Whitcombe, Valley Courier', 'Updated: March 4, 2025 6:15 PM', '', P1, '', 'Work starts in June.', '', P2, ''].join('\n'),
    );
    // With metadata too, and from the classifier alone (no findings given): same article lines survive.
    const withMeta = applyLineRemoval(doc, planBoilerplateRemoval(doc, undefined, { includeMetadata: true }));
    assert.equal(withMeta, ['Bridge repairs approved after months of delay', '', P1, '', 'Work starts in June.', '', P2, ''].join('\n'));
  });

  it('refuses to delete a content line even when a finding names it', () => {
    const doc = new DocumentText(`${P1}\n\n${P2}\n`);
    const fake: RuleFinding & { rule: string; category: 'boilerplate' } = {
      rule: 'boilerplate/page-chrome',
      category: 'boilerplate',
      message: 'x',
      range: doc.lineRange(0),
      text: P1,
      data: { removeLines: [0, 0] },
    };
    assert.deepEqual(planBoilerplateRemoval(doc, [fake]), []);
  });

  it('removes one template line from a document by hash, with tidy spacing', () => {
    const text = `${P1}\n\nThe Valley Courier - local news since 1921\n\n${P2}\n`;
    const r = removeTemplateLine(text, hashLine('the valley courier - LOCAL news since 1921'));
    assert.equal(r.removed, 1);
    assert.equal(r.text, `${P1}\n\n${P2}\n`);
    assert.equal(removeTemplateLine(text, hashLine('not there')).removed, 0);
  });
});
