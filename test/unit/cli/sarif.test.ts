import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import Ajv from 'ajv-draft-04';
import { analyzeCorpus } from '../../../src/core';
import { reportToSarif } from '../../../src/cli/formats/sarif';

// The OASIS SARIF 2.1.0 schema as shipped by Microsoft's jest-sarif package (a draft-04 JSON schema).
const schema = JSON.parse(readFileSync(require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json'), 'utf8'));

function validate(log: unknown): string[] {
  const ajv = new Ajv({ allErrors: true, strict: false, validateFormats: false, unicodeRegExp: false }) // the schema's language pattern is not valid in unicode mode;
  const check = ajv.compile(schema);
  return check(log) ? [] : (check.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);
}

describe('SARIF output', () => {
  const report = analyzeCorpus([
    { path: 'corpus/a b.txt', text: 'Title\n\nA paragraph of text.\n\nLeave a Reply\n\nYour email address will not be published.\n' },
    { path: 'corpus/empty.txt', text: '' },
  ]);

  it('validates against the SARIF 2.1.0 schema', () => {
    assert.deepEqual(validate(reportToSarif(report)), []);
  });

  it('the validator rejects a broken log (the check can fail)', () => {
    const broken = reportToSarif(report) as unknown as { runs: { results: { level: string }[] }[] };
    broken.runs[0].results[0].level = 'severe';
    assert.notDeepEqual(validate(broken), []);
  });

  it('maps findings to 1-based regions with UTF-16 columns and rule links', () => {
    const log = reportToSarif(report);
    const run = log.runs[0];
    const result = run.results.find((r) => r.ruleId === 'boilerplate/comment-form')!;
    assert.equal(run.columnKind, 'utf16CodeUnits');
    assert.equal(result.locations[0].physicalLocation.artifactLocation.uri, 'corpus/a%20b.txt');
    assert.equal(result.locations[0].physicalLocation.region.startLine, 5);
    assert.equal(result.locations[0].physicalLocation.region.startColumn, 1);
    assert.equal(result.locations[0].physicalLocation.region.endColumn, 'Leave a Reply'.length + 1);
    const rule = run.tool.driver.rules[result.ruleIndex!];
    assert.equal(rule.id, 'boilerplate/comment-form');
    assert.match(rule.helpUri, /#rule-boilerplate-comment-form$/);
  });
});
