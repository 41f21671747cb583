// Tokens and source phrases inside one sentence: who is said to say something, and whether that source
// is named ("Kremlin spokesperson Dmitry Peskov") or vague ("Western analysts").
import {
  BARE_INSTITUTIONS,
  CLAUSE_STOPS,
  COMMON_MODIFIERS,
  DETERMINERS,
  INSTITUTION_NOUNS,
  INTRO_WORDS,
  PRONOUNS,
  ROLE_NOUNS,
  VAGUE_FALLBACK_HEADS,
  VAGUE_HEADS,
  VERB_FILLERS,
} from './lexicon';

export interface Token {
  text: string;
  lower: string;
  start: number;
  end: number;
  word: boolean;
}

// Latin letters and digits only (no Unicode property escapes), any other character a one-character token,
// which is harmless for the English cue words matched here. Hand-written rather than the regex it
// replaces, /[A-Za-z0-9\u00C0-\u024F](?:[A-Za-z0-9\u00C0-\u024F&]|['’.\-](?=[A-Za-z0-9\u00C0-\u024F])|,(?=\d{3}))*\.?|\S/g
// followed by "a final full stop is its own token unless the word is dotted (U.S.)": same tokens, without
// a match array per token, and the lowercase form is only computed for words that have capitals. On
// 1,000 news documents tokenising was ~10 % of the attribution stage; now ~3 %.

/** A letter or digit that a word may start with or contain. */
function isWordLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || (c >= 0xc0 && c <= 0x24f);
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** What `\s` matches in a JavaScript regex (and what String#trim removes). */
export function isSpace(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** Can the word go on at `j` ("&", or an apostrophe, full stop or hyphen before a letter, or "," before three digits)? Returns the characters taken. */
function continuation(text: string, j: number): number {
  const c = text.charCodeAt(j);
  if (isWordLetter(c) || c === 38) return 1;
  if (c === 39 || c === 0x2019 || c === 46 || c === 45) return j + 1 < text.length && isWordLetter(text.charCodeAt(j + 1)) ? 2 : 0;
  if (c === 44) return j + 3 < text.length && isDigit(text.charCodeAt(j + 1)) && isDigit(text.charCodeAt(j + 2)) && isDigit(text.charCodeAt(j + 3)) ? 1 : 0;
  return 0;
}

/** "U.S.", "a.m.": letters each followed by a full stop (what keeps a final full stop inside the word). */
function isDotted(text: string, start: number, end: number): boolean {
  if ((end - start) % 2 !== 0) return false;
  for (let k = start; k < end; k += 2) {
    const c = text.charCodeAt(k);
    if (!((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0x24f)) || text.charCodeAt(k + 1) !== 46) return false;
  }
  return true;
}

/** A letter that lowercasing can change (ASCII capitals; any letter beyond ASCII, to be safe). */
function isFoldable(c: number): boolean {
  return (c >= 65 && c <= 90) || c >= 0xc0;
}

/** Lowercase, with the typographic apostrophe as a plain one. */
function lowerForm(t: string, folds: boolean): string {
  if (!folds) return t;
  const lower = t.toLowerCase();
  return lower.includes('’') ? lower.replace(/’/g, "'") : lower;
}

/** Words (with inner apostrophes, hyphens and dotted acronyms) and single punctuation marks. */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (isSpace(c)) {
      i++;
      continue;
    }
    if (!isWordLetter(c)) {
      const t = text[i];
      out.push({ text: t, lower: lowerForm(t, c === 0x2019 || c >= 0xc0), start: i, end: i + 1, word: false });
      i++;
      continue;
    }
    // Letters (the common case) are taken in the loop; other characters ask `continuation`. `folds`: the
    // word has a character that lowercasing or the apostrophe rule can change.
    let folds = isFoldable(c);
    let j = i + 1;
    while (j < n) {
      const d = text.charCodeAt(j);
      if ((d >= 97 && d <= 122) || (d >= 48 && d <= 57)) j++;
      else if ((d >= 65 && d <= 90) || (d >= 0xc0 && d <= 0x24f)) {
        folds = true;
        j++;
      } else {
        const step = continuation(text, j);
        if (!step) break;
        if (d === 0x2019 || (step === 2 && isFoldable(text.charCodeAt(j + 1)))) folds = true;
        j += step;
      }
    }
    let end = j;
    // A final full stop stays only on a dotted word ("U.S."); otherwise it is the next token.
    if (j < n && text.charCodeAt(j) === 46 && isDotted(text, i, j + 1)) end = j + 1;
    const t = text.slice(i, end);
    out.push({ text: t, lower: lowerForm(t, folds), start: i, end, word: true });
    i = end;
  }
  return out;
}

export type PhraseKind = 'named' | 'vague';

export interface PhraseVerdict {
  kind: PhraseKind;
  /** A pronoun or a definite mention ("he", "the ministry") that refers back to an earlier source. */
  anaphor: boolean;
}

/** The words of an alternation ("on|last|this") as a set: an exact-word test is one hash per token, not a regex call. */
export function wordSet(alternation: string): Set<string> {
  return new Set(alternation.split('|'));
}

/** Exact-word lists used by the phrase tests below. */
const AFTER_VAGUE_HEAD_STOPS = wordSet('at|of|in|from|close|familiar|with|for|to|on|inside|within|near');
const OUTLET_HEADS = wordSet('media|press|outlets|newspapers|tabloids|websites|channels|reports');
const STATE_OUTLET_WORDS = wordSet('state|state-run|state-owned|official');
const DEGREE_WORDS = wordSet('most|least|more|less|very|so|too');
const QUANTIFIERS = wordSet('some|many|several|most|few|other');
const DEFINITE_DETERMINERS = wordSet('the|this|that');
const POSSESSIVES = wordSet('his|her|its|their');
const SPOKESPERSON_HEADS = wordSet('spokesman|spokeswoman|spokesperson|statement');
const DATE_DETERMINERS = wordSet('the|a|last|this|next');
const DATE_PREPOSITIONS = wordSet('on|last|this');
const PHRASE_END_WORDS = wordSet('on|in|at|last|this|during|after|before|earlier|later|when|while|to|for|with');
const SUBJECT_MODIFIERS = wordSet('state-run|state|news|foreign|senior|chief|deputy|prime|former|official');

const DAY_OR_MONTH = wordSet("monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|week|month|year|weekend|morning|afternoon|evening|night|today|yesterday|tuesday's");

const UPPERCASE_START = /^\p{Lu}/u;

/** Starts with an uppercase letter; ASCII answered without the (slow) Unicode property regex. */
function isCapitalised(t: Token): boolean {
  const c = t.text.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  return UPPERCASE_START.test(t.text);
}

/**
 * Is this phrase (words only, in order) a named or a vague source? Undefined when it is no source.
 * `strict` (for inference verbs such as "suggests") accepts only names, institutions, roles and the
 * vague nouns, never an arbitrary "the …" ("the build-up suggests" is the writer's inference).
 */
export function classifyPhrase(words: Token[], sentenceStart: boolean, strict = false): PhraseVerdict | undefined {
  if (!words.length) return undefined;
  if (words.length === 1 && PRONOUNS.has(words[0].lower)) return { kind: 'named', anaphor: true };
  const first = words[0];
  const hasDeterminer = DETERMINERS.has(first.lower);
  const body = hasDeterminer ? words.slice(1) : words;
  if (!body.length) return undefined;
  for (let i = 0; i < body.length; i++) {
    const lower = body[i].lower;
    // A capital inside the phrase makes the word part of a name ("the Institute of Fiscal Studies").
    const atSentenceStart = sentenceStart && body[i] === words[0];
    // "official figures": the word is an adjective before a source noun, not the head.
    const nextLower = body[i + 1]?.lower;
    const modifier = nextLower !== undefined && INSTITUTION_NOUNS.has(nextLower);
    if (VAGUE_HEADS.has(lower) && !modifier && (!isCapitalised(body[i]) || atSentenceStart)) {
      // "analyst Jane Doe", "Teachers' union leader Grace Obi": a name after the vague noun, not behind
      // a preposition ("officials at the Pentagon", "sources close to the Kremlin"), names the source.
      for (let j = i + 1; j < body.length; j++) {
        if (AFTER_VAGUE_HEAD_STOPS.has(body[j].lower)) break;
        if (isCapitalised(body[j])) return { kind: 'named', anaphor: false };
      }
      if (lower === 'some' || lower === 'many' || lower === 'others') {
        if (i + 1 < body.length) continue;
      }
      return { kind: 'vague', anaphor: false };
    }
  }
  const head = body[body.length - 1].lower;
  // "Israeli media", "local press": outlets nobody named, unless it is the state's own ("state media").
  if (OUTLET_HEADS.has(head) && !body.some((t) => STATE_OUTLET_WORDS.has(t.lower))) {
    return { kind: 'vague', anaphor: false };
  }
  const proper = body.some((t, i) => {
    if (!isCapitalised(t)) return false;
    // A capital at the start of the sentence says nothing about the word.
    if (sentenceStart && !hasDeterminer && i === 0 && t === words[0]) return !COMMON_MODIFIERS.has(t.lower);
    return true;
  });
  if (proper) return { kind: 'named', anaphor: false };
  if (body.some((t) => BARE_INSTITUTIONS.has(t.lower))) return { kind: 'named', anaphor: false };
  // "the ministry", "the provincial governor", "its annual report": a specific, identifiable source.
  const singular = head.endsWith('s') && !head.endsWith('ss') ? head.slice(0, -1) : head;
  const listed = INSTITUTION_NOUNS.has(singular) || ROLE_NOUNS.has(singular) || INSTITUTION_NOUNS.has(head) || ROLE_NOUNS.has(head);
  // "the league", "the two firms": a definite noun before a verb of saying is an identified source; an
  // adjective or a degree word ("the most ambitious") is not a noun at all.
  const nounLike = !/(?:ous|ive|ful|less|able|ible)$/.test(head) && !body.some((t) => DEGREE_WORDS.has(t.lower));
  const sourceLike = listed || (!strict && nounLike && singular === head);
  // "Some employers", "many drivers": a quantified group names nobody.
  if (QUANTIFIERS.has(first.lower) && head.endsWith('s')) return { kind: 'vague', anaphor: false };
  if (hasDeterminer && DEFINITE_DETERMINERS.has(first.lower)) return sourceLike || (nounLike && listed) ? { kind: 'named', anaphor: INSTITUTION_NOUNS.has(singular) } : undefined;
  if (POSSESSIVES.has(first.lower)) return sourceLike ? { kind: 'named', anaphor: true } : undefined;
  // "a fire service spokesman": the official voice of an institution.
  if (SPOKESPERSON_HEADS.has(head)) return { kind: 'named', anaphor: false };
  if (!hasDeterminer && INSTITUTION_NOUNS.has(head) && body.length > 1) return { kind: 'named', anaphor: false };
  // Anything else ("these maps", "health", "2018") is not a source at all, unless it is a kind of outlet.
  return VAGUE_FALLBACK_HEADS.has(head) ? { kind: 'vague', anaphor: false } : undefined;
}


/** Skip a parenthetical "(KCNA)" backwards; returns the index before the opening bracket. */
function skipParenBack(tokens: Token[], i: number): number {
  if (tokens[i]?.text !== ')') return i;
  let j = i - 1;
  while (j >= 0 && tokens[j].text !== '(') j--;
  return j - 1;
}

/** Strip leading adverbials ("On Sunday", "Last week") from a subject phrase. */
function stripIntro(words: Token[]): Token[] {
  let i = 0;
  while (i < words.length - 1 && INTRO_WORDS.has(words[i].lower) && !(i === 0 && DETERMINERS.has(words[i].lower) && words.length <= 3)) {
    i++;
    while (i < words.length - 1 && (DAY_OR_MONTH.has(words[i].lower) || isDigit(words[i].text.charCodeAt(0)) || DATE_DETERMINERS.has(words[i].lower))) i++;
  }
  return words.slice(i);
}

export const MAX_SUBJECT_WORDS = 9;

/**
 * The subject phrase that ends just before token `verb` ("Kremlin spokesperson Dmitry Peskov" for
 * "… Peskov said"). `stop` reports what ended the scan: a clause word such as "and", punctuation, or the
 * start of the sentence.
 */
export function subjectBefore(tokens: Token[], verb: number): { words: Token[]; stop: Token | undefined; stopIndex: number } {
  let i = verb - 1;
  while (i >= 0 && tokens[i].word && VERB_FILLERS.has(tokens[i].lower)) i--;
  // "Peskov on Monday said", "the ministry said on Sunday" (after the verb: nothing to do).
  if (i >= 1 && tokens[i].word && DAY_OR_MONTH.has(tokens[i].lower) && DATE_PREPOSITIONS.has(tokens[i - 1].lower)) i -= 2;
  const words: Token[] = [];
  let stop: Token | undefined;
  while (i >= 0) {
    const t = tokens[i];
    if (t.text === ')') {
      i = skipParenBack(tokens, i);
      continue;
    }
    if (!t.word) {
      if (t.text === "'" || t.text === '’' || t.text === '-' || t.text === '&') {
        i--;
        continue;
      }
      stop = t;
      break;
    }
    if (CLAUSE_STOPS.has(t.lower) && !(t.lower === 'and' && words.length && isCapitalised(words[0]) && tokens[i - 1] && isCapitalised(tokens[i - 1]))) {
      stop = t;
      break;
    }
    words.unshift(t);
    if (words.length > MAX_SUBJECT_WORDS) break;
    i--;
  }
  return { words: stripIntro(words), stop, stopIndex: stop ? i : -1 };
}

/** The phrase after token `from` ("according to [the US Defense Department]", "said [Peskov]"). */
export function phraseAfter(tokens: Token[], from: number, maxWords = 12): Token[] {
  const words: Token[] = [];
  for (let i = from; i < tokens.length && words.length < maxWords; i++) {
    const t = tokens[i];
    if (t.text === '(') {
      while (i < tokens.length && tokens[i].text !== ')') i++;
      continue;
    }
    if (!t.word) {
      if (t.text === "'" || t.text === '’' || t.text === '-' || t.text === '&') continue;
      break;
    }
    if (CLAUSE_STOPS.has(t.lower) && t.lower !== 'and') break;
    if (t.lower === 'and' && !(tokens[i + 1] && isCapitalised(tokens[i + 1]))) break;
    // "said Peskov on Monday", "according to TASS in a report"
    if (words.length && PHRASE_END_WORDS.has(t.lower)) break;
    words.push(t);
  }
  return words;
}

/**
 * Tokens from the sentence start that `clauseSubject` reads: room for a few introductory phrases ("In
 * Moscow, on Monday, after the talks, …") before the subject; news sentences rarely need a tenth of it.
 */
export const MAX_CLAUSE_SUBJECT_TOKENS = 60;

/**
 * The subject of the sentence's main clause, for coordinated and participial speech verbs ("Kim … and
 * said", "…, saying"): the first noun phrase of the first comma segment that is not an adverbial.
 */
export function clauseSubject(tokens: Token[], before: number): Token[] {
  // The subject opens the sentence: only its first tokens are read, so a sentence with thousands of
  // "…, saying" stays linear (each call used to re-read the sentence up to its verb).
  const last = Math.min(before, MAX_CLAUSE_SUBJECT_TOKENS);
  let segStart = 0;
  for (let i = 0; i <= last && i < tokens.length; i++) {
    const isSegEnd = i === last || tokens[i].text === ',';
    if (!isSegEnd) continue;
    const seg = tokens.slice(segStart, i).filter((t) => t.word);
    segStart = i + 1;
    if (!seg.length) continue;
    if (INTRO_WORDS.has(seg[0].lower) && !DETERMINERS.has(seg[0].lower)) continue;
    const words: Token[] = [];
    for (const t of seg) {
      if (DETERMINERS.has(t.lower) && !words.length) {
        words.push(t);
        continue;
      }
      if (isCapitalised(t) || (words.length && (INSTITUTION_NOUNS.has(t.lower) || VAGUE_HEADS.has(t.lower) || SUBJECT_MODIFIERS.has(t.lower)))) {
        words.push(t);
        if (words.length > MAX_SUBJECT_WORDS) break;
        continue;
      }
      if (words.length === 1 && DETERMINERS.has(words[0].lower)) {
        words.push(t);
        continue;
      }
      break;
    }
    if (words.length && !(words.length === 1 && DETERMINERS.has(words[0].lower))) return words;
    return [];
  }
  return [];
}
