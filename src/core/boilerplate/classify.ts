import type { DocumentText } from '../text/documentText';

export type LineKind = 'blank' | 'content' | 'boilerplate' | 'metadata';

export interface LineClass {
  kind: LineKind;
  /** The rule id that claims the line, when it is boilerplate or metadata. */
  rule?: string;
}

const COMMENT_FORM = /^(?:be the first to comment|leave a (?:reply|comment)|your email address will not be published\.?)$/i;

/**
 * One verdict per line: is it article text, boilerplate, metadata or blank? Computed once per document
 * (memoised) and shared by every stage that must skip page chrome (attribution, entities, copies).
 * Initial version: only comment-form lines; issue 4 replaces it with the full classifier.
 */
export function classifyLines(doc: DocumentText): LineClass[] {
  return doc.memo('boilerplate/classify', () =>
    doc.lines.map((line): LineClass => {
      const t = line.trim();
      if (!t) return { kind: 'blank' };
      if (COMMENT_FORM.test(t)) return { kind: 'boilerplate', rule: 'boilerplate/comment-form' };
      return { kind: 'content' };
    }),
  );
}

/** True for lines that are article text (not blank, boilerplate or metadata). */
export function isContentLine(doc: DocumentText, line: number): boolean {
  return classifyLines(doc)[line]?.kind === 'content';
}
