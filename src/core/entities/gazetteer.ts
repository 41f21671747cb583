import type { EntityType } from '../types';
import {
  CURATED_LOCATIONS, CURATED_ORGANIZATIONS, DEMONYMS, DEMONYM_INSTITUTIONS, FAMILY_NAME_FIRST, LOCATION_OF_HEADS,
  LOCATION_PREFIXES, LOCATION_SUFFIXES, NON_ENTITY_WORDS, ORG_OF_HEADS, ORG_SUFFIXES, ROLE_NOUNS, SENTENCE_STARTERS,
  SPEECH_VERBS, TITLES, PLACE_PREPOSITIONS,
} from './curated';

export interface GazetteerEntry {
  canonical: string;
  type: EntityType;
  /** Other names of the same entity known to the gazetteer (acronym, expansion, old name). */
  aliases: string[];
  /** Where it came from: 'curated', 'country', 'city', 'region' or 'user'. */
  source: string;
  /** `nameKey` of the canonical name, then of each alias (computed once: every mention of the entry needs them). */
  keys: string[];
}

/** Lookup key: case-folded, curly apostrophes straightened, white space collapsed. */
/** White space as `\s` and `trim` see it, beyond the ASCII range. */
const isWideSpace = (c: number): boolean =>
  c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;

/** True when nameKey only has to lower-case: no curly apostrophe, no white space but single inner spaces. */
function isSimpleName(name: string): boolean {
  const last = name.length - 1;
  for (let i = 0; i <= last; i++) {
    const c = name.charCodeAt(i);
    if (c === 32) {
      if (i === 0 || i === last || name.charCodeAt(i + 1) === 32) return false;
    } else if (c < 32 || c === 0x2018 || c === 0x2019 || (c >= 0xa0 && isWideSpace(c))) return false;
  }
  return true;
}

export function nameKey(name: string): string {
  if (isSimpleName(name)) return name.toLowerCase();
  return name.replace(/[’‘]/g, "'").replace(/\s+/g, ' ').trim().toLowerCase();
}

/** Acronyms (all capitals, short) must match case: "WHO" the organisation is not "Who". */
function isCaseSensitive(alias: string): boolean {
  return alias.length <= 5 && alias === alias.toUpperCase() && /[A-Z]/.test(alias);
}

export interface Gazetteer {
  lookup(name: string): GazetteerEntry | undefined;
  isCommonWord(word: string): boolean;
  /** `isCommonWord` of a word already lower-cased (a token's `lower`). */
  isCommonLower(lower: string): boolean;
  /** A common English first name ("Phillip", "Grace"), whether or not it is also a common word. */
  isFirstName(word: string): boolean;
  /** Longest gazetteer name (in tokens), to bound phrase look-ups. */
  maxTokens: number;
  /**
   * Whether some name's key starts with this word key (a lower-cased word): lets a caller skip building and
   * looking up the text of a run of words whose first word starts no name (most runs).
   */
  startsName(firstWordKey: string): boolean;
}

interface Slot {
  entry: GazetteerEntry;
  exact?: string;
}

let built: Gazetteer | undefined;

/** The gazetteer is built on first use, so loading the extension never pays for it. */
export function gazetteer(): Gazetteer {
  if (!built) built = buildGazetteer();
  return built;
}

function buildGazetteer(): Gazetteer {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const data = require('./data/gazetteer.generated') as typeof import('./data/gazetteer.generated');
  const map = new Map<string, Slot>();
  const firstWords = new Set<string>();
  let maxTokens = 1;
  const add = (names: string[], type: EntityType, source: string, override = false): void => {
    const keys = names.map(nameKey);
    const entry: GazetteerEntry = { canonical: names[0], type, aliases: names.slice(1), source, keys };
    names.forEach((n, i) => {
      const key = keys[i];
      if (!override && map.has(key)) return;
      map.set(key, { entry, exact: isCaseSensitive(n) ? n : undefined });
      firstWords.add(key.split(' ')[0]);
      maxTokens = Math.max(maxTokens, n.split(/\s+/).length);
    });
  };
  // Curated lists first: they know that "Georgia" is a country and "Washington" is usually the city.
  for (const o of CURATED_ORGANIZATIONS) add(o.split('|'), 'organization', 'curated');
  for (const l of CURATED_LOCATIONS) add(l.split('|'), 'location', 'curated');
  for (const g of data.COUNTRIES.split(';')) add(g.split('|'), 'location', 'country');
  for (const r of data.REGIONS.split('|')) add([r], 'location', 'region');
  for (const c of data.CITIES.split('|')) add([c], 'location', 'city');
  const common = new Set(data.COMMON_WORDS.split(' '));
  const firstNames = new Set(data.FIRST_NAMES.split(' '));
  const isCommonLower = (w: string): boolean => {
    if (common.has(w)) return true;
    // Plurals and -ing/-ed forms of common words ("Investors", "Officials") are common too.
    return (w.endsWith('s') && common.has(w.slice(0, -1))) || (w.endsWith('es') && common.has(w.slice(0, -2))) || (w.endsWith('ies') && common.has(`${w.slice(0, -3)}y`));
  };
  return {
    maxTokens,
    startsName(firstWordKey: string): boolean {
      return firstWords.has(firstWordKey);
    },
    lookup(name: string): GazetteerEntry | undefined {
      const slot = map.get(nameKey(name));
      if (!slot) return undefined;
      if (slot.exact && slot.exact !== name.trim()) return undefined;
      return slot.entry;
    },
    isFirstName(word: string): boolean {
      return firstNames.has(word);
    },
    isCommonWord(word: string): boolean {
      return isCommonLower(word.toLowerCase());
    },
    isCommonLower,
  };
}

const set = (words: string[]): ReadonlySet<string> => new Set(words);
const lowerSet = (words: string[]): ReadonlySet<string> => new Set(words.map((w) => w.toLowerCase()));

export const WORDS = {
  titles: TITLES,
  titleSet: set(TITLES),
  roleNouns: lowerSet(ROLE_NOUNS),
  orgSuffixes: set(ORG_SUFFIXES),
  orgOfHeads: set(ORG_OF_HEADS),
  locationSuffixes: set(LOCATION_SUFFIXES),
  locationOfHeads: set(LOCATION_OF_HEADS),
  locationPrefixes: set(LOCATION_PREFIXES),
  demonyms: set(DEMONYMS),
  demonymInstitutions: DEMONYM_INSTITUTIONS,
  sentenceStarters: set(SENTENCE_STARTERS),
  nonEntities: set(NON_ENTITY_WORDS),
  familyNameFirst: set(FAMILY_NAME_FIRST),
  speechVerbs: lowerSet(SPEECH_VERBS),
  placePrepositions: lowerSet(PLACE_PREPOSITIONS),
};
