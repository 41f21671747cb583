import { STOPWORDS, stem } from './normalise';
import { SPEECH_VERBS, VAGUE_HEADS } from '../attribution/lexicon';
import { GenerationalCache } from '../text/lru';

/** What kind of meaning change a reworded sentence carries. */
export type DriftKind = 'modality' | 'negation' | 'number' | 'entity' | 'attribution' | 'evaluative' | 'deixis';

export interface Drift {
  kind: DriftKind;
  /** The wording in the original (absent when the copy only adds something). */
  from?: string;
  /** The wording in the copy (absent when the copy only drops something). */
  to?: string;
  /** Plain-text explanation; contains document words, so escape before rendering as Markdown. */
  message: string;
}

export const DRIFT_LABELS: Record<DriftKind, string> = {
  modality: 'certainty changed',
  negation: 'negation changed',
  number: 'number changed',
  entity: 'name changed',
  attribution: 'attribution changed',
  evaluative: 'loaded word changed',
  deixis: 'place made vague',
};

interface Tok {
  text: string;
  lower: string;
  start: number;
  /** First word of its sentence (capitalisation says nothing there). */
  initial: boolean;
}

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*(?:[.,]\d+)*/gu;

/**
 * Tokens by text: a copy and its original are classified against each other per pair, and an original's
 * sentences (and the names within them) come back for each of its copies; about half the texts of the 1k
 * corpus's decide step were tokenised before. The token lists are read-only, and the names and stems
 * cached on them (`names`, `stemsOf`) are found again with them.
 */
const tokenCache = new GenerationalCache<string, Tok[]>(2048);

function toks(text: string): Tok[] {
  let cached = tokenCache.get(text);
  if (!cached) tokenCache.set(text, (cached = tokenize(text)));
  return cached;
}

function tokenize(text: string): Tok[] {
  const out: Tok[] = [];
  let initial = true;
  WORD.lastIndex = 0;
  let last = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
    if (opensSentence(text, last, m.index)) initial = true;
    const lower = m[0].toLowerCase();
    out.push({ text: m[0], lower: lower.includes('’') ? lower.replace(/’/g, "'") : lower, start: m.index, initial });
    initial = false;
    last = m.index + m[0].length;
  }
  return out;
}

const SPACE = /\s/;

/**
 * True when the gap text[from, to) between two words ends a sentence or opens a quote: it matches
 * `[.!?]["'”’]?\s*$` or `[“"]\s*$`. Read backwards from the gap's end (two regexes on a slice per word
 * were a fifth of the drift classification).
 */
function opensSentence(text: string, from: number, to: number): boolean {
  let p = to - 1;
  while (p >= from && SPACE.test(text[p])) p--;
  if (p < from) return false;
  const c = text[p];
  if (c === '.' || c === '!' || c === '?' || c === '“' || c === '"') return true;
  if (c !== "'" && c !== '”' && c !== '’') return false;
  const before = p - 1 >= from ? text[p - 1] : '';
  return before === '.' || before === '!' || before === '?';
}

/** Multiset difference a − b. */
function minus(a: string[], b: string[]): string[] {
  const left = [...b];
  const out: string[] = [];
  for (const x of a) {
    const i = left.indexOf(x);
    if (i >= 0) left.splice(i, 1);
    else out.push(x);
  }
  return out;
}

const q = (s: string) => `“${s}”`;

// --- modality -------------------------------------------------------------------------------------------

/** How sure a modal word makes a statement, 0 (doubtful) .. 1 (certain). Values are an ordering, not a measurement. */
const MODAL_STRENGTH: Record<string, number> = {
  must: 0.95, will: 0.9, shall: 0.9, certainly: 0.95, definitely: 0.95, surely: 0.9, undoubtedly: 0.95, clearly: 0.85,
  would: 0.7, should: 0.7, can: 0.75, probably: 0.7, likely: 0.65, could: 0.5, may: 0.5, apparently: 0.5,
  might: 0.4, possibly: 0.4, perhaps: 0.4, maybe: 0.4, unlikely: 0.25, allegedly: 0.4,
};
const HEDGE = 0.5;
// "a strong will", "the political will": the noun, not the modal.
const NOUN_BEFORE_WILL = new Set(['a', 'an', 'the', 'his', 'her', 'their', 'its', 'our', 'my', 'your', 'strong', 'political', 'free', 'good', 'own', 'popular', 'iron', 'collective', 'last']);

function modals(ts: Tok[]): string[] {
  const out: string[] = [];
  ts.forEach((t, i) => {
    if (!(t.lower in MODAL_STRENGTH)) return;
    if (t.lower === 'will' && NOUN_BEFORE_WILL.has(ts[i - 1]?.lower ?? '')) return;
    if (t.lower === 'may' && t.text === 'May' && !t.initial) return; // the month
    out.push(t.lower);
  });
  return out;
}

function modalityDrift(o: Tok[], c: Tok[]): Drift[] {
  const om = modals(o);
  const cm = modals(c);
  const removed = minus(om, cm);
  const added = minus(cm, om);
  const out: Drift[] = [];
  const n = Math.min(removed.length, added.length);
  for (let i = 0; i < n; i++) {
    const d = MODAL_STRENGTH[added[i]] - MODAL_STRENGTH[removed[i]];
    if (d === 0) continue;
    out.push({ kind: 'modality', from: removed[i], to: added[i], message: `${q(removed[i])} → ${q(added[i])}: ${d > 0 ? 'more certain' : 'less certain'}` });
  }
  // A hedge dropped makes a possibility read as fact; a hedge added makes a fact read as possibility.
  for (const r of removed.slice(n)) if (MODAL_STRENGTH[r] <= HEDGE) out.push({ kind: 'modality', from: r, message: `hedge ${q(r)} dropped: reads as more certain` });
  for (const a of added.slice(n)) if (MODAL_STRENGTH[a] <= HEDGE) out.push({ kind: 'modality', to: a, message: `hedge ${q(a)} added: reads as less certain` });
  return out;
}

// --- negation -------------------------------------------------------------------------------------------

const NEGATIONS = new Set(['not', 'never', 'no', 'none', 'nobody', 'nothing', 'neither', 'nor', 'without', 'cannot']);

function negations(ts: Tok[]): string[] {
  const out: string[] = [];
  ts.forEach((t, i) => {
    if (NEGATIONS.has(t.lower) || t.lower.endsWith("n't")) {
      if (t.lower === 'no' && ts[i + 1]?.lower === 'longer') out.push('no longer');
      else out.push(t.lower);
    }
  });
  return out;
}

function negationDrift(o: Tok[], c: Tok[]): Drift[] {
  const on = negations(o);
  const cn = negations(c);
  if (on.length === cn.length) return [];
  if (on.length > cn.length) {
    const r = minus(on, cn)[0] ?? on[0];
    return [{ kind: 'negation', from: r, message: `negation ${q(r)} dropped` }];
  }
  const a = minus(cn, on)[0] ?? cn[0];
  return [{ kind: 'negation', to: a, message: `negation ${q(a)} added` }];
}

// --- numbers --------------------------------------------------------------------------------------------

const SCALE: Record<string, number> = { hundred: 1e2, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 };
const SMALL: Record<string, number> = { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12, dozen: 12, twenty: 20, fifty: 50, hundred: 100 };

interface Quantity {
  value: number;
  text: string;
}

function quantities(text: string, ts: Tok[]): Quantity[] {
  const out: Quantity[] = [];
  for (let i = 0; i < ts.length; i++) {
    const t = ts[i];
    let value: number | undefined;
    if (/^\d/.test(t.lower)) value = Number(t.lower.replace(/,/g, ''));
    else if (t.lower in SMALL && t.lower !== 'hundred') {
      // Word numbers count only before a scale word or for two..twelve ("one" and "a" are too often pronouns/articles).
      const next = ts[i + 1]?.lower ?? '';
      if (!(next in SCALE) && (SMALL[t.lower] < 2 || t.lower === 'dozen')) continue;
      value = SMALL[t.lower];
    }
    if (value === undefined || Number.isNaN(value)) continue;
    let end = t.start + t.text.length;
    const next = ts[i + 1];
    if (next && next.lower in SCALE) {
      value *= SCALE[next.lower];
      end = next.start + next.text.length;
      i++;
    }
    out.push({ value, text: text.slice(t.start, end) });
  }
  return out;
}

function numberDrift(o: string, c: string, ot: Tok[], ct: Tok[]): Drift[] {
  const oq = quantities(o, ot);
  const cq = quantities(c, ct);
  const removed = oq.filter((x) => !cq.some((y) => y.value === x.value));
  const added = cq.filter((y) => !oq.some((x) => x.value === y.value));
  const out: Drift[] = [];
  const n = Math.max(removed.length, added.length);
  for (let i = 0; i < n; i++) {
    const r = removed[i];
    const a = added[i];
    if (r && a) out.push({ kind: 'number', from: r.text, to: a.text, message: `${q(r.text)} → ${q(a.text)}` });
    else if (r) out.push({ kind: 'number', from: r.text, message: `number ${q(r.text)} dropped` });
    else if (a) out.push({ kind: 'number', to: a.text, message: `number ${q(a.text)} added` });
  }
  return out;
}

// --- names and attribution ------------------------------------------------------------------------------

interface Name {
  text: string;
  start: number;
  end: number;
  /** Token index range [first, last]. */
  first: number;
  last: number;
}

const NAME_CONNECTORS = new Set(['of', 'de', 'al', 'bin', 'van', 'von']);
const NOT_NAMES = new Set(['i', 'the', 'a', 'an', 'this', 'that', 'these', 'those', 'there', 'it', 'he', 'she', 'they', 'we', 'but', 'and', 'as', 'at', 'in', 'on', 'meanwhile', 'additionally', 'however', 'during', 'according', 'last', 'after', 'before', 'while', 'when']);

const UPPER_START = /^\p{Lu}/u;

function isCap(t: Tok): boolean {
  const c = t.text.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  return UPPER_START.test(t.text);
}

/** Capitalised word runs ("Dmitry Peskov", "Korean Central News Agency"); a sentence's first word only when a capital follows. */
const namesCache = new WeakMap<Tok[], Name[]>();

function names(text: string, ts: Tok[]): Name[] {
  let cached = namesCache.get(ts);
  if (!cached) namesCache.set(ts, (cached = findNames(text, ts)));
  return cached;
}

function findNames(text: string, ts: Tok[]): Name[] {
  const out: Name[] = [];
  for (let i = 0; i < ts.length; i++) {
    if (!isCap(ts[i]) || NOT_NAMES.has(ts[i].lower)) continue;
    if (ts[i].initial && !(ts[i + 1] && isCap(ts[i + 1]))) continue;
    let j = i;
    while (j + 1 < ts.length && (isCap(ts[j + 1]) || (NAME_CONNECTORS.has(ts[j + 1].lower) && ts[j + 2] && isCap(ts[j + 2])))) j++;
    const start = ts[i].start;
    const end = ts[j].start + ts[j].text.length;
    out.push({ text: text.slice(start, end), start, end, first: i, last: j });
    i = j;
  }
  return out;
}

const stemsCache = new WeakMap<Tok[], Set<string>>();

/** Stems of a sentence's words (entity and attribution drift both ask; computed once per token list). */
function stemsOf(ts: Tok[]): Set<string> {
  let cached = stemsCache.get(ts);
  if (!cached) stemsCache.set(ts, (cached = new Set(ts.map((t) => stem(t.lower)))));
  return cached;
}

/** A name is kept when any of its distinctive words (or their demonym) appears on the other side. */
function nameKept(name: string, other: Set<string>): boolean {
  const stems = distinctiveStems(name);
  return !stems.length || stems.some((w) => other.has(w));
}

/** Stems of a name's distinctive words, by name text (names repeat across the tests and across copies of one original). */
const nameStems = new GenerationalCache<string, string[]>(2048);

function distinctiveStems(name: string): string[] {
  let stems = nameStems.get(name);
  if (!stems) {
    stems = toks(name)
      .map((t) => t.lower)
      .filter((w) => !STOPWORDS.has(w) && w.length > 2)
      .map(stem);
    nameStems.set(name, stems);
  }
  return stems;
}

function entityDrift(o: string, c: string, ot: Tok[], ct: Tok[]): Drift[] {
  const oStems = stemsOf(ot);
  const cStems = stemsOf(ct);
  const lost = dedupe(names(o, ot).map((n) => n.text).filter((n) => !nameKept(n, cStems)));
  const gained = dedupe(names(c, ct).map((n) => n.text).filter((n) => !nameKept(n, oStems)));
  const out: Drift[] = [];
  const n = Math.min(lost.length, gained.length);
  for (let i = 0; i < n; i++) out.push({ kind: 'entity', from: lost[i], to: gained[i], message: `${q(lost[i])} → ${q(gained[i])}` });
  for (const l of lost.slice(n)) out.push({ kind: 'entity', from: l, message: `${q(l)} no longer named` });
  for (const g of gained.slice(n)) out.push({ kind: 'entity', to: g, message: `${q(g)} newly named` });
  return out;
}

function dedupe(xs: string[]): string[] {
  return [...new Set(xs)];
}

const CUE_VERBS = new Set(['said', 'says', 'say', 'told', 'tells', 'informed', 'informs', 'briefed', 'reported', 'reports', 'announced', 'stated', 'claimed', 'claims', 'added', 'noted', 'confirmed', 'signaled', 'signalled', 'suggested', 'hinted', 'indicated', 'insisted', 'warned', 'wrote', 'declared', 'according', 'reportedly']);
/** Reporting verbs that say less than "said": replacing them with "said" or "announced" overstates the source. */
const HEDGED_CUES = new Set(['signaled', 'signalled', 'suggested', 'hinted', 'indicated', 'reportedly']);
const ASSERTIVE_CUES = new Set(['said', 'says', 'stated', 'announced', 'confirmed', 'declared', 'told', 'informed']);

interface Attribution {
  cue: string;
  source?: string;
}

function attributions(text: string, ts: Tok[]): Attribution[] {
  const ns = names(text, ts);
  const out: Attribution[] = [];
  ts.forEach((t, i) => {
    if (!CUE_VERBS.has(t.lower)) return;
    if (t.lower === 'according' && ts[i + 1]?.lower !== 'to') return;
    let source: Name | undefined;
    if (t.lower === 'according') source = ns.find((n) => n.first > i + 1 && n.first <= i + 4);
    else {
      source = findLast(ns, (n) => n.last < i && n.last >= i - 6);
      source ??= ns.find((n) => n.first > i && n.first <= i + 2);
    }
    out.push({ cue: t.lower === 'according' ? 'according to' : t.lower, source: source?.text });
  });
  return out;
}

function findLast<T>(xs: readonly T[], test: (x: T) => boolean): T | undefined {
  for (let k = xs.length - 1; k >= 0; k--) if (test(xs[k])) return xs[k];
  return undefined;
}

/** Words that may stand before a vague head inside its phrase ("industry analysts", "some experts"). */
const VAGUE_MODIFIER_STOP = new Set(['the', 'a', 'an', 'and', 'but', 'that', 'of', 'to', 'if', 'as', 'while', 'because']);

/**
 * "Industry analysts say", "Experts believe": a noun that names nobody in particular, right before a verb
 * of saying or thinking, with at most one modifier before it. The whole phrase, as written.
 */
function vagueSource(text: string, ts: Tok[]): { phrase: string; head: string } | undefined {
  for (let i = 1; i < ts.length; i++) {
    if (!SPEECH_VERBS.has(ts[i].lower) || !VAGUE_HEADS.has(ts[i - 1].lower)) continue;
    let first = i - 1;
    const mod = ts[i - 2];
    if (mod && !VAGUE_MODIFIER_STOP.has(mod.lower) && (mod.initial || mod.text === mod.lower) && /^\p{L}+$/u.test(mod.text)) first = i - 2;
    return { phrase: text.slice(ts[first].start, ts[i].start + ts[i].text.length), head: ts[i - 1].lower };
  }
  return undefined;
}

function attributionDrift(o: string, c: string, ot: Tok[], ct: Tok[]): Drift[] {
  const oa = attributions(o, ot);
  const ca = attributions(c, ct);
  const out: Drift[] = [];
  const oVague = vagueSource(o, ot);
  const cVague = vagueSource(c, ct);
  // "Industry analysts say" → "Experts believe": one unnamed source swapped for another, often with a verb
  // that claims less evidence. Reported as the swap, not as an attribution dropped.
  if (oVague && cVague && oVague.head !== cVague.head && stem(oVague.head) !== stem(cVague.head)) {
    out.push({ kind: 'attribution', from: oVague.phrase, to: cVague.phrase, message: `vague source ${q(oVague.phrase)} → ${q(cVague.phrase)}` });
    return out;
  }
  if (oa.length && !ca.length) {
    const who = oa.find((a) => a.source)?.source;
    if (cVague) {
      out.push({ kind: 'attribution', from: who ?? oa[0].cue, to: cVague.phrase, message: `source ${q(who ?? oa[0].cue)} → vague ${q(cVague.phrase)}` });
      return out;
    }
    out.push({ kind: 'attribution', from: who ?? oa[0].cue, message: who ? `attribution to ${q(who)} dropped` : `attribution (${q(oa[0].cue)}) dropped` });
    return out;
  }
  const cStems = stemsOf(ct);
  const oSources = dedupe(oa.flatMap((a) => (a.source ? [a.source] : [])));
  const cSources = dedupe(ca.flatMap((a) => (a.source ? [a.source] : [])));
  const lost = oSources.filter((s) => !nameKept(s, cStems));
  const oStems = stemsOf(ot);
  const gained = cSources.filter((s) => !nameKept(s, oStems));
  if (lost.length && gained.length) out.push({ kind: 'attribution', from: lost[0], to: gained[0], message: `source ${q(lost[0])} → ${q(gained[0])}` });
  else if (lost.length && cVague) out.push({ kind: 'attribution', from: lost[0], to: cVague.phrase, message: `source ${q(lost[0])} → vague ${q(cVague.phrase)}` });
  else if (lost.length) out.push({ kind: 'attribution', from: lost[0], message: `source ${q(lost[0])} no longer named` });
  const oHedged = oa.filter((a) => HEDGED_CUES.has(a.cue)).map((a) => a.cue);
  const cHedged = ca.filter((a) => HEDGED_CUES.has(a.cue));
  const cAssertive = ca.filter((a) => ASSERTIVE_CUES.has(a.cue)).map((a) => a.cue);
  if (oHedged.length > cHedged.length && cAssertive.length > oa.filter((a) => ASSERTIVE_CUES.has(a.cue)).length) {
    out.push({ kind: 'attribution', from: oHedged[0], to: cAssertive[0], message: `reporting verb ${q(oHedged[0])} → ${q(cAssertive[0])}: states more than the source did` });
  }
  return out;
}

// --- evaluative words -----------------------------------------------------------------------------------

/**
 * Loaded words whose swap changes how a reader judges the people or events, in groups (regime type,
 * violence, intent, stance of a verb, alarm). Compared by lemma; a swap is paired within a group first.
 * Written for this project; every entry must be a word a careful editor would not swap silently.
 */
const EVALUATIVE_GROUPS: string[][] = [
  ['authoritarian', 'totalitarian', 'autocratic', 'dictatorial', 'despotic', 'tyrannical', 'repressive', 'democratic', 'regime', 'dictator', 'tyrant', 'autocrat', 'puppet', 'illegitimate', 'legitimate', 'hardline', 'hardliner', 'moderate', 'reformist'],
  ['terrorist', 'militant', 'insurgent', 'rebel', 'extremist', 'radical', 'separatist', 'thug', 'mob', 'rioter', 'riot', 'protester', 'activist', 'unrest', 'uprising'],
  ['massacre', 'slaughter', 'genocide', 'atrocity', 'invasion', 'occupation', 'aggression', 'war', 'conflict', 'operation', 'liberation', 'illegal', 'unlawful'],
  ['retaliation', 'retaliate', 'revenge', 'reprisal', 'retribution', 'reciprocate', 'reciprocal', 'hostile', 'hostility', 'enemy', 'foe', 'ally', 'partner', 'friendly', 'collusion', 'alliance', 'axis', 'propaganda'],
  ['praise', 'hail', 'laud', 'criticise', 'criticize', 'slam', 'blast', 'lash', 'condemn', 'denounce', 'attack', 'admit', 'boast', 'brag', 'confess', 'concede', 'insist', 'allege', 'claim'],
  ['controversial', 'notorious', 'infamous', 'embattled', 'beleaguered', 'shocking', 'stunning', 'alarming', 'dramatic', 'catastrophe', 'catastrophic', 'disaster', 'disastrous', 'crisis', 'chaos', 'scandal', 'threat', 'threaten', 'cronies', 'elite'],
];

/**
 * Inflection-folded key for lexicon lookups: "praised"/"praise" → "prais", "hailed" → "hail". Not
 * truncated like the alignment stems: "operation" and "operator" must stay apart here.
 */
function lemma(word: string): string {
  // Read from the end (three regex replaces per word were a tenth of the drift classification):
  // ['’]s$ dropped; then, above five letters, (?:ing|ed|es|s)$; then, above four, e$.
  let end = word.length;
  if (end >= 2 && word.charCodeAt(end - 1) === 115 && (word.charCodeAt(end - 2) === 39 || word.charCodeAt(end - 2) === 0x2019)) end -= 2;
  if (end > 5) end -= inflectionLength(word, end);
  if (end > 4 && word.charCodeAt(end - 1) === 101) end -= 1;
  return end === word.length ? word : word.slice(0, end);
}

/** Length of the ending ing|ed|es|s of word[0, end) (the leftmost match of the alternation: "ing" first), or 0. */
function inflectionLength(word: string, end: number): number {
  const last = word.charCodeAt(end - 1);
  const before = word.charCodeAt(end - 2);
  if (last === 103 && before === 110 && word.charCodeAt(end - 3) === 105) return 3; // ing
  if (before === 101 && (last === 100 || last === 115)) return 2; // ed, es
  return last === 115 ? 1 : 0; // s
}

const EVALUATIVE_GROUP = new Map<string, number>();
EVALUATIVE_GROUPS.forEach((g, i) => g.forEach((w) => EVALUATIVE_GROUP.set(lemma(w), i)));

function evaluativeWords(ts: Tok[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const t of ts) {
    const l = lemma(t.lower);
    if (EVALUATIVE_GROUP.has(l) && !out.has(l)) out.set(l, t.text);
  }
  return out;
}

function evaluativeDrift(ot: Tok[], ct: Tok[]): Drift[] {
  const oe = evaluativeWords(ot);
  const ce = evaluativeWords(ct);
  const lost = [...oe].filter(([l]) => !ce.has(l));
  const gained = [...ce].filter(([l]) => !oe.has(l));
  const out: Drift[] = [];
  // Only words of one group are paired (a regime word for a regime word); across groups a swap reads as noise.
  for (let i = 0; i < lost.length; i++) {
    const j = gained.findIndex(([l]) => EVALUATIVE_GROUP.get(l) === EVALUATIVE_GROUP.get(lost[i][0]));
    if (j < 0) continue;
    out.push({ kind: 'evaluative', from: lost[i][1], to: gained[j][1], message: `${q(lost[i][1])} → ${q(gained[j][1])}` });
    lost.splice(i--, 1);
    gained.splice(j, 1);
  }
  for (const [, g] of gained) out.push({ kind: 'evaluative', to: g, message: `loaded word ${q(g)} added` });
  for (const [, l] of lost) out.push({ kind: 'evaluative', from: l, message: `loaded word ${q(l)} dropped` });
  return out;
}

// --- deixis ---------------------------------------------------------------------------------------------

const EXISTENTIAL_FOLLOWERS = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'has', 'have', 'had', 'will', 'would', 'may', 'might', 'could', 'seem', 'seems', 'seemed', 'appear', 'appears', 'remain', 'remains', "there's", 'exists', 'exist']);
const PLACE_PREPOSITIONS = new Set(['to', 'in', 'at', 'from', 'into', 'near', 'inside', 'across']);

function deicticPlaces(ts: Tok[]): string[] {
  const out: string[] = [];
  ts.forEach((t, i) => {
    if (t.lower === 'there' && !EXISTENTIAL_FOLLOWERS.has(ts[i + 1]?.lower ?? '') && !t.initial) out.push('there');
    if (t.lower === 'here' && !t.initial) out.push('here');
  });
  return out;
}

/** Named places after a preposition ("to Russia’s far eastern region"), with up to three following words. */
function placePhrases(text: string, ts: Tok[]): string[] {
  const out: string[] = [];
  for (const n of names(text, ts)) {
    const prep = ts[n.first - 1];
    if (!prep || !PLACE_PREPOSITIONS.has(prep.lower)) continue;
    let end = n.end;
    if (/['’]s$/.test(n.text)) {
      // A possessive place runs on to its head noun: "Russia’s far eastern region".
      for (let k = n.last + 1; k < Math.min(ts.length, n.last + 4); k++) {
        if (/[,.;:]/.test(text.slice(end, ts[k].start))) break;
        end = ts[k].start + ts[k].text.length;
      }
    }
    out.push(text.slice(prep.start, end));
  }
  return out;
}

function deixisDrift(o: string, c: string, ot: Tok[], ct: Tok[]): Drift[] {
  const added = minus(deicticPlaces(ct), deicticPlaces(ot));
  if (!added.length) return [];
  const cLower = c.toLowerCase().replace(/’/g, "'");
  const places = placePhrases(o, ot).filter((p) => !cLower.includes(toks(p).slice(0, 2).map((t) => t.lower).join(' ')));
  return added.map((d) => ({
    kind: 'deixis' as const,
    from: places[0],
    to: d,
    message: places[0] ? `${q(d)} stands where the original says ${q(places[0])}: the reader may place it elsewhere` : `${q(d)} added: which place is meant is no longer stated`,
  }));
}

/** Meaning-altering changes between an original sentence (or sentences) and its reworded counterpart. */
export function classifyDrift(original: string, copy: string): Drift[] {
  const ot = toks(original);
  const ct = toks(copy);
  const specific = [...attributionDrift(original, copy, ot, ct), ...deixisDrift(original, copy, ot, ct)];
  // A name already reported as a lost source or a place made vague is not reported again as a name.
  const explained = (name?: string) => !!name && specific.some((d) => d.from?.includes(name.replace(/['’]s$/, '')));
  return [
    ...modalityDrift(ot, ct),
    ...negationDrift(ot, ct),
    ...numberDrift(original, copy, ot, ct),
    ...specific.filter((d) => d.kind === 'attribution'),
    ...entityDrift(original, copy, ot, ct).filter((d) => !explained(d.from)),
    ...evaluativeDrift(ot, ct),
    ...specific.filter((d) => d.kind === 'deixis'),
  ];
}
