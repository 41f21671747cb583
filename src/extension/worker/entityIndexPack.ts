// The corpus entity index as the worker sends it and the host keeps it (built packed by the core's
// EntityIndexBuilder.buildPacked). At 10k documents the index has ~500k occurrences; as objects
// (occurrence, range, two positions, a text string each) they were ~100 MB of the host's heap and ~50
// messages whose decoding ran on the host's thread. Packed, every occurrence is six numbers in typed
// arrays (~24 bytes, moved to the host without a copy) and an entity's occurrence objects are made only
// when something reads them.
import type { CorpusEntity } from '../../core';
import { OCCURRENCE_FIELDS as FIELDS, type EntityHead, type PackedEntityIndex } from '../../core/entities/corpusIndex';

export type { EntityHead, PackedEntityIndex };

/** Occurrence arrays made lately, so a caller reading `occurrences` several times does not rebuild them. */
const MADE_CACHE = 4;

/** On an unpacked entity (not enumerable): where its occurrences are, for occurrencesIn. */
const PACKED = Symbol('packed occurrences');
interface PackedRef {
  packed: PackedEntityIndex;
  head: EntityHead;
  /** Path → index in packed.paths, shared by the entities of one index. */
  pathIndex: () => Map<string, number>;
}

/**
 * The entities of a packed index as CorpusEntity objects whose `occurrences` (an enumerable getter, so
 * spreads, JSON and deep comparisons see it) are made from the packed arrays when read.
 */
export function unpackEntityIndex(packed: PackedEntityIndex): CorpusEntity[] {
  const made = new Map<number, CorpusEntity['occurrences']>();
  let paths: Map<string, number> | undefined;
  const pathIndex = () => (paths ??= new Map(packed.paths.map((p, i) => [p, i])));
  const occurrencesOf = (n: number, head: EntityHead): CorpusEntity['occurrences'] => {
    let list = made.get(n);
    if (!list) {
      list = [];
      for (let k = head.from; k < head.to; k++) list.push(occurrenceAt(packed, k));
      made.set(n, list);
      if (made.size > MADE_CACHE) made.delete(made.keys().next().value!);
    }
    return list;
  };
  return packed.entities.map((head, n) => {
    const { from: _from, to: _to, ...rest } = head;
    const entity = { ...rest } as CorpusEntity;
    Object.defineProperty(entity, 'occurrences', { get: () => occurrencesOf(n, head), enumerable: true, configurable: true });
    Object.defineProperty(entity, PACKED, { value: { packed, head, pathIndex } satisfies PackedRef, enumerable: false });
    return entity;
  });
}

function occurrenceAt(packed: PackedEntityIndex, k: number): CorpusEntity['occurrences'][number] {
  const o = packed.occurrences;
  const at = k * FIELDS;
  return {
    path: packed.paths[o[at]],
    range: { start: { line: o[at + 2], character: o[at + 3] }, end: { line: o[at + 4], character: o[at + 5] } },
    text: packed.texts[o[at + 1]],
  };
}

/**
 * An entity's occurrences in one document. On an unpacked entity it reads the packed arrays and makes
 * objects for that document's occurrences only (looking a document up across the whole index made every
 * occurrence of the corpus otherwise).
 */
export function occurrencesIn(entity: CorpusEntity, path: string): CorpusEntity['occurrences'] {
  const ref = (entity as unknown as Record<symbol, PackedRef | undefined>)[PACKED];
  if (!ref) return entity.occurrences.filter((o) => o.path === path);
  const p = ref.pathIndex().get(path);
  const out: CorpusEntity['occurrences'] = [];
  if (p === undefined) return out;
  for (let k = ref.head.from; k < ref.head.to; k++) if (ref.packed.occurrences[k * FIELDS] === p) out.push(occurrenceAt(ref.packed, k));
  return out;
}
