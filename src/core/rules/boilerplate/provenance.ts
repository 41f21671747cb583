import type { Rule } from '../rule';
import { RULE_PROVENANCE } from '../../boilerplate/classify';
import { findingsForRule, quote } from './lineFindings';

export const provenanceRule: Rule = {
  id: RULE_PROVENANCE,
  category: 'metadata',
  defaultSeverity: 'information',
  description: 'Provenance lines (source URL, byline, dateline, "Updated:"/"Published:" timestamps): kept in the document metadata, not article text.',
  check(doc, ctx) {
    return findingsForRule(
      doc,
      ctx,
      RULE_PROVENANCE,
      (c, t) => `Metadata (${c.label}): ${quote(t)} — it records where and when the article was published: provenance, not article text, kept in the document's metadata.`,
    );
  },
};
