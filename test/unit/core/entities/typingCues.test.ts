import * as assert from 'node:assert/strict';
import { DocumentText } from '../../../../src/core/text/documentText';
import { recognize } from '../../../../src/core/entities/recognize';
import { buildEntityIndex } from '../../../../src/core/entities';
import type { DocumentEntity, EntityType } from '../../../../src/core/types';

// Sentences written for these tests (news register). Every line is treated as article text.
const typeOf = (text: string, name: string): EntityType | undefined =>
  recognize(new DocumentText(text), { everyLine: true }).find((e) => e.name === name)?.type;

describe('entities: typing cues', () => {
  const TABLE: [string, string, EntityType | undefined][] = [
    // An organisation noun before a name: the body speaks, not a person.
    ['The cooperative group Olivar said on Friday that exports had fallen.', 'Olivar', 'organization'],
    ['The union Brava Dock said talks had broken down.', 'Brava Dock', 'organization'],
    ['The union BTU Havenwerk said the strike would go ahead.', 'BTU Havenwerk', 'organization'],
    ['The party Zorvan said it would vote against the budget.', 'Zorvan', 'organization'],
    ['The agency Kelpra reported the arrest.', 'Kelpra', 'organization'],
    ['The firm Brightwell’s profits rose by a third.', 'Brightwell', 'organization'],
    // …but a person named right after such a noun stays a person.
    ['The firm John Lewis said sales rose.', 'John Lewis', 'person'],
    // "<noun> in <Name>": the noun before "in" is the speaker, the name a place.
    ['Farmers in Castrevo said the drought was the worst in memory.', 'Castrevo', 'location'],
    ['Officials said growers in Castrevo got less than half of their usual rain.', 'Castrevo', 'location'],
    ['Officials said growers in Castrevo had received less rain.', 'Castrevo', 'location'],
    // "shares in", "confidence in" do not make a place.
    ['Shares in Brightwell fell on Monday.', 'Brightwell', undefined],
    // Unchanged: a lone word before a speech verb with no other cue is a person.
    ['Kowalczyk said the port would stay open.', 'Kowalczyk', 'person'],
  ];
  for (const [text, name, type] of TABLE) {
    it(`${name} is ${type ?? 'not typed'} in "${text}"`, () => assert.equal(typeOf(text, name), type));
  }
});

describe('entities: corpus index merges one name typed two ways', () => {
  const docs = (texts: string[]) =>
    texts.map((t, i) => {
      const d = new DocumentText(t, `${i}.txt`);
      return { path: d.path, entities: recognize(d, { everyLine: true }), sources: [] };
    });
  const doc = (path: string, entities: Partial<DocumentEntity>[]) => ({
    path,
    sources: [],
    entities: entities.map((e, i) => ({
      id: `${e.type}:${e.name!.toLowerCase()}`,
      aliases: [],
      roles: [],
      mentions: Array.from({ length: (e as { count?: number }).count ?? 1 }, (_, k) => ({ range: { start: { line: i, character: k }, end: { line: i, character: k + 1 } }, text: e.name! })),
      ...e,
    })) as DocumentEntity[],
  });

  it('keeps the type with more mentions and one entry', () => {
    const index = buildEntityIndex([
      doc('a.txt', [{ name: 'Castrevo', type: 'location', count: 3 } as Partial<DocumentEntity>]),
      doc('b.txt', [{ name: 'Castrevo', type: 'person', count: 1 } as Partial<DocumentEntity>]),
    ]);
    const found = index.filter((e) => e.name === 'Castrevo');
    assert.equal(found.length, 1);
    assert.equal(found[0].type, 'location');
    assert.equal(found[0].mentions, 4);
    assert.equal(found[0].documents, 2);
  });

  it('breaks a tie towards a place, and keeps distinct names apart', () => {
    const index = buildEntityIndex([
      doc('a.txt', [{ name: 'Castrevo', type: 'person' } as Partial<DocumentEntity>, { name: 'Marta Ilves', type: 'person' } as Partial<DocumentEntity>]),
      doc('b.txt', [{ name: 'Castrevo', type: 'location' } as Partial<DocumentEntity>]),
    ]);
    assert.deepEqual(index.filter((e) => e.name === 'Castrevo').map((e) => e.type), ['location']);
    assert.equal(index.find((e) => e.name === 'Marta Ilves')?.type, 'person');
  });

  it('merges recognised documents', () => {
    const index = buildEntityIndex(docs(['Farmers in Castrevo said the harvest failed. Castrevo is dry.', 'Castrevo told reporters the rain would come.', 'Growers in Castrevo got no rain.']));
    assert.equal(index.filter((e) => e.name === 'Castrevo').length, 1);
  });
});
