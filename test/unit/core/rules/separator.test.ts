import { separatorRule } from '../../../../src/core/rules/boilerplate/separator';
import { ruleTable } from '../../helpers';

const P1 = 'The council voted on Tuesday to repair the bridge, which has been closed to trucks since the autumn.';

ruleTable(separatorRule, [
  { name: 'pipe lines between footer links', text: `${P1}\n\n      |\n    \n      |\n`, flags: ['|', '|'] },
  { name: 'rules and scene breaks', text: `${P1}\n-----\n* * *\n____________________\n`, flags: ['-----', '* * *', '____________________'] },
  { name: 'menu fragment', text: `Home | World | Business | Sport\n\n${P1}\n`, flags: ['Home | World | Business | Sport'] },
  { name: 'breadcrumbs', text: `Home > Opinion > Columns\n\n${P1}\n`, flags: ['Home > Opinion > Columns'] },
  { name: 'separators stay on in other languages', text: 'Die Regierung hat am Montag ein neues Programm vorgestellt, das viele Haushalte entlasten soll.\n---\n', flags: ['---'] },
  { name: 'sentence with a slash and a pipe', text: `${P1}\nThe ratio rose to 3/4 | a record, officials said in a statement on Friday.\n`, flags: [] },
  { name: 'a number alone', text: `${P1}\n42\n`, flags: [] },
]);
