import * as assert from 'node:assert/strict';
import { DocumentText } from '../../../../src/core/text/documentText';
import { extractMetadata } from '../../../../src/core/boilerplate/metadata';

const P1 = 'The council voted on Tuesday to repair the bridge, which has been closed to trucks since the autumn.';

describe('extractMetadata', () => {
  it('takes source URL, byline, split timestamp and title from a lite news page', () => {
    const doc = new DocumentText(
      `Source: https://lite.example.com/2025/03/09/politics/runoff/index.html\n\nIncumbent mayor wins runoff by fewer than 300 votes\n\n\n  By Sam Oduya and Rita Holm, Example News\n \nUpdated: \n        10:02 PM EST, Sun March 9, 2025\n     \n  Source: Example News\n \n  ${P1}\n`,
    );
    assert.deepEqual(extractMetadata(doc), {
      source: 'https://lite.example.com/2025/03/09/politics/runoff/index.html',
      title: 'Incumbent mayor wins runoff by fewer than 300 votes',
      byline: 'Sam Oduya and Rita Holm, Example News',
      date: '10:02 PM EST, Sun March 9, 2025',
    });
  });

  it('prefers a date with a year and falls back to a source credit', () => {
    const doc = new DocumentText(`Source: Example Wire\n2 hours ago\nPublished: May 5, 2025 at 5:00 a.m.\n\n${P1}\n`);
    const m = extractMetadata(doc);
    assert.equal(m.source, 'Example Wire');
    assert.equal(m.date, 'May 5, 2025 at 5:00 a.m.');
  });

  it('takes a bare name right above a timestamp as the byline, but not a headline', () => {
    const doc = new DocumentText(`Central bank holds rates steady, signals cut later this year\n\nEllen Park\nWed, June 18, 2025, 2:05 PM EDT\n\n${P1}\n`);
    const m = extractMetadata(doc);
    assert.equal(m.byline, 'Ellen Park');
    assert.equal(m.title, 'Central bank holds rates steady, signals cut later this year');
  });

  it('keeps the report key order and adds no empty fields (fallback source and date come last)', () => {
    const doc = new DocumentText(`Source: Example Wire\n2 hours ago\n\n${P1}\n`);
    assert.equal(JSON.stringify(extractMetadata(doc)), '{"source":"Example Wire","date":"2 hours ago"}');
    const titled = new DocumentText(`Harbour ferry terminal to open late\n\nBy Lena Cho\n\n${P1}\n${P1}\n`);
    const m = extractMetadata(titled);
    assert.deepEqual(Object.keys(m), Object.keys(m).filter((k) => m[k as keyof typeof m] !== undefined));
    assert.ok(!('source' in m) && !('date' in m), JSON.stringify(m));
  });

  it('returns nothing for plain prose', () => {
    assert.deepEqual(extractMetadata(new DocumentText(`${P1}\n`)), {});
  });
});
