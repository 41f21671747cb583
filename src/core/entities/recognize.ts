// The entity recogniser. Per line of article text (page chrome skipped, metadata lines kept for
// organisations): tokenize, build runs of capitalised words, and classify each run with the gazetteers,
// titles, suffixes and context cues; lone words wait. Then per document: bracketed acronyms join their
// expansion, a name table (full names, surnames, aliases) resolves lone words, pooled evidence types the rest,
// descriptions ("the North Korean leader") add roles, and mentions are grouped into entities.
import type { DocumentText } from '../text/documentText';
import type { DocumentEntity, EntityMention, EntityType, Range } from '../types';
import { classifyLines } from '../boilerplate/classify';
import { gazetteer, nameKey, WORDS, type GazetteerEntry } from './gazetteer';
import { notPlainTokens, tokenizeReusing, type Token } from './tokens';
import type { PreparedUserEntities } from './user';
import { clearEntityIdCache, entityId } from './ids';
import { GenerationalCache, ownCopy } from '../text/lru';
import { SeenLines } from './seenLines';
import { cacheProfile } from '../cacheProfile';

/** A mention before entities are formed. Offsets are in the document text. */
interface Raw {
  line: number;
  start: number;
  end: number;
  text: string;
  /** Undefined while unresolved (a lone capitalised word waiting for the document's name table). */
  type?: EntityType;
  canonical?: string;
  gazetteerAliases?: string[];
  /** The gazetteer entry's `keys` (canonical name, then aliases). */
  gazetteerKeys?: string[];
  /** `nameKey(text)`, computed once: resolution looks a mention's text up several times. */
  textKey: string;
  role?: string;
  /** Evidence gathered for lone words: CUE bits ('weak': sentence-initial common word). */
  cues: number;
  /** The mention's expansion when it is an acronym in brackets ("(KCNA)"). */
  acronymOf?: Raw;
  /** A speech verb or "according to" next to it: cited as a source. */
  cited?: boolean;
  /** From the user's entities file. */
  user?: boolean;
  key?: string;
  tokens: number;
  /** `personSurnames(text)` once worked out (see surnameOwnersOf). */
  surnames?: string[];
  /** Roles from descriptions elsewhere ("the North Korean leader") that name this mention's person. */
  extraRoles?: string[];
}

/**
 * Evidence about a mention, as bits: every mention carries a set of cues and is copied for each placement
 * of its cached line, so a bit set instead of a Set of names saves an allocation per mention.
 */
const CUE = {
  orgBefore: 1, role: 2, speech: 4, speechWeak: 8, place: 16, the: 32, org: 64, possessive: 128, title: 256, weak: 512, acronym: 1024, headline: 2048,
} as const;

interface Description {
  offset: number;
  role: string;
}

/** One line read on its own: offsets are relative to the line start (base 0), so the result can be cached by line text. */
interface LineContext {
  line: number;
  base: number;
  text: string;
  tokens: Token[];
  out: Raw[];
  descriptions: Description[];
  /** Bracketed acronyms (offset) → index in `out` of the mention they abbreviate; -1: the last mention before this line. Created on the first (most lines have none). */
  acronyms?: Map<number, number>;
  metadataOnly: boolean;
  /** Gazetteer look-ups of this line by first and last token (null: not known); see `known`. Created on the first. */
  known?: Map<number, GazetteerEntry | null>;
}

const CONNECTOR_PARTICLES = new Set(['de', 'da', 'del', 'der', 'van', 'von', 'bin', 'ibn', 'al', 'la', 'le', 'du', 'di', 'dos', 'das', 'y']);
const CONNECTORS = new Set([...CONNECTOR_PARTICLES, 'of', 'the', 'for', 'and', 'on']);
const COMPASS = new Set(['North', 'South', 'East', 'West', 'Northern', 'Southern', 'Eastern', 'Western', 'Central', 'Northeast', 'Northwest', 'Southeast', 'Southwest']);
const HONORIFICS = new Set(['Mr', 'Mr.', 'Mrs', 'Mrs.', 'Ms', 'Ms.', 'Dr', 'Dr.', 'Sir', 'Dame', 'Lord', 'Lady']);
const ROMAN = new Set(['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII']);
const FUNCTION_WORDS = new Set(['a', 'an', 'the', 'of', 'to', 'in', 'on', 'for', 'and', 'at', 'by', 'with', 'as', 'from', 'or', 'vs', 'is', 'but', 'be', 'after', 'over', 'into', 'its']);
/** A line of at least this many words, almost none of them lower case, is a title-case headline (capitals prove nothing there). */
const TITLE_LINE_MIN_WORDS = 4;
const TITLE_LINE_LOWER_SHARE = 0.15;
/** How far back (characters) a description like "the North Korean leader" may look for the person it names. */
const DESCRIPTION_REACH = 600;

// Unicode-class patterns as module constants: inside a function a `/\p{…}/u` literal is compiled by our
// esbuild target into `new RegExp(…)` and so rebuilt on every call (esbuild 0.28, target node20).
const HYPHEN_LOWER = /-\p{Ll}/u;
const NAME_BASED_ADJECTIVE = /-\p{Ll}+(?:ing|ed|based|backed|led|owned|run|made|born|born|style|era)$/u;
const ONE_CAPITAL = /^\p{Lu}$/u;
const STARTS_LOWER = /^\p{Ll}/u;
const LOWER_WORD = /^\p{Ll}{3,}$/u;
const ACRONYM_SHAPE = /^(?:\p{Lu}\.?){2,5}$/u;
const TRIPLE_CAPITAL = /(\p{Lu})\1\1/u;
const DOTTED_CAPITALS = /^(?:\p{Lu}\.)+$/u;
const NON_LETTERS = /[^\p{L}]/gu;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const ANY_CAPITAL = /\p{Lu}/u;
const NATIONALITY_SHAPE = /^\p{Lu}\p{Ll}+(?:ian|ean|ese|ish|an|i)$/u;

const isJoinGap = (gap: string): boolean => gap === ' ' || gap === '\u00a0' || gap === ' & ';

function isNameToken(t: Token | undefined): boolean {
  // A capitalised token starts with an upper-case letter or a particle ("al-"), never with a digit.
  if (!t || !t.cap) return false;
  // The compound tests need a hyphen; most names have none (this runs several times per capitalised word).
  if (t.text.includes('-')) {
    // "Day-by-day", "Long-term": a capitalised compound with lower-case parts is an ordinary word.
    if (HYPHEN_LOWER.test(t.text) && !isDemonymWord(t.text) && gazetteer().isCommonWord(t.text.split('-')[0])) return false;
    // "NBA-leading", "Moscow-based": an adjective built on a name.
    if (NAME_BASED_ADJECTIVE.test(t.text)) return false;
  }
  // A lone capital letter is a name only as an initial ("Jennifer M. Anderson").
  return t.text.length > 1 || isInitial(t);
}

const isInitial = (t: Token): boolean => t.gapAfter === '. ' && t.text.length <= 2 && ONE_CAPITAL.test(t.text);

function isDemonymAt(tokens: Token[], i: number, end: number): number {
  const t = tokens[i];
  if (!t) return 0;
  if (i + 1 <= end && COMPASS.has(t.text) && isJoinGap(t.gapAfter) && isDemonymWord(tokens[i + 1].text)) return 2;
  return isDemonymWord(t.text) ? 1 : 0;
}

function isDemonymWord(text: string): boolean {
  if (WORDS.demonyms.has(text)) return true;
  if (!text.includes('-')) return false;
  const parts = text.split('-');
  if (parts.length < 2) return false;
  // "Russian-North", "Korean-made", "Pro-Russian", "US-led"
  return parts.some((p) => WORDS.demonyms.has(p)) && parts.every((p) => WORDS.demonyms.has(p) || COMPASS.has(p) || STARTS_LOWER.test(p) || p === 'Pro' || p === 'Anti');
}

/** Every demonym has a capital, so a word that is its own lower case is none (checked here, as the lists are data). */
const DEMONYMS_CAPITALISED = [...WORDS.demonyms].every((d) => d !== d.toLowerCase());

/** Titles by their first word, longest first: title matching runs for every capitalised word. */
let titlesByFirst: Map<string, string[][]> | undefined;

function titleAt(tokens: Token[], i: number, end: number): number {
  if (!titlesByFirst) {
    titlesByFirst = new Map();
    for (const title of WORDS.titles) {
      const words = title.split(' ');
      const key = words[0].replace(/\.$/, '');
      titlesByFirst.set(key, [...(titlesByFirst.get(key) ?? []), words].sort((a, b) => b.length - a.length));
    }
  }
  const first = tokens[i];
  const candidates = first && titlesByFirst.get(first.text);
  if (!candidates) return 0;
  for (const words of candidates) {
    if (i + words.length - 1 > end) continue;
    let ok = true;
    for (let w = 0; w < words.length && ok; w++) {
      const t = tokens[i + w];
      const withDot = t.gapAfter.startsWith('.') ? `${t.text}.` : t.text;
      ok = words[w] === t.text || words[w] === withDot;
      if (ok && w < words.length - 1 && !isJoinGap(t.gapAfter) && t.gapAfter !== '. ') ok = false;
    }
    if (ok) return words.length;
  }
  return 0;
}

/** Maximal runs of capitalised words, joined by the connectors names use ("Bank of Korea", "Charles de Gaulle"). */
function buildSpans(tokens: Token[]): Token[][] {
  const spans: Token[][] = [];
  // A run starts at a capitalised word, which is never plain lower case: only the words the tokenizer
  // marked as not plain are tried (a quarter of the words in news text).
  const marked = notPlainTokens.indices;
  const count = notPlainTokens.count;
  let i = 0;
  for (let m = 0; m < count; m++) {
    if (marked[m] < i) continue;
    i = marked[m];
    if (!isNameToken(tokens[i])) continue;
    const span = [tokens[i]];
    let j = i;
    for (;;) {
      const cur = tokens[j];
      const next = tokens[j + 1];
      if (!next) break;
      const nextIsName = isNameToken(next);
      // Joined by a space, or by the full stop of an initial, title or place abbreviation ("Mt. Everest").
      if (!isJoinGap(cur.gapAfter)) {
        const dotted = cur.gapAfter === '. ' && nextIsName && (isInitial(cur) || WORDS.titleSet.has(`${cur.text}.`) || WORDS.locationPrefixes.has(`${cur.text}.`));
        if (!dotted) break;
      }
      if (cur.possessive && !(nextIsName && (WORDS.orgSuffixes.has(next.text) || WORDS.locationSuffixes.has(next.text)))) break;
      if (nextIsName) {
        span.push(next);
        j++;
        continue;
      }
      if (CONNECTORS.has(next.text)) {
        const conns: Token[] = [];
        let k = j + 1;
        while (k < tokens.length && CONNECTORS.has(tokens[k].text) && isJoinGap(tokens[k].gapAfter) && conns.length < 2) conns.push(tokens[k++]);
        if (isNameToken(tokens[k]) && connectorAllowed(span, conns)) {
          for (const c of conns) span.push(c);
          span.push(tokens[k]);
          j = k;
          continue;
        }
      }
      break;
    }
    spans.push(span);
    i = j + 1;
  }
  return spans;
}

function connectorAllowed(span: Token[], conns: Token[]): boolean {
  const last = span[span.length - 1].text;
  const words = conns.map((c) => c.text).join(' ');
  const hasOfOrFor = span.some((t) => t.text === 'of' || t.text === 'for');
  if (words === 'of' || words === 'of the') {
    const insideOrg = span.some((t) => WORDS.orgOfHeads.has(t.text));
    return insideOrg || WORDS.orgOfHeads.has(last) || WORDS.locationOfHeads.has(last) || WORDS.orgSuffixes.has(last) || last === 'Secretary' || last === 'House';
  }
  if (conns.every((c) => CONNECTOR_PARTICLES.has(c.text))) return true;
  if (words === 'for' || words === 'on' || words === 'for the') return WORDS.orgSuffixes.has(last);
  if (words === 'and') return hasOfOrFor;
  return false;
}

/**
 * The gazetteer entry for the line's text from token `first` to token `last`, memoised per line: a span is
 * looked up several times while it is classified (whole, then as a name, then in pieces). Most first words
 * start no name, and that settles the look-up before the memo (~300,000 calls over the 1k corpus, 621 found).
 */
function known(ctx: LineContext, first: Token, last: Token): GazetteerEntry | undefined {
  if (wordStartsNoName(first) && (first === last || followedBySpace(first))) return undefined;
  const key = first.index * ctx.tokens.length + last.index;
  ctx.known ??= new Map();
  let entry = ctx.known.get(key);
  if (entry === undefined) {
    entry = gazetteer().lookup(ctx.text.slice(first.start, last.end)) ?? null;
    ctx.known.set(key, entry);
  }
  return entry ?? undefined;
}

/**
 * Whether the token's lower case, when it is the first word of a look-up key, starts no gazetteer name. Keys
 * straighten curly apostrophes, so a word with one is not its own key (memoised on the token).
 */
function wordStartsNoName(t: Token): boolean {
  if (t.nameStart === 0) t.nameStart = !t.lower.includes('’') && !gazetteer().startsName(t.lower) ? 1 : 2;
  return t.nameStart === 1;
}

/**
 * The token is followed by a space (no possessive, no "Mr." full stop): the first word of the key of a text
 * that goes on past it is its lower case.
 */
function followedBySpace(t: Token): boolean {
  const gap = t.charAfter();
  return t.end === t.fullEnd && (gap === 32 || gap === 0xa0);
}

/** No gazetteer name, of one word or several, starts with this token: saves up to `maxTokens` look-ups of its runs. */
const startsNoName = (first: Token): boolean => wordStartsNoName(first) && followedBySpace(first);

const knownSpan = (ctx: LineContext, span: Token[]): GazetteerEntry | undefined => known(ctx, span[0], span[span.length - 1]);

function spanText(ctx: LineContext, span: Token[]): string {
  return ctx.text.slice(span[0].start, span[span.length - 1].end);
}

/** Words that never begin a name, wherever they stand ("Thank You Barry", "Welcome Darin"). */
const NEVER_NAME_START = new Set(['You', 'We', 'They', 'He', 'She', 'It', 'I', 'Our', 'My', 'Your', 'Welcome', 'Thanks', 'Thank', 'Dear', 'Hi', 'Hello', 'Hey', 'Congratulations', 'Happy', 'Merry', 'Visit', 'See', 'Read', 'Click', 'Watch']);
/** Runs of this many capitalised words or more, with nothing that marks an organisation or place, are titles. */
const OTHER_MAX_TOKENS = 5;
/** Words that end the name of a product ("MacBook Pro", "Switch Lite"). */
const PRODUCT_WORDS = new Set(['Pro', 'Max', 'Mini', 'Lite', 'Plus', 'Ultra', 'Air', 'Edition', 'Series', 'Switch', 'Phone', 'Pad', 'Watch', 'Console', 'Model']);
/** Words that open the name of an event, not a person ("Hurricane Katrina", "Operation Desert Storm"). */
const EVENT_PREFIXES = new Set(['Hurricane', 'Typhoon', 'Cyclone', 'Storm', 'Tropical', 'Operation', 'Battle', 'Treaty', 'Festival', 'Expo', 'Summit', 'Cup', 'Olympics', 'Games', 'War', 'Act']);

/** Lower-case nouns that make the capitalised word next to them an organisation ("the Fatah party", "news agency TASS"). */
const ORG_NOUNS_AFTER = new Set(['party', 'movement', 'militia', 'group', 'company', 'corporation', 'newspaper', 'daily', 'broadcaster', 'network', 'agency', 'ministry', 'government', 'administration', 'faction', 'rebels', 'insurgents', 'bank', 'university']);
const ORG_NOUNS_BEFORE = new Set(['agency', 'newspaper', 'daily', 'broadcaster', 'network', 'carmaker', 'company', 'firm', 'group', 'party', 'bank', 'lender', 'retailer', 'airline', 'startup', 'insurer', 'chipmaker', 'giant', 'cooperative', 'union', 'association', 'federation', 'consortium', 'charity', 'foundation', 'manufacturer', 'producer', 'supplier', 'exporter', 'operator']);
/** Nouns whose "in <Name>" names a company or a person, not a place ("shares in Acme", "confidence in Powell"). */
const NON_PLACE_IN_HEADS = new Set(['share', 'shares', 'stake', 'stakes', 'interest', 'interests', 'investment', 'investments', 'holding', 'holdings', 'confidence', 'trust', 'faith', 'belief', 'role', 'part']);

const DOTTED_SUFFIX = new Set(['Corp', 'Inc', 'Ltd', 'Co', 'Bros', 'Jr', 'Sr']);

function push(ctx: LineContext, span: Token[], type: EntityType | undefined, entry?: GazetteerEntry, role?: string): Raw {
  const last = span[span.length - 1];
  const dot = DOTTED_SUFFIX.has(last.text) && last.gapAfter.startsWith('.') && !last.possessive ? 1 : 0;
  const text = ctx.text.slice(span[0].start, last.end + dot);
  // A one-word mention's key is its token's lower case (nameKey only lower-cases a word without a curly apostrophe).
  const textKey = span.length === 1 && !dot && !last.lower.includes('’') ? last.lower : nameKey(text);
  // Every field, in newPlacement's order: mentions placed as they are (uncached lines) and copies share one shape.
  const raw: Raw = {
    line: ctx.line, start: ctx.base + span[0].start, end: ctx.base + last.end + dot, text, textKey, type, canonical: entry?.canonical,
    gazetteerAliases: entry?.aliases, gazetteerKeys: entry?.keys, role, cues: 0, acronymOf: undefined, cited: undefined, user: undefined, key: undefined,
    tokens: span.length, extraRoles: undefined, surnames: undefined,
  };
  addContextCues(ctx, span, raw);
  ctx.out.push(raw);
  return raw;
}

// Patterns and word lists of the context cues, built once (a regex literal in a function is a new object
// each time it is evaluated; these run for every mention).
const COMMA_GAP = /^\s*,?\s*$/;
const APOSTROPHE_GAP = /^\s*['’]\s*$/;
const PAST_TENSE = /^[a-z]{3,}ed$/;
const WEAK_SPEECH_WORDS = new Set(['has', 'had', 'was', 'is', 'who', 'met', 'visited', 'traveled', 'travelled', 'himself', 'herself']);
const CITING_VERBS = new Set(['said', 'says', 'told', 'reported', 'reports', 'added', 'wrote', 'announced', 'stated']);
const PLACE_OF_HEADS = new Set(['island', 'city', 'town', 'village', 'port', 'province', 'region', 'state', 'republic', 'capital', 'suburb', 'district']);
const ARTICLES = new Set(['the', 'a', 'an']);
const APPOSITION_BREAKERS = new Set(['said', 'says', 'who', 'which', 'that', 'is', 'was', 'has', 'had', 'and']);
const ROLE_LINKS = new Set(['for', 'of', 'at', 'with', 'the', 'to']);
const CLAUSE_END_GAP = /[,.;:!?)]/;
const PLURAL_ENDING = /[^s]s$/;
const OPEN_BRACKET_GAP = /^\s*\(\s*$/;
const CLOSE_BRACKET_GAP = /^\s*\)/;
const SENTENCE_END_GAP = /[.!?][”"’)]?\s*$/;

/** Cues around a span: a role noun before it, a speech verb or appositive role after it, a place preposition. */
function addContextCues(ctx: LineContext, span: Token[], raw: Raw): void {
  const tokens = ctx.tokens;
  const first = span[0];
  const last = span[span.length - 1];
  const before = tokens[first.index - 1];
  const after = tokens[last.index + 1];
  // The gaps on either side, looked at once: most cues need a plain space there.
  const beforeJoined = !!before && isJoinGap(before.gapAfter);
  const afterJoined = !!after && isJoinGap(last.gapAfter);
  // "the union FNV Havens said", "the cooperative group Dcoop said": the noun before the name says what it
  // is, and what follows is said by that body, not by a person.
  const orgBefore = beforeJoined && ORG_NOUNS_BEFORE.has(before.text) && tokens[first.index - 2]?.lower !== 'a';
  // "growers in Andalusia had received": the speech verb belongs to the noun before "in", and the name is a place.
  const beforeIn = tokens[first.index - 2];
  const inHead = beforeJoined && before.text === 'in' && beforeIn && isJoinGap(beforeIn.gapAfter) && (beforeIn.isOwnLowerCase() || beforeIn.sentenceStart) ? beforeIn.lower : undefined;
  const notPlace = !!inHead && NON_PLACE_IN_HEADS.has(inHead);
  const placeAfterNoun = !!inHead && !notPlace && LOWER_WORD.test(inHead) && !FUNCTION_WORDS.has(inHead) && !WORDS.speechVerbs.has(inHead);
  const heardFromPerson = !orgBefore && !placeAfterNoun;
  if (orgBefore) raw.cues |= CUE.orgBefore;
  if (beforeJoined && before.isOwnLowerCase() && WORDS.roleNouns.has(before.lower)) {
    raw.cues |= CUE.role;
    const { role, from } = roleBefore(ctx, before);
    if (!raw.role) raw.role = role;
    // "according to Kremlin spokesperson Dmitry Peskov": the person is the source, not the modifier.
    if (tokens[from - 1]?.lower === 'to' && tokens[from - 2]?.lower === 'according') raw.cited = true;
  }
  if (heardFromPerson && after && !last.possessive && COMMA_GAP.test(last.gapAfter) && WORDS.speechVerbs.has(after.lower)) {
    // "has", "was", "who" follow any noun; they only count away from the start of a sentence.
    const weak = WEAK_SPEECH_WORDS.has(after.lower);
    if (!weak) raw.cues |= CUE.speech;
    else if (!first.sentenceStart) raw.cues |= CUE.speechWeak;
  }
  if (afterJoined && CITING_VERBS.has(after.lower)) raw.cited = true;
  if (beforeJoined && WORDS.placePrepositions.has(before.lower) && (before.isOwnLowerCase() || before.sentenceStart) && !notPlace) raw.cues |= CUE.place;
  if (before?.text === 'the') raw.cues |= CUE.the;
  if (span.length === 1) {
    if (afterJoined && ORG_NOUNS_AFTER.has(after.text)) raw.cues |= CUE.org;
    if (orgBefore) raw.cues |= CUE.org;
    if (heardFromPerson && (last.possessive || (after?.text === 's' && APOSTROPHE_GAP.test(last.gapAfter)))) raw.cues |= CUE.possessive;
  }
  if (heardFromPerson && afterJoined && after.isOwnLowerCase() && PAST_TENSE.test(after.text) && (!first.sentenceStart || !first.text.endsWith('s'))) raw.cues |= CUE.speech;
  if (before && before.lower === 'to' && tokens[first.index - 2]?.lower === 'according' && !(after && WORDS.roleNouns.has(after.text))) raw.cited = true;
  if (before?.lower === 'of' && PLACE_OF_HEADS.has(tokens[first.index - 2]?.lower ?? '')) raw.cues |= CUE.place;
  if (after && last.gapAfter.charCodeAt(0) === 44) {
    const role = appositiveRole(ctx, last.index + 1);
    if (role) {
      raw.cues |= CUE.role;
      if (!raw.role) raw.role = role;
    }
  }
}

/** "Kremlin spokesperson" before "Dmitry Peskov": the role nouns and the capitalised words right before them. */
function roleBefore(ctx: LineContext, roleToken: Token): { role: string; from: number } {
  const tokens = ctx.tokens;
  let s = roleToken.index;
  while (s - 1 >= 0 && isJoinGap(tokens[s - 1].gapAfter) && s > roleToken.index - 4) {
    const p = tokens[s - 1];
    if (WORDS.roleNouns.has(p.lower) && p.lower === p.text) s--;
    else if ((p.cap && !p.sentenceStart) || (p.cap && isDemonymWord(p.text)) || (p.cap && known(ctx, p, p))) s--;
    else if (p.possessive && p.cap) s--;
    else break;
  }
  return { role: ctx.text.slice(tokens[s].start, roleToken.end), from: s };
}

/** ", the Kremlin's spokesman," or ", Russia's foreign minister." after a name. */
function appositiveRole(ctx: LineContext, from: number): string | undefined {
  const tokens = ctx.tokens;
  let i = from;
  if (tokens[i] && ARTICLES.has(tokens[i].lower)) i++;
  const start = tokens[i];
  if (!start) return undefined;
  let roleEnd = -1;
  for (let k = i; k < Math.min(tokens.length, i + 10); k++) {
    const t = tokens[k];
    if (k > i && !isJoinGap(tokens[k - 1].gapAfter) && !tokens[k - 1].possessive) return undefined;
    if (APPOSITION_BREAKERS.has(t.lower)) return undefined;
    const isRole = !t.possessive && k < i + 6 && (WORDS.roleNouns.has(t.lower) || WORDS.titleSet.has(t.text));
    // After the role noun only "for/of/at/with (the) <Name>" may follow: "a spokeswoman for the Foreign Ministry".
    if (roleEnd >= 0 && k > roleEnd && !isRole && !(t.cap || ROLE_LINKS.has(t.lower))) return undefined;
    if (isRole && (roleEnd < 0 || roleEnd === k - 1)) roleEnd = k;
    const ends = CLAUSE_END_GAP.test(t.gapAfter) || k === tokens.length - 1;
    if (ends) return roleEnd >= 0 && (k === roleEnd || t.cap) ? ctx.text.slice(start.start, t.end) : undefined;
  }
  return undefined;
}

/**
 * Classify one run of capitalised words. In steps (trim, typed by shape, modifiers and titles, the name):
 * one function of ~150 lines took ~60 ms to optimise, twice, during the first documents of a process.
 */
function analyseSpan(ctx: LineContext, input: Token[], titleLine: boolean): void {
  const span = trimmedSpan(ctx, input);
  if (!span.length) return;
  if (titleLine) return segmentKnown(ctx, span);
  if (typedByShape(ctx, span)) return;
  analysePersonOrTitle(ctx, span);
}

/** Without the leading words that only look like names because they are capitalised, and trailing connectors. */
function trimmedSpan(ctx: LineContext, input: Token[]): Token[] {
  // Trimmed by indices, sliced once: most runs lose nothing, and a run that loses everything (a capitalised
  // sentence opener) needs no array at all.
  let from = 0;
  let to = input.length;
  const last = input[to - 1];
  while (from < to) {
    const f = input[from];
    if (known(ctx, f, last)) break;
    const starter = (f.sentenceStart && WORDS.sentenceStarters.has(f.text)) || NEVER_NAME_START.has(f.text);
    if (starter || WORDS.nonEntities.has(f.text) || f.lower === 'the' || CONNECTORS.has(f.text)) {
      from++;
      continue;
    }
    break;
  }
  while (from < to && (CONNECTORS.has(input[to - 1].text) || WORDS.nonEntities.has(input[to - 1].text))) to--;
  if (from === to) return NO_TOKENS;
  return from === 0 && to === input.length ? input : input.slice(from, to);
}

const NO_TOKENS: Token[] = [];

/** A gazetteer name, or a run whose words say organisation or place (suffix, "of" head); metadata lines end here. True when done. */
function typedByShape(ctx: LineContext, span: Token[]): boolean {
  const whole = knownSpan(ctx, span);
  if (whole) {
    if (ctx.metadataOnly && whole.type !== 'organization') return true;
    push(ctx, span, whole.type, whole);
    linkAcronym(ctx, span);
    return true;
  }
  const n = span.length;
  const last = span[n - 1];
  const hasOf = hasWord(span, 'of');
  const orgHeadBeforeConnector = hasOrgHeadBeforeConnector(span);
  // The word tests first: they are cheap and rarely pass, the title search runs only then.
  if (n >= 2 && (WORDS.orgSuffixes.has(last.text) || orgHeadBeforeConnector) && !isPersonWithTitle(span)) {
    push(ctx, span, 'organization');
    linkAcronym(ctx, span);
    return true;
  }
  if (ctx.metadataOnly) {
    if (n === 1 && span[0].allCaps && span[0].text.length <= 6) push(ctx, span, 'organization');
    return true;
  }
  if (n >= 2 && (WORDS.locationSuffixes.has(last.text) || (hasOf && WORDS.locationOfHeads.has(span[0].text)) || WORDS.locationPrefixes.has(span[0].text)) && !isPersonWithTitle(span)) {
    push(ctx, span, 'location');
    return true;
  }
  return false;
}

/** Whether a token of `span` is `word` (a loop: a closure per call was garbage on every span). */
function hasWord(span: Token[], word: string): boolean {
  for (let i = 0; i < span.length; i++) if (span[i].text === word) return true;
  return false;
}

/** "Bank of …", "Ministry for …": an organisation head or suffix right before of/for/on. */
function hasOrgHeadBeforeConnector(span: Token[]): boolean {
  for (let i = 1; i < span.length; i++) {
    const t = span[i].text;
    if ((t === 'of' || t === 'for' || t === 'on') && (WORDS.orgOfHeads.has(span[i - 1].text) || WORDS.orgSuffixes.has(span[i - 1].text))) return true;
  }
  return false;
}

/** Set by modifiersEnd: a title was among the modifiers. */
let modifiersHadTitle = false;

/** Modifiers (demonyms, an organisation or place before a title) and titles before a name: the index of the first word after them. */
function modifiersEnd(ctx: LineContext, span: Token[]): number {
  const n = span.length;
  let k = 0;
  modifiersHadTitle = false;
  for (;;) {
    if (k >= n) break;
    const d = isDemonymAt(span, k, n - 1);
    if (d) {
      k += d;
      continue;
    }
    const t = titleAt(span, k, n - 1);
    if (t) {
      k += t;
      modifiersHadTitle = true;
      continue;
    }
    // "White House Press Secretary …": a known body right before a title.
    let matched = 0;
    for (let len = Math.min(4, n - k - 1); len >= 1 && !matched; len--) {
      // The look-up first: most words start no gazetteer name, which settles it without a title search.
      const entry = known(ctx, span[k], span[k + len - 1]);
      if (entry && titleAt(span, k + len, n - 1)) {
        push(ctx, span.slice(k, k + len), entry.type, entry);
        matched = len;
      }
    }
    if (matched) {
      k += matched;
      continue;
    }
    break;
  }
  return k;
}

/**
 * "Commission President Ursula von der Leyen", "New South Wales Police Commissioner Karen Webb": a title
 * further in, with capitalised words before it (the body the person speaks for) and a name after it. The
 * index of the first word after the title(s), or -1 when there is none.
 */
function titleFurtherIn(ctx: LineContext, span: Token[], k: number): number {
  const n = span.length;
  for (let t = k + 1; t < n - 1; t++) {
    const len = titleAt(span, t, n - 1);
    if (!len || t + len >= n || span[t].sentenceStart) continue;
    const before = span.slice(k, t);
    const pieces = knownPieces(ctx, before);
    if (pieces) for (const p of pieces) push(ctx, p.tokens, p.entry.type, p.entry);
    else if (before.length >= 2 && WORDS.orgSuffixes.has(before[before.length - 1].text)) push(ctx, before, 'organization');
    let end = t + len;
    while (end < n && titleAt(span, end, n - 1)) end += titleAt(span, end, n - 1);
    return end;
  }
  return -1;
}

/** The rest of a run: titles and modifiers, then the name they introduce (a person when titled). */
function analysePersonOrTitle(ctx: LineContext, span: Token[]): void {
  const gaz = gazetteer();
  let k = modifiersEnd(ctx, span);
  let sawTitle = modifiersHadTitle;
  if (!sawTitle) {
    const end = titleFurtherIn(ctx, span, k);
    if (end >= 0) {
      k = end;
      sawTitle = true;
    }
  }
  const name = k ? span.slice(k) : span;
  if (!name.length) {
    if (sawTitle) describe(ctx, span);
    return;
  }
  const role = k > 0 ? roleOfModifiers(ctx, span, k, sawTitle) : undefined;
  const gazName = knownSpan(ctx, name);
  if (!sawTitle && k > 0 && name.length === 1 && !gazName && !gaz.isFirstName(name[0].text) && !name[0].allCaps && !gaz.isCommonLower(name[0].lower)) {
    push(ctx, span, 'organization');
    return;
  }
  if (sawTitle) {
    const raw = push(ctx, name, 'person', undefined, role);
    raw.cues |= CUE.title;
    return;
  }
  classifyName(ctx, name, role);
}

/** The role the words before the name give ("Foreign Secretary"; "Britain's Foreign Secretary"), not an honorific. */
function roleOfModifiers(ctx: LineContext, span: Token[], k: number, sawTitle: boolean): string | undefined {
  // "Britain's Foreign Secretary": a possessive name right before the title belongs to the role.
  const owner = ctx.tokens[span[0].index - 1];
  const from = owner && owner.possessive && owner.cap && isJoinGap(owner.gapAfter) && sawTitle ? owner.start : span[0].start;
  const roleText = ctx.text.slice(from, span[k - 1].end + (span[k - 1].gapAfter.startsWith('.') ? 1 : 0)).trim();
  return HONORIFICS.has(roleText) ? undefined : roleText;
}

function isPersonWithTitle(span: Token[]): boolean {
  for (let i = 0; i < span.length - 1; i++) {
    const len = titleAt(span, i, span.length - 1);
    if (!len || i + len >= span.length) continue;
    const last = span[span.length - 1];
    if (!WORDS.orgSuffixes.has(last.text) && !WORDS.locationSuffixes.has(last.text)) return true;
  }
  return false;
}

function classifyName(ctx: LineContext, name: Token[], role: string | undefined): void {
  if (!name.length) return;
  const gaz = gazetteer();
  const entry = knownSpan(ctx, name);
  if (entry) {
    push(ctx, name, entry.type, entry, undefined);
    return;
  }
  const n = name.length;
  const last = name[n - 1];
  if (n >= 2 && WORDS.orgSuffixes.has(last.text)) {
    push(ctx, name, 'organization');
    return;
  }
  if (n >= 2 && PRODUCT_WORDS.has(last.text)) {
    push(ctx, name, 'other');
    return;
  }
  // "Hosting Cook …": a common word that only opens the sentence is not part of the name.
  if (n >= 2 && name[0].sentenceStart && gaz.isCommonLower(name[0].lower) && !gaz.isFirstName(name[0].text)) {
    classifyName(ctx, name.slice(1), role);
    return;
  }
  if (!startsNoName(name[0]) && placeThenName(ctx, name, role)) return;
  if (n >= 2 && WORDS.locationSuffixes.has(last.text)) {
    push(ctx, name, 'location');
    return;
  }
  if (n === 1) {
    const t = name[0];
    if (ROMAN.has(t.text) || isDemonymWord(t.text)) return;
    const raw = push(ctx, name, undefined, undefined, role);
    if (t.sentenceStart && gaz.isCommonLower(t.lower) && !t.allCaps) raw.cues |= CUE.weak;
    if (t.allCaps && ACRONYM_SHAPE.test(t.text) && !TRIPLE_CAPITAL.test(t.text)) raw.cues |= CUE.acronym;
    linkAcronym(ctx, name);
    return;
  }
  classifyUnknownRun(ctx, name, role);
}

/**
 * "Los Angeles Lakers", "Minnesota Wild": a place followed by a word or two that is no first name is a team
 * or body named after the place; "the Ukraine Marie Yovanovitch": the place, then the person. True when done.
 */
function placeThenName(ctx: LineContext, name: Token[], role: string | undefined): boolean {
  const gaz = gazetteer();
  for (let len = Math.min(gaz.maxTokens, name.length - 1); len >= 1; len--) {
    const place = known(ctx, name[0], name[len - 1]);
    if (place?.type !== 'location') continue;
    const rest = name.slice(len);
    if (gaz.isFirstName(rest[0].text) && !gaz.isFirstName(name[0].text)) {
      // An apposition without a comma.
      push(ctx, name.slice(0, len), 'location', place);
      classifyName(ctx, rest, role);
      return true;
    }
    // A plural ending ("Comets", "Lakers") marks a team even when the place is also a first name ("Denver").
    const plural = PLURAL_ENDING.test(rest[rest.length - 1].text);
    if (rest.length <= 2 && (plural || !gaz.isFirstName(name[0].text)) && !gaz.isFirstName(rest[0].text) && !isDemonymWord(rest[0].text)) {
      push(ctx, name, 'organization');
      return true;
    }
    return false;
  }
  return false;
}

/** Several capitalised words that are no gazetteer name and carry no suffix that types them. */
function classifyUnknownRun(ctx: LineContext, name: Token[], role: string | undefined): void {
  const gaz = gazetteer();
  const n = name.length;
  const last = name[n - 1];
  // Split into known pieces when every word belongs to one.
  const pieces = knownPieces(ctx, name);
  if (pieces && pieces.length > 1) {
    for (const p of pieces) push(ctx, p.tokens, p.entry.type, p.entry);
    return;
  }
  // The word tests below are loops rather than some/every/filter with closures: this runs for every unknown run.
  let anyAllCaps = false;
  let everyAllCaps = true;
  let anyLong = false;
  let allCommon = true;
  let ofForAnd = false;
  let shoutedAt = -1;
  for (let i = 0; i < n; i++) {
    const t = name[i];
    const text = t.text;
    if (t.allCaps && text.length > 2 && !DOTTED_CAPITALS.test(text)) anyAllCaps = true;
    if (!t.allCaps) everyAllCaps = false;
    if (text.length >= 3) anyLong = true;
    if (allCommon && !CONNECTORS.has(text) && !gaz.isCommonLower(t.lower)) allCommon = false;
    if (text === 'of' || text === 'for' || text === 'and') ofForAnd = true;
    if (shoutedAt < 0 && t.allCaps && text.replace(NON_LETTERS, '').length > 5) shoutedAt = i;
  }
  if (EVENT_PREFIXES.has(name[0].text) || EVENT_PREFIXES.has(last.text)) {
    push(ctx, name, 'other');
    return;
  }
  // "Govt NEW DELHI": a word in ordinary case glued to a capitalised dateline; classify the two apart.
  const capsFrom = capitalisedTailFrom(name);
  if (capsFrom > 0 && !name[capsFrom - 1].allCaps) {
    classifyName(ctx, name.slice(0, capsFrom), role);
    const caps = name.slice(capsFrom);
    const entry = knownSpan(ctx, caps);
    if (entry) push(ctx, caps, entry.type, entry);
    return;
  }
  // Several shouted words ("WANG ZHAO", "GOTTA GO FAST") are credits or slogans unless the gazetteer knows them.
  if (everyAllCaps && anyLong) return;
  // Shouted capitals ("BATTLING THE PINK ROBOTS", photo credits) name nothing the gazetteer does not know.
  if (shoutedAt >= 0) {
    const rest = name.filter((t) => !t.allCaps);
    if (rest.length && rest.length < name.length) classifyName(ctx, name.slice(0, shoutedAt).filter((t) => !t.allCaps), role);
    return;
  }
  const raw = push(ctx, name, undefined, undefined, role);
  // "the union FNV Havens": a run of unknown words right after an organisation noun names that body, unless
  // it opens with a first name ("the firm John Lewis" stays for the rules below).
  if (raw.cues & CUE.orgBefore && !gaz.isFirstName(name[0].text) && n <= OTHER_MAX_TOKENS) {
    raw.type = 'organization';
    linkAcronym(ctx, name);
    return;
  }
  // A person's name neither ends in a nationality ("Radical Shiite") nor holds a known place or body
  // ("Iraq War"), unless that word is also a first name ("Jordan Peterson").
  const firstName = gaz.isFirstName(name[0].text);
  const knownWord = !firstName && hasKnownWord(ctx, name);
  const personShape = n <= 4 && !anyAllCaps && !knownWord && !isDemonymWord(last.text) && !ofForAnd;
  const cued = (raw.cues & (CUE.speech | CUE.role)) !== 0;
  const looseShape = n <= 4 && !anyAllCaps && !isDemonymWord(last.text) && !ofForAnd;
  if ((personShape && (firstName || !allCommon || cued)) || (looseShape && cued && !allCommon)) raw.type = 'person';
  else if (allCommon || n >= OTHER_MAX_TOKENS) {
    // Menu and section labels ("Touch Bar", "Food Health", "Why Some People Triumph Online") are not names;
    // an acronym in brackets may still make the run an organisation.
    raw.type = undefined;
    raw.cues |= CUE.headline;
  } else raw.type = 'other';
  linkAcronym(ctx, name);
}

/** The first index after the first word from which every word is in capitals and that word has three letters or more; -1 if none. */
function capitalisedTailFrom(name: Token[]): number {
  let tail = name.length; // every word from `tail` on is in capitals
  while (tail > 0 && name[tail - 1].allCaps) tail--;
  for (let i = Math.max(1, tail); i < name.length; i++) if (name[i].text.length >= 3) return i;
  return -1;
}

/** A word of the run that is a gazetteer name on its own. */
function hasKnownWord(ctx: LineContext, name: Token[]): boolean {
  for (const t of name) if (known(ctx, t, t)) return true;
  return false;
}

/** The longest gazetteer name starting at span[i], or undefined. */
function longestKnownAt(ctx: LineContext, span: Token[], i: number): { tokens: Token[]; entry: GazetteerEntry } | undefined {
  const gaz = gazetteer();
  if (startsNoName(span[i])) return undefined;
  for (let len = Math.min(gaz.maxTokens, span.length - i); len >= 1; len--) {
    const entry = known(ctx, span[i], span[i + len - 1]);
    if (entry) return { tokens: span.slice(i, i + len), entry };
  }
  return undefined;
}

/** Split a run of capitalised words into gazetteer names, longest first; undefined when a word is left over. */
function knownPieces(ctx: LineContext, span: Token[]): { tokens: Token[]; entry: GazetteerEntry }[] | undefined {
  // Most runs hold no gazetteer name at all: the list is made once the first piece is found.
  let out: { tokens: Token[]; entry: GazetteerEntry }[] | undefined;
  for (let i = 0; i < span.length; ) {
    const piece = longestKnownAt(ctx, span, i);
    if (!piece) return undefined;
    (out ??= []).push(piece);
    i += piece.tokens.length;
  }
  return out ?? [];
}

/** Title-case lines (headlines): capitals prove nothing, so keep gazetteer names and lone words for later matching. */
function segmentKnown(ctx: LineContext, span: Token[]): void {
  for (let i = 0; i < span.length; ) {
    const piece = longestKnownAt(ctx, span, i);
    if (piece) {
      if (!ctx.metadataOnly || piece.entry.type === 'organization') push(ctx, piece.tokens, piece.entry.type, piece.entry);
      i += piece.tokens.length;
      continue;
    }
    const t = span[i];
    if (!ctx.metadataOnly && !CONNECTORS.has(t.text) && !WORDS.nonEntities.has(t.text) && !isDemonymWord(t.text)) {
      const raw = push(ctx, [t], undefined);
      raw.cues |= CUE.headline;
    }
    i += 1;
  }
}

/** "Korean Central News Agency (KCNA)": the bracketed acronym names the same entity. */
function linkAcronym(ctx: LineContext, span: Token[]): void {
  const last = span[span.length - 1];
  const next = ctx.tokens[last.index + 1];
  if (!next || !OPEN_BRACKET_GAP.test(last.gapAfter) || !next.allCaps || !CLOSE_BRACKET_GAP.test(next.gapAfter)) return;
  // The acronym must start like its expansion and not be longer than its words allow ("TEHRAN (AFP)" is no pair).
  const letters = next.text.replace(NON_LETTERS, '');
  if (letters[0] !== span[0].text[0].toUpperCase() || letters.length > span.length + 3 || span.every((t) => t.allCaps)) return;
  (ctx.acronyms ??= new Map()).set(ctx.base + next.start, ctx.out.length - 1);
}


/** A role without a name ("the North Korean leader", "the Russian President"): given to the person named just before. */
function describe(ctx: LineContext, span: Token[]): void {
  const before = ctx.tokens[span[0].index - 1];
  if (!before || before.lower !== 'the') return;
  ctx.descriptions.push({ offset: ctx.base + span[0].start, role: spanText(ctx, span) });
}

/** Lower-case descriptions: "the North Korean leader", and institutions such as "South Korean intelligence". */
function scanLowercasePhrases(ctx: LineContext): void {
  const tokens = ctx.tokens;
  if (DEMONYMS_CAPITALISED) {
    // Most words are lower case, and no demonym or compass word is: only the others are looked at (the
    // tokenizer lists the words that are not plain lower case; a plain one is its own lower case).
    const marked = notPlainTokens.indices;
    for (let m = 0; m < notPlainTokens.count; m++) {
      const i = marked[m];
      if (!tokens[i].isOwnLowerCase()) scanDemonymAt(ctx, i);
    }
  } else {
    for (let i = 0; i < tokens.length; i++) scanDemonymAt(ctx, i);
  }
}

/** The words of each demonym institution ("defense ministry"), split once. */
const INSTITUTION_WORDS = WORDS.demonymInstitutions.map((inst) => inst.split(' '));

function scanDemonymAt(ctx: LineContext, i: number): void {
  const tokens = ctx.tokens;
  if (i > 0 && COMPASS.has(tokens[i - 1].text) && isJoinGap(tokens[i - 1].gapAfter)) return;
  const d = isDemonymAt(tokens, i, tokens.length - 1);
  if (!d) return;
  const afterDemonym = tokens[i + d];
  const lastDemonym = tokens[i + d - 1];
  if (!afterDemonym || !isJoinGap(lastDemonym.gapAfter)) return;
  // Institution: "South Korean intelligence", "the Russian defense ministry".
  for (const words of INSTITUTION_WORDS) {
    let ok = true;
    for (let w = 0; w < words.length && ok; w++) {
      const t = tokens[i + d + w];
      ok = !!t && t.text === words[w] && (w === words.length - 1 || isJoinGap(t.gapAfter));
    }
    if (ok && words[0] !== 'state') {
      const span = tokens.slice(i, i + d + words.length);
      if (!ctx.metadataOnly) push(ctx, span, 'organization');
      break;
    }
  }
  // Description: "the North Korean leader" not followed by a name.
  const prev = tokens[i - 1];
  if (prev?.lower === 'the' && WORDS.roleNouns.has(afterDemonym.text)) {
    let e = i + d;
    if (tokens[e + 1] && WORDS.roleNouns.has(tokens[e + 1].text) && isJoinGap(tokens[e].gapAfter)) e++;
    const following = tokens[e + 1];
    if (!(following && isJoinGap(tokens[e].gapAfter) && isNameToken(following))) {
      ctx.descriptions.push({ offset: ctx.base + tokens[i].start, role: ctx.text.slice(tokens[i].start, tokens[e].end) });
    }
  }
}

const HAS_LETTER = /\p{L}/u;

function hasLetter(text: string): boolean {
  const c = text.charCodeAt(0);
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || HAS_LETTER.test(text);
}

function isTitleLine(tokens: Token[]): boolean {
  if (!tokens.length) return false;
  // A sentence that ends like one and has a lower-case word is prose with many names, not a headline.
  const endsLikeSentence = SENTENCE_END_GAP.test(tokens[tokens.length - 1].gapAfter);
  // Counted in one pass: this runs on every line with a capital. Prose is told apart within its first
  // lower-case words (the answer cannot change after that), so most lines stop early.
  let words = 0;
  let lower = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!hasLetter(t.text) || FUNCTION_WORDS.has(t.lower)) continue;
    words++;
    if (t.cap) continue;
    lower++;
    if (endsLikeSentence) return false;
    // Even if every remaining token were a capitalised word, too many are lower case already.
    if (lower > Math.floor((words + tokens.length - 1 - i) * TITLE_LINE_LOWER_SHARE)) return false;
  }
  if (words < TITLE_LINE_MIN_WORDS) return false;
  return lower <= Math.floor(words * TITLE_LINE_LOWER_SHARE);
}

/** User-defined names found anywhere in a line (they may be lower case or unknown to every rule). */
function scanUserNames(ctx: { line: number; base: number; text: string }, user: PreparedUserEntities): Raw[] {
  const found: Raw[] = [];
  const claimed = new Uint8Array(ctx.text.length);
  for (const name of user.names) {
    let from = 0;
    for (;;) {
      const at = ctx.text.indexOf(name, from);
      if (at < 0) break;
      from = at + name.length;
      const before = ctx.text[at - 1];
      const after = ctx.text[at + name.length];
      if ((before && LETTER_OR_DIGIT.test(before)) || (after && LETTER_OR_DIGIT.test(after))) continue;
      const s = ctx.base + at;
      const e = s + name.length;
      if (claimed.subarray(at, at + name.length).includes(1)) continue;
      claimed.fill(1, at, at + name.length);
      const def = user.byName.get(name)!;
      found.push({
        line: ctx.line, start: s, end: e, text: name, textKey: nameKey(name), type: def.type ?? 'other', canonical: def.name, gazetteerAliases: undefined, gazetteerKeys: undefined,
        role: undefined, cues: 0, acronymOf: undefined, cited: undefined, user: true, key: undefined, tokens: name.split(/\s+/).length, extraRoles: undefined, surnames: undefined,
      });
    }
  }
  return found;
}

export interface RecognizeOptions {
  user?: PreparedUserEntities;
  /** Treat every non-blank line as article text (labelled sentence sets have no page chrome to skip). */
  everyLine?: boolean;
}

/**
 * Lines longer than this many characters are not read for entities. A web dump puts one paragraph on one
 * line, and no article paragraph comes near this length (the longest in the devset is a few thousand
 * characters); such a line is a concatenated dump or a data blob, where names would be noise and the
 * document-wide name table would grow without bound.
 */
export const MAX_ENTITY_LINE_LENGTH = 50_000;

export interface Recognition {
  entities: DocumentEntity[];
  /** 0-based lines skipped because they exceed MAX_ENTITY_LINE_LENGTH. */
  skippedLines: number[];
}

/** Recognise the entities of one document: mentions, grouped by entity, with roles and aliases. */
export function recognize(doc: DocumentText, options: RecognizeOptions = {}): DocumentEntity[] {
  return recognizeWithReport(doc, options).entities;
}

/** The line-local part of recognition for one line text: mentions, descriptions and bracketed acronyms, offsets from the line start. */
interface LineAnalysis {
  /** A title-case headline: read after every other line (as before the cache), with capitals proving nothing. */
  title: boolean;
  raws: Raw[];
  descriptions: Description[];
  acronyms?: Map<number, number>;
  /** Copies of `raws` as the last document that held this line placed them (see placeLine). */
  placed: Raw[] | undefined;
  /** The recognition run that placed them last; UNCACHED when no cache holds the analysis (see placeLine). */
  placedIn: number;
}

const UNCACHED = -1;

/**
 * Line analyses by line text, one cache per line kind (article text, metadata line). Re-analysis after an
 * edit re-reads only the edited line; the document-level steps (name table, voting, grouping) still run
 * over all lines. Two generations (GenerationalCache) bounded by entries and by characters held (a line may
 * be up to MAX_ENTITY_LINE_LENGTH long). Keyed by the line itself rather than by kind + text: building that
 * key concatenated and flattened a copy of every line on every look-up (~64 KB per edit of a 5,000-word
 * article, all of it garbage).
 */
/** Enough lines for a few long documents being edited side by side (both generations together). */
const LINE_CACHE_MAX_ENTRIES = 8192;
/** About 8 MB of UTF-16 line text as keys (both generations together). */
const LINE_CACHE_MAX_CHARS = 4_000_000;
let contentLines = newLineCache();
let metadataLines = newLineCache();
/**
 * In a batch run (cacheProfile.ts) a line is cached from the second time it is read: most lines are read
 * once (13,000 of the 15,300 lines read in the 1k benchmark corpus), and caching each made every analysis
 * live through young collections into the old generation, ~10 % of the stage's time (A/B in one process,
 * caches emptied). In the editor every line is cached at once, so the first edit of a document finds its
 * unchanged lines.
 * 2^16 slots (256 KB): a few long documents' worth of lines before slots are shared.
 */
const seenLines = new SeenLines(16);

function newLineCache(): GenerationalCache<string, LineAnalysis> {
  return new GenerationalCache(LINE_CACHE_MAX_ENTRIES / 2, LINE_CACHE_MAX_CHARS / 2);
}

/** Empty the per-line entity cache and the key and id memos (cold-run benchmarks, tests). */
export function clearEntityCache(): void {
  contentLines = newLineCache();
  metadataLines = newLineCache();
  seenLines.clear();
  entityKeys = newEntityKeyCache();
  clearEntityIdCache();
}

function analyseLine(line: string, metadataOnly: boolean): LineAnalysis {
  const cache = metadataOnly ? metadataLines : contentLines;
  const hit = cache.get(line);
  if (hit) return hit;
  // Read from a copy: the line is a slice of its document, and the cached key, names and roles (slices of
  // the line) would otherwise keep every edited version of the document alive (after 300 one-letter edits
  // of a 1 MB document the heap held 569 MB instead of 29 MB).
  const text = ownCopy(line);
  const tokens = tokenizeReusing(text);
  const ctx: LineContext = { line: 0, base: 0, text, tokens, out: [], descriptions: [], acronyms: undefined, metadataOnly, known: undefined };
  const title = !metadataOnly && isTitleLine(tokens);
  if (title) for (const span of buildSpans(tokens)) analyseSpan(ctx, span, true);
  else {
    for (const span of buildSpans(tokens)) analyseSpan(ctx, span, false);
    scanLowercasePhrases(ctx);
  }
  // A line longer than a generation's share of characters is not kept.
  const keep = text.length <= LINE_CACHE_MAX_CHARS / 2 && (cacheProfile() === 'interactive' || seenLines.metBefore(text, metadataOnly ? 1 : 0));
  const result: LineAnalysis = { title, raws: ctx.out, descriptions: ctx.descriptions, acronyms: ctx.acronyms, placed: undefined, placedIn: keep ? 0 : UNCACHED };
  if (keep) cache.set(text, result, text.length);
  return result;
}

/**
 * Add one line's cached analysis to the document's lists at the line's place. Resolution sets a mention's
 * type and key, so it works on copies; the copies of the last document that held the line are kept with the
 * analysis and reset here (they are not referenced once `resolve` has returned), so an unchanged line places
 * its mentions without allocating (~66 KB of copies per edit of a 5,000-word article before). A line that
 * appears twice in one document gets fresh copies the second time.
 */
function placeLine(analysis: LineAnalysis, run: number, line: number, base: number, raws: Raw[], descriptions: Description[], acronyms: Map<number, Raw>): void {
  const before = raws[raws.length - 1];
  const from = raws.length;
  if (analysis.placedIn === UNCACHED) {
    placeUncached(analysis, line, base, raws, descriptions);
  } else {
    placeCopies(analysis, run, line, base, raws, descriptions);
  }
  if (analysis.acronyms) for (const [offset, index] of analysis.acronyms) acronyms.set(offset + base, (index < 0 ? before : raws[from + index]) as Raw);
}

/** An analysis no cache holds is read once: its own mentions and descriptions are placed, no copies made. */
function placeUncached(analysis: LineAnalysis, line: number, base: number, raws: Raw[], descriptions: Description[]): void {
  for (const r of analysis.raws) {
    r.line = line;
    r.start += base;
    r.end += base;
    raws.push(r);
  }
  for (const d of analysis.descriptions) {
    d.offset += base;
    descriptions.push(d);
  }
}

function placeCopies(analysis: LineAnalysis, run: number, line: number, base: number, raws: Raw[], descriptions: Description[]): void {
  const templates = analysis.raws;
  let copies = analysis.placed;
  if (!copies || analysis.placedIn === run) {
    copies = templates.map(newPlacement);
    // Kept from the second placement on (a document being re-analysed): in a batch run most lines are met
    // once, and keeping their copies too made the line cache hold ~9 MB more after corpus-1000.
    if (!analysis.placed && analysis.placedIn !== 0) analysis.placed = copies;
  }
  analysis.placedIn = run;
  for (let i = 0; i < templates.length; i++) {
    const t = templates[i];
    const c = copies[i];
    c.line = line;
    c.start = t.start + base;
    c.end = t.end + base;
    c.type = t.type;
    c.key = undefined;
    c.acronymOf = undefined;
    c.extraRoles = undefined;
    raws.push(c);
  }
  for (const d of analysis.descriptions) descriptions.push({ offset: d.offset + base, role: d.role });
}

/** A placeable copy of a cached mention: fields listed rather than spread, so every mention has one object shape. */
function newPlacement(t: Raw): Raw {
  return {
    line: 0, start: t.start, end: t.end, text: t.text, textKey: t.textKey, type: t.type, canonical: t.canonical, gazetteerAliases: t.gazetteerAliases, gazetteerKeys: t.gazetteerKeys,
    role: t.role, cues: t.cues, acronymOf: undefined, cited: t.cited, user: undefined, key: undefined, tokens: t.tokens, extraRoles: undefined, surnames: undefined,
  };
}

/** Numbers each recognition, so placeLine can tell a line met twice in one document. */
let recognitionRun = 0;

/** `recognize`, also telling which lines were too long to read. */
export function recognizeWithReport(doc: DocumentText, options: RecognizeOptions = {}): Recognition {
  const skippedLines: number[] = [];
  const classes = options.everyLine ? [] : classifyLines(doc);
  const raws: Raw[] = [];
  const descriptions: Description[] = [];
  const titleLines: { analysis: LineAnalysis; line: number; base: number }[] = [];
  const acronyms = new Map<number, Raw>();
  const userRaws: Raw[] = [];
  const run = ++recognitionRun;
  for (let line = 0; line < doc.lineCount; line++) {
    const kind = classes[line]?.kind ?? 'content';
    if (kind === 'blank' || kind === 'boilerplate') continue;
    const text = doc.lines[line];
    if (!text.trim()) continue;
    if (text.length > MAX_ENTITY_LINE_LENGTH) {
      skippedLines.push(line);
      continue;
    }
    if (!ANY_CAPITAL.test(text) && !options.user) continue;
    const base = doc.lineStarts[line];
    if (options.user) userRaws.push(...scanUserNames({ line, base, text }, options.user));
    const analysis = analyseLine(text, kind === 'metadata');
    if (analysis.title) titleLines.push({ analysis, line, base });
    else placeLine(analysis, run, line, base, raws, descriptions, acronyms);
  }
  for (const t of titleLines) placeLine(t.analysis, run, t.line, t.base, raws, descriptions, acronyms);
  return { entities: resolve(doc, raws, userRaws, descriptions, acronyms, options.user), skippedLines };
}

/**
 * The surnames a person's full name gives: its last word, and its first when that is a family name written
 * first ("Kim Jong Un"); connector particles ("de", "van") are not words here. None for a one-word name.
 * Read word by word (no split and filter arrays: this runs for every full name of every document).
 */
function personSurnames(name: string): string[] {
  let first: string | undefined;
  let last: string | undefined;
  let words = 0;
  // The parts `name.split(/\s+/)` gives: the runs between white space, and an empty part at an end that is white space.
  const n = name.length;
  for (let i = 0; ; ) {
    const start = i;
    while (i < n && !isWhiteSpaceAt(name, i)) i++;
    const word = name.slice(start, i);
    if (!CONNECTOR_PARTICLES.has(word)) {
      words++;
      first ??= word;
      last = word;
    }
    if (i >= n) break;
    while (i < n && isWhiteSpaceAt(name, i)) i++;
  }
  if (words < 2) return [];
  const out = [last!];
  if (WORDS.familyNameFirst.has(first!)) out.push(first!);
  return out;
}

/**
 * Document-level resolution over the placed mentions: user names first, then entity keys for typed
 * mentions, bracketed acronyms, the name table, lone words, descriptions, and grouping into entities.
 * Split into steps so that each is compiled and optimised on its own (one function of ~230 lines took
 * ~300 ms to optimise and was deoptimised on its rare branches during the first few hundred documents).
 */
function resolve(doc: DocumentText, raws: Raw[], userRaws: Raw[], descriptions: Description[], acronyms: Map<number, Raw>, user: PreparedUserEntities | undefined): DocumentEntity[] {
  const all = mentionsInOrder(doc, raws, userRaws, user);
  const names = new NameTable(user);
  keyTypedMentions(all, names);
  if (acronyms.size) linkBracketedAcronyms(all, acronyms, names);
  fillNameTable(all, names);
  const surnameOwners = surnameOwnersOf(all);
  const votes = pooledVotes(all);
  resolveLoneWords(all, names, surnameOwners, votes, true);
  resolveLoneWords(all, names, surnameOwners, votes, false);
  const byKey = groupByKey(all);
  if (descriptions.length) giveDescriptionsToPersons(all, descriptions, byKey);
  const entities: DocumentEntity[] = [];
  byKey.forEach((list, key) => entities.push(buildEntity(doc, key, list, names)));
  // Entities whose ids collide after naming (a surname-only entity renamed to its full name) are merged.
  return mergeSameId(entities);
}

/** All mentions by position; user names win over anything they overlap, and the user's non-entities go. */
function mentionsInOrder(doc: DocumentText, raws: Raw[], userRaws: Raw[], user: PreparedUserEntities | undefined): Raw[] {
  let all = raws;
  if (userRaws.length) {
    // User mentions never overlap one another, so sorted by start their ends are sorted too.
    userRaws.sort((a, b) => a.start - b.start);
    all = raws.filter((r) => !overlapsAny(userRaws, r));
    for (const r of userRaws) all.push(r);
  }
  if (user) all = all.filter((r) => r.user || !user.isNotEntity(r.text, doc.path));
  // Lines are placed in order and most place their mentions in order: a stable sort of a sorted list
  // changes nothing, and checking is one pass (the sort's comparisons were ~3 % of the stage).
  if (!inDocumentOrder(all)) all.sort(byDocumentOrder);
  return all;
}

/** By start, the longer mention first when two start together. */
function byDocumentOrder(a: Raw, b: Raw): number {
  return a.start - b.start || b.end - a.end;
}

function inDocumentOrder(all: Raw[]): boolean {
  for (let i = 1; i < all.length; i++) if (byDocumentOrder(all[i - 1], all[i]) > 0) return false;
  return true;
}

/** Whether `r` overlaps one of `sorted` (mentions sorted by start, none overlapping another). */
function overlapsAny(sorted: Raw[], r: Raw): boolean {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid].start < r.end) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 && sorted[lo - 1].end > r.start;
}

/** Entity keys and the document's name table: every full name, alias and surname → key. */
class NameTable {
  /** Look-up key of a name → entity key. */
  readonly keys = new Map<string, string>();
  /** Entity key → the name and type it is shown with. */
  readonly display = new Map<string, { name: string; type: EntityType }>();

  constructor(readonly user: PreparedUserEntities | undefined) {}

  setKey(r: Raw, type: EntityType, name: string): void {
    r.type = type;
    r.key = entityKey(type, name === r.text ? r.textKey : nameKey(name));
    if (!this.display.has(r.key)) this.display.set(r.key, { name, type });
  }

  rememberKey(k: string, key: string): void {
    if (!this.keys.has(k)) this.keys.set(k, key);
  }

  remember(name: string, key: string): void {
    this.rememberKey(nameKey(name), key);
  }

  userDef(name: string) {
    return this.user?.byName.get(name);
  }
}

/**
 * The entity key of a type and name key. One key string per entity rather than one per mention: Map
 * look-ups by a string already hashed are cheap, and each new concatenated key had to be flattened and
 * hashed. Kept across documents (a pure function of its arguments, bounded): re-analysis after an edit
 * names the same entities again (~8 KB of keys and records per edit of a 5,000-word article).
 */
function entityKey(type: EntityType, k: string): string {
  let byType = entityKeys.get(k);
  if (!byType) entityKeys.set(k, (byType = {}));
  return (byType[type] ??= `${type}\u0000${k}`);
}
let entityKeys = newEntityKeyCache();

function newEntityKeyCache(): GenerationalCache<string, Partial<Record<EntityType, string>>> {
  return new GenerationalCache(4096);
}

/** Mentions typed on their line (user names, gazetteer names, runs of several words) get their entity key. */
function keyTypedMentions(all: Raw[], names: NameTable): void {
  for (const r of all) {
    if (r.user) {
      const def = names.userDef(r.text) ?? names.userDef(r.canonical ?? '');
      names.setKey(r, def?.type ?? r.type ?? 'other', def?.name ?? r.text);
      continue;
    }
    const own = names.userDef(r.text);
    if (own) {
      names.setKey(r, own.type ?? r.type ?? 'other', own.name);
      continue;
    }
    if (r.type && r.canonical) names.setKey(r, r.type, r.canonical);
    else if (r.type && r.tokens >= 2) names.setKey(r, r.type, r.text);
  }
}

/** Acronyms in brackets take their expansion's entity. */
function linkBracketedAcronyms(all: Raw[], acronyms: Map<number, Raw>, names: NameTable): void {
  for (const r of all) {
    const exp = acronyms.get(r.start);
    if (!exp || r.tokens !== 1) continue;
    // An expansion in plain words ("Friends of the Earth (FOE)") becomes an organisation through its acronym.
    if (!exp.key && exp.tokens >= 2 && !exp.type) names.setKey(exp, 'organization', exp.text);
    if (exp.key) {
      if (exp.type === 'other') names.setKey(exp, 'organization', names.display.get(exp.key)!.name);
      r.type = exp.type;
      r.key = exp.key;
      r.acronymOf = exp;
    }
  }
}

/** Every keyed mention's text, and the canonical names and aliases of gazetteer entries, name their entity. */
function fillNameTable(all: Raw[], names: NameTable): void {
  for (const r of all) if (r.key) names.rememberKey(r.textKey, r.key);
  for (const r of all) {
    if (!r.key || !r.canonical) continue;
    if (r.gazetteerKeys) for (const k of r.gazetteerKeys) names.rememberKey(k, r.key);
    else {
      names.remember(r.canonical, r.key);
      for (const a of r.gazetteerAliases ?? []) names.remember(a, r.key);
    }
  }
}

/** Surname → keys of the people named in full with it, in order of first mention. */
function surnameOwnersOf(all: Raw[]): Map<string, string[]> {
  // Lists rather than Sets: a surname has one owner or a few (a Set per surname was ~10% of resolve's allocation).
  const owners = new Map<string, string[]>();
  for (const r of all) {
    if (r.type !== 'person' || !r.key || r.tokens < 2) continue;
    // Kept with the mention: it depends on the text alone, and placed copies outlive the document (placeLine).
    const surnames = (r.surnames ??= personSurnames(r.text));
    for (const s of surnames) {
      const list = owners.get(s);
      if (!list) owners.set(s, [r.key]);
      else if (!list.includes(r.key)) list.push(r.key);
    }
  }
  return owners;
}

type Votes = Record<'person' | 'location' | 'organization', number>;

/**
 * Evidence for a lone word, pooled over all its bare mentions in the document: "in Fallujah" twice
 * outweighs one "Fallujah was closed".
 */
function pooledVotes(all: Raw[]): Map<string, Votes> {
  const votes = new Map<string, Votes>();
  for (const r of all) {
    if (r.key || r.tokens !== 1 || r.cues & (CUE.weak | CUE.headline)) continue;
    const k = r.textKey;
    let v = votes.get(k);
    if (!v) votes.set(k, (v = { person: 0, location: 0, organization: 0 }));
    if (r.cues & (CUE.speech | CUE.possessive) && !(r.cues & CUE.the)) v.person++;
    if (r.cues & CUE.speechWeak && !(r.cues & CUE.the)) v.person += 0.5;
    if (r.cues & (CUE.title | CUE.role)) v.person += 2;
    if (r.cues & CUE.place) v.location++;
    if (r.cues & CUE.org) v.organization++;
  }
  return votes;
}

/** The type with the most votes (person, then location, then organization on ties), if any has one. */
function votedType(v: Votes | undefined): EntityType | undefined {
  if (!v) return undefined;
  let best: keyof Votes = 'person';
  if (v.location > v[best]) best = 'location';
  if (v.organization > v[best]) best = 'organization';
  return v[best] > 0 ? best : undefined;
}

/**
 * Lone words: the name table first, then evidence from context. Run twice, so that a word resolved by
 * evidence late in the document ("in Fallujah") also resolves its earlier bare mentions.
 */
function resolveLoneWords(all: Raw[], names: NameTable, surnameOwners: Map<string, string[]>, votes: Map<string, Votes>, useEvidence: boolean): void {
  const personsSoFar: Raw[] = [];
  for (const r of all) {
    if (r.type === 'person' && r.key && r.tokens > 1) personsSoFar.push(r);
    if (r.key && !(r.type === 'person' && r.tokens === 1)) continue;
    const known = names.keys.get(r.textKey);
    if (known && (!r.key || known !== r.key)) {
      const d = names.display.get(known)!;
      if (!r.key || d.type === 'person') {
        r.type = d.type;
        r.key = known;
        continue;
      }
    }
    const owners = surnameOwners.get(r.text);
    if (owners && (r.type === 'person' || !r.type)) {
      r.type = 'person';
      r.key = owners.length > 1 ? latestOwner(personsSoFar, owners) : owners[0];
      continue;
    }
    if (r.key || !useEvidence) continue;
    if (r.cues & (CUE.weak | CUE.headline)) continue;
    typeByEvidence(r, names, votes);
    if (r.key) names.rememberKey(r.textKey, r.key);
  }
}

/** Of several people sharing a surname, the one named in full most recently (else the first named). */
function latestOwner(personsSoFar: Raw[], owners: string[]): string {
  for (let i = personsSoFar.length - 1; i >= 0; i--) {
    const key = personsSoFar[i].key;
    if (key && owners.includes(key)) return key;
  }
  return owners[0];
}

/** A lone word nobody named in full: its own cues, then the document's votes, then the first-name list. */
function typeByEvidence(r: Raw, names: NameTable, votes: Map<string, Votes>): void {
  const gaz = gazetteer();
  if (r.cues & (CUE.title | CUE.role)) names.setKey(r, 'person', r.text);
  else if (r.cues & CUE.acronym && !gaz.isCommonWord(r.text)) names.setKey(r, 'organization', r.text);
  else if (gaz.isCommonWord(r.text) || isDemonymWord(r.text.endsWith('s') ? r.text.slice(0, -1) : r.text)) return;
  else {
    const voted = votedType(votes.get(r.textKey));
    if (voted) names.setKey(r, voted, r.text);
    else if (gaz.isFirstName(r.text)) names.setKey(r, 'person', r.text);
  }
}

/** Resolved mentions by entity key, in order of first mention. */
function groupByKey(all: Raw[]): Map<string, Raw[]> {
  const byKey = new Map<string, Raw[]>();
  for (const r of all) {
    if (!r.key || !r.type) continue;
    const list = byKey.get(r.key);
    if (list) list.push(r);
    else byKey.set(r.key, [r]);
  }
  return byKey;
}

/**
 * A description ("the North Korean leader") goes to the nearest person before it, skipping people whose
 * known role names another nationality ("the Brazilian leader" is not the Paraguayan foreign minister named last).
 */
function giveDescriptionsToPersons(all: Raw[], descriptions: Description[], byKey: Map<string, Raw[]>): void {
  const persons = all.filter((r) => r.key && r.type === 'person').sort((a, b) => a.end - b.end);
  const nationalitiesByKey = new Map<string, Set<string>>();
  const nationalitiesOf = (key: string): Set<string> => {
    let set = nationalitiesByKey.get(key);
    if (!set) {
      set = new Set();
      for (const r of byKey.get(key) ?? []) {
        const n = r.role ? nationalityOf(r.role)?.toLowerCase() : undefined;
        if (n) set.add(n);
      }
      nationalitiesByKey.set(key, set);
    }
    return set;
  };
  for (const d of descriptions) {
    const wanted = nationalityOf(d.role)?.toLowerCase();
    for (let i = lastEndingBy(persons, d.offset); i >= 0 && d.offset - persons[i].end <= DESCRIPTION_REACH; i--) {
      const p = persons[i];
      const conflicts = !!wanted && [...nationalitiesOf(p.key!)].some((n) => n !== wanted);
      if (!conflicts) {
        (p.extraRoles ??= []).push(d.role);
        break;
      }
    }
  }
}

/** The nationality a role opens with ("North Korean", "Paraguayan"), if any. */
function nationalityOf(text: string): string | undefined {
  const words = text.split(' ');
  if (isDemonymWord(`${words[0]} ${words[1] ?? ''}`.trim())) return `${words[0]} ${words[1]}`;
  // Nationality adjectives the curated list lacks ("Paraguayan") still look like one.
  return isDemonymWord(words[0]) || NATIONALITY_SHAPE.test(words[0]) ? words[0] : undefined;
}

/** `text.split(/\s+/).length` without the array. */
function wordCount(text: string): number {
  let words = 1;
  for (let i = 0; i < text.length; i++) {
    if (!isWhiteSpaceAt(text, i)) continue;
    words++;
    while (i + 1 < text.length && isWhiteSpaceAt(text, i + 1)) i++;
  }
  return words;
}
const WHITESPACE = /\s/;

/** `\s` at i: ASCII by code, other characters by the regex. */
function isWhiteSpaceAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c < 128 ? c === 32 || (c >= 9 && c <= 13) : WHITESPACE.test(text[i]);
}

/** One entity from its mentions: the display name (a person by their longest name), user definitions, aliases and roles. */
function buildEntity(doc: DocumentText, key: string, list: Raw[], names: NameTable): DocumentEntity {
  const d = names.display.get(key)!;
  let name = d.name;
  if (d.type === 'person') {
    let longest = list[0];
    for (const r of list) if (r.tokens > longest.tokens) longest = r;
    if (longest.tokens > wordCount(name)) name = longest.text;
  }
  const def = names.userDef(name);
  const type = def?.type ?? d.type;
  const roles: string[] = [];
  const aliases: string[] = [];
  // Arrays with includes rather than Sets: an entity has a handful of distinct texts and roles.
  for (const r of list) {
    if (r.text !== name && !aliases.includes(r.text)) aliases.push(r.text);
    if (r.role && !roles.includes(r.role)) roles.push(r.role);
    if (r.extraRoles) for (const x of r.extraRoles) if (!roles.includes(x)) roles.push(x);
  }
  if (def?.roles) for (const x of def.roles) if (!roles.includes(x)) roles.push(x);
  if (def?.aliases) for (const x of def.aliases) if (x !== name && !aliases.includes(x)) aliases.push(x);
  return { id: entityId(type, def?.name ?? name), name: def?.name ?? name, type, aliases: dedupeCaseInsensitive(aliases), roles: dedupeCaseInsensitive(roles), mentions: entityMentions(doc, list) };
}

function entityMentions(doc: DocumentText, list: Raw[]): EntityMention[] {
  const mentions: EntityMention[] = new Array(list.length);
  for (let i = 0; i < list.length; i++) {
    const r = list[i];
    const m: EntityMention = { range: mentionRange(doc, r), text: r.text };
    if (r.role) m.role = r.role;
    if (r.cited) m.citedAsSource = true;
    mentions[i] = m;
  }
  return mentions;
}

/** A mention's range: it lies on its own line, so no search of the line starts (`doc.rangeOf`) is needed. */
function mentionRange(doc: DocumentText, r: Raw): Range {
  const lineStart = doc.lineStarts[r.line];
  return { start: { line: r.line, character: r.start - lineStart }, end: { line: r.line, character: r.end - lineStart } };
}

/** Index of the last mention (sorted by end) that ends at or before `offset`; -1 when none does. */
function lastEndingBy(sorted: Raw[], offset: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid].end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

function dedupeCaseInsensitive(values: string[]): string[] {
  // Most entities have no alias or role, or one: nothing to compare (a Set per call was ~18 KB per edit).
  if (values.length < 2) return values;
  const seen = new Set<string>();
  const out: string[] = [];
  for (const v of values) {
    const k = nameKey(v);
    if (seen.has(k)) continue;
    seen.add(k);
    out.push(v);
  }
  return out;
}

function mergeSameId(entities: DocumentEntity[]): DocumentEntity[] {
  // Ids rarely collide. Without a collision the entities are already in order of first mention (they are
  // grouped from the mentions in document order, and a line is at most MAX_ENTITY_LINE_LENGTH long, so
  // firstOffset follows that order): nothing to copy or sort.
  if (!hasDuplicateId(entities)) return entities;
  const byId = new Map<string, DocumentEntity>();
  const merged = new Set<DocumentEntity>();
  for (const e of entities) {
    const prev = byId.get(e.id);
    if (!prev) {
      byId.set(e.id, e);
      continue;
    }
    for (const m of e.mentions) prev.mentions.push(m);
    merged.add(prev);
    prev.aliases = dedupeCaseInsensitive([...prev.aliases, ...e.aliases].filter((a) => a !== prev.name));
    prev.roles = dedupeCaseInsensitive([...prev.roles, ...e.roles]);
  }
  for (const e of merged) e.mentions.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
  return [...byId.values()].sort((a, b) => firstOffset(a) - firstOffset(b));
}

/** Whether two entities share an id; small lists compared pairwise (no Set per document). */
function hasDuplicateId(entities: DocumentEntity[]): boolean {
  if (entities.length > 64) {
    const seen = new Set<string>();
    for (const e of entities) {
      if (seen.has(e.id)) return true;
      seen.add(e.id);
    }
    return false;
  }
  for (let i = 1; i < entities.length; i++) for (let j = 0; j < i; j++) if (entities[i].id === entities[j].id) return true;
  return false;
}

function firstOffset(e: DocumentEntity): number {
  const r = e.mentions[0]?.range.start;
  return r ? r.line * 1e6 + r.character : 0;
}
