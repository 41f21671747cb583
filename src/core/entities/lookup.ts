import type { CorpusEntity, DocumentEntity, EntityMention, Position, Range } from '../types';

function contains(range: Range, p: Position): boolean {
  const afterStart = p.line > range.start.line || (p.line === range.start.line && p.character >= range.start.character);
  const beforeEnd = p.line < range.end.line || (p.line === range.end.line && p.character <= range.end.character);
  return afterStart && beforeEnd;
}

/** The entity (and its mention) whose mention contains the position; ends are inclusive, as for a cursor. */
export function entityAt(entities: DocumentEntity[], position: Position): { entity: DocumentEntity; mention: EntityMention } | undefined {
  for (const entity of entities) {
    for (const mention of entity.mentions) if (contains(mention.range, position)) return { entity, mention };
  }
  return undefined;
}

/** The first occurrence of an entity in a document other than `path` (for "also mentioned in …"). */
export function firstOccurrenceElsewhere(entity: CorpusEntity, path: string): CorpusEntity['occurrences'][number] | undefined {
  return entity.occurrences.find((o) => o.path !== path);
}

/** Longest one-line snippet returned by `mentionSnippet`, in characters. */
export const SNIPPET_MAX_LENGTH = 140;

/**
 * One line of context around a mention: the sentence that holds it, white space collapsed, clipped with
 * "…" around the mention when longer than `max`. `lineText` is the whole line; `start`/`end` are the
 * mention's characters in it. The result is document text: escape it before showing it in markdown.
 */
export function mentionSnippet(lineText: string, start: number, end: number, max = SNIPPET_MAX_LENGTH): string {
  let s = start;
  while (s > 0 && !/[.!?][”"’]?\s$/.test(lineText.slice(Math.max(0, s - 3), s))) s--;
  const stop = /[.!?](?=\s|$|[”"’])/g;
  stop.lastIndex = end;
  const m = stop.exec(lineText);
  const e = m ? m.index + 1 : lineText.length;
  const sentence = lineText.slice(s, e);
  if (sentence.length <= max) return sentence.replace(/\s+/g, ' ').trim();
  const len = end - start;
  const room = Math.max(0, max - len);
  const at = start - s;
  let from = Math.max(0, at - Math.floor(room / 2));
  const to = Math.min(sentence.length, from + len + room);
  from = Math.max(0, to - (len + room));
  const clipped = sentence.slice(from, to).replace(/\s+/g, ' ').trim();
  return `${from > 0 ? '…' : ''}${clipped}${to < sentence.length ? '…' : ''}`;
}
