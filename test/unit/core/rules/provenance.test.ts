import { provenanceRule } from '../../../../src/core/rules/boilerplate/provenance';
import { ruleTable } from '../../helpers';

const P1 = 'The council voted on Tuesday to repair the bridge, which has been closed to trucks since the autumn.';

ruleTable(provenanceRule, [
  { name: 'source URL line', text: `Source: https://lite.example.com/2025/01/02/world/story/index.html\n\n${P1}\n`, flags: ['Source: https://lite.example.com/2025/01/02/world/story/index.html'] },
  { name: 'byline with outlet', text: `  By Brad Ortiz and Lena Moe, Example News\n\n${P1}\n`, flags: ['By Brad Ortiz and Lena Moe, Example News'] },
  { name: '"Updated:" and its timestamp on separate lines (one finding)', text: `Updated: \n        11:36 PM EST, Sun January 21, 2024\n\n${P1}\n`, flags: ['Updated: \n        11:36 PM EST, Sun January 21, 2024'] },
  { name: 'published timestamp and dateline', text: `Published: March 4, 2025 at 6:15 PM\nLONDON (Reuters) -\n\n${P1}\n`, flags: ['Published: March 4, 2025 at 6:15 PM', 'LONDON (Reuters) -'] },
  { name: 'posted on … by …', text: `Posted on October 3, 2024 by Jenna\n\n${P1}\n`, flags: ['Posted on October 3, 2024 by Jenna'] },
  { name: 'name and newsroom role', text: `Jamie Holt, Transport Correspondent\n\n${P1}\n`, flags: ['Jamie Holt, Transport Correspondent'] },
  { name: 'sentence naming an editor', text: `John Smith, the editor of the paper, resigned on Monday after a long dispute with the owners.\n`, flags: [] },
  { name: 'sentence starting with "By"', text: `By the time the crews arrived, the water had risen above the second step of the town hall.\n`, flags: [] },
  { name: 'sentence with a date', text: `The board will take up the question again on April 7, 2025, after a public hearing.\n`, flags: [] },
  { name: 'dateline that opens a paragraph is article text', text: 'ROTTERDAM, Feb 14 (Example Wire) - Dock workers agreed on Friday to return to the negotiating table after a week-long strike.\n', flags: [] },
]);
