import type { DocumentText } from '../text/documentText';
import type { DocumentMetadata } from '../types';

/** Provenance lines (source URL, byline, date) pulled out of the page chrome. Filled in by issue 4. */
export function extractMetadata(_doc: DocumentText): DocumentMetadata {
  return {};
}
