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
