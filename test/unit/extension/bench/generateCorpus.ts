// Synthetic news-style corpus for the indexing benchmark: articles with page chrome (navigation, share
// and comment-form lines shared across a "site"), bylines and datelines, attributed and unattributed
// claims, and some near-copies. Every sentence is assembled here from small word lists.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { rng } from '../../../../bench/corpus/generate';

const PLACES = ['Northport', 'Valley City', 'Eastbridge', 'Lakeshore', 'Harrow Bay', 'Millford', 'Stonegate', 'Redcliff'];
const PEOPLE = ['Maria Lindqvist', 'Tomas Okafor', 'Helen Brandt', 'Ravi Menon', 'Sofia Alvarez', 'Jonas Weber', 'Aiko Tanaka', 'Peter Novak'];
const ROLES = ['the mayor', 'a spokesperson for the port authority', 'the union leader', 'an economist at the regional bank', 'the health minister', 'a local shop owner'];
const ORGS = ['the Regional Transport Board', 'the Harbour Workers Union', 'Northport City Council', 'the Farmers Cooperative', 'the National Weather Office'];
const TOPICS = ['bus fares', 'night-shift pay', 'olive harvest', 'flood defences', 'school meals', 'grain prices', 'bridge repairs', 'water rates'];
const VERBS = ['rose', 'fell', 'stalled', 'doubled', 'recovered', 'slipped'];
const CUES = ['said', 'told reporters', 'wrote in a statement', 'said on Tuesday', 'confirmed'];
const VAGUE = ['Experts say', 'Some residents believe', 'It is widely reported that', 'Critics argue', 'Observers note'];
const SITES = [
  { nav: ['Home | World | Business | Sport | Culture', 'Subscribe now for full access'], foot: ['Share this article', 'Leave a Reply', 'Your email address will not be published.', '© Daily Example Ltd. All rights reserved.'] },
  { nav: ['Menu', 'Latest News', 'Sign in'], foot: ['Related stories', 'Be the first to comment', 'Follow us on social media'] },
  { nav: ['Skip to content', 'Top Stories | Local | Opinion'], foot: ['Advertisement', 'Read more from our newsroom', 'Cookie settings'] },
];


const SYLLABLES = ['ka', 'lor', 'ven', 'mi', 'tar', 'os', 'bel', 'dun', 'ri', 'sha', 'gon', 'el', 'pra', 'th', 'ul', 'ner', 'ca', 'vi'];
const NOUNS = ['warehouse', 'ferry', 'clinic', 'orchard', 'library', 'depot', 'tunnel', 'market', 'reservoir', 'stadium', 'bakery', 'factory'];
const ADJECTIVES = ['northern', 'old', 'new', 'busy', 'quiet', 'flooded', 'rebuilt', 'private', 'public', 'coastal'];

export function generateDocument(i: number, targetBytes = 5000): string {
  const r = rng(i * 7919 + 13);
  const pick = <T>(xs: T[]) => xs[Math.floor(r() * xs.length)];
  // Invented proper names and details make each article its own text, as in a real crawl; without
  // them every document would share most of its word sequences and look like a copy of every other.
  const word = () => {
    let w = '';
    for (let k = 0, n = 2 + Math.floor(r() * 2); k < n; k++) w += pick(SYLLABLES);
    return w[0].toUpperCase() + w.slice(1);
  };
  const detail = () => `the ${pick(ADJECTIVES)} ${pick(NOUNS)} on ${word()} Street`;
  const site = SITES[i % SITES.length];
  const topic = pick(TOPICS);
  const place = pick(PLACES);
  const lines: string[] = [...site.nav, '', `${place} ${pick(['faces', 'debates', 'braces for'])} change in ${topic}`, `By ${pick(PEOPLE)}, Staff Reporter`, `Published ${1 + (i % 28)} March 2024`, ''];
  let size = lines.join('\n').length;
  let n = 0;
  while (size < targetBytes) {
    const para: string[] = [];
    for (let k = 0; k < 3; k++) {
      const kind = r();
      let s: string;
      if (kind < 0.35) s = `"The ${topic} near ${detail()} ${pick(VERBS)} by ${Math.floor(r() * 40) + 2} percent since ${word()} opened," ${pick(ROLES)} ${pick(CUES)}.`;
      else if (kind < 0.55) s = `${pick(VAGUE)} ${detail()} will ${pick(['keep rising', 'settle soon', 'hurt families', 'help exporters'])} before ${word()} reopens.`;
      else if (kind < 0.8) s = `${word()} ${word()}, ${pick(ROLES)}, ${pick(CUES)} that ${pick(ORGS)} would review ${detail()} in ${place} within ${Math.floor(r() * 11) + 2} weeks.`;
      else s = `Figures from ${pick(ORGS)} show ${Math.floor(r() * 900) + 100} households around ${detail()} were affected by changes to ${topic} last ${pick(['spring', 'winter', 'autumn'])}.`;
      para.push(s);
    }
    const p = para.join(' ');
    lines.push(p, '');
    size += p.length + 2;
    n++;
  }
  lines.push(...site.foot);
  return lines.join('\n') + '\n';
}

/** Write `count` documents into `dir` (sub-folders of 500). Every 50th document is a light rewrite of the one before. */
export function writeCorpus(dir: string, count: number, targetBytes = 5000): { files: string[]; bytes: number } {
  const files: string[] = [];
  let bytes = 0;
  for (let i = 0; i < count; i++) {
    const sub = path.join(dir, `batch-${String(Math.floor(i / 500)).padStart(3, '0')}`);
    if (i % 500 === 0) fs.mkdirSync(sub, { recursive: true });
    let text = generateDocument(i % 50 === 49 ? i - 1 : i, targetBytes);
    if (i % 50 === 49) text = text.replace(/ said/g, ' stated').replace(/percent/g, 'per cent');
    const file = path.join(sub, `doc-${String(i).padStart(5, '0')}.txt`);
    fs.writeFileSync(file, text);
    files.push(file);
    bytes += Buffer.byteLength(text);
  }
  return { files, bytes };
}
