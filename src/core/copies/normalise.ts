import type { DocumentText } from '../text/documentText';
import { classifyLines } from '../boilerplate/classify';

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
      if (!hasWords(text, MIN_ARTICLE_LINE_WORDS)) continue;
      out.push({ line: i, text });
    }
    return out;
  });
}

/** True when the text has at least `n` white-space separated chunks containing a letter or digit (cheap). */
export function hasWords(text: string, n: number): boolean {
  let count = 0;
  let inWord = false;
  let wordHasAlnum = false;
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : 32;
    const space = c === 32 || c === 9 || c === 160 || c === 10 || c === 13;
    if (!space) {
      inWord = true;
      if ((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c > 127) wordHasAlnum = true;
    } else if (inWord) {
      if (wordHasAlnum && ++count >= n) return true;
      inWord = false;
      wordHasAlnum = false;
    }
  }
  return false;
}

export function countWords(text: string): number {
  let n = 0;
  WORD.lastIndex = 0;
  while (WORD.exec(text)) n++;
  return n;
}

/** Lower-cased words with typographic apostrophes folded; hyphenated words split into their parts. */
export function tokenize(text: string): string[] {
  // A hand-written scanner for the WORD pattern (letters/digits, inner apostrophes): three times faster
  // than the Unicode regex on news text, which matters because every document of a corpus is tokenised.
  const folded = text.toLowerCase();
  const out: string[] = [];
  const n = folded.length;
  let i = 0;
  while (i < n) {
    if (!isWordChar(folded, i)) {
      i++;
      continue;
    }
    const start = i;
    while (i < n && isWordChar(folded, i)) i++;
    let token = folded.slice(start, i);
    while (i + 1 < n && (folded.charCodeAt(i) === 39 || folded.charCodeAt(i) === 0x2019) && isLetter(folded, i + 1)) {
      const from = i + 1;
      i = from;
      while (i < n && isLetter(folded, i)) i++;
      token += "'" + folded.slice(from, i);
    }
    out.push(token);
  }
  return out;
}

const LETTER = /\p{L}/u;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

function isLetter(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
  return LETTER.test(s[i]);
}

function isWordChar(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 65 && c <= 90);
  return LETTER_OR_DIGIT.test(s[i]);
}

/** A word's comparison key: possessive dropped, truncated to STEM_LENGTH. */
export function stem(token: string): string {
  // Every step keeps a prefix: the stem's length is worked out first and the token cut once.
  let len = token.length;
  if (len >= 2 && token.charCodeAt(len - 2) === 39 && token.charCodeAt(len - 1) === 115) len -= 2; // 's
  const last = token.charCodeAt(len - 1);
  const before = token.charCodeAt(len - 2);
  // Demonyms meet their country: "Russian" → "russia", "Korean" → "korea", "American" → "america".
  if (len > 5 && before === 97 && last === 110) len -= 1;
  // Plurals meet their singular before truncation: "prices" → "price", "leaders" → "leader" (not -ss -us -is).
  else if (len > 4 && last === 115 && before !== 115 && before !== 117 && before !== 105) len -= 1;
  if (len > STEM_LENGTH) len = STEM_LENGTH;
  return len === token.length ? token : token.slice(0, len);
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

/** True when the document has article text to compare. */
export function hasArticle(doc: DocumentText): boolean {
  return articleLines(doc).length > 0;
}

/** 32-bit FNV-1a of a string, for shingles and set elements. */
export function hash32(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}
