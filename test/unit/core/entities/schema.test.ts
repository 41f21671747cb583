import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import Ajv from 'ajv';

const schema = JSON.parse(readFileSync(path.resolve(__dirname, '../../../../src/core/entities/entities.schema.json'), 'utf8'));
const validate = new Ajv({ allErrors: true }).compile(schema);

describe('entities: .corpus-review/entities.json schema', () => {
  const VALID = [
    {},
    { entities: [{ name: 'Dmitry Peskov', type: 'person', aliases: ['Peskov'], description: 'Press secretary', roles: ['Kremlin spokesperson'] }] },
    { notEntities: ['Read More', { text: 'Signal', path: 'tech/' }] },
  ];
  const INVALID = [
    { entities: [{ type: 'person' }] },
    { entities: [{ name: 'X', type: 'company' }] },
    { entities: [{ name: 'X', aliases: 'Y' }] },
    { notEntities: [{ path: 'a/' }] },
    { entity: [] },
  ];
  VALID.forEach((v, i) => it(`accepts valid file ${i}`, () => assert.ok(validate(v), JSON.stringify(validate.errors))));
  INVALID.forEach((v, i) => it(`rejects invalid file ${i}: ${JSON.stringify(v)}`, () => assert.equal(validate(v), false)));
});

import { parseUserEntities } from '../../../../src/core/entities';

describe('entities: parseUserEntities', () => {
  it('keeps good entries, skips bad ones with a reason, never throws', () => {
    const { value, problems } = parseUserEntities(JSON.stringify({
      entities: [{ name: 'Acme', type: 'organization', aliases: ['ACME', 3] }, { type: 'person' }, { name: 'Zed', type: 'company' }],
      notEntities: ['Read More', { text: 'Signal', path: 'tech/' }, 7],
    }));
    assert.deepEqual(value.entities, [{ name: 'Acme', type: 'organization', aliases: ['ACME'] }, { name: 'Zed' }]);
    assert.deepEqual(value.notEntities, ['Read More', { text: 'Signal', path: 'tech/' }]);
    assert.equal(problems.length, 3);
  });
  it('reports invalid JSON instead of throwing', () => {
    const r = parseUserEntities('{ nope');
    assert.deepEqual(r.value, {});
    assert.match(r.problems[0], /not valid JSON/);
  });
});
