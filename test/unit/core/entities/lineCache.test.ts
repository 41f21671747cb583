import * as assert from 'node:assert/strict';
import { DocumentText } from '../../../../src/core/text/documentText';
import { clearEntityCache, recognizeWithReport } from '../../../../src/core/entities/recognize';
import { prepareUserEntities } from '../../../../src/core/entities/user';

// A synthetic article written for this test: page chrome, a title-case headline, a dateline, bracketed
// acronyms used again on a later line, descriptions, speech cues and surnames resolved later.
const ARTICLE = [
  'Home | World | Business | Sign in',
  'Harbour Talks Stall As Coastal Alliance Walks Out',
  'By Lena Marsh, Reuters',
  '',
  'VALDORA (Reuters) - Coastal Alliance negotiator Petra Kowal said on Tuesday that talks with the Maritime Trade Authority (MTA) had stalled.',
  'The Valdora Harbour Group (VHG) and the Liberation Front of Kelmar (LFK) backed her.',
  'Kowal told reporters in Port Elsa that VHG staff and LFK fighters had left.',
  'Prime Minister Ruben Astor, speaking in Valdora, said the Ruritanian leader would meet the MTA next week.',
  'Astor added that the South Korean intelligence briefing was "routine", according to spokesperson Dana Lee.',
  '',
  'Share this article | Advertisement',
].join('\n');

const cold = (text: string, user?: ReturnType<typeof prepareUserEntities>) => {
  clearEntityCache();
  return recognizeWithReport(new DocumentText(text, 'a.txt'), { user });
};
const warm = (text: string, user?: ReturnType<typeof prepareUserEntities>) => recognizeWithReport(new DocumentText(text, 'a.txt'), { user });

describe('entities: per-line cache', () => {
  it('finds entities in the test article (the comparison below is not between two empty results)', () => {
    const names = cold(ARTICLE).entities.map((e) => e.name);
    for (const n of ['Petra Kowal', 'Ruben Astor', 'Valdora Harbour Group', 'Liberation Front of Kelmar']) assert.ok(names.includes(n), `${n} in ${names.join(', ')}`);
  });

  it('mentions placed from cached lines point at their text in the document (lines moved by an insertion)', () => {
    cold(ARTICLE);
    const moved = ['Correction appended Wednesday.', '', ARTICLE].join('\n');
    const doc = new DocumentText(moved, 'a.txt');
    const mentions = recognizeWithReport(doc).entities.flatMap((e) => e.mentions);
    assert.ok(mentions.length > 10);
    for (const m of mentions) assert.equal(doc.text.slice(doc.offsetAt(m.range.start), doc.offsetAt(m.range.end)), m.text);
  });

  it('a cached run equals a cold run, repeatedly (cached mentions are not changed by resolution)', () => {
    const expected = cold(ARTICLE);
    assert.deepEqual(warm(ARTICLE), expected);
    assert.deepEqual(warm(ARTICLE), expected);
  });

  it('after edits (one character, an inserted line, a removed line) the cached run equals a cold run', () => {
    const lines = ARTICLE.split('\n');
    const edits = [
      lines.map((l, i) => (i === 7 ? l.replace('Ruben', 'Rubin') : l)).join('\n'),
      [lines[0], 'Correction appended Wednesday by Lena Marsh.', ...lines.slice(1)].join('\n'),
      lines.filter((_, i) => i !== 5).join('\n'),
      lines.map((l, i) => (i === 1 ? l.toLowerCase() : l)).join('\n'),
    ];
    for (const text of edits) {
      warm(ARTICLE);
      const cached = warm(text);
      assert.deepEqual(cached, cold(text));
    }
  });

  it('a line read as metadata (byline) is cached apart from the same text read as article text', () => {
    const asText = () => recognizeWithReport(new DocumentText(ARTICLE, 'a.txt'), { everyLine: true });
    clearEntityCache();
    const expected = asText();
    assert.ok(expected.entities.some((e) => e.name === 'Lena Marsh'));
    cold(ARTICLE);
    assert.deepEqual(asText(), expected);
  });

  it('after more distinct lines than the cache holds, cached and cold runs still agree', () => {
    // 10,000 distinct lines pass through both cache generations (each holds 4,096), so the article's lines
    // are dropped, or moved from the old generation to the young one, on the way.
    const filler = Array.from({ length: 10_000 }, (_, i) => `Inspector Mara Quill${i % 7} met the Harbour Board on day ${i}.`).join('\n');
    const expected = cold(ARTICLE);
    assert.deepEqual(warm(`${ARTICLE}\n${filler}`), cold(`${ARTICLE}\n${filler}`));
    assert.deepEqual(warm(ARTICLE), expected);
    warm(filler.split('\n').slice(0, 5000).join('\n'));
    assert.deepEqual(warm(ARTICLE), expected);
  });

  it('with user entities, a cached run equals a cold run', () => {
    const user = prepareUserEntities({ entities: [{ name: 'port elsa', type: 'location' }] });
    const expected = cold(ARTICLE, user);
    assert.deepEqual(warm(ARTICLE), cold(ARTICLE));
    assert.deepEqual(warm(ARTICLE, user), expected);
  });
  it('mention copies reused from an earlier document carry none of its resolution (keys, surnames, roles)', () => {
    // Placed twice, a line keeps its copies for the next document; in ARTICLE "Kowal" is Petra Kowal and
    // "the Ruritanian leader" gives Ruben Astor a role. On their own these lines must read as they do cold.
    const lines = ARTICLE.split('\n');
    const alone = [lines[6], lines[7]].join('\n');
    const expectedAlone = cold(alone);
    assert.ok(!expectedAlone.entities.some((e) => e.name === 'Petra Kowal'));
    const expected = cold(ARTICLE);
    warm(ARTICLE);
    warm(ARTICLE);
    assert.deepEqual(warm(alone), expectedAlone);
    assert.deepEqual(warm(ARTICLE), expected);
    assert.deepEqual(warm(alone), expectedAlone);
  });

  it('a role given by a description in one document does not stay with the reused mention', () => {
    const named = 'Minister Ruben Astor spoke in Valdora on Monday.';
    const withDescription = `${named}\nLater the South Korean leader left the harbour.`;
    const roleOfAstor = (r: ReturnType<typeof cold>) => r.entities.find((e) => e.name === 'Ruben Astor')?.roles ?? [];
    const expected = cold(named);
    assert.ok(roleOfAstor(cold(withDescription)).includes('South Korean leader'), 'the description names Astor');
    warm(withDescription);
    warm(withDescription);
    assert.deepEqual(warm(named), expected);
    assert.ok(!roleOfAstor(warm(named)).includes('South Korean leader'));
  });

  it('a line that appears twice in one document is placed twice, also once its copies are kept', () => {
    const lines = ARTICLE.split('\n');
    const twice = [...lines, lines[6], lines[4]].join('\n');
    const expected = cold(twice);
    const kowal = expected.entities.find((e) => e.name === 'Petra Kowal');
    assert.ok(kowal && kowal.mentions.length >= 3, 'Kowal mentioned on both copies of the line');
    warm(twice);
    assert.deepEqual(warm(twice), expected);
    assert.deepEqual(warm(twice), expected);
  });
});
