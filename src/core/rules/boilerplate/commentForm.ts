import type { Rule, RuleFinding } from '../rule';
import { hashLine } from '../../text/hash';

// Comment-form prompts that blogs and content farms append below articles. Anchored to the whole
// line so an article sentence that merely mentions comments is never flagged.
const COMMENT_FORM_LINE = new RegExp(
  '^(?:' +
    [
      'be the first to comment[.!]?',
      'leave a (?:reply|comment)',
      'leave a reply cancel reply',
      'post a comment',
      'add a comment',
      'join the discussion',
      'share your thoughts(?: cancel reply)?',
      'cancel reply',
      'your email address will not be published[.]?(?: required fields are marked \\*)?',
      'required fields are marked \\*',
      '(?:\\d+ )?comments?',
      'no comments(?: yet)?[.!]?',
      'comment[*:]?',
      'name ?[*:]?(?:\\(required\\))?',
      'email ?[*:]?(?:\\(required\\))?',
      'website[*:]?',
      'post comment',
      'submit comment',
      'save my name, email, and website in this browser for the next time i comment[.]?',
      'notify me of (?:follow-up comments|new posts) by email[.]?',
      'you must be logged in to post a comment[.]?',
      'log in to (?:comment|reply)',
    ].join('|') +
    ')$',
  'i',
);

export const commentFormRule: Rule = {
  id: 'boilerplate/comment-form',
  category: 'boilerplate',
  defaultSeverity: 'warning',
  description: 'Reader-comment form text ("Leave a Reply", "Your email address will not be published.").',
  check(doc) {
    const out: RuleFinding[] = [];
    doc.lines.forEach((line, i) => {
      const t = line.trim().replace(/\s+/g, ' ');
      if (t && COMMENT_FORM_LINE.test(t)) {
        out.push({
          message: `Comment-form boilerplate: "${t}" is part of a reader-comment form, not the article.`,
          range: doc.lineRange(i),
          text: t,
          data: { lineHash: hashLine(t), removeLines: [i, i] },
        });
      }
    });
    return out;
  },
};
