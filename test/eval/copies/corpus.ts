// Evaluation corpus for copy detection, generated from our own short news stories
// (test/fixtures/copies/stories): each story is rendered as an "original" page and as labelled copies
// (exact with other chrome, near, partial, synonym-spun, reordered). Stories on the same topic are written
// independently and share names and numbers, so they are the unrelated same-topic negatives.
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import type { CopyKind } from '../../../src/core/types';
import { rng } from '../../../bench/corpus/generate';

export const STORIES_DIR = path.join(__dirname, '../../fixtures/copies/stories');

export interface Story {
  id: string;
  topic: string;
  title: string;
  byline: string;
  date: string;
  source: string;
  paragraphs: string[];
}

export function loadStories(dir = STORIES_DIR): Story[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => {
      const [head, body] = readFileSync(path.join(dir, f), 'utf8').split(/^---$/m);
      const field = (k: string) => new RegExp(`^${k}: (.*)$`, 'm').exec(head)?.[1].trim() ?? '';
      return {
        id: f.replace(/\.txt$/, ''),
        topic: field('topic'),
        title: field('title'),
        byline: field('byline'),
        date: field('date'),
        source: field('source'),
        paragraphs: body.split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean),
      };
    });
}

/** Deterministic pseudo-random numbers: the benchmark generator's mulberry32. */
export { rng };

// --- page chrome ----------------------------------------------------------------------------------------

type Chrome = (title: string, body: string[], s: Story) => string;

/** The publisher's own page: source line, byline, date, legal footer. */
export const publisherPage: Chrome = (title, body, s) =>
  [
    `Source: ${s.source}`,
    '',
    title,
    '',
    `  ${s.byline}`,
    '',
    'Updated:',
    `        ${s.date}`,
    '',
    ...body.flatMap((p) => [`  ${p}`, ' ']),
    ' See Full Article ',
    '',
    `    © ${s.date.slice(-4)} ${s.byline.split(', ').pop()}. All Rights Reserved.`,
    '',
    '      Terms of Use',
    '      |',
    '      Privacy Policy',
  ].join('\n');

/** A news aggregator: navigation, share widgets, no byline. */
export const aggregatorPage: Chrome = (title, body) =>
  [
    'Home | World | Business | Sport | Weather',
    '',
    title,
    '',
    'Share this article',
    '',
    ...body.flatMap((p) => [p, '']),
    'Related stories',
    '',
    'Copyright 2025 NewsHub Media. All rights reserved.',
  ].join('\n');

/** A content farm: title, body, comment form. */
export const farmPage = (title: string, body: string[], _story?: Story): string =>
  [title, '', ...body.flatMap((p) => [p, '', '']), 'Be the first to comment', '', 'Leave a Reply', '', 'Your email address will not be published.'].join('\n');

// --- spinning -------------------------------------------------------------------------------------------

/** Synonym swaps a content spinner makes. Written for this evaluation. */
const SYNONYMS: Record<string, string> = {
  said: 'stated', says: 'states', told: 'informed', stopped: 'halted', morning: 'forenoon', dispute: 'row', plan: 'scheme',
  replace: 'substitute', workers: 'labourers', last: 'continue', about: 'roughly', members: 'participants', joined: 'backed',
  statement: 'release', remained: 'stayed', open: 'ongoing', waiting: 'idling', least: 'minimum', afternoon: 'midday',
  cargo: 'freight', diverted: 'redirected', smaller: 'minor', warned: 'cautioned', prolonged: 'lengthy', cost: 'set back',
  opposed: 'hostile', wanted: 'sought', guarantees: 'assurances', number: 'count', handled: 'processed',
  busiest: 'most active', figures: 'data', closely: 'carefully', urged: 'called on', ordered: 'imposed',
  cuts: 'reductions', household: 'domestic', supplies: 'provision', main: 'principal', fell: 'dropped', lowest: 'weakest',
  began: 'started', run: 'operate', extended: 'widened', already: 'previously', barred: 'banned', described: 'called',
  risen: 'climbed', during: 'over the course of', passed: 'exceeded', exempt: 'spared', received: 'got', normal: 'usual',
  continuing: 'extending', promised: 'pledged', emergency: 'urgent', asked: 'requested', avoid: 'refrain from', ignore: 'disregard',
  raised: 'hiked', increase: 'rise', strong: 'robust', ready: 'prepared', growth: 'expansion',
  peak: 'high', goal: 'aim', voted: 'opted', unchanged: 'on hold', signs: 'indications', cooling: 'slowing', strengthened: 'firmed',
  criticised: 'slammed', decision: 'move', higher: 'steeper', struggling: 'battling', likely: 'expected', travel: 'journey',
  clearest: 'strongest', warming: 'improving', ties: 'relations', neighbours: 'neighbouring states', accepted: 'took up',
  exact: 'precise', agreed: 'worked out', announced: 'revealed', opened: 'launched', discuss: 'talk about', reopening: 'reopen',
  subject: 'focus', reached: 'hit', double: 'twice', stuck: 'stranded', entered: 'moved into', offered: 'proposed',
  rejected: 'turned down', begun: 'started', appealed: 'pleaded', accept: 'agree to', estimated: 'reckoned', delaying: 'holding up',
  employs: 'has on its payroll', investing: 'putting money', expected: 'anticipated', lose: 'forfeit', hottest: 'warmest',
  survive: 'make it through', compensate: 'reimburse', defended: 'justified', started: 'begun', intended: 'meant',
  pay: 'spend', average: 'mean', latest: 'most recent', pass: 'hand', hoped: 'wished', finally: 'at last', shut: 'closed',
  leaving: 'departing', preparing: 'drawing up', issues: 'matters', collapsed: 'fell apart', broke: 'fell',
  // Changes that alter meaning, as spinners make them without noticing (the drift classifier must catch these):
  could: 'might', may: 'will', would: 'will', catastrophe: 'disaster', criticized: 'slammed', return: 'retaliate for',
};

export interface InjectedDrift {
  kind: 'modality' | 'evaluative' | 'number' | 'negation' | 'attribution' | 'entity' | 'deixis';
  /** Original wording ('' when the copy only adds). */
  from: string;
  /** Copy wording ('' when the copy only drops). */
  to: string;
}

export const HANDWRITTEN_DIR = path.join(__dirname, '../../fixtures/copies/handwritten');

/** Rewrites written by hand in the content-farm style (not by our spinner), with the drifts they carry. */
export function loadHandwritten(dir = HANDWRITTEN_DIR): { of: string; name: string; text: string; drifts: InjectedDrift[] }[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => {
      const raw = readFileSync(path.join(dir, f), 'utf8');
      const cut = raw.indexOf('\n---\n');
      const head = raw.slice(0, cut);
      const of = /^of: (.*)$/m.exec(head)![1].trim();
      const drifts = [...head.matchAll(/^drift: (\w+) (.*)→(.*)$/gm)].map((m) => ({ kind: m[1] as InjectedDrift['kind'], from: m[2].trim(), to: m[3].trim() }));
      const [title, ...paras] = raw.slice(cut + 5).trim().split(/\n\s*\n/);
      return { of, name: f.replace(/\.txt$/, ''), text: farmPage(title.trim(), paras.map((p) => p.trim())), drifts };
    });
}

function matchCase(src: string, repl: string): string {
  return /^\p{Lu}/u.test(src) ? repl[0].toUpperCase() + repl.slice(1) : repl;
}

const MODAL_SWAPS = new Set(['could', 'may', 'would']);
const EVALUATIVE_SWAPS = new Set(['catastrophe', 'criticised', 'criticized', 'return']);

/** Replace words by synonyms with probability `p`; records the meaning-altering swaps it made. */
export function spinSentence(sentence: string, p: number, rand: () => number, drifts: InjectedDrift[]): string {
  return sentence.replace(/\p{L}+/gu, (w) => {
    const lower = w.toLowerCase();
    const syn = SYNONYMS[lower];
    if (!syn || rand() >= p) return w;
    if (MODAL_SWAPS.has(lower) && w !== lower) return w; // "May" the month
    if (MODAL_SWAPS.has(lower)) drifts.push({ kind: 'modality', from: lower, to: syn });
    if (EVALUATIVE_SWAPS.has(lower)) drifts.push({ kind: 'evaluative', from: lower, to: syn.split(' ')[0] });
    return matchCase(w, syn);
  });
}

/** "X, Y said." → "According to Y, X." — the clause reordering spinners favour. */
export function reorderClauses(sentence: string): string {
  const m = /^(.{20,}?), ((?:the )?[A-Z][\w’' -]{2,60}?) (?:said|told reporters|reported)\.$/.exec(sentence);
  if (!m) return sentence;
  return `According to ${m[2]}, ${m[1][0].toLowerCase()}${m[1].slice(1)}.`;
}

/** Sentences of one of our own paragraphs: they end at . ! ? (and a closing quote) before a capital. */
export function sentencesOf(paragraph: string): string[] {
  return paragraph.split(/(?<=[.!?]["”]?)\s+(?=["“]?[A-Z])/).map((s) => s.trim()).filter(Boolean);
}

/** Change one number in the text (a spinner's typo or a deliberate inflation). */
export function changeNumber(paragraphs: string[], rand: () => number, drifts: InjectedDrift[]): string[] {
  const idx = paragraphs.map((p, i) => (/\b\d[\d,.]*\b/.test(p) ? i : -1)).filter((i) => i >= 0);
  if (!idx.length) return paragraphs;
  const k = idx[Math.floor(rand() * idx.length)];
  const out = [...paragraphs];
  out[k] = out[k].replace(/\b(\d[\d,]*)(\.\d+)?\b/, (n) => {
    const changed = n.includes('.') ? n.replace(/\d$/, (d) => String((+d + 3) % 10)) : String(Number(n.replace(/,/g, '')) * 2);
    drifts.push({ kind: 'number', from: n, to: changed });
    return changed;
  });
  return out;
}

// --- the corpus -----------------------------------------------------------------------------------------

export interface EvalDoc {
  path: string;
  text: string;
  story: string;
  /** The kind of copy this document is of its story's original, or 'original'. */
  variant: CopyKind | 'original' | 'reordered';
  drifts: InjectedDrift[];
}

/** What kind a pair (original, variant) should be reported as. */
export function expectedKind(variant: EvalDoc['variant']): CopyKind | undefined {
  if (variant === 'original') return undefined;
  return variant === 'reordered' ? 'near' : variant;
}

export function buildEvalCorpus(stories: Story[] = loadStories()): EvalDoc[] {
  const docs: EvalDoc[] = [];
  stories.forEach((s, si) => {
    const rand = rng(1000 + si);
    const add = (name: string, variant: EvalDoc['variant'], text: string, drifts: InjectedDrift[] = []) =>
      docs.push({ path: `${s.id}/${name}.txt`, text, story: s.id, variant, drifts });
    const P = s.paragraphs;
    add('original', 'original', publisherPage(s.title, P, s));
    add('exact-aggregator', 'exact', aggregatorPage(s.title, P, s));
    add('exact-farm', 'exact', farmPage(s.title, P, s));
    // Near: one paragraph cut, a few words edited.
    const cut = 1 + Math.floor(rand() * (P.length - 2));
    const edited = P.filter((_, i) => i !== cut).map((p, i) => (i === 0 ? p.replace(/ on (\w+day)/, ' on $1 local time') : p));
    add('near-cut', 'near', aggregatorPage(s.title, edited, s));
    // Near: re-wrapped (two paragraphs per line), last paragraph dropped.
    const wrapped: string[] = [];
    for (let i = 0; i < P.length - 1; i += 2) wrapped.push(P.slice(i, Math.min(i + 2, P.length - 1)).join(' '));
    add('near-rewrapped', 'near', farmPage(s.title, wrapped, s));
    // Partial: the first three paragraphs only, and the last three only.
    add('partial-head', 'partial', aggregatorPage(s.title, P.slice(0, 3), s));
    add('partial-tail', 'partial', farmPage(`${s.title} (excerpt)`, P.slice(-3), s));
    // Reordered: the same paragraphs in another order.
    const order = P.map((_, i) => i);
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [order[i], order[j]] = [order[j], order[i]];
    }
    if (order.every((x, i) => x === i)) order.reverse();
    add('reordered', 'reordered', aggregatorPage(s.title, order.map((i) => P[i]), s));
    // Spun: synonyms, clause reordering, one number changed, paragraphs merged into long lines, some dropped.
    for (const [k, p] of [[1, 0.6], [2, 0.75], [3, 0.9]] as const) {
      const r = rng(2000 + si * 10 + k);
      const drifts: InjectedDrift[] = [];
      const kept = P.filter((_, i) => i < 2 || r() > 0.2);
      const spun = changeNumber(kept, r, drifts).map((para) => sentencesOf(para).map((x) => spinSentence(reorderClauses(x), p, r, drifts)).join(' '));
      const lines: string[] = [];
      for (let i = 0; i < spun.length; i += 3) lines.push(spun.slice(i, i + 3).join(' '));
      add(`spun-${k}`, 'spun', farmPage(spinSentence(s.title, p, r, []), lines, s), drifts);
    }
    // Hard spun: every synonym taken, sentences shuffled inside each paragraph, 40% of paragraphs dropped.
    {
      const r = rng(3000 + si);
      const drifts: InjectedDrift[] = [];
      const kept = P.filter((_, i) => i < 2 || r() > 0.4);
      const spun = kept.map((para) => {
        const ss = sentencesOf(para).map((x) => spinSentence(reorderClauses(x), 1, r, drifts));
        return (ss.length > 1 ? [...ss.slice(1), ss[0]] : ss).join(' ');
      });
      add('spun-hard', 'spun', farmPage(spinSentence(s.title, 1, r, []), [spun.join(' ')], s), drifts);
    }
  });
  // Hand-written rewrites: spun copies of their story, and the drifts a reviewer would want flagged.
  for (const h of loadHandwritten()) docs.push({ path: `${h.of}/handwritten.txt`, text: h.text, story: h.of, variant: 'spun', drifts: h.drifts });
  // Same-topic negatives that quote the other story: story B plus two sentences of story A, verbatim
  // (a near copy of B, and no copy of A).
  const byTopic = new Map<string, Story[]>();
  for (const s of stories) byTopic.set(s.topic, [...(byTopic.get(s.topic) ?? []), s]);
  for (const [topic, [a, b]] of byTopic) {
    if (!a || !b) continue;
    const quoted = a.paragraphs.slice(1, 3).map((p) => sentencesOf(p)[0]);
    docs.push({ path: `${b.id}/quotes-${a.id}.txt`, text: aggregatorPage(b.title, [...b.paragraphs, quoted.join(' ')], b), story: b.id, variant: 'original', drifts: [] });
    void topic;
  }
  return docs;
}
