import type { Rule, RuleFinding } from '../rule';
import { analyzeAttribution } from '../../attribution/analyze';
import { attributionData, quoteTrigger, relatedFor } from './findings';

/**
 * A source that names nobody the reader could check: "analysts say", "officials said", "sources told",
 * "reportedly", "is believed to". Flagged on the attribution words themselves.
 */
export const vagueSourceRule: Rule = {
  id: 'attribution/vague-source',
  category: 'attribution',
  defaultSeverity: 'information',
  description: 'A vague source ("analysts say", "officials said", "reportedly", "is believed to").',
  check(doc) {
    const list = analyzeAttribution(doc);
    const out: RuleFinding[] = [];
    for (const a of list) {
      const s = a.source;
      if (!s || s.kind !== 'vague' || s.carriedFrom !== undefined || s.anaphor) continue;
      const start = doc.offsetAt(s.cueRange.start);
      const end = doc.offsetAt(s.cueRange.end);
      out.push({
        message: `'${quoteTrigger(s.cue)}' is a vague source: it names nobody the reader could check.`,
        range: s.cueRange,
        text: doc.text.slice(start, end),
        data: attributionData(a),
        related: relatedFor(list, a),
      });
    }
    return out;
  },
};
