// What the corpus entity index reads from one document report, packed into a short string that a pool
// worker sends with each analysed document and the index worker keeps until the index is built. The CLI
// prints entities without their occurrences, so this keeps only what the index's names, counts and
// "cited as source" figures come from: each mention's range and cited flag (not its text or role), and
// the ranges of named sources (vague ones never credit a mention). On the generated 10k corpus that is
// 20 MB of JSON instead of 107 MB for the full entities and sources.
import type { DocumentEntity, Range, SourceSpan } from '../../core/types';
import type { EntityIndexInput } from '../../core/entities/corpusIndex';

/** Start line, start character, end line, end character, then (mentions only) 1 when cited as a source. */
type PackedEntity = [id: string, name: string, type: DocumentEntity['type'], aliases: string[], roles: string[], mentions: number[]];
type Packed = [path: string, entities: PackedEntity[], namedSources: number[]];

const MENTION_FIELDS = 5;
const SOURCE_FIELDS = 4;

const range = (p: number[], i: number): Range => ({ start: { line: p[i], character: p[i + 1] }, end: { line: p[i + 2], character: p[i + 3] } });

export function packEntityInput(doc: EntityIndexInput): string {
  const entities = doc.entities.map((e): PackedEntity => {
    const mentions: number[] = [];
    for (const m of e.mentions) mentions.push(m.range.start.line, m.range.start.character, m.range.end.line, m.range.end.character, m.citedAsSource ? 1 : 0);
    return [e.id, e.name, e.type, e.aliases, e.roles, mentions];
  });
  const sources: number[] = [];
  for (const s of doc.sources) if (s.kind === 'named') sources.push(s.range.start.line, s.range.start.character, s.range.end.line, s.range.end.character);
  return JSON.stringify([doc.path, entities, sources] satisfies Packed);
}

/** The index input back; mention and source texts are empty (the CLI's index has no occurrences to show them in). */
export function unpackEntityInput(packed: string): EntityIndexInput {
  const [path, entities, namedSources] = JSON.parse(packed) as Packed;
  const sources: SourceSpan[] = [];
  for (let i = 0; i < namedSources.length; i += SOURCE_FIELDS) sources.push({ range: range(namedSources, i), text: '', kind: 'named' });
  return {
    path,
    entities: entities.map(([id, name, type, aliases, roles, m]) => {
      const mentions: DocumentEntity['mentions'] = [];
      for (let i = 0; i < m.length; i += MENTION_FIELDS) mentions.push(m[i + 4] ? { range: range(m, i), text: '', citedAsSource: true } : { range: range(m, i), text: '' });
      return { id, name, type, aliases, roles, mentions };
    }),
    sources,
  };
}
