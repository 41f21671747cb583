import type { DocumentText } from '../text/documentText';
import type { AnalysisOptions } from '../options';
import type { CorpusEntity, DocumentEntity, SourceSpan } from '../types';
import { MAX_ENTITY_LINE_LENGTH, recognizeWithReport, type Recognition } from './recognize';

export { clearEntityCache } from './recognize';
import { indexEntities } from './corpusIndex';
import { prepareUserEntities } from './user';

export { entityAt, firstOccurrenceElsewhere, mentionSnippet, SNIPPET_MAX_LENGTH } from './lookup';
export { entityId } from './ids';
export { mergeUserEntities, parseUserEntities, USER_ENTITIES_FILE } from './user';
export type { UserEntities, UserEntityDefinition, NotAnEntity } from './user';

/**
 * Entities recognised in one document: people, organisations, places (and a few others), each with its
 * mentions, aliases and roles. Page chrome is skipped (see README, Entities). `options.entities` carries the
 * user's `.corpus-review/entities.json`.
 */
export function recognizeEntities(doc: DocumentText, options: Pick<AnalysisOptions, 'entities'> = {}): DocumentEntity[] {
  return recognition(doc, options).entities;
}

/** What entity recognition wants the user to know about this document (lines too long to read). */
export function entityNotices(doc: DocumentText, options: Pick<AnalysisOptions, 'entities'> = {}): string[] {
  const skipped = recognition(doc, options).skippedLines;
  if (!skipped.length) return [];
  const lines = skipped.slice(0, 5).map((l) => l + 1).join(', ') + (skipped.length > 5 ? ', …' : '');
  return [`Entities: ${skipped.length} paragraph${skipped.length === 1 ? '' : 's'} longer than ${MAX_ENTITY_LINE_LENGTH} characters not read for names (line ${lines}).`];
}

function recognition(doc: DocumentText, options: Pick<AnalysisOptions, 'entities'>): Recognition {
  const user = prepareUserEntities(options.entities);
  return doc.memo(user ? `entities/recognize:user` : 'entities/recognize', () => recognizeWithReport(doc, { user }));
}

/** Merge per-document entities into the corpus index. */
export function buildEntityIndex(
  docs: { path: string; entities: DocumentEntity[]; sources: SourceSpan[] }[],
  options: Pick<AnalysisOptions, 'entities'> = {},
): CorpusEntity[] {
  return indexEntities(docs, prepareUserEntities(options.entities));
}
