import type { DocumentText } from '../text/documentText';
import { lineFeatures, type LineFeatures } from './features';
import { matchLexicon } from './lexicon';
import { matchMetadataLine, type MetadataLine } from './metadataLines';

export type LineKind = 'blank' | 'content' | 'boilerplate' | 'metadata';

export interface LineClass {
  kind: LineKind;
  /** The rule id that claims the line, when it is boilerplate or metadata. */
  rule?: string;
  /** What the line is, in plain words ("copyright notice", "navigation", "byline"). */
  label?: string;
  /** Why it was judged so, in plain words (for messages). */
  why?: string;
  /** Whole lines that belong together and are removed together ("Updated:" + its timestamp). */
  group?: [number, number];
  /** Provenance value for metadata lines. */
  meta?: MetadataLine;
  /** True for the line taken as the headline (always content). */
  title?: boolean;
  /** True when the verdict came from layout features and context, not from a phrase list or pattern. */
  byFeatures?: boolean;
}

export const RULE_COMMENT_FORM = 'boilerplate/comment-form';
export const RULE_PAGE_CHROME = 'boilerplate/page-chrome';
export const RULE_LEGAL = 'boilerplate/legal';
export const RULE_SEPARATOR = 'boilerplate/separator';
export const RULE_PROVENANCE = 'metadata/provenance';

// Thresholds. Lengths and stopword densities start from jusText's published defaults (length_low 70,
// length_high 200 characters; stopwords_low 0.30, stopwords_high 0.32; max_link_density 0.2) and were
// tuned on ../shared/devset/boilerplate, whose stoplist-free scoring showed our shorter stopword list
// gives lower densities than jusText's (see test/eval/boilerplate/eval.ts for the figures).
/** Lines shorter than this (characters) are "short": decided by their neighbours. jusText length_low. */
export const LENGTH_LOW = 70;
/** Lines at least this long with enough stopwords are article text on their own. jusText length_high. */
export const LENGTH_HIGH = 200;
/** Stopword density at or above which a long line is article text. Tuned on the devset (jusText: 0.32). */
export const STOPWORDS_HIGH = 0.3;
/** Stopword density below which a line is never article text by itself. Tuned on the devset (jusText: 0.30). */
export const STOPWORDS_LOW = 0.2;
/** URL characters above this share make a line a link, not prose. jusText max_link_density. */
export const MAX_URL_RATIO = 0.2;
/** A line with this many words ending like a sentence is prose (the C4/Gopher-style sentence test). */
export const SENTENCE_MIN_WORDS = 12;
/** Documents whose long lines have fewer English stopwords than this are not English: features stay off. */
export const ENGLISH_MIN_STOPWORD_RATIO = 0.18;
/** Need this many scanned words on long lines before deciding a document is not English. */
export const LANGUAGE_MIN_WORDS = 40;
/** A menu line: at least this many items between separators ("Home | World | Business"). */
export const MENU_MIN_ITEMS = 3;
/** …each of at most this many words. */
export const MENU_MAX_ITEM_WORDS = 4;
/** Lines considered when looking for the headline above the byline or the first paragraph. */
export const TITLE_LOOKBACK = 4;

/**
 * Weights for finding the article body as the densest run of prose lines (maximum-sum segment, as in
 * Boilerpipe-style extractors): each word of a good line counts +1 and of a near-good line +0.5; each
 * short line costs SHORT_COST and each bad or furniture line BAD_COST. Tuned on the devset so a gallery
 * or video list inside an article does not split the body, while teaser lists and comment threads far
 * from it stay outside.
 */
export const SHORT_COST = Number(process.env.BP_SHORT ?? 0.5);
export const BAD_COST = Number(process.env.BP_BAD ?? 2);

/** Feature class before neighbour context, in jusText's terms. */
type Prior = 'good' | 'near-good' | 'short' | 'bad' | 'fixed';

const MENU_SPLIT = /\s*[|•·»›>]\s*|\s+\/\s+/;

function menuItems(body: string): string[] | undefined {
  if (!/[|•·»›>/]/.test(body) || body.length > 200) return undefined;
  const items = body.split(MENU_SPLIT).map((s) => s.trim()).filter(Boolean);
  if (items.length < MENU_MIN_ITEMS - 1) return undefined;
  const separators = (body.match(/[|•·»›>]|\s\/\s/g) ?? []).length;
  if (separators < MENU_MIN_ITEMS - 1) return undefined;
  for (const it of items) {
    if (it.split(/\s+/).length > MENU_MAX_ITEM_WORDS || /[.!?]["”’]?$/.test(it)) return undefined;
  }
  return items;
}

function isEnglish(features: (LineFeatures | undefined)[]): boolean {
  let words = 0;
  let stop = 0;
  for (const f of features) {
    if (!f || f.words < 8) continue;
    const scanned = Math.min(f.words, 60);
    words += scanned;
    stop += f.stopwordRatio * scanned;
  }
  if (words < LANGUAGE_MIN_WORDS) return true;
  return stop / words >= ENGLISH_MIN_STOPWORD_RATIO;
}

function priorOf(f: LineFeatures): Prior {
  if (f.urlRatio > MAX_URL_RATIO) return 'bad';
  if (f.words >= SENTENCE_MIN_WORDS && f.endsSentence && f.stopwordRatio >= STOPWORDS_LOW) return 'good';
  if (f.chars < LENGTH_LOW) return 'short';
  if (f.stopwordRatio >= STOPWORDS_HIGH && f.chars >= LENGTH_HIGH) return 'good';
  if (f.stopwordRatio >= STOPWORDS_LOW) return 'near-good';
  return 'bad';
}

function fixed(kind: LineKind, rule: string, label: string, why: string, meta?: MetadataLine): LineClass {
  return { kind, rule, label, why, meta };
}

const META_LABEL: Record<string, string> = {
  source: 'source line',
  url: 'source URL',
  byline: 'byline',
  date: 'publication timestamp',
  'date-label': 'timestamp label',
  dateline: 'dateline',
};

/** The verdict a line gets from its own text alone (lexicon, metadata, separators), or undefined. */
function fixedVerdict(f: LineFeatures, raw: string): LineClass | undefined {
  const trimmed = raw.trim();
  if (f.letterRatio === 0 && !/\d/.test(trimmed)) {
    return fixed('boilerplate', RULE_SEPARATOR, 'separator', 'it is made only of symbols, such as a divider or an empty menu item');
  }
  const meta = f.chars <= 240 ? matchMetadataLine(f.body) : undefined;
  if (meta && meta.kind !== 'url') {
    return fixed('metadata', RULE_PROVENANCE, META_LABEL[meta.kind], 'it records where and when the article was published, not what it says', meta);
  }
  const lex = f.chars <= 520 ? matchLexicon(f.body) : undefined;
  if (lex) {
    const rule = lex.category === 'legal' ? RULE_LEGAL : lex.category === 'comment-form' ? RULE_COMMENT_FORM : RULE_PAGE_CHROME;
    const why =
      lex.category === 'legal'
        ? 'it is site-wide legal or privacy furniture, not part of the article'
        : lex.category === 'comment-form'
          ? 'it belongs to the reader-comment form, not the article'
          : 'it is site furniture (a link, button or prompt), not part of the article';
    return fixed('boilerplate', rule, lex.label, why);
  }
  if (menuItems(f.body)) {
    return fixed('boilerplate', RULE_SEPARATOR, 'menu fragment', 'it is a list of short links separated by symbols, as site menus and breadcrumbs are');
  }
  if (meta?.kind === 'url') return fixed('metadata', RULE_PROVENANCE, META_LABEL.url, 'a bare URL line records where the text came from', meta);
  return undefined;
}

/**
 * One verdict per line: is it article text, boilerplate, metadata or blank? Computed once per document
 * (memoised) and shared by every stage that must skip page chrome (attribution, entities, copies).
 *
 * Two passes, after jusText: every line first gets a verdict from its own text (phrase lists, provenance
 * patterns, symbols-only lines) or, failing that, a feature class (good / near-good / short / bad from
 * length, stopword density, sentence ending and link density); then short and near-good lines take the
 * verdict of their nearest decided neighbours, so a short line between two paragraphs stays article text
 * and a run of short lines in the header or footer becomes page chrome. On documents that are not
 * English only the first pass applies, and only its lexicon and symbol verdicts: no lexicon match, no finding.
 */
export function classifyLines(doc: DocumentText): LineClass[] {
  return doc.memo('boilerplate/classify', () => classify(doc));
}

/** True for lines that are article text (not blank, boilerplate or metadata). */
export function isContentLine(doc: DocumentText, line: number): boolean {
  return classifyLines(doc)[line]?.kind === 'content';
}

function classify(doc: DocumentText): LineClass[] {
  const n = doc.lines.length;
  const out: LineClass[] = new Array(n);
  const feats: (LineFeatures | undefined)[] = new Array(n);
  const prior: (Prior | undefined)[] = new Array(n);
  for (let i = 0; i < n; i++) {
    const raw = doc.lines[i];
    if (raw.trim() === '') {
      out[i] = { kind: 'blank' };
      continue;
    }
    feats[i] = lineFeatures(raw);
  }
  const english = isEnglish(feats);

  for (let i = 0; i < n; i++) {
    const f = feats[i];
    if (!f) continue;
    const v = fixedVerdict(f, doc.lines[i]);
    if (v && (english || v.rule === RULE_SEPARATOR || v.rule === RULE_LEGAL || v.rule === RULE_COMMENT_FORM || v.meta?.kind === 'source')) {
      out[i] = v;
      prior[i] = 'fixed';
      continue;
    }
    prior[i] = english ? priorOf(f) : 'good';
  }

  joinSplitTimestamps(out, feats);

  const [spanStart, spanEnd] = english ? mainSpan(prior, feats) : [0, n - 1];

  // Context: decided neighbours of each line, skipping blanks, short and near-good lines.
  const decidedPrev: ('good' | 'bad' | 'edge')[] = new Array(n);
  let last: 'good' | 'bad' | 'edge' = 'edge';
  for (let i = 0; i < n; i++) {
    decidedPrev[i] = last;
    const p = prior[i];
    if (p === 'good') last = 'good';
    else if (p === 'bad' || p === 'fixed') last = 'bad';
  }
  const decidedNext: ('good' | 'bad' | 'edge')[] = new Array(n);
  last = 'edge';
  for (let i = n - 1; i >= 0; i--) {
    decidedNext[i] = last;
    const p = prior[i];
    if (p === 'good') last = 'good';
    else if (p === 'bad' || p === 'fixed') last = 'bad';
  }

  for (let i = 0; i < n; i++) {
    const p = prior[i];
    if (!p || p === 'fixed') continue;
    const f = feats[i]!;
    const before = decidedPrev[i];
    const after = decidedNext[i];
    let good: boolean;
    if (i < spanStart || i > spanEnd) {
      out[i] = outsideBody(f, i < spanStart);
      continue;
    }
    if (p === 'good') good = true;
    else if (p === 'bad') good = false;
    else if (p === 'near-good') good = before === 'good' || after === 'good';
    else {
      // short
      if (before === 'good' && after === 'good') good = true;
      else if (before !== 'good' && after !== 'good') good = false;
      else good = f.endsSentence && f.stopwordRatio > 0 && f.words >= 3;
    }
    out[i] = good ? { kind: 'content' } : chromeByFeatures(f, p, before, after);
  }

  markTitle(out, feats, n);
  return out;
}

/** The maximum-sum run of lines under the SHORT_COST / BAD_COST weights; [0, -1] when there is none. */
function mainSpan(prior: (Prior | undefined)[], feats: (LineFeatures | undefined)[]): [number, number] {
  let best = 0;
  let bestStart = 0;
  let bestEnd = -1;
  let sum = 0;
  let start = 0;
  for (let i = 0; i < prior.length; i++) {
    const p = prior[i];
    if (!p) continue;
    const w = feats[i]!.words;
    const score = p === 'good' ? Math.max(w, 1) : p === 'near-good' ? 0.5 * w : p === 'short' ? -SHORT_COST : -BAD_COST;
    if (sum <= 0) {
      sum = 0;
      start = i;
    }
    sum += score;
    if (sum > best) {
      best = sum;
      bestStart = start;
      bestEnd = i;
    }
  }
  return [bestStart, bestEnd];
}

function outsideBody(f: LineFeatures, above: boolean): LineClass {
  return {
    kind: 'boilerplate',
    rule: RULE_PAGE_CHROME,
    label: f.bullet ? 'menu or link-list item' : above ? 'header text' : 'text after the article',
    why: `it lies ${above ? 'above' : 'below'} the article body, among page furniture (teasers, related links, comments)`,
    byFeatures: true,
  };
}

function chromeByFeatures(f: LineFeatures, p: Prior, before: string, after: string): LineClass {
  const where = before === 'edge' ? 'at the top of the page' : after === 'edge' ? 'at the bottom of the page' : 'among other page furniture';
  let why: string;
  if (p === 'bad' && f.urlRatio > MAX_URL_RATIO) why = 'it is mostly a link';
  else if (p === 'bad') why = `it has few common English words (${Math.round(f.stopwordRatio * 100)} %) for its length, unlike article prose`;
  else if (p === 'short') why = `it is a short line${f.endsSentence ? '' : ' without sentence punctuation'} ${where}, not next to article paragraphs`;
  else why = `it is not next to any article paragraph (${where})`;
  return { kind: 'boilerplate', rule: RULE_PAGE_CHROME, label: f.bullet ? 'menu or link-list item' : 'navigation-like line', why, byFeatures: true };
}

/** "Updated:" on one line and its timestamp on the next (blank lines between allowed): one group. */
function joinSplitTimestamps(out: LineClass[], feats: (LineFeatures | undefined)[]): void {
  for (let i = 0; i < out.length; i++) {
    if (out[i]?.meta?.kind !== 'date-label') continue;
    let j = i + 1;
    while (j < out.length && !feats[j]) j++;
    if (j < out.length && out[j]?.meta?.kind === 'date') {
      out[i] = { ...out[i], label: 'publication timestamp', meta: { kind: 'date', value: out[j].meta!.value }, group: [i, j] };
      out[j] = { ...out[j], group: [i, j] };
    }
  }
}

function headlineLike(f: LineFeatures | undefined): boolean {
  if (!f || f.bullet || f.urlRatio > 0) return false;
  if (f.words < 3 || f.words > 25 || f.chars > 200) return false;
  if (/[:;,]$/.test(f.body)) return false;
  return f.letterRatio > 0.6;
}

/**
 * The headline is short and unpunctuated, so neighbour context alone would call it chrome. Take as the
 * title the headline-like line just above the byline/timestamp block, or else just above the first
 * article paragraph.
 */
function markTitle(out: LineClass[], feats: (LineFeatures | undefined)[], n: number): void {
  const firstGood = out.findIndex((c) => c?.kind === 'content');
  let anchor = -1;
  for (let i = 0; i < n && (firstGood < 0 || i < firstGood); i++) {
    const k = out[i]?.meta?.kind;
    if (k === 'byline' || k === 'date' || k === 'dateline') {
      anchor = i;
      break;
    }
  }
  const tryAbove = (from: number): boolean => {
    let seen = 0;
    for (let i = from - 1; i >= 0 && seen < TITLE_LOOKBACK; i--) {
      if (!feats[i]) continue;
      seen++;
      if (out[i].kind === 'metadata') continue;
      if (out[i].kind === 'content' && out[i].title) return true;
      if (headlineLike(feats[i]) && (out[i].kind === 'content' || out[i].byFeatures)) {
        out[i] = { kind: 'content', title: true };
        return true;
      }
      return false;
    }
    return false;
  };
  if (anchor >= 0 && tryAbove(anchor)) return;
  if (firstGood >= 0) tryAbove(firstGood);
}
