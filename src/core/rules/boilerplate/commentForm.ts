import type { Rule } from '../rule';
import { RULE_COMMENT_FORM } from '../../boilerplate/classify';
import { findingsForRule, quote } from './lineFindings';

export const commentFormRule: Rule = {
  id: RULE_COMMENT_FORM,
  category: 'boilerplate',
  defaultSeverity: 'warning',
  description: 'Reader-comment form text ("Leave a Reply", "Your email address will not be published.").',
  check(doc, ctx) {
    return findingsForRule(doc, ctx, RULE_COMMENT_FORM, (c, t) => `Comment form (${c.label}): ${quote(t)} — it belongs to the reader-comment form, not the article.`);
  },
};
