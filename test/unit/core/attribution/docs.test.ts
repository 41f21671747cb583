import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { attributionRules } from '../../../../src/core/rules/attribution';
import { RULES } from '../../../../src/core/rules';
import { ruleAnchor } from '../../../../src/core/rules/rule';

describe('attribution rules: registry and documentation', () => {
  const readme = readFileSync(path.resolve(__dirname, '../../../../README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('<!-- section:rules-attribution -->'), readme.indexOf('<!-- /section:rules-attribution -->'));

  it('has the four rules, registered once each', () => {
    assert.deepEqual(attributionRules.map((r) => r.id).sort(), [
      'attribution/hedge-without-source',
      'attribution/unattributed-claim',
      'attribution/unattributed-quote',
      'attribution/vague-source',
    ]);
    for (const r of attributionRules) assert.equal(RULES.filter((x) => x.id === r.id).length, 1, r.id);
  });

  for (const rule of attributionRules) {
    it(`documents ${rule.id} under its anchor with its default severity`, () => {
      const anchor = `<a id="${ruleAnchor(rule.id)}"></a>`;
      assert.ok(section.includes(anchor), `missing ${anchor}`);
      assert.ok(section.includes(`#### \`${rule.id}\` (${rule.defaultSeverity})`), `missing heading for ${rule.id}`);
      assert.equal(rule.category, 'attribution');
    });
  }
});
