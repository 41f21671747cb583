import type { Rule, RuleFinding } from '../rule';
import { analyzeAttribution } from '../../attribution/analyze';
import { CLAIM_WHY, quoteTrigger, sentenceFinding, supportNote } from './findings';

/**
 * A sentence that makes a claim (inference, judgement, cause, prediction, figure, superlative) with
 * nobody named or even vaguely cited behind it. When the next sentence supplies evidence from a named
 * source on the same topic, the finding says so and drops to information.
 */
export const unattributedClaimRule: Rule = {
  id: 'attribution/unattributed-claim',
  category: 'attribution',
  defaultSeverity: 'warning',
  description: 'A claim (inference, judgement, cause, prediction, figure, superlative) with no source.',
  check(doc, ctx) {
    const list = analyzeAttribution(doc);
    const out: RuleFinding[] = [];
    for (const a of list) {
      if (a.source || a.directQuote || !a.claimType || a.claimType === 'hedged') continue;
      const cue = a.cues.find((c) => c.kind === a.claimType)!;
      const f = sentenceFinding(doc, list, a, `'${quoteTrigger(cue.text)}' states a claim with no source: ${CLAIM_WHY[a.claimType]}.${supportNote(a)}`);
      if (a.supportedBy && ctx.severity === 'warning') f.severity = 'information';
      out.push(f);
    }
    return out;
  },
};
