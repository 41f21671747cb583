import type { Rule } from '../rule';
import { RULE_SEPARATOR } from '../../boilerplate/classify';
import { findingsForRule, quote } from './lineFindings';

export const separatorRule: Rule = {
  id: RULE_SEPARATOR,
  category: 'boilerplate',
  defaultSeverity: 'warning',
  description: 'Separator lines ("|", "-----", "* * *") and menu fragments such as "Home | World | Business".',
  check(doc, ctx) {
    return findingsForRule(doc, ctx, RULE_SEPARATOR, (c, t) => `${c.label === 'menu fragment' ? 'Menu fragment' : 'Separator line'}: ${quote(t)} — ${c.why ?? 'not part of the article'}.`);
  },
};
