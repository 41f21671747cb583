import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { textLinesUnder } from '../../helpers';
import { notPlainTokens, tokenize, tokenizeReusing, type Token } from '../../../../src/core/entities/tokens';
import { SeenLines } from '../../../../src/core/entities/seenLines';

// The recogniser reads lines through tokenizeReusing: token objects reused from line to line, strings
// sliced on first use, and a list of the words that are not plain lower case. Every field must read as the
// rule says, whatever was read before; the rules are restated here plainly as the reference.
const NO_BREAK = new Set(['Mr', 'Mrs', 'Ms', 'Dr', 'Gen', 'Lt', 'Col', 'Sgt', 'Capt', 'Adm', 'Maj', 'Sen', 'Rep', 'Gov', 'St', 'Prof', 'Rev', 'Jr', 'Sr',
  'Jan', 'Feb', 'Mar', 'Apr', 'Aug', 'Sept', 'Sep', 'Oct', 'Nov', 'Dec', 'No', 'Vol', 'Mt', 'Ft', 'Corp', 'Inc', 'Co', 'Ltd', 'vs']);

interface Reading {
  text: string;
  lower: string;
  gapAfter: string;
  start: number;
  end: number;
  fullEnd: number;
  index: number;
  possessive: boolean;
  cap: boolean;
  allCaps: boolean;
  sentenceStart: boolean;
  ownLower: boolean;
}

function read(t: Token): Reading {
  return {
    text: t.text, lower: t.lower, gapAfter: t.gapAfter, start: t.start, end: t.end, fullEnd: t.fullEnd, index: t.index,
    possessive: t.possessive, cap: t.cap, allCaps: t.allCaps, sentenceStart: t.sentenceStart, ownLower: t.isOwnLowerCase(),
  };
}

/** Gaps, lower case and sentence starts restated from the token boundaries of the fresh tokenizer. */
function reference(line: string): Reading[] {
  const toks = tokenize(line);
  return toks.map((t, i) => {
    const text = line.slice(t.start, t.end);
    const gapAfter = line.slice(t.fullEnd, i + 1 < toks.length ? toks[i + 1].start : line.length);
    let sentenceStart = i === 0;
    if (i > 0) {
      const prev = toks[i - 1];
      const prevText = line.slice(prev.start, prev.end);
      const gap = line.slice(prev.fullEnd, t.start);
      if (/[“]|(?:^|\s)["‘]\s*$/.test(gap)) sentenceStart = true;
      else if (/[.!?:;…]/.test(gap)) sentenceStart = !(/^\.\s*$/.test(gap) && (NO_BREAK.has(prevText) || /^\p{Lu}$/u.test(prevText)));
    }
    return {
      text, lower: text.toLowerCase(), gapAfter, start: t.start, end: t.end, fullEnd: t.fullEnd, index: i,
      possessive: t.possessive, cap: t.cap, allCaps: t.allCaps, sentenceStart, ownLower: text === text.toLowerCase(),
    };
  });
}

function randomLines(count: number): string[] {
  const pieces = [
    'a', 'the', 'said', 'Mr', 'Mr.', 'vs.', 'Jan.', 'U.S.', 'K', 'É', 'é', 'Ж', '𝐀', '1', '’s', "'s", "n't", '’m', 'al-', 'de’', '-', '&',
    ' ', ' ', ' ', '  ', '\u00a0', '. ', ', ', ': ', '? ', '“', '”', '"', '‘', '(', ')', '…', 'Putin', 'KCNA', 'Dr.', 'X.', 'ﬁ',
  ];
  let seed = 777;
  const random = (n: number): number => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed % n;
  };
  const out: string[] = [];
  for (let k = 0; k < count; k++) {
    let line = '';
    for (let i = 1 + random(24); i > 0; i--) line += pieces[random(pieces.length)];
    out.push(line);
  }
  return out;
}

describe('entities: tokens reused from line to line', () => {
  const lines = [...textLinesUnder(path.join(__dirname, '../../../fixtures')), ...randomLines(20000)];

  it('read as the rules say, whatever line came before (fixtures and random lines)', () => {
    assert.ok(lines.length > 20500);
    for (const line of lines) assert.deepEqual(tokenizeReusing(line).map(read), reference(line), JSON.stringify(line));
  });

  it('agree with fresh tokens on every field', () => {
    for (const line of lines) assert.deepEqual(tokenizeReusing(line).map(read), tokenize(line).map(read), JSON.stringify(line));
  });

  it('list exactly the words that are not plain lower case (every capitalised word among them)', () => {
    for (const line of lines) {
      const toks = tokenizeReusing(line);
      const listed = Array.from(notPlainTokens.indices.subarray(0, notPlainTokens.count));
      const expected = toks.filter((t) => !/^[a-z0-9]+$/.test(line.slice(t.start, t.fullEnd))).map((t) => t.index);
      assert.deepEqual(listed, expected, JSON.stringify(line));
      for (const t of toks) if (t.cap) assert.ok(listed.includes(t.index), `${t.text} in ${JSON.stringify(line)}`);
    }
  });

  it('the first character after a word is the first of its gap whenever the gap is not empty', () => {
    for (const line of lines) for (const t of tokenizeReusing(line)) if (t.gapAfter) assert.equal(t.charAfter(), t.gapAfter.charCodeAt(0));
  });
});

describe('entities: SeenLines', () => {
  it('answers no for lines never met and yes for lines met before', () => {
    const seen = new SeenLines(16);
    const texts = Array.from({ length: 2000 }, (_, i) => `Officials in Harbourton said on day ${i} that talks would resume.`);
    for (const t of texts) assert.equal(seen.metBefore(t, 0), false, t);
    // 2,000 lines in 65,536 slots: most keep their slot, and a kept slot answers yes.
    const yes = texts.filter((t) => seen.metBefore(t, 0)).length;
    assert.ok(yes > 1850, `${yes} of 2000 remembered`);
  });

  it('keeps line kinds apart (salt), long lines by a sample, and forgets everything on clear', () => {
    const seen = new SeenLines(12);
    const line = 'The Harbour Board met on Monday.';
    assert.equal(seen.metBefore(line, 0), false);
    assert.equal(seen.metBefore(line, 1), false);
    assert.equal(seen.metBefore(line, 0), true);
    assert.equal(seen.metBefore(line, 1), true);
    const long = 'word '.repeat(2000);
    assert.equal(seen.metBefore(long, 0), false);
    assert.equal(seen.metBefore(long, 0), true);
    assert.equal(seen.metBefore(`${long}x`, 0), false, 'a different length is another line');
    seen.clear();
    assert.equal(seen.metBefore(line, 0), false);
    assert.equal(seen.metBefore(long, 0), false);
  });
});
