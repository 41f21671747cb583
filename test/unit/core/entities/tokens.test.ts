import * as assert from 'node:assert/strict';
import { tokenize } from '../../../../src/core/entities/tokens';

describe('entities: tokenizer', () => {
  const starts = (line: string) => tokenize(line).filter((t) => t.sentenceStart).map((t) => t.text);
  const CASES: [string, string[]][] = [
    ['Officials met. Later, Mr. Novak left.', ['Officials', 'Later']],
    ['The U.S. envoy spoke: Talks resume.', ['The', 'Talks']],
    ['He said, “Make peace now.” Then he left!', ['He', 'Make', 'Then']],
    ['Gen. Ortiz and Jan. 5 are not breaks.', ['Gen']],
    ['John F. Kennedy spoke.', ['John']],
  ];
  for (const [line, expected] of CASES) it(`sentence starts in "${line}"`, () => assert.deepEqual(starts(line), expected));

  it('strips possessives and contractions but keeps offsets exact', () => {
    const line = 'Putin’s aide said I’m sure Reuters\' story and Kim\'s trip don’t matter.';
    const toks = tokenize(line);
    const putin = toks.find((t) => t.text === 'Putin')!;
    assert.equal(putin.possessive, true);
    assert.equal(line.slice(putin.start, putin.end), 'Putin');
    assert.equal(line.slice(putin.start, putin.fullEnd), 'Putin’s');
    assert.ok(toks.some((t) => t.text === 'I'));
    assert.ok(toks.some((t) => t.text === 'do'));
    assert.ok(toks.find((t) => t.text === 'Kim')!.possessive);
  });
  it('keeps dotted acronyms and flags capitals', () => {
    const toks = tokenize('The U.N. and KCNA met al-Sadr.');
    assert.deepEqual(toks.map((t) => t.text), ['The', 'U.N.', 'and', 'KCNA', 'met', 'al-Sadr']);
    assert.equal(toks[1].allCaps, true);
    assert.equal(toks[3].allCaps, true);
    assert.equal(toks[5].cap, true);
  });
});
