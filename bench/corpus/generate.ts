// Deterministic generator of news-style corpora for the benchmark and the scale tests.
//
// Every document is built from this file's own templates (invented outlets, people, places and
// sentences; nothing from the seeds or the devset): page chrome around an article with a byline and
// date, attributed and unattributed claims, named entities, and a share of copies of earlier
// documents (exact, near, spun, partial). Document i depends only on (seed, i), so the 1k corpus is
// the first thousand documents of the 10k corpus and a rerun produces byte-identical files.
import { mkdirSync, writeFileSync, existsSync, readFileSync, rmSync } from 'node:fs';
import * as path from 'node:path';

export const GENERATOR_VERSION = 6;
export const DEFAULT_SEED = 20261123;

/** mulberry32: small, fast, good enough for picking templates. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Rand = () => number;
const pick = <T>(r: Rand, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)];
const int = (r: Rand, lo: number, hi: number) => lo + Math.floor(r() * (hi - lo + 1));

interface Outlet {
  name: string;
  slug: string;
  nav: string;
  footer: string[];
  comments: boolean;
}

const OUTLETS: Outlet[] = [
  { name: 'The Harbor Ledger', slug: 'harbor-ledger', nav: 'Home | Local | Business | Port | Opinion | Sport', footer: ['© 2026 The Harbor Ledger. All rights reserved.', 'Privacy Policy | Terms of Use | Contact the newsroom'], comments: false },
  { name: 'Valley Morning Post', slug: 'valley-post', nav: 'News  Politics  Weather  Schools  Obituaries', footer: ['Copyright 2026 Valley Morning Post Media Group', 'About us · Careers · Advertise with us'], comments: false },
  { name: 'Northgate Wire', slug: 'northgate-wire', nav: 'World / Markets / Tech / Climate / Health', footer: ['Northgate Wire is an independent news service.', '© Northgate Wire 2026'], comments: false },
  { name: 'DailyBuzzHub', slug: 'dailybuzzhub', nav: 'Trending | Viral | Money | Life', footer: ['© 2026 DailyBuzzHub. All Rights Reserved.', 'Disclaimer: content is for information only.'], comments: true },
  { name: 'InfoStream Today', slug: 'infostream', nav: 'Home » News » Latest', footer: ['Powered by InfoStream CMS', 'Copyright © 2026 InfoStream Today'], comments: true },
  { name: 'Capital Courier', slug: 'capital-courier', nav: 'Capitol | Courts | Economy | Letters', footer: ['The Capital Courier, 14 Mercer Street', '© 2026 Capital Courier Company'], comments: false },
];

const CHROME_TOP = [
  'Skip to main content',
  'Sign in',
  'Subscribe for $1 a week',
  'Advertisement',
  'Menu',
  'Search',
  'Live TV',
];
const CHROME_MID = [
  'Share on Facebook  Share on X  Email this article',
  'Advertisement',
  'Story continues below advertisement',
  'Read more: our full coverage of the region',
  'Sign up for our morning briefing and get the news in your inbox.',
  'RELATED: What the new budget means for you',
];
const CHROME_BOTTOM = [
  'We use cookies to improve your experience. Accept all | Manage preferences',
  'Most read',
  'More from this section',
  'Follow us on social media',
  'Tags: local news, economy, city hall',
];
const COMMENT_FORM = ['Leave a Reply', 'Your email address will not be published. Required fields are marked *', 'Be the first to comment'];

const FIRST = ['Maren', 'Tobias', 'Ines', 'Kofi', 'Lucia', 'Anders', 'Priya', 'Dmitri', 'Soledad', 'Hugo', 'Aiko', 'Reuben', 'Fatima', 'Callum', 'Yara', 'Emil', 'Nadia', 'Oskar', 'Leona', 'Rafael'];
const LAST = ['Okafor', 'Lindqvist', 'Moreau', 'Castellano', 'Haddad', 'Brennan', 'Takeda', 'Novak', 'Adeyemi', 'Whitcombe', 'Ferreira', 'Kowalczyk', 'Delacroix', 'Sandoval', 'Ivanova', 'Mbeki', 'Tanaka', 'Holloway', 'Varga', 'Quintero'];
const ROLES = ['the city’s harbor commissioner', 'a spokesperson for the union', 'the regional health director', 'a senior economist', 'the mayor', 'the company’s chief executive', 'a professor of public policy', 'the state treasurer', 'a local shop owner', 'the council’s finance chair'];
const ORG_HEADS = ['Port Authority', 'Water Board', 'Transit Agency', 'Chamber of Commerce', 'Teachers Association', 'Housing Trust', 'Fisheries Council', 'Health Network', 'Energy Cooperative', 'Planning Commission'];
const PLACES = ['Westmere', 'Carden Valley', 'Port Ellison', 'Ostrava Bay', 'Lake Tamsin', 'New Harwick', 'Halden', 'South Arlow', 'Brightwater', 'Kestrel Point', 'Marrow Creek', 'Eastholm', 'Saltmarsh', 'Greyford', 'Linden Hill', 'Corrin', 'Vale Oriel', 'Bramblecote', 'Tarrow', 'Whitlow Sound'];
const ORGS = [...ORG_HEADS.flatMap((h) => PLACES.slice(0, 6).map((p) => `the ${p} ${h}`)), 'Helix Freight Lines', 'Northbridge University', 'Arlow Energy', 'Meridian Health', 'Dockworkers Union Local 12'];
const TOPICS = ['port strike', 'water rate increase', 'rail link', 'hospital merger', 'fishing quota', 'school closures', 'wind farm', 'housing plan', 'budget shortfall', 'bridge repairs', 'bus depot sale', 'flood barrier', 'library cuts', 'ferry contract', 'parking charges', 'landfill expansion', 'tram extension', 'stadium loan', 'pension reform', 'harbor dredging'].map((t) => `the ${t}`);
const ASIDES = ['', '', '', ' earlier this month', ' after a long night of talks', ' despite protests outside', ' for the second time', ' in a packed hall', ' late on {D}', ' at short notice', ' in front of cameras', ' without a recorded vote'];
const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

interface Cast {
  people: { name: string; role: string }[];
  org: string;
  org2: string;
  place: string;
  topic: string;
}

function person(r: Rand) {
  return { name: `${pick(r, FIRST)} ${pick(r, LAST)}`, role: pick(r, ROLES) };
}

// Sentences are assembled from parts (speaker × verb × claim, hedge × claim, event × detail) with
// names and numbers in most of them, so two unrelated documents rarely share a sentence, as in real news.
// Slots: {P} person, {L} surname, {R} role, {O}/{O2} organisations, {X} place, {T} topic, {N}/{M} numbers,
// {D} day, {MONTH} month, {ST} street.
const SPEAKERS = ['{P}, {R},', '{L}', '{O}', 'A spokesperson for {O}', '{P} of {O2}', 'Officials at {O}', 'Lawyers for {O2}', '{L}, speaking outside the hearing,', 'In a letter to members, {L}', 'A report by {O2}'];
const SPEECH = ['said', 'told reporters', 'argued', 'warned', 'noted', 'insisted', 'acknowledged', 'said in a statement', 'wrote', 'said on {D}'];
const CLAIMS = [
  'that {T} would cost about {N} million dollars over {M} years',
  'that {N} families in {X} had lost income since {MONTH}',
  'that the council had ignored {N} written objections to {T}',
  'that a decision on {T} was now expected by {D}',
  'that talks with {O2} had broken down {M} times this year',
  'that fees in {X} would rise by {M} percent next {MONTH}',
  'that the first phase of {T} was {M} weeks behind schedule',
  'that {N} jobs at {O2} depended on the outcome',
  'that inspectors found {M} faults on {ST} last {MONTH}',
  'that the budget for {T} had been cut by {N} thousand dollars',
  'that nobody at {O} had read the {M}-page proposal in full',
  'that the vote on {T} had been moved to {D} without notice',
  'that the ferry service from {X} carried {N} passengers in {MONTH}',
  'that {M} of the {N} contracts for {T} went to one bidder',
  'that the hearing on {ST} drew {N} residents, a record',
  'that water use in {X} fell by {M} percent after the warning',
];
const HEDGES = ['Experts believe', 'It is widely known', 'Critics say', 'Many residents now believe', 'Studies show', 'Everyone agrees', 'Insiders claim', 'It is clear'];
const EVENTS = [
  'The meeting on {ST} lasted {M} hours and ended without a vote.',
  'About {N} people attended the hearing on {T} in {X} on {D}.',
  'Traffic on {ST} was diverted for {M} hours on {D}.',
  'Negotiators from {O} and {O2} met again on {D} in {X}.',
  'The minutes of the {MONTH} session will be published within {M} days.',
  'Ferries between {X} and the mainland ran {M} fewer trips than usual.',
  'The proposal on {T} would take effect in {MONTH} if approved.',
  'Shops along {ST} reported {M} percent fewer customers on {D}.',
  'A second hearing on {T} has been set for {D}, {MONTH} {M}.',
  'Documents dated {MONTH} {M} show the estimate was revised {M} times.',
  'The {N} signatures collected in {X} were delivered to {O} on {D}.',
  'Work on {ST} stopped at {M} o’clock while {O} checked the site.',
];
const STREETS = ['Mercer Street', 'Quay Road', 'Harbor Lane', 'Elm Avenue', 'Station Road', 'Canal Walk', 'Fairview Drive', 'North Pier', 'Market Square', 'Kingsway', 'Orchard Row', 'Mill Lane'];

function fill(r: Rand, template: string, cast: Cast): string {
  const p = pick(r, cast.people);
  return template
    .replace(/\{P\}/g, p.name)
    .replace(/\{L\}/g, p.name.split(' ')[1])
    .replace(/\{R\}/g, p.role)
    .replace(/\{O2\}/g, cast.org2)
    .replace(/\{O\}/g, cast.org)
    .replace(/\{X\}/g, cast.place)
    .replace(/\{T\}/g, cast.topic)
    .replace(/\{ST\}/g, () => pick(r, STREETS))
    .replace(/\{N\}/g, () => String(int(r, 12, 4800)))
    .replace(/\{M\}/g, () => String(int(r, 2, 60)))
    .replace(/\{D\}/g, () => pick(r, DAYS))
    .replace(/\{MONTH\}/g, () => pick(r, MONTHS));
}

const capitalize = (t: string) => t.charAt(0).toUpperCase() + t.slice(1);

function sentence(r: Rand, cast: Cast): string {
  const x = r();
  const claim = pick(r, CLAIMS);
  if (x < 0.35) return fill(r, `${pick(r, SPEAKERS)} ${pick(r, SPEECH)}${pick(r, ASIDES)} ${claim}.`, cast);
  if (x < 0.45) return fill(r, `“${capitalize(claim.replace(/^that /, ''))},” ${pick(r, ['{L} said', 'said {P}', '{L} told the council'])}.`, cast);
  if (x < 0.6) return fill(r, `${pick(r, HEDGES)} ${claim}${pick(r, ASIDES)}.`, cast);
  return fill(r, pick(r, EVENTS).replace(/\.$/, pick(r, ASIDES) + '.'), cast);
}

function paragraph(r: Rand, cast: Cast): string {
  const n = int(r, 2, 5);
  const out: string[] = [];
  for (let i = 0; i < n; i++) out.push(sentence(r, cast));
  return out.join(' ');
}

function castFor(r: Rand): Cast {
  return {
    people: [person(r), person(r), person(r)],
    org: pick(r, ORGS),
    org2: pick(r, ORGS),
    place: pick(r, PLACES),
    topic: pick(r, TOPICS),
  };
}

interface Article {
  title: string;
  byline: string;
  date: string;
  paragraphs: string[];
}

function article(r: Rand, paragraphs: number): Article {
  const cast = castFor(r);
  const title = fill(r, pick(r, ['{X} council delays vote on {T} after {N} objections', '{O} and {O2} trade blame over {T}', 'What {T} means for {N} households in {X}', '{L} vows to fight {T} as costs rise {M} percent', '{X} residents pack hearing on {T}']), cast);
  const reporter = person(r).name;
  const date = `Published ${int(r, 1, 12)}:${String(int(r, 0, 59)).padStart(2, '0')} ${r() < 0.5 ? 'AM' : 'PM'}, ${pick(r, DAYS)} ${pick(r, MONTHS)} ${int(r, 1, 28)}, 2026`;
  const paras: string[] = [];
  for (let i = 0; i < paragraphs; i++) paras.push(paragraph(r, cast));
  return { title, byline: `By ${reporter}`, date, paragraphs: paras };
}

function render(r: Rand, outlet: Outlet, a: Article): string {
  const lines: string[] = [];
  for (const c of CHROME_TOP) if (r() < 0.5) lines.push(c);
  lines.push(outlet.name, outlet.nav, '', a.title, '', a.byline, a.date, '');
  a.paragraphs.forEach((p, i) => {
    lines.push(p, '');
    if (i === 2 || (i > 0 && i % 6 === 0)) lines.push(pick(r, CHROME_MID), '');
  });
  for (const c of CHROME_BOTTOM) if (r() < 0.4) lines.push(c);
  if (outlet.comments) lines.push('', ...COMMENT_FORM);
  lines.push('', ...outlet.footer);
  return lines.join('\n') + '\n';
}

// Rewording used for spun copies: content farms swap words for near-synonyms.
const SPIN: [RegExp, string][] = [
  [/\bsaid\b/g, 'stated'],
  [/\bagreement\b/g, 'accord'],
  [/\breported\b/g, 'indicated'],
  [/\bresidents\b/g, 'locals'],
  [/\bofficials\b/gi, 'authorities'],
  [/\bmeeting\b/g, 'gathering'],
  [/\bpublic\b/g, 'general public'],
  [/\bcost\b/g, 'price tag'],
  [/\bbegan\b/g, 'started'],
  [/\bfigures\b/g, 'numbers'],
  [/\bworkers\b/g, 'employees'],
  [/\bhousehold/g, 'family unit'],
];

function spin(text: string): string {
  let t = text;
  for (const [re, to] of SPIN) t = t.replace(re, to);
  return t;
}

export interface GeneratedDocument {
  /** Relative path, forward slashes. */
  path: string;
  text: string;
  /** Which earlier document this one copies, and how (for tests). */
  copyOf?: { index: number; kind: 'exact' | 'near' | 'spun' | 'partial' };
}

/** Paragraph count chosen so documents average ~5 KB (~50 MB at 10k documents). */
const MIN_PARAGRAPHS = 10;
const MAX_PARAGRAPHS = 14;
/** Share of documents that copy an earlier one. */
const COPY_SHARE = 0.15;

const articleCache = new Map<number, Article>();

function baseArticle(seed: number, index: number): Article {
  const key = seed * 1_000_003 + index;
  let a = articleCache.get(key);
  if (!a) {
    const r = rng(seed ^ Math.imul(index + 1, 0x9e3779b1));
    a = article(r, int(r, MIN_PARAGRAPHS, MAX_PARAGRAPHS));
    if (articleCache.size > 50_000) articleCache.clear();
    articleCache.set(key, a);
  }
  return a;
}

/** Document `index` of the corpus with this seed. */
export function generateDocument(index: number, seed = DEFAULT_SEED): GeneratedDocument {
  const r = rng((seed + index * 7919) >>> 0);
  const outlet = OUTLETS[index % OUTLETS.length];
  let a = baseArticle(seed, index);
  let copyOf: GeneratedDocument['copyOf'];
  if (index >= 10 && r() < COPY_SHARE) {
    const source = int(r, Math.max(0, index - 400), index - 1);
    const kind = pick(r, ['exact', 'near', 'spun', 'partial'] as const);
    const src = baseArticle(seed, source);
    copyOf = { index: source, kind };
    if (kind === 'exact') a = src;
    else if (kind === 'near') a = { ...src, paragraphs: src.paragraphs.map((p, i) => (i === 1 ? p + ' The story was updated with new figures.' : p)) };
    else if (kind === 'spun') a = { ...src, title: spin(src.title), paragraphs: src.paragraphs.map(spin) };
    else a = { ...a, paragraphs: [...src.paragraphs.slice(0, Math.ceil(src.paragraphs.length / 2)), ...a.paragraphs.slice(0, 4)] };
  }
  const dir = `d${String(Math.floor(index / 1000)).padStart(2, '0')}`;
  const name = `${String(index).padStart(6, '0')}-${outlet.slug}.txt`;
  return { path: `${dir}/${name}`, text: render(r, outlet, a), copyOf };
}

export function generateCorpus(count: number, seed = DEFAULT_SEED): GeneratedDocument[] {
  const out: GeneratedDocument[] = [];
  for (let i = 0; i < count; i++) out.push(generateDocument(i, seed));
  return out;
}

/** One long article (for incremental re-analysis), about `words` words, with chrome around it. */
export function longDocument(words: number, seed = DEFAULT_SEED): string {
  const r = rng(seed ^ 0x5eed);
  const cast = castFor(r);
  const paras: string[] = [];
  let n = 0;
  while (n < words) {
    const p = paragraph(r, cast);
    n += p.split(/\s+/).length;
    paras.push(p);
  }
  return render(r, OUTLETS[0], { title: 'A long report', byline: 'By Maren Okafor', date: 'Published 9:00 AM, Monday March 2, 2026', paragraphs: paras });
}

/**
 * Write the corpus under `dir` (once; a stamp file records seed, count and generator version).
 * Returns the folder and total bytes.
 */
export function writeCorpus(dir: string, count: number, seed = DEFAULT_SEED): { dir: string; bytes: number; files: number } {
  const stampFile = path.join(dir, '.stamp.json');
  const stamp = JSON.stringify({ version: GENERATOR_VERSION, seed, count });
  if (existsSync(stampFile)) {
    const old = JSON.parse(readFileSync(stampFile, 'utf8'));
    if (JSON.stringify({ version: old.version, seed: old.seed, count: old.count }) === stamp) return { dir, bytes: old.bytes, files: count };
    rmSync(dir, { recursive: true, force: true });
  }
  let bytes = 0;
  const made = new Set<string>();
  for (let i = 0; i < count; i++) {
    const d = generateDocument(i, seed);
    const file = path.join(dir, d.path);
    const sub = path.dirname(file);
    if (!made.has(sub)) {
      mkdirSync(sub, { recursive: true });
      made.add(sub);
    }
    writeFileSync(file, d.text);
    bytes += Buffer.byteLength(d.text);
  }
  writeFileSync(stampFile, JSON.stringify({ version: GENERATOR_VERSION, seed, count, bytes }));
  return { dir, bytes, files: count };
}
