import type { Rule, RuleFinding } from '../rule';
import { DEFAULT_TEMPLATE_MIN_COUNT } from '../../options';
import { classifyLines } from '../../boilerplate/classify';
import { lineHashAt, templateCandidates } from '../../boilerplate/templateLines';
import { quote } from './lineFindings';

export const RULE_TEMPLATE_LINE = 'boilerplate/template-line';

/**
 * Corpus-wide: a line repeated across documents is site template even when nothing about the line alone
 * says so. Lines another boilerplate rule already claims carry the count in their own message instead,
 * so one line gets one finding.
 */
export const templateLineRule: Rule = {
  id: RULE_TEMPLATE_LINE,
  category: 'boilerplate',
  defaultSeverity: 'warning',
  description: 'A line that repeats in several documents of the corpus (site template), unless it reads like an article sentence.',
  check(doc, ctx) {
    const counts = ctx.corpus?.lineDocumentCounts;
    const total = ctx.corpus?.documentCount ?? 0;
    if (!counts || total < 2) return [];
    const min = Math.max(2, ctx.options.templateMinCount ?? DEFAULT_TEMPLATE_MIN_COUNT);
    const classes = classifyLines(doc);
    const candidates = templateCandidates(doc);
    const out: RuleFinding[] = [];
    doc.lines.forEach((line, i) => {
      if (classes[i].kind !== 'content' || !candidates[i]) return;
      const h = lineHashAt(doc, i);
      const count = counts.get(h) ?? 0;
      if (count < min) return;
      const t = line.trim();
      out.push({
        message: `Template line: ${quote(t)} appears in ${count} of ${total} documents; text repeated across documents is site template, not article text.`,
        range: doc.lineRange(i),
        text: t,
        data: { lineHash: h, removeLines: [i, i], templateCount: count },
      });
    });
    return out;
  },
};
