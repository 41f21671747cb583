import * as assert from 'node:assert/strict';
import { DocumentText } from '../../../../src/core/text/documentText';
import { classifyLines, isContentLine } from '../../../../src/core/boilerplate/classify';
import { lineFeatures } from '../../../../src/core/boilerplate/features';
import { isTimestamp, matchMetadataLine } from '../../../../src/core/boilerplate/metadataLines';
import { matchLexicon } from '../../../../src/core/boilerplate/lexicon';

const P1 = 'The council voted on Tuesday to repair the bridge, which has been closed to trucks since the autumn.';
const P2 = 'Engineers said the work would take about four months and should be finished before the winter.';

describe('classifyLines', () => {
  it('is memoised per document', () => {
    const doc = new DocumentText(`${P1}\n`);
    assert.equal(classifyLines(doc), classifyLines(doc));
  });

  it('gives one verdict per line, with the rule that claims furniture', () => {
    const doc = new DocumentText(`Menu\n\n${P1}\n\n${P2}\n\nPrivacy Policy\n`);
    const c = classifyLines(doc);
    assert.equal(c.length, doc.lineCount);
    assert.deepEqual(c.map((x) => x.kind), ['boilerplate', 'blank', 'content', 'blank', 'content', 'blank', 'boilerplate', 'blank']);
    assert.equal(c[6].rule, 'boilerplate/legal');
    assert.equal(isContentLine(doc, 2), true);
    assert.equal(isContentLine(doc, 6), false);
    assert.equal(isContentLine(doc, 99), false);
  });

  it('keeps a short line between paragraphs and flags a run of short lines at the top', () => {
    const doc = new DocumentText(`Gardening\nRecipes\nTravel\n\n${P1}\n\nIt was not.\n\n${P2}\n`);
    const kinds = classifyLines(doc).map((c) => c.kind);
    assert.deepEqual(kinds.slice(0, 3), ['boilerplate', 'boilerplate', 'boilerplate']);
    assert.equal(kinds[6], 'content');
  });

  it('marks the headline as content and title', () => {
    const doc = new DocumentText(`Home\nNews\n\nBridge repairs approved after months of delay\n\nBy Dana Whitcombe\n\n${P1}\n\n${P2}\n`);
    const c = classifyLines(doc);
    assert.equal(c[3].kind, 'content');
    assert.equal(c[3].title, true);
  });

  it('stays quiet on non-English text except for symbols and known phrases', () => {
    const doc = new DocumentText(
      'Inicio\nDeportes\n\nEl pleno municipal aprobó este jueves la construcción de doce kilómetros de nuevos carriles bici en el centro de la ciudad.\n\nLos comerciantes temen perder plazas de aparcamiento.\n\n---\nPrivacy Policy\n',
    );
    const c = classifyLines(doc);
    assert.deepEqual(
      c.map((x) => x.kind),
      ['content', 'content', 'blank', 'content', 'blank', 'content', 'blank', 'boilerplate', 'boilerplate', 'blank'],
    );
  });
});

describe('line features', () => {
  it('reads sentence endings, stopwords, bullets and URLs', () => {
    const f = lineFeatures('  * The vote was held on Tuesday in the town hall.');
    assert.equal(f.bullet, true);
    assert.equal(f.endsSentence, true);
    assert.equal(f.words, 10);
    assert.ok(f.stopwordRatio > 0.3);
    assert.ok(lineFeatures('https://example.com/a/b/c').urlRatio > 0.9);
    assert.equal(lineFeatures('| | |').letterRatio, 0);
  });
});

describe('metadata line patterns', () => {
  it('recognises timestamps', () => {
    for (const t of ['11:36 PM EST, Sun January 21, 2024', '2019-11-18', 'Nov. 18, 2019 10:04 AM ET', '3 hours ago', '21/06/2014'])
      assert.ok(isTimestamp(t), t);
    for (const t of ['at the end of the day', 'May the best team win', 'Opening Bell']) assert.ok(!isTimestamp(t), t);
  });

  it('recognises source, byline and date lines', () => {
    assert.deepEqual(matchMetadataLine('Source: https://a.example/x'), { kind: 'source', value: 'https://a.example/x' });
    assert.deepEqual(matchMetadataLine('By Jane Roe and John Doe, Example News'), { kind: 'byline', value: 'Jane Roe and John Doe, Example News' });
    assert.deepEqual(matchMetadataLine('Updated:'), { kind: 'date-label', value: '' });
    assert.equal(matchMetadataLine('By the time they arrived, the river had risen.'), undefined);
  });
});

describe('lexicon', () => {
  it('matches whole lines and menus, not phrases inside sentences', () => {
    assert.equal(matchLexicon('Terms of Use | Privacy Policy | Contact us')?.category, 'legal');
    assert.equal(matchLexicon('Be the first to comment')?.category, 'comment-form');
    assert.equal(matchLexicon('Share this article')?.category, 'page-chrome');
    assert.equal(matchLexicon('She promised to share this article with the committee before the vote.'), undefined);
  });
});

describe('classifyLines on documents without article prose', () => {
  it('does not call a lone short sentence or a bare list page chrome', () => {
    for (const text of ['Officials said the plan was approved.\n', 'Eggs\nFlour\nSugar\n', 'Bridge repairs approved after months of delay\n']) {
      const c = classifyLines(new DocumentText(text));
      assert.ok(c.every((x) => x.kind !== 'boilerplate'), text);
    }
  });

  it('still flags known furniture there', () => {
    const c = classifyLines(new DocumentText('Officials said the plan was approved.\nLeave a Reply\n'));
    assert.equal(c[1].rule, 'boilerplate/comment-form');
  });
});

describe('classifyLines on short documents', () => {
  const kinds = (text: string) => classifyLines(new DocumentText(text)).map((c) => c.kind);
  const content: [string, string][] = [
    ['one sentence that mentions a newsletter', 'The newsletter, which has 20,000 subscribers, will close at the end of the year, its founder said.\n'],
    ['one sentence that mentions a full report', 'Click here to read the full report, which was published by the ministry on Monday.\n'],
    ['a two-word headline over one paragraph', 'Markets rally\nShares in London rose 2% on Friday as investors welcomed the lower inflation figures.\n'],
    ['a headline over a paragraph the phrase lists claim', 'Ferry timetable changes\n\nThe newsletter, which has 20,000 subscribers, will close at the end of the year, its founder said.\nIt will stop on 31 December.\n'],
  ];
  for (const [name, text] of content) {
    it(`keeps ${name} as content`, () => {
      assert.deepEqual(kinds(text).filter((k) => k !== 'blank' && k !== 'content'), [], text);
    });
  }

  const flagged: [string, string, number, string][] = [
    ['share buttons over a sentence', 'Share this article\nThe prime minister will visit Paris next week to discuss trade, his office said on Sunday.\n', 0, 'boilerplate/page-chrome'],
    ['a copyright line under a sentence', 'The prime minister will visit Paris next week to discuss trade, his office said on Sunday.\n© 2025 Example Media. All rights reserved.\n', 1, 'boilerplate/legal'],
    ['a comment prompt under a sentence', 'Officials said the plan was approved on Monday after a long debate in the council.\nLeave a Reply\n', 1, 'boilerplate/comment-form'],
  ];
  for (const [name, text, line, rule] of flagged) {
    it(`still flags ${name}`, () => {
      assert.equal(classifyLines(new DocumentText(text))[line].rule, rule);
    });
  }
});
