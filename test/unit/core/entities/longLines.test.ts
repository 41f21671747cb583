import * as assert from 'node:assert/strict';
import { DocumentText } from '../../../../src/core/text/documentText';
import { MAX_ENTITY_LINE_LENGTH } from '../../../../src/core/entities/recognize';
import { recognizeEntities, entityNotices } from '../../../../src/core/entities';
import { analyzeDocument } from '../../../../src/core/document';

const UNIT = '“We will not give up,” said dockers’ leader Anna Kowalczyk. The port board met in Gdansk on Monday. ';
const repeat = (length: number): string => UNIT.repeat(Math.ceil(length / UNIT.length)).slice(0, length);
const ARTICLE = 'Port strike enters second week\n\nThe harbour workers’ union said talks with the port board had failed, spokesman Tomas Berg told reporters in Rotterdam.\n';

describe('entities: very long lines', () => {
  const cases: { name: string; longLine: number; skipped: boolean }[] = [
    { name: 'a line just under the limit is read', longLine: MAX_ENTITY_LINE_LENGTH - 100, skipped: false },
    { name: 'a line over the limit is skipped with a notice', longLine: MAX_ENTITY_LINE_LENGTH + 100, skipped: true },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const doc = new DocumentText(`${ARTICLE}\n${repeat(c.longLine)}\n`);
      const names = recognizeEntities(doc).map((e) => e.name);
      assert.ok(names.includes('Tomas Berg'), `the ordinary paragraph is still read: ${names.join(', ')}`);
      assert.equal(names.includes('Anna Kowalczyk'), !c.skipped);
      const notices = entityNotices(doc);
      assert.equal(notices.length, c.skipped ? 1 : 0);
      if (c.skipped) assert.match(notices[0], /line 5\b/);
    });
  }

  it('the document report carries the notice', () => {
    const report = analyzeDocument(`${ARTICLE}\n${repeat(MAX_ENTITY_LINE_LENGTH + 1)}\n`);
    assert.ok(report.notices.some((n) => n.startsWith('Entities:') && n.includes(String(MAX_ENTITY_LINE_LENGTH))), report.notices.join(' | '));
  });

  it('a line near the limit with hundreds of names takes well under a second', () => {
    const doc = new DocumentText(repeat(MAX_ENTITY_LINE_LENGTH - 1));
    const start = process.cpuUsage();
    recognizeEntities(doc);
    const used = process.cpuUsage(start);
    // CPU time, so a busy machine does not count; the quadratic version took several times longer on this line.
    assert.ok((used.user + used.system) / 1000 < 1500);
  });
});
