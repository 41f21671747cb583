import type { Rule, RuleFinding } from '../rule';
import { analyzeAttribution } from '../../attribution/analyze';
import { quoteTrigger, sentenceFinding, supportNote } from './findings';

/** A hedged statement ("could", "likely", "appears to") that nobody is named as saying. */
export const hedgeWithoutSourceRule: Rule = {
  id: 'attribution/hedge-without-source',
  category: 'attribution',
  defaultSeverity: 'hint',
  description: 'A hedged statement ("could", "likely", "appears to") with no source.',
  check(doc) {
    const list = analyzeAttribution(doc);
    const out: RuleFinding[] = [];
    for (const a of list) {
      if (a.source || a.directQuote || a.claimType !== 'hedged') continue;
      const cue = a.cues.find((c) => c.kind === 'hedged')!;
      out.push(sentenceFinding(doc, list, a, `'${quoteTrigger(cue.text)}' hedges a statement that nobody is named as making; say whose assessment it is.${supportNote(a)}`));
    }
    return out;
  },
};
