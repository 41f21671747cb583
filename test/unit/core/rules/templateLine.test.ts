import * as assert from 'node:assert/strict';
import { templateLineRule } from '../../../../src/core/rules/boilerplate/templateLine';
import { pageChromeRule } from '../../../../src/core/rules/boilerplate/pageChrome';
import { DocumentText } from '../../../../src/core/text/documentText';
import { countLinesAcrossDocuments } from '../../../../src/core/boilerplate/templateLines';
import type { Rule, RuleContext } from '../../../../src/core/rules/rule';
import { ruleTable } from '../../helpers';

// A site slogan printed between two paragraphs: alone it looks like a short line inside the article.
const SLOGAN = 'Valley Courier community desk';
const FOOTER = 'The Valley Courier - Local news for the Harlan Valley since 1921';
const SHARED_SENTENCE = 'The board said the repairs would be paid for from the county road fund over three years.';

function doc(i: number): DocumentText {
  return new DocumentText(
    `The county board met on day ${i} and discussed the repairs of the old bridge across the river at length.\n\n${SLOGAN}\n\n${SHARED_SENTENCE}\n\n${FOOTER}\n`,
    `d${i}.txt`,
  );
}

function run(rule: Rule, docs: DocumentText[], target: DocumentText, templateMinCount?: number) {
  const ctx: RuleContext = {
    options: templateMinCount ? { templateMinCount } : {},
    severity: 'warning',
    corpus: { documentCount: docs.length, lineDocumentCounts: countLinesAcrossDocuments(docs) },
  };
  return rule.check(target, ctx);
}

describe('boilerplate/template-line', () => {
  it('flags a line repeated in ≥ 3 documents, with the count', () => {
    const docs = [1, 2, 3, 4].map(doc);
    const found = run(templateLineRule, docs, docs[0]);
    assert.deepEqual(found.map((f) => f.text), [SLOGAN]);
    assert.match(found[0].message, /appears in 4 of 4 documents/);
    assert.equal(found[0].data?.templateCount, 4);
    assert.deepEqual(found[0].data?.removeLines, [2, 2]);
  });

  it('stays quiet below the minimum count, and honours the option', () => {
    const docs = [1, 2].map(doc);
    assert.deepEqual(run(templateLineRule, docs, docs[0]), []);
    assert.equal(run(templateLineRule, docs, docs[0], 2).length, 1);
  });

  it('never flags a line that reads like an article sentence, even when copies share it', () => {
    const docs = [1, 2, 3, 4, 5].map(doc);
    assert.ok(!run(templateLineRule, docs, docs[0]).some((f) => f.text === SHARED_SENTENCE));
  });

  it('leaves lines another rule claims to that rule, which then reports the count', () => {
    const docs = [1, 2, 3].map(doc);
    assert.ok(!run(templateLineRule, docs, docs[0]).some((f) => f.text === FOOTER));
    const chrome = run(pageChromeRule, docs, docs[0]).find((f) => f.text === FOOTER);
    assert.ok(chrome, 'footer is page chrome');
    assert.match(chrome.message, /appears in 3 of 3 documents/);
    assert.equal(chrome.data?.templateCount, 3);
  });

  it('does nothing without corpus facts', () => {
    assert.deepEqual(templateLineRule.check(doc(1), { options: {}, severity: 'warning' }), []);
  });
});

// Without corpus facts (a single document) the rule has nothing to count and must stay quiet.
ruleTable(templateLineRule, [
  { name: 'single document with a footer', text: `Intro line of the page\n\n${SHARED_SENTENCE}\n\n${FOOTER}\n`, flags: [] },
  { name: 'empty document', text: '', flags: [] },
]);
