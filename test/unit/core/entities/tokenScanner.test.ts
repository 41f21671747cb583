import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { textLinesUnder } from '../../helpers';
import { tokenize } from '../../../../src/core/entities/tokens';

// The tokenizer scans character codes by hand (ASCII inline, other characters through Unicode classes) for
// speed. This is the pattern it implements, written as the plain Unicode regex, with the capital flags as
// regexes too: the two must agree on every word boundary and flag.
const TOKEN = /(?:\p{Lu}\.){2,}|[\p{L}\p{M}\p{N}]+(?:[-'’&][\p{L}\p{M}\p{N}]+)*/gu;
const PARTICLE_NAME = /^(?:al|el|ad|as|ash|ibn|bin|de|da|van|von|d)['’-]\p{Lu}/u;

interface Shape {
  start: number;
  fullEnd: number;
  cap: boolean;
  allCaps: boolean;
}

function reference(line: string): Shape[] {
  const out: Shape[] = [];
  for (const m of line.matchAll(TOKEN)) {
    const text = withoutSuffix(m[0]);
    const letters = text.replace(/[^\p{L}]/gu, '');
    out.push({
      start: m.index!,
      fullEnd: m.index! + m[0].length,
      cap: /^\p{Lu}/u.test(text) || PARTICLE_NAME.test(text),
      allCaps: letters.length >= 2 && letters === letters.toUpperCase() && letters !== letters.toLowerCase(),
    });
  }
  return out;
}

/** The word the flags are read on: without a contraction ("don’t" → "do") or a possessive ("Kim’s" → "Kim"). */
function withoutSuffix(word: string): string {
  const contraction = /n['’]t$|['’](?:m|ve|re|ll|d)$/i.exec(word);
  if (contraction && word.length > contraction[0].length) return word.slice(0, word.length - contraction[0].length);
  if (/['’]s$/.test(word) && word.length > 2) return word.slice(0, -2);
  return word;
}

function scanned(line: string): Shape[] {
  return tokenize(line).map((t) => ({ start: t.start, fullEnd: t.fullEnd, cap: t.cap, allCaps: t.allCaps }));
}

describe('entities: hand-written token scanner agrees with the Unicode regex', () => {
  it('on every line of the test fixtures', () => {
    const lines = textLinesUnder(path.join(__dirname, '../../../fixtures'));
    assert.ok(lines.length > 500, `fixtures found: ${lines.length} lines`);
    for (const line of lines) assert.deepEqual(scanned(line), reference(line), line);
  });

  it('on random strings of letters from many scripts, marks, digits, joiners and punctuation', () => {
    const pieces = [
      'a', 'e', 'l', 's', 'd', 'K', 'U', 'S', 'É', 'é', 'ü', 'Ü', 'ß', 'İ', 'ǅ', 'ﬁ', 'Ａ', 'ａ', 'Ⅷ', 'ⅷ', 'Ж', 'ж', 'ع', '中', '1', '9', '٣',
      '\u0301', '𝐀', '𝐚', '😀', '\ud800', '.', ' ', '  ', '\u00a0', '-', "'", '’', '&', ',', '“', '”', '"', ':', '?', '(', ')', '…',
      'al-', 'de’', 'Mr.', 'U.S.', '’s', "'s", "n't", '’m',
    ];
    let seed = 12345;
    const random = (n: number): number => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed % n;
    };
    for (let k = 0; k < 20000; k++) {
      let line = '';
      for (let i = 1 + random(20); i > 0; i--) line += pieces[random(pieces.length)];
      assert.deepEqual(scanned(line), reference(line), JSON.stringify(line));
    }
  });

  it('gives plain lower-case words their own text as lower case, and others a lower-cased copy', () => {
    const toks = tokenize('the Ministry’s ÉLAN and ﬁrms');
    assert.deepEqual(toks.map((t) => t.lower), ['the', 'ministry', 'élan', 'and', 'ﬁrms']);
  });
});
