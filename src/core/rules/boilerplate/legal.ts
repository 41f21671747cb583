import type { Rule } from '../rule';
import { RULE_LEGAL } from '../../boilerplate/classify';
import { findingsForRule, quote } from './lineFindings';

export const legalRule: Rule = {
  id: RULE_LEGAL,
  category: 'boilerplate',
  defaultSeverity: 'warning',
  description: 'Legal footer text: copyright, "All Rights Reserved", terms of use, privacy policy, cookie settings, ad choices.',
  check(doc, ctx) {
    return findingsForRule(doc, ctx, RULE_LEGAL, (c, t) => `Legal boilerplate (${c.label}): ${quote(t)} — ${c.why ?? 'not part of the article'}.`);
  },
};
