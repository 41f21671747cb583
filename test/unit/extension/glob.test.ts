import * as assert from 'node:assert/strict';
import { combineGlobs, matchesAnyGlob } from '../../../src/extension/state/glob';

describe('exclude globs for watcher events', () => {
  const cases: [string, string, boolean][] = [
    ['**/node_modules/**', 'node_modules/x/a.txt', true],
    ['**/node_modules/**', 'corpus/node_modules/a.txt', true],
    ['**/node_modules/**', 'corpus/modules/a.txt', false],
    ['**/*.tmp.txt', 'seeds/a.tmp.txt', true],
    ['**/*.tmp.txt', 'seeds/a.txt', false],
    ['*.txt', 'a.txt', true],
    ['*.txt', 'seeds/a.txt', false],
    ['seeds/draft-?.md', 'seeds/draft-1.md', true],
    ['seeds/draft-?.md', 'seeds/draft-12.md', false],
    ['seeds/{old,archive}/**', 'seeds/archive/2020/a.txt', true],
    ['seeds/{old,archive}/**', 'seeds/current/a.txt', false],
    ['seeds/[ab]*.txt', 'seeds/b1.txt', true],
    ['seeds/[ab]*.txt', 'seeds/c1.txt', false],
    ['seeds/a+b (1).txt', 'seeds/a+b (1).txt', true],
  ];
  for (const [glob, p, expected] of cases) {
    it(`${glob} ${expected ? 'matches' : 'does not match'} ${p}`, () => assert.equal(matchesAnyGlob(p, [glob]), expected));
  }
  it('combines several globs into one findFiles pattern', () => {
    assert.equal(combineGlobs([]), undefined);
    assert.equal(combineGlobs(['a/**']), 'a/**');
    assert.equal(combineGlobs(['a/**', ' ', 'b/**']), '{a/**,b/**}');
  });
});
