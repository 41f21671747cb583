// Each document's entities and sources, kept by the indexing worker between passes so that a changed or
// deleted document rebuilds the corpus entity index without re-analysing the corpus. They are kept as
// UTF-8 JSON of positional arrays: as objects they were the largest thing the worker held (~40 kB of heap
// per 5 kB article), as keyed JSON ~16 kB; positional, a mention is ~30 bytes instead of ~110.
import type { DocumentEntity, DocumentReport, EntityMention, Range, SourceSpan } from '../../core';

type PackedRange = [number, number, number, number];
/** range, text, then role and citedAsSource only when set (0 = absent). */
type PackedMention = [...PackedRange, string, string | 0, 1 | 0];
type PackedEntity = [id: string, name: string, type: DocumentEntity['type'], aliases: string[], roles: string[], mentions: PackedMention[]];
type PackedSource = [...PackedRange, string, SourceSpan['kind']];
type Packed = [PackedEntity[], PackedSource[]];

const encoder = new TextEncoder();
const decoder = new TextDecoder();

const packRange = (r: Range): PackedRange => [r.start.line, r.start.character, r.end.line, r.end.character];
const unpackRange = (p: readonly unknown[]): Range => ({ start: { line: p[0] as number, character: p[1] as number }, end: { line: p[2] as number, character: p[3] as number } });

export function packEntityInput(report: Pick<DocumentReport, 'entities' | 'sources'>): Uint8Array {
  const entities = report.entities.map((e): PackedEntity => [
    e.id,
    e.name,
    e.type,
    e.aliases,
    e.roles,
    e.mentions.map((m): PackedMention => [...packRange(m.range), m.text, m.role ?? 0, m.citedAsSource ? 1 : 0]),
  ]);
  const sources = report.sources.map((s): PackedSource => [...packRange(s.range), s.text, s.kind]);
  return encoder.encode(JSON.stringify([entities, sources] satisfies Packed));
}

export function unpackEntityInput(bytes: Uint8Array): { entities: DocumentEntity[]; sources: SourceSpan[] } {
  const [entities, sources] = JSON.parse(decoder.decode(bytes)) as Packed;
  return {
    entities: entities.map(([id, name, type, aliases, roles, mentions]) => ({
      id,
      name,
      type,
      aliases,
      roles,
      mentions: mentions.map((m) => {
        const mention: EntityMention = { range: unpackRange(m), text: m[4] };
        if (m[5] !== 0) mention.role = m[5];
        if (m[6]) mention.citedAsSource = true;
        return mention;
      }),
    })),
    sources: sources.map((s) => ({ range: unpackRange(s), text: s[4], kind: s[5] })),
  };
}
