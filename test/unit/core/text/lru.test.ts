import * as assert from 'node:assert/strict';
import { GenerationalCache, ownCopy } from '../../../../src/core/text/lru';

describe('GenerationalCache', () => {
  it('keeps at most two generations of maxEntries', () => {
    const c = new GenerationalCache<number, number>(3);
    for (let i = 0; i < 10; i++) c.set(i, i * i);
    assert.ok(c.size <= 6);
    assert.equal(c.get(9), 81);
    assert.equal(c.get(0), undefined);
  });

  it('carries an entry used since the last turnover into the next generation', () => {
    const c = new GenerationalCache<string, number>(2);
    c.set('a', 1);
    c.set('b', 2);
    c.set('c', 3); // turnover: a, b are the previous generation
    assert.equal(c.get('a'), 1); // moved to the current generation
    c.set('d', 4); // turnover: b is dropped, a survives
    assert.equal(c.get('b'), undefined);
    assert.equal(c.get('a'), 1);
  });

  it('turns over on weight as well as on entries', () => {
    const c = new GenerationalCache<string, string>(100, 10);
    c.set('x', 'x', 6);
    c.set('y', 'y', 6); // 12 > 10: x moves to the previous generation
    c.set('z', 'z', 6); // x dropped
    assert.equal(c.get('x'), undefined);
    assert.equal(c.get('y'), 'y');
  });

  it('clears', () => {
    const c = new GenerationalCache<string, number>(5);
    c.set('a', 1);
    c.clear();
    assert.equal(c.get('a'), undefined);
    assert.equal(c.size, 0);
  });
});

describe('ownCopy', () => {
  it('is equal to its input', () => {
    const text = 'A headline\nA paragraph of article text that is long enough to be sliced by V8.\n';
    const line = text.slice(11, text.length - 1);
    assert.equal(ownCopy(line), line);
    assert.equal(ownCopy(''), '');
  });
});
