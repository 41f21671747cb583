// The attribution model: for every sentence of the article text, does it carry a claim that needs a
// source (and which kind of claim, on which cue words), and who, if anyone, stands behind it.
import type { DocumentText } from '../text/documentText';
import type { Position, Range } from '../types';
import { hashLine } from '../text/hash';
import { GenerationalCache, ownCopy } from '../text/lru';
import { WordGates } from './wordGates';
import { sentencesOf, type Sentence } from '../text/sentences';
import {
  CLAIM_PATTERNS,
  CONTAINMENT,
  DISRUPTION,
  SCHEDULE_TIME,
  INFERENCE_VERBS,
  SPEECH_ACT_ONLY,
  SPEECH_PARTICIPLES,
  SPEECH_VERBS,
  TOPIC_STOPWORDS,
  VAGUE_ADVERBS,
  VAGUE_ADVERBS_NEEDS,
  VAGUE_PASSIVE,
  VAGUE_PASSIVE_NEEDS,
  VAGUE_PASSIVE_ALSO_NEEDS,
  type ClaimType,
} from './lexicon';
import { classifyPhrase, clauseSubject, isSpace, phraseAfter, subjectBefore, tokenize, wordSet, type PhraseKind, type Token } from './phrases';
import { lazy } from '../text/lazy';

export type { ClaimType } from './lexicon';

export interface Cue {
  kind: ClaimType | 'quote';
  text: string;
  /** Document offsets. */
  start: number;
  end: number;
  range: Range;
}

export type SourceVia =
  | 'according-to'
  | 'speech-verb'
  | 'inverted'
  | 'participle'
  | 'citing'
  | 'passive'
  | 'adverb'
  | 'quote-speaker'
  | 'quote-group'
  | 'quote-continued';

export interface SourceInfo {
  kind: PhraseKind;
  /** The source as written ("Kremlin spokesperson Dmitry Peskov", "Western analysts", "reportedly"). */
  text: string;
  start: number;
  end: number;
  range: Range;
  /** The whole attribution cue ("Western analysts say", "according to TASS"). */
  cue: string;
  cueRange: Range;
  via: SourceVia;
  /** Index of the sentence this source was carried from (quote continued, pronoun resolved). */
  carriedFrom?: number;
  /** For "he said", "the ministry said": the earlier source it refers to. */
  refersTo?: string;
  /** True for pronouns and definite mentions that refer back ("he", "the report"). */
  anaphor?: boolean;
}

export interface QuoteSpan {
  start: number;
  end: number;
  words: number;
}

export interface SentenceAttribution {
  index: number;
  paragraph: number;
  range: Range;
  start: number;
  end: number;
  text: string;
  /** hashLine of the sentence text: stable across unrelated edits. */
  sentenceHash: string;
  claimTypes: ClaimType[];
  /** The first claim type that is not a hedge, else 'hedged'; undefined when no claim. */
  claimType?: ClaimType;
  cues: Cue[];
  quotes: QuoteSpan[];
  /** The sentence holds a direct quotation (≥ QUOTE_MIN_WORDS words, or one that spans sentences). */
  directQuote: boolean;
  /** Who stands behind the sentence (own or carried); undefined when nobody. */
  source?: SourceInfo;
  /** Every source cue found in the sentence itself. */
  sources: SourceInfo[];
  needsSource: boolean;
  /** The next sentence (or next paragraph's first) supplies evidence with a named source. */
  supportedBy?: { sentence: number; source: SourceInfo };
  /** Where the source placeholder goes (see `insertionPoint`). */
  insertSourceAt: Position;
  /** How the placeholder reads there: ", according to …" or " (according to …)". */
  insertSourceStyle: SourceInsertionStyle;
}

/** Quotations shorter than this are scare quotes or phrases ("hegemonic forces"), not statements. */
export const QUOTE_MIN_WORDS = 4;
/** A sentence is a quote continuation when at least this share of its characters are quoted. */
const QUOTE_CONTINUATION_SHARE = 0.6;

/** Shared empty list for models with nothing of a kind (a model is internal and never changed). */
const NONE: never[] = [];

const STRAIGHT_QUOTE = 34;
const OPENING_QUOTE = 0x201c;
const CLOSING_QUOTE_MARK = 0x201d;

function quoteSpans(text: string, openAtStart: boolean): QuoteSpan[] {
  // The model calls this only when the word scan saw a quotation mark or one is open; other callers may not.
  if (!openAtStart && text.indexOf('"') < 0 && text.indexOf('“') < 0 && text.indexOf('”') < 0) return NONE;
  const spans: QuoteSpan[] = [];
  let open = openAtStart ? 0 : -1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === STRAIGHT_QUOTE && i > 0 && text.charCodeAt(i - 1) >= 48 && text.charCodeAt(i - 1) <= 57) continue; // 15.4" (inches)
    if (open < 0 && (c === OPENING_QUOTE || c === STRAIGHT_QUOTE)) open = i + 1;
    else if (open >= 0 && (c === CLOSING_QUOTE_MARK || c === STRAIGHT_QUOTE)) {
      spans.push({ start: open, end: i, words: countWords(text, open, i) });
      open = -1;
    }
  }
  if (open >= 0) spans.push({ start: open, end: text.length, words: countWords(text, open, text.length) });
  return spans;
}

const LETTER_OR_NUMBER = /[\p{L}\p{N}]/u;

/**
 * Runs of letters and numbers (Unicode) in text[from, to): what /[\p{L}\p{N}]+/gu counts, with the
 * regex asked only about characters outside ASCII (the `u` flag and property escapes are slow in V8).
 */
function countWords(text: string, from: number, to: number): number {
  let count = 0;
  let inWord = false;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    let letter: boolean;
    if (c < 128) letter = (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < to && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      letter = LETTER_OR_NUMBER.test(text.slice(i, i + 2));
      i++;
    } else letter = LETTER_OR_NUMBER.test(text[i]);
    if (letter && !inWord) count++;
    inWord = letter;
  }
  return count;
}

function blank(text: string, spans: QuoteSpan[]): string {
  if (!spans.length) return text;
  let out = '';
  let last = 0;
  for (const s of spans) {
    out += text.slice(last, s.start) + ' '.repeat(s.end - s.start);
    last = s.end;
  }
  return out + text.slice(last);
}

// "published by Eurostat", "released by the ministry": the agent of a passive publication verb.
const AGENT_PARTICIPLES = new Set(['published', 'released', 'compiled', 'issued', 'provided', 'collected', 'gathered', 'reported', 'confirmed', 'announced', 'estimated', 'cited', 'quoted', 'obtained', 'seen', 'reviewed', 'commissioned', 'conducted', 'carried']);
/** Verbs that put the speaker after them: "“…,” said Peskov", ", according to …, said the ministry". */
const INVERTING_VERBS = new Set(['said', 'says', 'added', 'adds', 'wrote', 'writes', 'told', 'asked', 'replied', 'noted', 'explained', 'continued', 'insisted', 'warned', 'declared']);
const NEGATIONS = wordSet("not|never|n't|didn't|doesn't|don't|won't|wouldn't|hasn't|haven't|cannot|can't");
const QUOTE_OR_THAT = wordSet('that|“|"');
const DEFINITE_BEFORE = wordSet('the|a|an|their|his|her|its|our|this|that|these|those');
const PLURAL_NOUN_NEXT = wordSet('of|in|on|for|from|with|to|at|by|and|or|as|is|are|was|were');
const PLURAL_SUBJECTS = wordSet('they|we|i|you|police');
const ARTICLE_AFTER = wordSet('the|a|an|his|her|its|their');
const PASSIVE_BEFORE = wordSet('is|are|was|were|be|been|being');
const PASSIVE_FILLER = /^(?:not|never|also|yet|already|just|being|been|widely|generally|officially|formally|publicly|\w+ly)$/;
/** Words after which a speech verb is a noun, an adjective or an infinitive ("the claims", "to say"). */
const DETERMINER_BEFORE = wordSet('the|a|an|these|those|such|his|its|their|our|my|your|this|that|any|every|each|no|another|some|to|of|with|about|amid|despite|over|under');
const NOUN_BEFORE = wordSet('the|a|an|these|those|such|his|her|its|their|our|new|recent|media|press|news|latest|earlier|initial|official|first|unconfirmed|conflicting|local');
// Speech verbs that are also nouns ("media reports", "the claims", "his calls").
const NOUN_CAPABLE = new Set(['dispute', 'disputes', 'question', 'questions', 'doubt', 'doubts', 'reports', 'report', 'claims', 'claim', 'estimates', 'estimate', 'notes', 'states', 'fears', 'fear', 'calls', 'shows', 'show', 'finds', 'forecast', 'forecasts', 'projects', 'promises', 'pledges', 'vows', 'urges', 'praises', 'denies', 'warns', 'cites']);
const BASE_FORMS = new Set(['allege', 'insist', 'maintain', 'deny', 'confirm', 'acknowledge', 'admit', 'dispute', 'question', 'doubt', 'say', 'tell', 'report', 'claim', 'estimate', 'show', 'believe', 'think', 'expect', 'fear', 'argue', 'warn', 'agree', 'conclude', 'predict', 'announce', 'contend', 'find']);

/** A source the sentence names itself, as offsets in the sentence (what the model keeps). */
interface LocalSource {
  kind: PhraseKind;
  anaphor: boolean;
  /** The source phrase: from its first word's start to its last word's end. */
  start: number;
  end: number;
  cueStart: number;
  cueEnd: number;
  via: SourceVia;
}

/** Every word a branch of `localSources` starts from: any other token is skipped with one lookup. */
const CUE_WORDS = new Set(['according', 'citing', 'cited', ...AGENT_PARTICIPLES, ...SPEECH_PARTICIPLES, ...SPEECH_VERBS]);

const INFERENCE_BEFORE_THAT = /^(?:suggests?|suggested|indicates?|indicated|shows?|showed|means|meant|signs?|indications?|evidence|clear|likely|possible|unlikely|hope|hopes)$/;

/** The first "that" after a word such as "suggests" or "evidence" (-1 when none): what follows it is inferred content. */
function inferenceThatIndex(tokens: Token[]): number {
  for (let k = 1; k < tokens.length; k++) if (tokens[k].lower === 'that' && INFERENCE_BEFORE_THAT.test(tokens[k - 1].lower)) return k;
  return -1;
}

/** What /^[A-Z]/ tests on the token's text, without a regex call. */
function startsWithAsciiCapital(t: Token): boolean {
  const c = t.text.charCodeAt(0);
  return c >= 65 && c <= 90;
}

/**
 * Sources the sentence names itself. `cueStarts`: where the CUE_WORDS occur as whole ASCII word runs (from
 * the gate scan), or undefined when the text holds an underscore, which can hide a cue token inside a
 * longer run ("said_"): then every token is looked up instead. `hasQuotes`: the sentence holds a quotation;
 * without one, verbs that only name the speaker of quoted words ("Kim called it an “eyesore”") name nobody.
 * Returns the shared empty list when there is none.
 */
function localSources(masked: string, gates: Uint8Array, cueStarts: readonly number[] | undefined, hasQuotes: boolean): LocalSource[] {
  let out: LocalSource[] = NONE;
  // No cue word, no branch below does anything: skip tokenising.
  const tokens: Token[] = gates[SOURCE_TRIGGER_GATE] && (!cueStarts || cueStarts.length) ? tokenize(masked) : [];
  let nextCue = 0;
  const inferenceThat = inferenceThatIndex(tokens);
  const push = (words: Token[], cueStart: number, cueEnd: number, via: SourceVia, quoteOnly = false, sentenceStart = false): void => {
    if (quoteOnly && !hasQuotes) return;
    const v = classifyPhrase(words, sentenceStart);
    if (!v) return;
    const start = words[0].start;
    const end = words[words.length - 1].end;
    (out === NONE ? (out = []) : out).push({ kind: v.kind, anaphor: v.anaphor, start, end, cueStart: Math.min(cueStart, start), cueEnd: Math.max(cueEnd, end), via });
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t.word) continue;
    if (cueStarts) {
      while (nextCue < cueStarts.length && cueStarts[nextCue] < t.start) nextCue++;
      if (cueStarts[nextCue] !== t.start) continue;
    } else if (!CUE_WORDS.has(t.lower)) continue;
    if (t.lower === 'according' && tokens[i + 1]?.lower === 'to') {
      const words = phraseAfter(tokens, i + 2);
      if (words.length) push(words, t.start, words[words.length - 1].end, 'according-to');
      continue;
    }
    if (t.lower === 'citing' || (t.lower === 'cited' && tokens[i + 1]?.lower === 'by')) {
      const words = phraseAfter(tokens, i + (t.lower === 'cited' ? 2 : 1), 8);
      if (words.length) push(words, t.start, words[words.length - 1].end, 'citing');
      continue;
    }
    if (AGENT_PARTICIPLES.has(t.lower) && tokens[i + 1]?.lower === 'by') {
      const words = phraseAfter(tokens, i + 2, 8);
      if (words.length && classifyPhrase(words, false)?.kind === 'named') push(words, t.start, words[words.length - 1].end, 'citing');
      continue;
    }
    if (SPEECH_PARTICIPLES.has(t.lower) && (tokens[i - 1]?.text === ',' || QUOTE_OR_THAT.has(tokens[i + 1]?.lower ?? ''))) {
      const words = clauseSubject(tokens, i - 1);
      if (words.length) push(words, t.start, t.end, 'participle', false, words[0].start === tokens[0].start);
      continue;
    }
    if (!SPEECH_VERBS.has(t.lower) || startsWithAsciiCapital(t)) continue;
    // "The build-up suggests that Moscow expects …": a speaker inside the inferred content is not the
    // sentence's source.
    if (inferenceThat >= 0 && i > inferenceThat) continue;
    // "did not deny", "has never said": a negated verb attributes nothing.
    if (NEGATIONS.has(tokens[i - 1]?.lower ?? '') || NEGATIONS.has(tokens[i - 2]?.lower ?? '')) continue;
    const prev = tokens[i - 1];
    if (prev && prev.word && (PASSIVE_BEFORE.has(prev.lower) || (tokens[i - 2] && PASSIVE_BEFORE.has(tokens[i - 2].lower) && PASSIVE_FILLER.test(prev.lower)))) continue;
    // "the declared", "to say", "his claims", "Trump's alleged": not a subject and its verb.
    if (prev && prev.word && (DETERMINER_BEFORE.has(prev.lower) || prev.lower.endsWith("'s") || prev.lower.endsWith('’s') || prev.lower === 's')) continue;
    if (NOUN_CAPABLE.has(t.lower) || BASE_FORMS.has(t.lower)) {
      if (NOUN_CAPABLE.has(t.lower) && prev && prev.word && NOUN_BEFORE.has(prev.lower)) continue;
      // "their long dispute", "the new report": determiner + modifier + noun.
      const before = tokens[i - 2];
      if (NOUN_CAPABLE.has(t.lower) && prev && prev.word && !startsWithAsciiCapital(prev) && before && before.word && DEFINITE_BEFORE.has(before.lower)) continue;
      // "in neighbouring states.", "phone calls to": a plural noun, not a verb of saying.
      const next = tokens[i + 1];
      if (!next ? t.lower.endsWith('s') : !next.word ? t.lower.endsWith('s') : PLURAL_NOUN_NEXT.has(next.lower)) continue;
    }
    const quoteOnly = SPEECH_ACT_ONLY.has(t.lower);
    const { words, stop, stopIndex } = subjectBefore(tokens, i);
    if (words.length && INFERENCE_VERBS.has(t.lower) && !classifyPhrase(words, words[0].start === tokens[0].start, true)) continue;
    if (words.length) {
      if (BASE_FORMS.has(t.lower) && words.length === 1 && !words[0].lower.endsWith('s') && !PLURAL_SUBJECTS.has(words[0].lower)) continue;
      push(words, words[0].start, t.end, 'speech-verb', quoteOnly, words[0].start === tokens[0].start);
      continue;
    }
    if (stop && (stop.text === ',' || stop.text === '”' || stop.text === '"')) {
      const after = phraseAfter(tokens, i + 1, 8);
      const endsClause = after.length > 0 && (i + 1 + after.length >= tokens.length || !tokens[i + 1 + after.length].word);
      const inverted = INVERTING_VERBS.has(t.lower) && after.length > 0 && (after.some((x) => startsWithAsciiCapital(x)) || ARTICLE_AFTER.has(after[0].lower));
      // "“…,” said Peskov": the speaker follows the verb.
      if (inverted && (stop.text !== ',' || (endsClause && after.length <= 6))) {
        push(after, t.start, after[after.length - 1].end, 'inverted', quoteOnly);
        continue;
      }
      // "Peskov, the Kremlin spokesman, said", "Aid workers, speaking on condition of anonymity, said":
      // the comma segments before the verb; a named one wins.
      if (stop.text === ',') {
        const candidates: Token[][] = [];
        let at = stopIndex;
        for (let k = 0; k < 2 && at > 0; k++) {
          const { words: seg, stop: segStop, stopIndex: segStopIndex } = subjectBefore(tokens, at);
          if (seg.length && classifyPhrase(seg, seg[0].start === tokens[0].start)) candidates.push(seg);
          if (!segStop || segStop.text !== ',') break;
          at = segStopIndex;
        }
        const pick = candidates.find((c) => classifyPhrase(c, c[0].start === tokens[0].start)?.kind === 'named') ?? candidates[0];
        if (pick) {
          push(pick, pick[0].start, t.end, 'speech-verb', quoteOnly, pick[0].start === tokens[0].start);
          continue;
        }
      }
    }
    if (stop && stop.word && (stop.lower === 'and' || stop.lower === 'but' || stop.lower === 'while')) {
      const subject = clauseSubject(tokens, stopIndex);
      if (subject.length) push(subject, t.start, t.end, 'speech-verb', quoteOnly, subject[0].start === tokens[0].start);
    }
  }
  if (gates[VAGUE_ADVERBS_GATE]) out = vagueSources(VAGUE_ADVERBS, 'adverb', masked, out);
  if (gates[VAGUE_PASSIVE_GATE] && gates[VAGUE_PASSIVE_ALSO_GATE]) out = vagueSources(VAGUE_PASSIVE, 'passive', masked, out);
  return out;
}


/** Appends the matches of a vague-source pattern ("reportedly", "is believed to") to `out` (NONE: a new list). */
function vagueSources(re: RegExp, via: SourceVia, masked: string, out: LocalSource[]): LocalSource[] {
  re.lastIndex = 0;
  for (let m = re.exec(masked); m; m = re.exec(masked)) {
    const words = tokenize(m[0]).filter((x) => x.word);
    const start = words[0].start + m.index;
    const end = words[words.length - 1].end + m.index;
    (out === NONE ? (out = []) : out).push({ kind: 'vague', anaphor: false, start, end, cueStart: m.index, cueEnd: m.index + m[0].length, via });
  }
  return out;
}

/**
 * What `isNarrationCue` asks of the whole sentence, computed at most once per sentence: asking it again for
 * every cue made a long sentence with many cues quadratic.
 */
class NarrationContext {
  private disruptionEnd?: number;
  private schedule?: boolean;
  constructor(readonly masked: string) {}

  /** End of the first disruption word ("cancelled", "delays"), or Infinity when there is none. */
  firstDisruptionEnd(): number {
    if (this.disruptionEnd === undefined) {
      const m = DISRUPTION.exec(this.masked);
      this.disruptionEnd = m ? m.index + m[0].length : Infinity;
    }
    return this.disruptionEnd;
  }

  hasDisruption(): boolean {
    return this.firstDisruptionEnd() !== Infinity;
  }

  /** A disruption word lies wholly before `offset`. */
  disruptionBefore(offset: number): boolean {
    return this.firstDisruptionEnd() <= offset;
  }

  hasSchedule(): boolean {
    return (this.schedule ??= SCHEDULE_TIME.test(this.masked));
  }
}

/**
 * Cues that narration also uses: the stated reason for a disruption, "will" before a specific day (a
 * schedule, not a forecast), a count of what something holds or of who signed, goals scored.
 */
function isNarrationCue(type: ClaimType, ctx: NarrationContext, start: number, end: number): boolean {
  if (type !== 'causal' && type !== 'predictive' && type !== 'statistic') return false;
  const masked = ctx.masked;
  const cue = masked.slice(start, end).toLowerCase();
  if (type === 'causal') {
    if (ctx.disruptionBefore(start)) return true;
    return /^(?:forc|because|due|owing)/.test(cue) && ctx.hasDisruption();
  }
  if (type === 'predictive') return /^(?:will|would|won['’]t)$/.test(cue) && ctx.hasSchedule();
  if (type === 'statistic') {
    const before = masked.slice(Math.max(0, start - 40), start);
    // "signed by more than 100 MPs", "scored twice": a tally of what happened.
    return CONTAINMENT.test(before) || /\bby\s*$/.test(before) || (cue === 'twice' && /\b(?:scored|netted|struck)\s*$/.test(before)) || (/^(?:more|at least|nearly|almost|up to|over)\b/.test(cue) && ctx.hasDisruption());
  }
  return false;
}

/** Cue count from which `claimCues` tests overlaps against a character mask instead of the list. */
const CUE_MASK_AFTER = 16;

/** Claim types that `isNarrationCue` can excuse (it answers false for the others). */
const NARRATION_TYPES = new Set<ClaimType>(['causal', 'predictive', 'statistic']);

function overlapsAny(found: readonly { start: number; end: number }[], start: number, end: number): boolean {
  for (const f of found) if (f.start < end && start < f.end) return true;
  return false;
}

function takenMask(found: readonly { start: number; end: number }[], length: number): Uint8Array {
  const taken = new Uint8Array(length);
  for (const f of found) taken.fill(1, f.start, f.end);
  return taken;
}

function isTaken(taken: Uint8Array, start: number, end: number): boolean {
  for (let k = start; k < end; k++) if (taken[k]) return true;
  return false;
}

// ---- word gates ----------------------------------------------------------------------------------
// One scan of the sentence (see WordGates) answers every "does it hold one of these words?" question the
// model asks before running a regex: a claim pattern's `needs` (and `alsoNeeds`), whether any word can
// introduce a source, and whether the vague-source patterns can match.

const GATE_LISTS: (readonly string[])[] = [];
const gateFor = (list: readonly string[]): number => GATE_LISTS.push(list) - 1;
/** The gate conditions of each claim pattern (all must hold); empty: the pattern always runs. */
const PATTERN_GATES: number[][] = CLAIM_PATTERNS.map((p) => [p.needs, p.alsoNeeds].filter((x): x is readonly string[] => x !== undefined).map(gateFor));
/** Words that can introduce a source; a sentence without one skips tokenising. */
const SOURCE_TRIGGER_GATE = gateFor(['according', 'citing', 'cited', 'by', ...SPEECH_VERBS, ...SPEECH_PARTICIPLES]);
/** The words `localSources` starts from (see CUE_WORDS), with their positions recorded. */
const CUE_WORDS_GATE = gateFor([...CUE_WORDS]);
const VAGUE_ADVERBS_GATE = gateFor(VAGUE_ADVERBS_NEEDS);
const VAGUE_PASSIVE_GATE = gateFor(VAGUE_PASSIVE_NEEDS);
const VAGUE_PASSIVE_ALSO_GATE = gateFor(VAGUE_PASSIVE_ALSO_NEEDS);
const wordGates = lazy(() => new WordGates(GATE_LISTS, CUE_WORDS_GATE));
/** What the last `scanGates` found (one buffer, reused: the model is built synchronously, one sentence at a time). */
const present = new Uint8Array(GATE_LISTS.length);

function scanGates(text: string): Uint8Array {
  wordGates().scan(text, present);
  return present;
}

/** The `needsFirst` words of each claim pattern; undefined when the pattern has none. */
const PATTERN_FIRST_WORDS = CLAIM_PATTERNS.map((p) => p.needsFirst);

/** Length of the text's leading run of ASCII word characters (0 when it starts with something else). */
function firstRunLength(text: string): number {
  let end = 0;
  for (let c = text.charCodeAt(0); (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95; c = text.charCodeAt(++end));
  return end;
}

/** Is the leading run (`length` characters), lowercased, one of `words`? Compared in place: no slice or lowercase copy per sentence. */
function firstRunIsOneOf(text: string, length: number, words: readonly string[]): boolean {
  for (const w of words) {
    if (w.length !== length) continue;
    let k = 0;
    while (k < length) {
      const c = text.charCodeAt(k);
      if ((c >= 65 && c <= 90 ? c + 32 : c) !== w.charCodeAt(k)) break;
      k++;
    }
    if (k === length) return true;
  }
  return false;
}

/** Which claim patterns can match `text` (1 = run it), from the gates `scanGates` found in it. */
function openPatterns(text: string, found: Uint8Array, open = new Uint8Array(CLAIM_PATTERNS.length)): Uint8Array {
  let first = -1;
  for (let p = 0; p < PATTERN_GATES.length; p++) {
    const gates = PATTERN_GATES[p];
    let ok = 1;
    for (let k = 0; k < gates.length; k++) if (!found[gates[k]]) ok = 0;
    const firstWords = PATTERN_FIRST_WORDS[p];
    if (ok && firstWords) {
      if (first < 0) first = firstRunLength(text);
      if (!firstRunIsOneOf(text, first, firstWords)) ok = 0;
    }
    open[p] = ok;
  }
  return open;
}

const OPEN = new Uint8Array(CLAIM_PATTERNS.length);

function claimCues(masked: string, gates: Uint8Array): { type: ClaimType; start: number; end: number }[] {
  const found: { type: ClaimType; start: number; end: number }[] = [];
  // Made on the first cue that narration could excuse (most sentences have none).
  let ctx: NarrationContext | undefined;
  const open = openPatterns(masked, gates, OPEN);
  // Characters already taken by a cue, once there are many: then an overlap test per match does not grow
  // with the cue count. Ordinary sentences have a handful of cues and never build the mask.
  let taken: Uint8Array | undefined;
  // No Unicode property escapes and no 'u' flag in these patterns: with them V8 runs several times slower.
  for (let pi = 0; pi < CLAIM_PATTERNS.length; pi++) {
    const p = CLAIM_PATTERNS[pi];
    if (!open[pi]) continue;
    p.re.lastIndex = 0;
    for (let m = p.re.exec(masked); m; m = p.re.exec(masked)) {
      // The match without surrounding white space (what trimStart/trimEnd give, without two strings).
      let start = m.index;
      let end = m.index + m[0].length;
      while (start < end && isSpace(masked.charCodeAt(start))) start++;
      while (end > start && isSpace(masked.charCodeAt(end - 1))) end--;
      if (m[0].length === 0) p.re.lastIndex++;
      if (end <= start) continue;
      if (!taken && found.length >= CUE_MASK_AFTER) taken = takenMask(found, masked.length);
      if (taken ? isTaken(taken, start, end) : overlapsAny(found, start, end)) continue;
      if (NARRATION_TYPES.has(p.type) && isNarrationCue(p.type, (ctx ??= new NarrationContext(masked)), start, end)) continue;
      found.push({ type: p.type, start, end });
      taken?.fill(1, start, end);
    }
  }
  return found.length > 1 ? found.sort((a, b) => a.start - b.start) : found;
}

/**
 * How the source placeholder reads at `insertSourceAt`: "comma" — ", according to …" before the
 * sentence's own final punctuation; "parenthesis" — " (according to …)" after a closing quotation mark
 * that follows the sentence's final punctuation (…lows.” / "Why?"), where any comma form would either
 * change the quoted words or leave a comma after the full stop.
 */
export type SourceInsertionStyle = 'comma' | 'parenthesis';

/** " ” ’ ' ) ] */
function isClosingMark(c: number): boolean {
  return c === 34 || c === 0x201d || c === 0x2019 || c === 39 || c === 41 || c === 93;
}

/** " ” ’ ' */
function isClosingQuote(c: number): boolean {
  return c === 34 || c === 0x201d || c === 0x2019 || c === 39;
}

/** . ! ? … */
function isFinalPunctuation(c: number): boolean {
  return c === 46 || c === 33 || c === 63 || c === 0x2026;
}

/**
 * Where ", according to …" goes in a sentence, by how it ends:
 *   `…March.` `…March!` `…March…`   before the final punctuation (comma form);
 *   `…“an eyesore”.` `…(in March).`  after the closing mark, before the final punctuation (comma form);
 *   `(…March.)`                      inside the brackets, before the final punctuation (comma form);
 *   `…March.”` `"…fall?"` `…March.'` after the closing quotation mark (parenthesis form): the final
 *                                    punctuation belongs to the quotation, which must not be changed;
 *   no final punctuation (headline)  at the end (comma form).
 */
export function insertionPoint(text: string): { offset: number; style: SourceInsertionStyle } {
  let end = text.length;
  while (end > 0 && isSpace(text.charCodeAt(end - 1))) end--;
  let closers = end;
  while (closers > 0 && isClosingMark(text.charCodeAt(closers - 1))) closers--;
  let e = closers;
  while (e > 0 && isFinalPunctuation(text.charCodeAt(e - 1))) e--;
  if (e === closers) return { offset: end, style: 'comma' };
  if (e === 0) return { offset: closers, style: 'comma' };
  for (let k = end - 1; k >= closers; k--) {
    if (isClosingQuote(text.charCodeAt(k))) return { offset: k + 1, style: 'parenthesis' };
  }
  return { offset: e, style: 'comma' };
}

function topicWords(text: string): Set<string> {
  const out = new Set<string>();
  for (const m of text.toLowerCase().matchAll(/[a-z\u00e0-\u024f][a-z\u00e0-\u024f'’\-]+/g)) {
    for (const part of m[0].split('-')) {
      const wd = part.replace(/(?:'s|’s)$/, '').replace(/(?:ian|ean|ese|s)$/, '');
      if (wd.length >= 4 && !TOPIC_STOPWORDS.has(part)) out.add(wd);
    }
  }
  return out;
}

function sharesTopic(a: string, b: string): boolean {
  const wa = topicWords(a);
  for (const x of topicWords(b)) if (wa.has(x)) return true;
  return false;
}

/**
 * What a sentence's own text decides, with offsets relative to the sentence: the same for every copy of
 * the sentence in any document, so it is cached (see `sentenceModel`) and only placed per document.
 */
interface SentenceModel {
  /** The sentence text (a detached copy): what a cache hit is checked against. */
  text: string;
  claims: { type: ClaimType; start: number; end: number }[];
  quotes: QuoteSpan[];
  quoted: QuoteSpan[];
  /** Sources as offsets only: the cache keeps no token arrays. */
  sources: LocalSource[];
  claimTypes: ClaimType[];
  claimType?: ClaimType;
  /** Where the source placeholder goes, relative to the sentence, and how it reads (see `insertionPoint`). */
  insertAt: number;
  insertStyle: SourceInsertionStyle;
  /** hashLine of the text, computed on first use: most sentences never need it. */
  sentenceHash?: string;
}

/** One shared list per claim type, for the usual model with a single type (a model is never changed). */
const SINGLE_TYPE = new Map<ClaimType, ClaimType[]>();

/** The distinct claim types of `claims`, in order of first cue. */
function claimTypesOf(claims: readonly { type: ClaimType }[]): ClaimType[] {
  if (!claims.length) return NONE;
  const first = claims[0].type;
  let out: ClaimType[] | undefined;
  for (let i = 1; i < claims.length; i++) {
    const t = claims[i].type;
    if (t === first || out?.includes(t)) continue;
    (out ??= [first]).push(t);
  }
  if (out) return out;
  let single = SINGLE_TYPE.get(first);
  if (!single) SINGLE_TYPE.set(first, (single = [first]));
  return single;
}

/**
 * The model of a sentence. `gates`: what `scanGates(text)` just found (the caller has scanned the text to
 * key the cache). It also says whether the text holds a quotation mark; only a sentence with a quotation
 * (a few percent) is blanked and scanned again. claimCues and localSources read the gates before anything
 * scans again.
 */
function modelSentence(text: string, quoteOpenAtStart: boolean, quoteOpenAtEnd: boolean, gates = scanGates(text)): SentenceModel {
  let quotes: QuoteSpan[] = NONE;
  let masked = text;
  if (quoteOpenAtStart || wordGates().sawQuote) {
    quotes = quoteSpans(text, quoteOpenAtStart);
    if (quotes.length) {
      masked = blank(text, quotes);
      gates = scanGates(masked);
    }
  }
  const claims = claimCues(masked, gates);
  let quoted: QuoteSpan[] = NONE;
  for (const q of quotes) if (q.words >= QUOTE_MIN_WORDS || (q.start === 0 && quoteOpenAtStart) || (q.end === text.length && quoteOpenAtEnd)) (quoted === NONE ? (quoted = []) : quoted).push(q);
  const sources = localSources(masked, gates, wordGates().sawUnderscore ? undefined : wordGates().trackedStarts, quotes.length > 0);
  const claimTypes = claimTypesOf(claims);
  const claimType = claimTypes.find((t) => t !== 'hedged') ?? claimTypes[0];
  const insertion = insertionPoint(text);
  return { text: ownCopy(text), claims: claims.length ? claims : NONE, quotes, quoted, sources, claimTypes, claimType, insertAt: insertion.offset, insertStyle: insertion.style };
}

/**
 * Sentence models by sentence text and quote state (bounded, shared by all documents, like the sentence
 * cache): after a one-character edit only the edited sentence is analysed again, and corpora that repeat
 * sentences (copies, syndication) analyse each once. Same bound as SENTENCE_CACHE_MAX: a line holds one or
 * a few sentences, so this keeps roughly the same lines.
 */
export const SENTENCE_MODEL_CACHE_MAX = 20_000;
/**
 * Models by `modelKey` (the text's hash from the word scan, and its quote state), each checked against its
 * text on a hit. Keyed by number rather than by the text: V8 would hash each sentence's characters again
 * for the lookup and once more for the detached key (~30 ms over the 42,000 sentences of the 1k corpus),
 * while the scan that every sentence needs anyway computes the hash on the way. Two generations of half the
 * bound each.
 */
const modelCache = new GenerationalCache<number, SentenceModel>(SENTENCE_MODEL_CACHE_MAX / 2);
/** Sentences that start or end inside a quotation. */
const quotedModelCache = new GenerationalCache<number, SentenceModel>(SENTENCE_MODEL_CACHE_MAX / 8);

/** A small-integer key from a text hash and a quote state (0-3): 30 bits, so V8 keeps it unboxed. */
function modelKey(textHash: number, quoteState: number): number {
  return ((textHash >>> 4) << 2) | quoteState;
}

function sentenceModel(s: Sentence): SentenceModel {
  const text = s.text;
  const quoteState = (s.quoteOpenAtStart ? 1 : 0) | (s.quoteOpenAtEnd ? 2 : 0);
  const gates = scanGates(text);
  const key = modelKey(wordGates().textHash, quoteState);
  const cache = quoteState ? quotedModelCache : modelCache;
  const cached = cache.get(key);
  // Another text with the same key (a hash collision) is a miss and takes the slot.
  if (cached !== undefined && cached.text === text) return cached;
  const model = modelSentence(text, s.quoteOpenAtStart, s.quoteOpenAtEnd, gates);
  cache.set(key, model);
  return model;
}

/** Empties the sentence model cache (for measurements of a cold start). */
export function clearAttributionCache(): void {
  modelCache.clear();
  quotedModelCache.clear();
}

function rangeOn(line: number, from: number, to: number): Range {
  return { start: { line, character: from }, end: { line, character: to } };
}

/**
 * One sentence's record: the cached model placed at the sentence's position in this document.
 *
 * A class rather than an object literal with a `sentenceHash` getter: V8 builds a literal that holds an
 * accessor through a slow runtime path (~1.5 µs per object, measured, against ~0.05 µs for a class
 * instance), which on 42,000 sentences per 1,000 documents was a tenth of the stage. The hash stays lazy
 * (an NFKC normalisation that only sentences with a finding need); `toJSON` keeps JSON output identical to
 * the plain record's, hash included.
 */
class SentenceRecord implements SentenceAttribution {
  index: number;
  paragraph: number;
  range: Range;
  start: number;
  end: number;
  text: string;
  claimType: ClaimType | undefined;
  directQuote: boolean;
  source: SourceInfo | undefined;
  sources: SourceInfo[];
  needsSource: boolean;
  supportedBy: { sentence: number; source: SourceInfo } | undefined;
  insertSourceStyle: SourceInsertionStyle;
  readonly #model: SentenceModel;
  // Made on first use: the rules read them only for the sentences they flag, and every object a record
  // holds lives as long as the document's analysis (on the 1k corpus these were ~200,000 objects per pass
  // that each minor collection copied; the stage spent a third of its time in scavenges).
  #cues: Cue[] | undefined;
  #quotes: QuoteSpan[] | undefined;
  #claimTypes: ClaimType[] | undefined;
  #insertSourceAt: Position | undefined;

  constructor(s: Sentence, model: SentenceModel) {
    const text = s.text;
    // A sentence never crosses a line break, so ranges inside it are on its line.
    const line = s.range.start.line;
    const col = s.range.start.character;
    let sources: SourceInfo[] = NONE;
    let named: SourceInfo | undefined;
    for (const l of model.sources) {
      const info: SourceInfo = {
        kind: l.kind,
        text: text.slice(l.start, l.end),
        start: s.start + l.start,
        end: s.start + l.end,
        range: rangeOn(line, col + l.start, col + l.end),
        cue: text.slice(l.cueStart, l.cueEnd),
        cueRange: rangeOn(line, col + l.cueStart, col + l.cueEnd),
        via: l.via,
        anaphor: l.anaphor || undefined,
      };
      if (!named && l.kind === 'named') named = info;
      (sources === NONE ? (sources = []) : sources).push(info);
    }
    this.index = s.index;
    this.paragraph = s.paragraph;
    this.range = s.range;
    this.start = s.start;
    this.end = s.end;
    this.text = text;
    this.claimType = model.claimType;
    this.directQuote = model.quoted.length > 0;
    this.source = named ?? sources[0];
    this.sources = sources;
    this.needsSource = model.claimTypes.length > 0 || model.quoted.length > 0;
    this.supportedBy = undefined;
    this.insertSourceStyle = model.insertStyle;
    this.#model = model;
    this.#cues = undefined;
    this.#quotes = undefined;
    this.#claimTypes = undefined;
    this.#insertSourceAt = undefined;
  }

  get cues(): Cue[] {
    return (this.#cues ??= cuesOf(this, this.#model));
  }

  get quotes(): QuoteSpan[] {
    return (this.#quotes ??= this.#model.quotes.map((q) => ({ start: q.start, end: q.end, words: q.words })));
  }

  get claimTypes(): ClaimType[] {
    return (this.#claimTypes ??= this.#model.claimTypes.slice());
  }

  get insertSourceAt(): Position {
    return (this.#insertSourceAt ??= { line: this.range.start.line, character: this.range.start.character + this.#model.insertAt });
  }

  get sentenceHash(): string {
    return (this.#model.sentenceHash ??= hashLine(this.text));
  }

  /** The record as plain data, in the field order of the interface. */
  toJSON(): Record<string, unknown> {
    return {
      index: this.index,
      paragraph: this.paragraph,
      range: this.range,
      start: this.start,
      end: this.end,
      text: this.text,
      sentenceHash: this.sentenceHash,
      claimTypes: this.claimTypes,
      claimType: this.claimType,
      cues: this.cues,
      quotes: this.quotes,
      directQuote: this.directQuote,
      source: this.source,
      sources: this.sources,
      needsSource: this.needsSource,
      insertSourceAt: this.insertSourceAt,
      insertSourceStyle: this.insertSourceStyle,
      supportedBy: this.supportedBy,
    };
  }
}

/** The claim and quotation cues of a record, in text order, at its place in the document. */
function cuesOf(a: SentenceAttribution, model: SentenceModel): Cue[] {
  const text = a.text;
  const line = a.range.start.line;
  const col = a.range.start.character;
  const cues: Cue[] = [];
  for (const c of model.claims) cues.push({ kind: c.type, text: text.slice(c.start, c.end), start: a.start + c.start, end: a.start + c.end, range: rangeOn(line, col + c.start, col + c.end) });
  for (const q of model.quoted) cues.push({ kind: 'quote', text: text.slice(q.start, q.end), start: a.start + q.start, end: a.start + q.end, range: rangeOn(line, col + q.start, col + q.end) });
  if (model.quoted.length && model.claims.length) cues.sort((x, y) => x.start - y.start);
  return cues;
}

function analyzeSentence(s: Sentence): SentenceAttribution {
  return new SentenceRecord(s, sentenceModel(s));
}

/** Claims that can back up an earlier one: figures, findings, causes, firsts (not predictions or hedges). */
const SUPPORTING_CLAIMS = new Set<ClaimType>(['statistic', 'evidential', 'causal', 'superlative', 'evaluative']);

function quoteShare(a: SentenceAttribution): number {
  const len = a.quotes.reduce((n, q) => n + (q.end - q.start), 0);
  return len / Math.max(1, a.text.length);
}

/** Carry sources across a paragraph where the text makes that clear, and find support that follows. */
function carry(list: SentenceAttribution[], sentences: Sentence[]): void {
  // Pronouns and definite mentions take the latest earlier source of the paragraph (or the one before).
  let lastConcrete: { a: SentenceAttribution; s: SourceInfo } | undefined;
  let lastParagraph = -1;
  for (const a of list) {
    if (a.paragraph > lastParagraph + 1) lastConcrete = undefined;
    lastParagraph = a.paragraph;
    const src = a.source;
    if (src?.anaphor && lastConcrete && lastConcrete.a.index !== a.index) {
      a.source = { ...src, kind: lastConcrete.s.kind, refersTo: lastConcrete.s.text, carriedFrom: lastConcrete.a.index };
    }
    const concrete = a.sources.find((x) => !x.anaphor && x.kind === 'named') ?? a.sources.find((x) => !x.anaphor);
    if (concrete) lastConcrete = { a, s: concrete };
  }
  quoteGroups(list, sentences);
  // "“…,” Peskov said. “…”": a following all-quote sentence continues the same speaker.
  for (let i = 1; i < list.length; i++) {
    const a = list[i];
    const p = list[i - 1];
    if (a.source || p.paragraph !== a.paragraph || !a.directQuote || quoteShare(a) < QUOTE_CONTINUATION_SHARE) continue;
    if (p.quotes.length && p.source) a.source = { ...p.source, via: 'quote-continued', carriedFrom: p.index };
  }
  quoteGroups(list, sentences);
  supportThatFollows(list);
}

/** A quotation that runs over several sentences belongs to whoever speaks in any of them. */
function quoteGroups(list: SentenceAttribution[], sentences: Sentence[]): void {
  let groupStart = 0;
  for (let i = 0; i <= list.length; i++) {
    const continues = i < list.length && i > groupStart && sentences[i].quoteOpenAtStart && sentences[i - 1].quoteOpenAtEnd && sentences[i].line === sentences[i - 1].line;
    if (continues) continue;
    // The group is list[groupStart, i); most groups are one sentence, which has nobody to lend to.
    if (i - groupStart > 1) {
      let speaker: SentenceAttribution | undefined;
      for (let k = groupStart; k < i && !speaker; k++) if (list[k].source && list[k].directQuote) speaker = list[k];
      if (speaker) {
        for (let k = groupStart; k < i; k++) if (!list[k].source) list[k].source = { ...speaker.source!, via: 'quote-group', carriedFrom: speaker.index };
      }
    }
    groupStart = i;
  }
}

function supportThatFollows(list: SentenceAttribution[]): void {
  // Support that follows: the next sentence (or the next paragraph's first) names a source for evidence
  // on the same topic.
  for (let i = 0; i < list.length; i++) {
    const a = list[i];
    if (!a.needsSource || a.source) continue;
    const next = list[i + 1];
    if (!next || next.paragraph > a.paragraph + 1) continue;
    const own = next.sources.find((x) => x.kind === 'named' && !x.anaphor);
    const evidence = next.claimTypes.some((t) => SUPPORTING_CLAIMS.has(t));
    if (own && evidence && sharesTopic(a.text, next.text)) a.supportedBy = { sentence: next.index, source: own };
  }
}

/** Per-sentence attribution records for the article text (memoised per document). */
export function analyzeAttribution(doc: DocumentText): SentenceAttribution[] {
  return doc.memo('attribution/analyze', () => {
    const sentences = sentencesOf(doc);
    const list = sentences.map(analyzeSentence);
    carry(list, sentences);
    return list;
  });
}

/**
 * How many sentences either side of a sentence `nearestNamedSource` looks at. A source further away than
 * this is not what a reader would call "nearby" (news paragraphs run 1–5 sentences), and the bound keeps
 * a paragraph of thousands of sentences (a corpus file with no blank lines) linear: every finding asks.
 */
export const NEAREST_SOURCE_WINDOW = 25;

/** The named source nearest to sentence `index` in its paragraph (own sources only); the earlier one on a tie. */
export function nearestNamedSource(list: SentenceAttribution[], index: number): SourceInfo | undefined {
  const paragraph = list[index]?.paragraph;
  if (paragraph === undefined) return undefined;
  const namedAt = (i: number): SourceInfo | undefined => {
    const a = list[i];
    if (!a || a.paragraph !== paragraph) return undefined;
    return a.sources.find((x) => x.kind === 'named' && !x.anaphor);
  };
  let before = true;
  let after = true;
  for (let d = 1; d <= NEAREST_SOURCE_WINDOW && (before || after); d++) {
    if (before) {
      if (index - d < 0 || list[index - d].paragraph !== paragraph) before = false;
      else {
        const s = namedAt(index - d);
        if (s) return s;
      }
    }
    if (after) {
      if (index + d >= list.length || list[index + d].paragraph !== paragraph) after = false;
      else {
        const s = namedAt(index + d);
        if (s) return s;
      }
    }
  }
  return undefined;
}

/** The vague-source patterns that match `text` although their gates are closed: always empty (see claimGateMisses). */
export function vagueGateMisses(text: string): string[] {
  const gates = scanGates(text);
  const out: string[] = [];
  const matches = (re: RegExp): boolean => {
    re.lastIndex = 0;
    const hit = re.test(text);
    re.lastIndex = 0;
    return hit;
  };
  if (!gates[VAGUE_ADVERBS_GATE] && matches(VAGUE_ADVERBS)) out.push('VAGUE_ADVERBS');
  if (!(gates[VAGUE_PASSIVE_GATE] && gates[VAGUE_PASSIVE_ALSO_GATE]) && matches(VAGUE_PASSIVE)) out.push('VAGUE_PASSIVE');
  return out;
}

/**
 * Indices of claim patterns that match `text` although their `needs` gate is closed: always empty unless a
 * pattern's `needs` list misses a word it can match (checked by the unit tests over every labelled sentence).
 */
export function claimGateMisses(text: string): number[] {
  const open = openPatterns(text, scanGates(text));
  const out: number[] = [];
  CLAIM_PATTERNS.forEach((p, i) => {
    if (open[i]) return;
    p.re.lastIndex = 0;
    if (p.re.test(text)) out.push(i);
    p.re.lastIndex = 0;
  });
  return out;
}
