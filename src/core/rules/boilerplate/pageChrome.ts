import type { Rule } from '../rule';
import { RULE_PAGE_CHROME } from '../../boilerplate/classify';
import { findingsForRule, quote } from './lineFindings';

export const pageChromeRule: Rule = {
  id: RULE_PAGE_CHROME,
  category: 'boilerplate',
  defaultSeverity: 'warning',
  description: 'Page chrome: navigation, "See Full Web Article", share/print/subscribe prompts, buttons, image placeholders and link lists.',
  check(doc, ctx) {
    return findingsForRule(doc, ctx, RULE_PAGE_CHROME, (c, t) => `Page chrome (${c.label}): ${quote(t)} — ${c.why ?? 'not part of the article'}.`);
  },
};
