import type { DocumentText } from '../text/documentText';
import type { CorpusEntity, DocumentEntity, SourceSpan } from '../types';

/** Entities recognised in one document. Filled in by issue 6. */
export function recognizeEntities(_doc: DocumentText): DocumentEntity[] {
  return [];
}

/** Merge per-document entities into the corpus index. Filled in by issue 6. */
export function buildEntityIndex(
  _docs: { path: string; entities: DocumentEntity[]; sources: SourceSpan[] }[],
): CorpusEntity[] {
  return [];
}
