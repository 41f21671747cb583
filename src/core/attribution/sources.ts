import type { DocumentText } from '../text/documentText';
import type { SourceSpan } from '../types';

/** Sources named by attribution cues ("Peskov said", "according to TASS"). Filled in by issue 5. */
export function findSources(_doc: DocumentText): SourceSpan[] {
  return [];
}
