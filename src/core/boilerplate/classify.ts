import type { DocumentText } from '../text/documentText';
import type { LineFeatures } from './features';
import { clearLineRecords, lineRecordsOf, type LineRecord } from './lineRecords';
import { matchLexicon } from './lexicon';
import { isBareName, matchMetadataLine, type MetadataLine } from './metadataLines';

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
  /** The phrase list matched only a generic word ("Analysis", "Weather"): ignored between two paragraphs. */
  weak?: boolean;
}

const BLANK: LineClass = { kind: 'blank' };
/** The verdict of an ordinary article line: one shared object (like BLANK; verdicts are never changed in place). */
const CONTENT: LineClass = { kind: 'content' };

export const RULE_COMMENT_FORM = 'boilerplate/comment-form';
export const RULE_PAGE_CHROME = 'boilerplate/page-chrome';
export const RULE_LEGAL = 'boilerplate/legal';
export const RULE_SEPARATOR = 'boilerplate/separator';
export const RULE_PROVENANCE = 'metadata/provenance';

// Thresholds. Lengths and stopword densities start from jusText's published defaults (length_low 70,
// length_high 200 characters; stopwords_low 0.30, stopwords_high 0.32; max_link_density 0.2) and were
// tuned on ../shared/devset/boilerplate: our stopword list is shorter than jusText's, so densities run
// lower and the two stopword thresholds moved down (figures: `npm run eval boilerplate`).
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
/** Prose lines longer than this, between two such lines, skip the phrase lists (see classify). */
export const SHORT_PROSE_CHARS = 160;
/** Documents whose long lines have fewer English stopwords than this are not English: features stay off.
 * English pages measured 0.15–0.45 on the devset (0.15: a results table), German and Spanish 0.00–0.07. */
export const ENGLISH_MIN_STOPWORD_RATIO = 0.11;
/** Need this many scanned words on long lines before deciding a document is not English. */
export const LANGUAGE_MIN_WORDS = 15;
/** A menu line: at least this many items between separators ("Home | World | Business"). */
export const MENU_MIN_ITEMS = 3;
/** …each of at most this many words. */
export const MENU_MAX_ITEM_WORDS = 4;
/** Lines above the article body searched for the headline. Tuned on the devset. */
export const TITLE_WINDOW = 40;
/** Minimum headline score (see markTitle); below it no line is taken as the title. Tuned on the devset. */
export const TITLE_MIN_SCORE = 2.5;

/**
 * Weights for finding the article body as the densest run of prose lines (maximum-sum segment, as in
 * Boilerpipe-style extractors): each word of a good line counts +1 and of a near-good line +0.5; each
 * short line costs SHORT_COST, each bad line BAD_COST and each line a phrase list already calls
 * furniture FIXED_COST. Tuned on the devset (content F1 rose from 0.78 to 0.84 going from 8 to 30 for
 * furniture lines, with MAX_JOIN_GAP keeping paragraphs after an advertisement marker in the body).
 */
export const SHORT_COST = 2;
export const BAD_COST = 8;
/** Cost of a line a phrase list or pattern already calls furniture: strong evidence of a body boundary. */
export const FIXED_COST = 30;
/** Furniture lines a body run may jump to reach more prose right after or before it. */
export const MAX_JOIN_GAP = 2;
/**
 * Documents with at most this many non-blank lines (one sentence; a headline and a paragraph or two) have no
 * page around them: nothing in them is "above" or "after" an article, and a prose sentence in them is the
 * article even when it mentions a newsletter or a full report. Three lines: a headline, a standfirst and a
 * paragraph; a scraped page with any chrome left has more.
 */
export const SHORT_DOCUMENT_MAX_LINES = 3;
/** A further run of prose joins the body when it scores at least this share of the best run. Devset-tuned. */
export const SECONDARY_RUN_RATIO = 0.5;

/** Feature class before neighbour context, in jusText's terms. */
type Prior = 'good' | 'near-good' | 'short' | 'bad' | 'fixed';

const MENU_SPLIT = /\s*[|•·»›>]\s*|\s+\/\s+/;

function menuItems(body: string): string[] | undefined {
  // Length first: the separator scan over every long paragraph was ~4 % of classify's first pass.
  if (body.length > 200 || !/[|•·»›>/]/.test(body)) return undefined;
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

/** Two or more gaps of several spaces or a tab between words: a row of a text table as lynx lays it out. */
const TABLE_ROW = /\S(?: {2,}|\t)\S.*\S(?: {2,}|\t)\S/;

/** TABLE_ROW, tested only on lines with two spaces in a row or a tab (found by indexOf; it needs one). */
function isTableRow(body: string): boolean {
  return (body.includes('  ') || body.includes('\t')) && TABLE_ROW.test(body);
}

function priorOf(f: LineFeatures): Prior {
  if (f.urlRatio > MAX_URL_RATIO) return 'bad';
  if (f.words >= SENTENCE_MIN_WORDS && f.endsSentence && f.stopwordRatio >= STOPWORDS_LOW) return 'good';
  // Table rows and sentences of names and numbers (sports results, market reports) are decided by their
  // neighbours rather than thrown out for their low stopword density.
  if (f.chars < LENGTH_LOW || isTableRow(f.body)) return 'short';
  if (f.words >= SENTENCE_MIN_WORDS && f.endsSentence) return 'near-good';
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

/** Empty the shared per-line cache of features and verdicts (benchmarks use it to measure cold runs). */
export function clearVerdictCache(): void {
  clearLineRecords();
}

/**
 * The verdict a line gets from its own text, computed once per distinct line (see lineRecords): scraped
 * corpora repeat their furniture in every document, and an edited document repeats all its unedited lines.
 * Verdict objects are shared and never mutated (classify copies before changing one).
 */
function cachedVerdict(rec: LineRecord): LineClass | undefined {
  if (rec.verdict === undefined) rec.verdict = fixedVerdict(rec.features!, rec.text) ?? null;
  return rec.verdict ?? undefined;
}

/** The nearest non-blank lines above and below are both prose (provisional feature classes). */
function betweenProse(prior: (Prior | undefined)[], feats: (LineFeatures | undefined)[], i: number): boolean {
  let a = i - 1;
  while (a >= 0 && !feats[a]) a--;
  let b = i + 1;
  while (b < prior.length && !feats[b]) b++;
  return a >= 0 && b < prior.length && prior[a] === 'good' && prior[b] === 'good';
}

/** The verdict a line gets from its own text alone (lexicon, metadata, separators), or undefined. */
function fixedVerdict(f: LineFeatures, raw: string): LineClass | undefined {
  if (f.letterRatio === 0 && !/\d/.test(raw)) {
    return fixed('boilerplate', RULE_SEPARATOR, 'separator', 'it is made only of symbols, such as a divider or an empty menu item');
  }
  const meta = f.chars <= 240 ? matchMetadataLine(f.body) : undefined;
  if (meta && meta.kind !== 'url') {
    return fixed('metadata', RULE_PROVENANCE, META_LABEL[meta.kind], 'it records where and when the article was published, not what it says', meta);
  }
  const lex = f.chars <= 700 ? matchLexicon(f.body) : undefined;
  if (lex) {
    const rule = lex.category === 'legal' ? RULE_LEGAL : lex.category === 'comment-form' ? RULE_COMMENT_FORM : RULE_PAGE_CHROME;
    const why =
      lex.category === 'legal'
        ? 'it is site-wide legal or privacy furniture, not part of the article'
        : lex.category === 'comment-form'
          ? 'it belongs to the reader-comment form, not the article'
          : 'it is site furniture (a link, button or prompt), not part of the article';
    const v = fixed('boilerplate', rule, lex.label, why);
    return lex.weak ? { ...v, weak: true } : v;
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

/** Layout features of every line (undefined for blank lines), computed once per document. */
export function lineFeaturesOf(doc: DocumentText): (LineFeatures | undefined)[] {
  return doc.memo('boilerplate/features', () => lineRecordsOf(doc).map((r) => r.features));
}

/** Line numbers claimed by each rule, in order (one pass per document instead of one per rule). */
export function linesByRule(doc: DocumentText): Map<string, number[]> {
  return doc.memo('boilerplate/linesByRule', () => {
    const map = new Map<string, number[]>();
    classifyLines(doc).forEach((c, i) => {
      if (!c.rule) return;
      const list = map.get(c.rule);
      if (list) list.push(i);
      else map.set(c.rule, [i]);
    });
    return map;
  });
}

/** A line shaped like an article sentence: enough words, a sentence ending and ordinary function words. */
export function sentenceShaped(f: LineFeatures, minWords: number): boolean {
  return f.words >= minWords && f.endsSentence && f.stopwordRatio >= STOPWORDS_LOW;
}

/** True for lines that are article text (not blank, boilerplate or metadata). */
export function isContentLine(doc: DocumentText, line: number): boolean {
  return classifyLines(doc)[line]?.kind === 'content';
}

function classify(doc: DocumentText): LineClass[] {
  const n = doc.lines.length;
  const out: LineClass[] = new Array(n);
  const records = lineRecordsOf(doc);
  const feats = lineFeaturesOf(doc);
  const prior: (Prior | undefined)[] = new Array(n);
  for (let i = 0; i < n; i++) if (!feats[i]) out[i] = BLANK;
  const repeated = new Uint8Array(n);

  // Feature classes first: a long prose line between two other long prose lines is article text, and
  // checking it against the phrase lists would only cost time.
  for (let i = 0; i < n; i++) if (feats[i]) prior[i] = priorOf(feats[i]!);
  // Features judge lines against the article around them: with no prose line at all (a note, a list, a
  // headline on its own) or in another language, only the line-alone verdicts apply.
  let english = prior.includes('good') && isEnglish(feats);
  let nonBlank = 0;
  for (let i = 0; i < n && nonBlank <= SHORT_DOCUMENT_MAX_LINES; i++) if (feats[i]) nonBlank++;
  const shortDocument = nonBlank <= SHORT_DOCUMENT_MAX_LINES;
  let prevGood = false;
  for (let i = 0; i < n; i++) {
    const f = feats[i];
    if (!f) continue;
    const isProse = f.chars > SHORT_PROSE_CHARS && prior[i] === 'good';
    let next = i + 1;
    while (next < n && !feats[next]) next++;
    const sandwiched = isProse && prevGood && next < n && feats[next]!.chars > SHORT_PROSE_CHARS && prior[next] === 'good';
    prevGood = isProse;
    let v = sandwiched ? undefined : cachedVerdict(records[i]);
    if (v?.weak && betweenProse(prior, feats, i)) v = undefined;
    if (v && shortDocument && prior[i] === 'good' && v.rule === RULE_PAGE_CHROME) v = undefined;
    // Without the feature pass (another language, or no prose to compare with) a phrase-list match still
    // counts, except generic words and provenance patterns other than a source line.
    if (v && (english || (!v.weak && (v.kind === 'boilerplate' || v.meta?.kind === 'source')))) {
      out[i] = v;
      prior[i] = 'fixed';
      continue;
    }
    if (!english) prior[i] = 'good';
  }
  // The prose that switched the feature pass on may all have been claimed by the phrase lists: with no
  // article left to stand next to, no line is "above" or "after" it, and only line-alone verdicts apply.
  if (english && !prior.includes('good')) {
    english = false;
    for (let i = 0; i < n; i++) if (prior[i] && prior[i] !== 'fixed') prior[i] = 'good';
  }
  if (english) markRepeats(prior, records, repeated);

  joinSplitTimestamps(out, feats);
  if (english) markBareBylines(out, feats, prior);

  const inBody = new Array<boolean>(n).fill(!english || shortDocument);
  let firstBody = english ? n : 0;
  if (english) {
    if (!shortDocument) {
      for (const [s, e] of bodyRuns(prior, feats, repeated)) for (let k = s; k <= e; k++) inBody[k] = true;
      widenBody(inBody, prior, feats);
    }
    firstBody = inBody.indexOf(true);
    if (firstBody < 0) firstBody = n;
  }

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
    if (!inBody[i]) {
      out[i] = outsideBody(f, i < firstBody);
      continue;
    }
    if (p === 'good') good = true;
    else if (p === 'bad') good = false;
    else if (p === 'near-good') good = before === 'good' || after === 'good';
    else {
      // short
      if (before === 'good' && after === 'good') good = true;
      else if (before !== 'good' && after !== 'good') good = false;
      // In a short document the line next to the prose is its headline or last sentence.
      else good = shortDocument || sentenceLike(f);
    }
    out[i] = good ? CONTENT : chromeByFeatures(f, p, before, after);
  }

  markTitle(out, feats, prior, firstBody);
  return out;
}

/** Short lines are compared for repeats within the page only up to this length. */
export const REPEAT_MAX_CHARS = 200;
/** Repeats this close (adjacent lines) are one element printed twice, as lynx does with table headers. */
export const REPEAT_MIN_DISTANCE = 1;

/**
 * A short line that occurs twice on one page (a menu printed in header and footer, a teaser title
 * printed over its card) is furniture evidence: it counts as bad when locating the article body.
 * Sentences are left alone.
 */
function markRepeats(prior: (Prior | undefined)[], records: LineRecord[], repeated: Uint8Array): void {
  const seen = new Map<string, number>();
  for (let i = 0; i < prior.length; i++) {
    const rec = records[i];
    const f = rec.features;
    const p = prior[i];
    if (!f || p === 'fixed' || p === 'good' || f.chars > REPEAT_MAX_CHARS || f.words < 2) continue;
    // Kept in the line record: the same string object every time, so its hash is computed once too.
    const key = (rec.repeatKey ??= f.body.toLowerCase().replace(/\s+/g, ' '));
    const first = seen.get(key);
    seen.set(key, i);
    // lynx prints some table headers twice in a row: only repeats further apart count.
    if (first === undefined || i - first <= REPEAT_MIN_DISTANCE) continue;
    repeated[first] = 1;
    repeated[i] = 1;
  }
}

/** Weight of a line when locating the article body (see SHORT_COST / BAD_COST / FIXED_COST). */
function bodyScore(p: Prior | undefined, f: LineFeatures | undefined, repeated: boolean): number {
  if (!p || !f) return 0;
  if (repeated) return -BAD_COST;
  if (p === 'good') return Math.max(f.words, 1);
  if (p === 'near-good') return 0.5 * f.words;
  if (p === 'short') return -SHORT_COST;
  return p === 'fixed' ? -FIXED_COST : -BAD_COST;
}

/**
 * Lines of the article body: the maximum-sum run, plus any further run outside it worth at least
 * SECONDARY_RUN_RATIO of the best (an article split by a gallery or an advertisement block keeps both
 * halves; a small teaser list does not join).
 */
function bodyRuns(prior: (Prior | undefined)[], feats: (LineFeatures | undefined)[], repeated: Uint8Array): [number, number][] {
  // One linear pass (Kadane): each stretch between resets of the running sum yields its best prefix run.
  // The best of these is the maximum-sum run; others join when they score at least SECONDARY_RUN_RATIO
  // of it. Linear, so a 100,000-line dump costs no more per line than an article.
  const runs: [number, number, number][] = [];
  let sum = 0;
  let start = 0;
  let peak = 0;
  let peakEnd = -1;
  for (let i = 0; i < prior.length; i++) {
    if (sum <= 0) {
      if (peakEnd >= start) runs.push([start, peakEnd, peak]);
      sum = 0;
      start = i;
      peak = 0;
      peakEnd = i - 1;
    }
    sum += bodyScore(prior[i], feats[i], repeated[i] === 1);
    if (sum > peak) {
      peak = sum;
      peakEnd = i;
    }
  }
  if (peakEnd >= start) runs.push([start, peakEnd, peak]);
  const best = runs.reduce((m, r) => Math.max(m, r[2]), 0);
  return runs.filter((r) => r[2] >= SECONDARY_RUN_RATIO * best).map(([s0, e0]) => [s0, e0]);
}

/** A short line that reads like a sentence: ends like one and has at least one common word. */
function sentenceLike(f: LineFeatures): boolean {
  return f.endsSentence && f.stopwordRatio > 0 && f.words >= 3;
}

/**
 * The body's last lines are often short ("Talks resume on Monday.", a list after "Three lessons:"): the
 * maximum-sum runs stop before them. Widen each run over adjacent sentence-like lines, and over at most
 * MAX_JOIN_GAP furniture lines when prose follows (an advertisement marker or a caption inside the
 * article must not cut off its last paragraphs). One pass each way, so the cost stays linear.
 */
function widenBody(inBody: boolean[], prior: (Prior | undefined)[], feats: (LineFeatures | undefined)[]): void {
  sweepBody(inBody, prior, feats, 0, inBody.length, 1);
  sweepBody(inBody, prior, feats, inBody.length - 1, -1, -1);
}

/** One widenBody sweep over lines from, from + step, … up to (not including) `to`. */
function sweepBody(inBody: boolean[], prior: (Prior | undefined)[], feats: (LineFeatures | undefined)[], from: number, to: number, step: 1 | -1): void {
  const ok = (i: number): boolean => prior[i] !== 'fixed' && prior[i] !== 'bad' && sentenceLike(feats[i]!);
  let open = false;
  // The gap's lines, at most MAX_JOIN_GAP + 1 of them, in sweep order.
  const gap: number[] = [];
  for (let i = from; i !== to; i += step) {
    if (!prior[i]) continue;
    if (inBody[i]) {
      open = true;
      gap.length = 0;
      continue;
    }
    if (!open) continue;
    if (prior[i] === 'good' || (gap.length === 0 && ok(i))) {
      for (const g of gap) inBody[g] = true;
      inBody[i] = true;
      gap.length = 0;
    } else {
      gap.push(i);
      if (gap.length > MAX_JOIN_GAP) {
        open = false;
        gap.length = 0;
      }
    }
  }
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

/**
 * An author's name alone on the line right above a timestamp ("Ellen Park" / "Wed, June 18, 2025") is a
 * byline without "By". Only short all-capitalised names qualify, so a headline is not taken for one.
 */
function markBareBylines(out: LineClass[], feats: (LineFeatures | undefined)[], prior: (Prior | undefined)[]): void {
  for (let i = 0; i < out.length; i++) {
    if (out[i]?.meta?.kind !== 'date' || (out[i].group && out[i].group![0] !== i)) continue;
    let j = i - 1;
    while (j >= 0 && !feats[j]) j--;
    if (j < 0 || prior[j] === 'fixed' || prior[j] === 'good' || !isBareName(feats[j]!.body)) continue;
    out[j] = fixed('metadata', RULE_PROVENANCE, 'byline', 'it records where and when the article was published, not what it says', {
      kind: 'byline',
      value: feats[j]!.body,
    });
    prior[j] = 'fixed';
  }
}

/**
 * A phone number or a newsroom role: a credit or contact line, not a headline (an "@" is tested apart with
 * indexOf, so that the shortest alternative is five characters long and the regex engine can skip ahead).
 */
const CREDIT_OR_CONTACT = /\(\d{3}\)|\d{3}-\d{4}|\b(?:writer|staff|reporter|editor|correspondent|photo|image)\b/i;

function headlineLike(f: LineFeatures | undefined): boolean {
  if (!f || f.bullet || f.urlRatio > 0) return false;
  if (f.words < 3 || f.words > 25 || f.chars > 200) return false;
  if (/[:;,]$/.test(f.body)) return false;
  return f.letterRatio > 0.6;
}

function firstBodyGood(prior: (Prior | undefined)[], firstBody: number): number {
  for (let i = Math.max(0, firstBody); i < prior.length; i++) if (prior[i] === 'good') return i;
  return -1;
}

/** First prose line followed by more prose (two good lines among the next five): where the article starts. */
function bodyStart(prior: (Prior | undefined)[]): number {
  for (let i = 0; i < prior.length; i++) {
    if (prior[i] !== 'good') continue;
    let seen = 0;
    let good = 0;
    for (let j = i + 1; j < prior.length && seen < 5; j++) {
      if (!prior[j]) continue;
      seen++;
      if (prior[j] === 'good') good++;
    }
    if (good >= 2 || seen === 0 || (seen < 5 && good === seen)) return i;
  }
  return prior.findIndex((p) => p === 'good');
}

/** The j-th of markTitle's candidate lines is a byline, timestamp or dateline (not a source or URL line). */
function isMetaAt(out: LineClass[], idx: number[], j: number): boolean {
  if (j < 0 || j >= idx.length) return false;
  const c = out[idx[j]];
  return c.kind === 'metadata' && c.meta?.kind !== 'source' && c.meta?.kind !== 'url';
}

/**
 * The headline is short and unpunctuated, so neighbour context alone would call it chrome. Score the
 * headline-like lines above the article body (and its first lines): next to a byline or timestamp, right
 * before the body, not ending in a full stop; the best one above TITLE_MIN_SCORE is the title.
 */
function markTitle(out: LineClass[], feats: (LineFeatures | undefined)[], prior: (Prior | undefined)[], firstBody: number): void {
  // Where the article starts: the first prose line of the body runs (else the first run of prose lines).
  const fromRuns = firstBodyGood(prior, firstBody);
  const spanStart = fromRuns >= 0 ? fromRuns : bodyStart(prior);
  if (spanStart < 0) return;
  // Non-blank, non-separator lines from TITLE_WINDOW before the body to a few lines into it.
  const idx: number[] = [];
  const firstSeen = new Map<string, number>();
  let firstNonMeta = -1;
  for (let i = 0; i <= spanStart; i++) {
    if (!feats[i] || out[i].rule === RULE_SEPARATOR) continue;
    if (!firstSeen.has(feats[i]!.body)) firstSeen.set(feats[i]!.body, idx.length);
    if (firstNonMeta < 0 && out[i].kind !== 'metadata') firstNonMeta = idx.length;
    idx.push(i);
  }
  const startPos = idx.findIndex((i) => i >= spanStart);
  const from = Math.max(0, startPos - TITLE_WINDOW);
  let best = -1;
  let bestScore = TITLE_MIN_SCORE;
  for (let k = from; k < idx.length; k++) {
    const i = idx[k];
    const f = feats[i]!;
    if (!headlineLike(f) || !(out[i].kind === 'content' || out[i].byFeatures)) continue;
    let score = 0;
    if (isMetaAt(out, idx, k + 1) || isMetaAt(out, idx, k + 2) || isMetaAt(out, idx, k + 3)) score += 3;
    else if (isMetaAt(out, idx, k - 1) || isMetaAt(out, idx, k - 2)) score += 2;
    if (k + 1 === startPos) score += 1;
    // First line of the page (after provenance lines only): where plain-text dumps put the headline.
    if (firstNonMeta === k) score += 2;
    if (f.words >= 4 && f.words <= 20) score += 1;
    if (f.words >= 6) score += 1;
    if (f.titleCaseRatio >= 0.5) score += 0.5;
    if (/[.)]$/.test(f.body)) score -= 2;
    if (f.body.includes('@') || CREDIT_OR_CONTACT.test(f.body)) score -= 3;
    if (i >= spanStart) continue;
    // Pages print the headline in the header too; the copy nearer the body is the article's.
    if ((firstSeen.get(f.body) ?? k) < k) score += 2;
    score -= 0.05 * Math.abs(startPos - k);
    if (score > bestScore) {
      bestScore = score;
      best = i;
    }
  }
  if (best >= 0) out[best] = { kind: 'content', title: true };
}
