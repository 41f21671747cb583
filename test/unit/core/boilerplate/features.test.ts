import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { CHAR_SCAN_LIMIT, lineFeatures, WORD_SCAN_LIMIT, type LineFeatures } from '../../../../src/core/boilerplate/features';
import { ENGLISH_STOPWORDS } from '../../../../src/core/boilerplate/stopwords';
import { rng } from '../../../../bench/corpus/generate'; // deterministic (mulberry32), so a failure can be replayed

// The regex-and-substring implementation lineFeatures replaced (commit 807812d), kept as the definition
// the hand-written scanner must match field for field.
const REF_STOPWORD_FORMS: ReadonlySet<string> = new Set(
  [...ENGLISH_STOPWORDS].flatMap((w) => [w, w[0].toUpperCase() + w.slice(1), w.replace("'", '’'), w[0].toUpperCase() + w.slice(1).replace("'", '’')]),
);

const BULLET = /^(?:[*+•·◦▪‣o-]|\d{1,2}[.)])\s+/;
const URL = /\b(?:https?:\/\/|www\.)[^\s<>"]+/gi;
const SENTENCE_END = /[.!?…:;][)"'”’»\]]*$|[)"”’]$/;
const SEPARATOR_CHARS = new Set('|_=~#/\\<>»«›‹•·–—-*+:;,.()[]{}'.split('').map((c) => c.charCodeAt(0)));
const LETTER = /\p{L}/u;
const MAX_STOPWORD_LENGTH = 12;

const isAsciiLetter = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
const isDigit = (c: number): boolean => c >= 48 && c <= 57;
/** Letters of the Latin (with accents), Greek and Cyrillic blocks. */
const isWordLetter = (c: number): boolean =>
  isAsciiLetter(c) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7) || (c >= 0x370 && c <= 0x4ff);

function lineFeaturesByDefinition(line: string): LineFeatures {
  let body = line.trim();
  let bullet = false;
  const b = BULLET.exec(body);
  if (b && body.length > b[0].length) {
    bullet = true;
    body = body.slice(b[0].length);
  }
  const chars = body.length;

  // Words as letters (Latin, Greek, Cyrillic) with an optional apostrophe suffix ("don't"), or numbers
  // with inner . , : ("1,200", "10:30"); a hand-written scanner because this runs on every line.
  let words = 0;
  let stop = 0;
  let capital = 0;
  let i = 0;
  while (i < chars && words < WORD_SCAN_LIMIT) {
    const c = body.charCodeAt(i);
    if (isWordLetter(c)) {
      const start = i++;
      while (i < chars && isWordLetter(body.charCodeAt(i))) i++;
      const q = body.charCodeAt(i);
      if ((q === 39 || q === 0x2019) && isAsciiLetter(body.charCodeAt(i + 1))) {
        i += 2;
        while (i < chars && isAsciiLetter(body.charCodeAt(i))) i++;
      }
      words++;
      if (c >= 65 && c <= 90) capital++;
      if (i - start <= MAX_STOPWORD_LENGTH && REF_STOPWORD_FORMS.has(body.slice(start, i))) stop++;
    } else if (c >= 48 && c <= 57) {
      i++;
      while (i < chars) {
        const d = body.charCodeAt(i);
        if (d >= 48 && d <= 57) i++;
        else if ((d === 46 || d === 44 || d === 58) && isDigit(body.charCodeAt(i + 1))) i += 2;
        else break;
      }
      words++;
    } else i++;
  }
  const scanned = words;
  if (words >= WORD_SCAN_LIMIT && i < chars) {
    // Estimate the rest from the average word length so far.
    words = Math.round((words * chars) / Math.max(i, 1));
  }

  let urlChars = 0;
  if (body.includes('://') || body.includes('www.')) {
    URL.lastIndex = 0;
    for (let m = URL.exec(body); m; m = URL.exec(body)) urlChars += m[0].length;
  }

  // Separator and letter density only matter on short lines; long lines are prose or tables.
  let sep = 0;
  let letters = 0;
  let nonSpace = 0;
  const limit = Math.min(chars, CHAR_SCAN_LIMIT);
  for (let i = 0; i < limit; i++) {
    const c = body.charCodeAt(i);
    if (c === 32 || c === 9) continue;
    nonSpace++;
    if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90)) letters++;
    else if (c < 128) {
      if (SEPARATOR_CHARS.has(c)) sep++;
    } else if (SEPARATOR_CHARS.has(c)) sep++;
    else if (c >= 0xd800 && c <= 0xdfff) continue; // astral halves: emoji and rare scripts, not letters here
    else if (LETTER.test(body[i])) letters++;
  }

  return {
    body,
    bullet,
    chars,
    words,
    stopwordRatio: scanned ? stop / scanned : 0,
    endsSentence: SENTENCE_END.test(chars > 8 ? body.slice(-8) : body),
    urlRatio: chars ? urlChars / chars : 0,
    titleCaseRatio: scanned ? capital / scanned : 0,
    separatorRatio: nonSpace ? sep / nonSpace : 0,
    letterRatio: nonSpace ? letters / nonSpace : 0,
  };
}

// Pieces that exercise each branch: bullets and numbers before white space, Unicode spaces, stopwords in
// both cases and with either apostrophe, closers and terminators at the end, URLs, separators, letters
// outside ASCII (and \p{L} outside the word scanner's blocks), emoji halves.
const PIECES = [
  'the', 'The', "don't", 'don’t', 'It’s', 'report', 'Council', 'é', 'Ωmega', 'Москва', '中文', 'ǅ', '1,200', '10:30', '3.5', '12',
  ' ', ' ', '  ', '\t', '\u00a0', '\u2003', '\ufeff', '*', '+', '•', '·', '◦', '▪', '‣', 'o', '-', '1.', '12)', '123.',
  '.', '!', '?', '…', ':', ';', ')', '"', "'", '”', '’', '»', ']', '(', '|', '/', '—', '_', '#',
  'https://example.org/a?b=c', 'www.site.com', '😀', '\ud83d',
];

describe('lineFeatures', () => {
  const edges = [
    'He left.]]]]]]]', // terminator 8th from the end: ends like a sentence
    'He left.]]]]]]]]', // 9th: outside the 8-character window
    "He said 'no'",
    'Prices rose »',
    '- ',
    '12. Twelve',
    '123. Not a bullet',
    'o no',
    'oh no',
    '\u00a0• Item\u00a0',
    '* ',
  ];
  for (const text of edges) {
    it(`matches the regex definition on ${JSON.stringify(text)}`, () => assert.deepEqual(lineFeatures(text), lineFeaturesByDefinition(text)));
  }

  it('matches the regex definition on every fixture line', () => {
    const dirs = ['../../../fixtures/boilerplate', '../../../fixtures/sentences'].map((d) => path.join(__dirname, d));
    let n = 0;
    for (const dir of dirs) {
      for (const f of readdirSync(dir)) {
        for (const line of readFileSync(path.join(dir, f), 'utf8').split('\n')) {
          const text = line.replace(/^[a-z-]+\|/, '');
          if (!text.trim()) continue;
          assert.deepEqual(lineFeatures(text), lineFeaturesByDefinition(text), text);
          n++;
        }
      }
    }
    assert.ok(n > 500, `${n} lines`);
  });

  it('matches the regex definition on 20,000 generated lines', () => {
    const r = rng(11);
    for (let k = 0; k < 20_000; k++) {
      let s = '';
      const len = 1 + Math.floor(r() * (k % 10 === 0 ? 60 : 14));
      for (let i = 0; i < len; i++) s += PIECES[Math.floor(r() * PIECES.length)] + (r() < 0.5 ? ' ' : '');
      if (!s.trim()) continue;
      assert.deepEqual(lineFeatures(s), lineFeaturesByDefinition(s), JSON.stringify(s));
    }
  });
});
