import type { DocumentText } from '../text/documentText';
import { classifyLines } from '../boilerplate/classify';
import { hashText, normalizeForHash } from '../text/hash';

/**
 * Lines shorter than this many words are left out of the article text used for copy detection: one- and
 * two-word lines in web dumps are headings and menu crumbs ("Updated:", "Privacy Policy") that carry no
 * evidence of copying, and including them makes two dumps of one article differ.
 */
export const MIN_ARTICLE_LINE_WORDS = 3;

/**
 * Truncation stemming: content words are compared by their first six letters, which folds most English
 * inflection and derivation together ("travel/traveled/traveling", "cooperate/cooperation") without a
 * stemmer's tables; six keeps apart the short stems that five would merge ("states/stated" do merge,
 * which costs little in a bag-of-words comparison).
 */
export const STEM_LENGTH = 6;

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;

/** Function words: ignored when comparing what two sentences say. Written for this project. */
export const STOPWORDS: ReadonlySet<string> = new Set(
  (
    'a an the and or but nor so yet if then than that this these those there here of in on at to for from by with ' +
    'without about into onto over under between among through during before after above below up down out off ' +
    'again further once is are was were be been being am have has had having do does did doing will would shall ' +
    'should can could may might must i me my mine we us our ours you your yours he him his she her hers it its they ' +
    'them their theirs what which who whom whose when where why how all any both each few more most other some such ' +
    'no not only own same too very just also as while because until against per via s t its it\'s he\'s she\'s ' +
    'said says say told according reported'
  ).split(/\s+/),
);

export interface ArticleLine {
  line: number;
  text: string;
}

/** Article lines for copy detection: what `classifyLines` calls content, minus very short lines. */
export function articleLines(doc: DocumentText): ArticleLine[] {
  return doc.memo('copies/articleLines', () => {
    const classes = classifyLines(doc);
    const out: ArticleLine[] = [];
    for (let i = 0; i < doc.lines.length; i++) {
      if (classes[i]?.kind !== 'content') continue;
      const text = doc.lines[i];
      if (countWords(text) < MIN_ARTICLE_LINE_WORDS) continue;
      out.push({ line: i, text });
    }
    return out;
  });
}

export function countWords(text: string): number {
  let n = 0;
  WORD.lastIndex = 0;
  while (WORD.exec(text)) n++;
  return n;
}

/** Lower-cased words with typographic apostrophes folded; hyphenated words split into their parts. */
export function tokenize(text: string): string[] {
  const out: string[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) out.push(m[0].toLowerCase().replace(/’/g, "'"));
  return out;
}

/** A word's comparison key: possessive dropped, truncated to STEM_LENGTH. */
export function stem(token: string): string {
  let t = token.endsWith("'s") ? token.slice(0, -2) : token;
  // Demonyms meet their country: "Russian" → "russia", "Korean" → "korea", "American" → "america".
  if (t.length > 5 && t.endsWith('an')) t = t.slice(0, -1);
  return t.length > STEM_LENGTH ? t.slice(0, STEM_LENGTH) : t;
}

/** Stems of the content words of a text (function words dropped). */
export function contentStems(tokens: readonly string[]): string[] {
  const out: string[] = [];
  for (const t of tokens) {
    if (STOPWORDS.has(t)) continue;
    const s = stem(t);
    if (s.length < 2 && !/\d/.test(s)) continue;
    out.push(s);
  }
  return out;
}

// A line of running text ends a sentence; headlines, menus and widgets do not.
const ENDS_SENTENCE = /[.!?…]["'”’)\]]*\s*$/;

/**
 * The article body folded for exact-copy hashing: case, quotes, dashes, white space and line wrapping.
 * Only lines that end a sentence count (headlines and unpunctuated widgets are left out), because whether
 * a page's headline is article text or chrome is the one verdict line classifiers disagree on most between
 * two renderings of the same article; when no line ends a sentence, all article lines count.
 */
export function normalisedArticle(doc: DocumentText): string {
  return doc.memo('copies/normalisedArticle', () => {
    const lines = articleLines(doc);
    const body = lines.filter((l) => ENDS_SENTENCE.test(l.text));
    return normalizeForHash((body.length ? body : lines).map((l) => l.text).join(' '));
  });
}

/** Hash of the normalised article text: equal for exact copies whatever their page chrome. */
export function exactHash(doc: DocumentText): string {
  return doc.memo('copies/exactHash', () => hashText(normalisedArticle(doc)));
}

/** 32-bit FNV-1a of a string, for shingles and set elements. */
export function hash32(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}
