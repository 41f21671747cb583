import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { textFilesUnder } from '../../helpers';
import { tokenize, type Token } from '../../../../src/core/attribution/phrases';

/** The regex tokenizer the hand-written one replaced: the definition of the tokens. */
function regexTokenize(text: string): Token[] {
  const TOKEN = /[A-Za-z0-9\u00C0-\u024F](?:[A-Za-z0-9\u00C0-\u024F&]|['’.\-](?=[A-Za-z0-9\u00C0-\u024F])|,(?=\d{3}))*\.?|\S/g;
  const DOTTED = /^(?:[A-Za-z\u00C0-\u024F]\.)+$/;
  const out: Token[] = [];
  for (let m = TOKEN.exec(text); m; m = TOKEN.exec(text)) {
    let t = m[0];
    let end = m.index + t.length;
    if (t.length > 1 && t.endsWith('.') && !DOTTED.test(t)) {
      t = t.slice(0, -1);
      end--;
      TOKEN.lastIndex = end;
    }
    const c = t.charCodeAt(0);
    const word = t.length > 1 || (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0xc0 && c <= 0x24f);
    out.push({ text: t, lower: t.toLowerCase().replace(/’/g, "'"), start: m.index, end, word });
  }
  return out;
}

describe('attribution tokenize', () => {
  it('gives the tokens of the regex definition on edge cases', () => {
    for (const s of [
      'The U.S. said 1,000,000 people (3.5%) left.',
      'Kim’s “eyesore” - a.m. talks; rock-n-roll & R&B, 12,34 and 1,2345.',
      'ÉLYSÉE said Ωmega, naïve café… end.',
      'A. B.C. x.y z. 3.5. -dash ’twas \u00a0nbsp\u2009thin\u3000wide\ufeffbom',
      'emoji 😀 here, tab\there, Ⅻ numeral.',
      '',
      '.',
      'a',
    ]) {
      assert.deepEqual(tokenize(s), regexTokenize(s), s);
    }
  });

  it('gives the tokens of the regex definition on every labelled and fixture line', () => {
    const root = path.join(__dirname, '../../../..');
    let lines = 0;
    for (const f of [...textFilesUnder(path.join(root, 'test/eval/attribution')), ...textFilesUnder(path.join(root, 'test/fixtures'))]) {
      for (const line of readFileSync(f, 'utf8').split(/\r?\n/)) {
        lines++;
        assert.deepEqual(tokenize(line), regexTokenize(line), line);
      }
    }
    assert.ok(lines > 1000, `${lines} lines`);
  });
});
