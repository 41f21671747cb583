import { commentFormRule } from '../../../../src/core/rules/boilerplate/commentForm';
import { ruleTable } from '../../helpers';

ruleTable(commentFormRule, [
  { name: 'content-farm footer', text: 'Article text here.\n\nBe the first to comment\n\nLeave a Reply\n\nYour email address will not be published.', flags: ['Be the first to comment', 'Leave a Reply', 'Your email address will not be published.'] },
  { name: 'indented, CRLF', text: 'Body.\r\n   Leave a comment  \r\n', flags: ['Leave a comment'] },
  { name: 'WordPress form', text: 'Required fields are marked *\nSave my name, email, and website in this browser for the next time I comment.', flags: ['Required fields are marked *', 'Save my name, email, and website in this browser for the next time I comment.'] },
  { name: 'sentence that mentions comments', text: 'Readers were invited to leave a reply to the mayor by Friday.', flags: [] },
  { name: 'quoted phrase inside a paragraph', text: 'The page said “Be the first to comment” above an empty box, the report noted.', flags: [] },
  { name: 'empty document', text: '', flags: [] },
]);
