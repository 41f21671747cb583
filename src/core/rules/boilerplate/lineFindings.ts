import type { DocumentText } from '../../text/documentText';
import { lineHashAt } from '../../boilerplate/templateLines';
import { classifyLines, linesByRule, type LineClass } from '../../boilerplate/classify';
import type { RuleContext, RuleFinding } from '../rule';
import type { FindingData } from '../../types';
import { isSpace } from '../../text/chars';

/**
 * `text.replace(/\s+/g, ' ').trim()`, returning `text` itself when nothing would change (a trimmed line
 * with single spaces, the usual finding): the global replace rebuilt the string at every space and was
 * most of findingsForRule's time.
 */
function collapseSpaces(text: string): string {
  const n = text.length;
  if (n === 0) return text;
  let prevSpace = true; // a space at the start would be trimmed
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 32) {
      if (prevSpace) return text.replace(/\s+/g, ' ').trim();
      prevSpace = true;
    } else if (isSpace(c)) return text.replace(/\s+/g, ' ').trim();
    else prevSpace = false;
  }
  return prevSpace ? text.replace(/\s+/g, ' ').trim() : text;
}

/**
 * Findings for every line the shared classifier gave to `ruleId`. Lines grouped by the classifier
 * ("Updated:" and its timestamp on the next line) become one finding covering the group.
 */
export function findingsForRule(
  doc: DocumentText,
  ctx: RuleContext | undefined,
  ruleId: string,
  message: (c: LineClass, text: string) => string,
): RuleFinding[] {
  const classes = classifyLines(doc);
  const out: RuleFinding[] = [];
  for (const i of linesByRule(doc).get(ruleId) ?? []) {
    const c = classes[i];
    const first = c.group ? c.group[0] : i;
    const last = c.group ? c.group[1] : i;
    if (first !== i) continue; // reported with the first line of its group
    const range = first === last ? doc.lineRange(first) : { start: doc.lineRange(first).start, end: doc.lineRange(last).end };
    const text = doc.textOf(range);
    const shown = collapseSpaces(text);
    const lineHash = lineHashAt(doc, first);
    const count = ctx?.corpus?.lineDocumentCounts?.get(lineHash);
    const total = ctx?.corpus?.documentCount;
    const repeated = count && total && count > 1 ? ` It appears in ${count} of ${total} documents.` : '';
    const data: FindingData = { lineHash, removeLines: [first, last], label: c.label, byFeatures: c.byFeatures === true };
    if (repeated) data.templateCount = count;
    out.push({ message: message(c, shown) + repeated, range, text, data });
  }
  return out;
}

/** Quote a line for a message, shortened so a long footer does not flood the Problems panel. */
export function quote(text: string, max = 80): string {
  return `"${text.length > max ? text.slice(0, max - 1) + '…' : text}"`;
}
