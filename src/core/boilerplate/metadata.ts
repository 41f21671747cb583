import type { DocumentText } from '../text/documentText';
import type { DocumentMetadata } from '../types';
import { classifyLines } from './classify';

/**
 * Provenance pulled out of the page chrome: the first source URL (else the first "Source:" credit), the
 * first byline, the first full timestamp that names a year (kept as written), and the headline.
 */
export function extractMetadata(doc: DocumentText): DocumentMetadata {
  return doc.memo('boilerplate/metadata', () => {
    const classes = classifyLines(doc);
    const out: DocumentMetadata = {};
    let credit: string | undefined;
    let looseUrl: string | undefined;
    let firstDate: string | undefined;
    for (let i = 0; i < classes.length; i++) {
      const c = classes[i];
      if (c.title && !out.title) out.title = doc.lines[i].trim();
      const m = c.meta;
      if (!m) continue;
      if (m.kind === 'source') {
        if (/^(?:https?:\/\/|www\.)/i.test(m.value)) out.source ??= m.value;
        else credit ??= m.value;
      } else if (m.kind === 'url') looseUrl ??= m.value;
      else if (m.kind === 'byline') out.byline ??= m.value;
      else if (m.kind === 'date' && m.value) {
        firstDate ??= m.value;
        if (!out.date && /\b(?:19|20)\d{2}\b/.test(m.value)) out.date = m.value;
      }
    }
    // Fields are added only with a value (a delete would turn the report object into a slow dictionary).
    const source = looseUrl ?? credit;
    if (out.source === undefined && source !== undefined) out.source = source;
    if (out.date === undefined && firstDate !== undefined) out.date = firstDate;
    return out;
  });
}
