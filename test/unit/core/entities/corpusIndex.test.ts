import * as assert from 'node:assert/strict';
import { EntityIndexBuilder, indexEntities, type EntityIndexInput } from '../../../../src/core/entities/corpusIndex';
import { analyzeCorpus } from '../../../../src/core';
import type { DocumentEntity, Range } from '../../../../src/core/types';
import { generateCorpus } from '../../../../bench/corpus/generate';

const at = (line: number, character: number, length: number): Range => ({ start: { line, character }, end: { line, character: character + length } });

function entity(id: string, name: string, type: DocumentEntity['type'], mentions: [number, number, boolean?][], extra: Partial<DocumentEntity> = {}): DocumentEntity {
  return {
    id,
    name,
    type,
    aliases: [],
    roles: [],
    mentions: mentions.map(([line, character, cited]) => ({ range: at(line, character, name.length), text: name, ...(cited ? { citedAsSource: true } : {}) })),
    ...extra,
  };
}

// Invented names; each document lists what recognition would have found in it.
const DOCS: EntityIndexInput[] = [
  {
    path: 'b/harbour-daily.txt',
    entities: [
      entity('person:mara-olvet', 'Mara Olvet', 'person', [[2, 0], [5, 10, true]], { roles: ['port director'] }),
      entity('organization:northern-port-authority', 'Northern Port Authority', 'organization', [[3, 4]], { aliases: ['NPA'] }),
    ],
    sources: [{ range: at(3, 0, 40), text: 'the Northern Port Authority', kind: 'named' }],
  },
  {
    path: 'a/courier.txt',
    entities: [
      entity('person:olvet', 'Olvet', 'person', [[1, 0], [4, 2]]),
      entity('organization:npa', 'NPA', 'other', [[6, 0]]),
      entity('location:castrevo', 'Castrevo', 'location', [[7, 3]]),
    ],
    sources: [{ range: at(1, 0, 5), text: 'Olvet', kind: 'vague' }],
  },
  {
    path: 'c/ledger.txt',
    entities: [entity('person:castrevo', 'Castrevo', 'person', [[0, 0]]), entity('location:castrevo', 'Castrevo', 'location', [[9, 1], [2, 5]])],
    sources: [],
  },
];

const withoutOccurrences = (all: ReturnType<typeof indexEntities>) => all.map((e) => ({ ...e, occurrences: [] }));

function built(docs: EntityIndexInput[], occurrences: boolean) {
  const builder = new EntityIndexBuilder({ occurrences });
  for (const d of docs) builder.add(d);
  return builder.build();
}

describe('entities: corpus index', () => {
  const index = indexEntities(DOCS);
  const byName = new Map(index.map((e) => [e.name, e]));

  it('joins a surname to the one full name that carries it', () => {
    const olvet = byName.get('Mara Olvet')!;
    assert.equal(olvet.mentions, 4);
    assert.equal(olvet.documents, 2);
    assert.deepEqual(olvet.aliases, ['Olvet']);
    assert.deepEqual(olvet.roles, ['port director']);
    assert.equal(byName.has('Olvet'), false);
  });

  it('joins an acronym to the entity that lists it as an alias', () => {
    const npa = byName.get('Northern Port Authority')!;
    assert.equal(npa.mentions, 2);
    assert.equal(npa.documents, 2);
    assert.equal(byName.has('NPA'), false);
  });

  it('counts a mention cited as a source by its flag or by a named source span over it', () => {
    assert.equal(byName.get('Mara Olvet')!.citedAsSource, 1);
    assert.equal(byName.get('Northern Port Authority')!.citedAsSource, 1);
    assert.equal(byName.get('Castrevo')!.citedAsSource, 0);
  });

  it('gives a name typed two ways the type with more evidence', () => {
    const castrevo = byName.get('Castrevo')!;
    assert.equal(castrevo.type, 'location');
    assert.equal(castrevo.mentions, 4);
  });

  it('lists occurrences in document order (as added), then by position', () => {
    const castrevo = byName.get('Castrevo')!;
    assert.deepEqual(
      castrevo.occurrences.map((o) => [o.path, o.range.start.line]),
      [
        ['a/courier.txt', 7],
        ['c/ledger.txt', 0],
        ['c/ledger.txt', 2],
        ['c/ledger.txt', 9],
      ],
    );
  });

  it('counts the same without keeping occurrences (the CLI never prints them)', () => {
    assert.deepEqual(built(DOCS, false), withoutOccurrences(index));
    const report = analyzeCorpus(generateCorpus(60).map((d) => ({ path: d.path, text: d.text })));
    assert.ok(report.entities.length > 20);
    assert.deepEqual(built(report.documents, false), withoutOccurrences(report.entities));
  });
});
