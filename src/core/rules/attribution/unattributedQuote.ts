import type { Rule, RuleFinding } from '../rule';
import { analyzeAttribution } from '../../attribution/analyze';
import { quoteTrigger, sentenceFinding } from './findings';

/** A direct quotation of a statement with no speaker in the sentence or the quote it continues. */
export const unattributedQuoteRule: Rule = {
  id: 'attribution/unattributed-quote',
  category: 'attribution',
  defaultSeverity: 'warning',
  description: 'A direct quotation with no speaker.',
  check(doc) {
    const list = analyzeAttribution(doc);
    const out: RuleFinding[] = [];
    for (const a of list) {
      if (a.source || !a.directQuote) continue;
      const quote = a.cues.find((c) => c.kind === 'quote')!;
      out.push(sentenceFinding(doc, list, a, `The quotation “${quoteTrigger(quote.text)}” has no speaker: nobody is named as saying it.`));
    }
    return out;
  },
};
