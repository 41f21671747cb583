import { pageChromeRule } from '../../../../src/core/rules/boilerplate/pageChrome';
import { ruleTable } from '../../helpers';

const P1 = 'The council voted on Tuesday to repair the bridge, which has been closed to trucks since the autumn.';
const P2 = 'Engineers said the work would take about four months and should be finished before the winter.';

ruleTable(pageChromeRule, [
  { name: 'lite-page links', text: `${P1}\n See Full Web Article \n\n      Go to the full CNN experience\n`, flags: ['See Full Web Article', 'Go to the full CNN experience'] },
  { name: 'share, print and subscribe prompts', text: `${P1}\n\nShare this story\nPrint\nSign up for our daily newsletter\n`, flags: ['Share this story', 'Print', 'Sign up for our daily newsletter'] },
  { name: 'lynx buttons and image file names', text: `(BUTTON) Search\n[header-logo-2019.png]\n\n${P1}\n`, flags: ['(BUTTON) Search', '[header-logo-2019.png]'] },
  { name: 'read more link inside the article', text: `${P1}\nRead More\n${P2}\n`, flags: ['Read More'] },
  { name: 'unknown site menu at the top (features and context)', text: `Gardening\nRecipes\nTravel Deals\nWeekend Picks\n\n${P1}\n\n${P2}\n`, flags: ['Gardening', 'Recipes', 'Travel Deals', 'Weekend Picks'] },
  { name: 'teaser headlines after the article', text: `${P1}\n\n${P2}\n\nMost Popular\nOil prices slip as supply worries ease\nFive ways to cut your grocery bill\n`, flags: ['Most Popular', 'Oil prices slip as supply worries ease', 'Five ways to cut your grocery bill'] },
  { name: 'short sentence between two paragraphs', text: `${P1}\n\nWork starts in June.\n\n${P2}\n`, flags: [] },
  { name: 'short closing sentence of the article', text: `${P1}\n\n${P2}\n\nTalks resume on Monday.\n`, flags: [] },
  { name: 'sentence that mentions sharing and newsletters', text: `${P1}\n\nThe mayor said she would share the report with readers of the city newsletter next week.\n\n${P2}\n`, flags: [] },
  { name: 'headline above the article', text: `Bridge repairs approved after months of delay\n\n${P1}\n\n${P2}\n`, flags: [] },
  { name: 'list inside the article', text: `${P1}\n\nThree lessons, then:\n* Start slower than you think.\n* Eat every 45 minutes.\n\n${P2}\n`, flags: [] },
  { name: 'non-English page: no lexicon match, no finding', text: 'Startseite\nNachrichten\nWetter\n\nDie Bundesregierung will den Einbau von Wärmepumpen ab dem kommenden Jahr mit bis zu 70 Prozent der Kosten fördern, teilte das Ministerium mit.\n\nKritiker bemängeln, dass die Antragsverfahren für viele Haushalte noch immer zu kompliziert seien.\n', flags: [] },
  { name: 'generic menu word as a sub-heading between paragraphs', text: `${P1}\n\nAnalysis\n\n${P2}\n`, flags: [] },
  { name: 'generic menu words in the header', text: `Weather\nVideo\nOpinion\n\n${P1}\n\n${P2}\n`, flags: ['Weather', 'Video', 'Opinion'] },
  { name: 'ad script residue', text: `${P1}\n(adsbygoogle = window.adsbygoogle || []).push({});\n\n${P2}\n`, flags: ['(adsbygoogle = window.adsbygoogle || []).push({});'] },
  { name: 'code line in a programming article', text: `${P1}\nconst total = items.reduce((a, b) => a + b, 0);\n\n${P2}\n`, flags: [] },
  { name: 'empty document', text: '', flags: [] },
]);
