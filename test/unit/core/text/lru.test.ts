import * as assert from 'node:assert/strict';
import { GenerationalCache, ownCopy } from '../../../../src/core/text/lru';
import { setCacheProfile } from '../../../../src/core/cacheProfile';

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

  it('moves an entry under the weight it was stored with', () => {
    const c = new GenerationalCache<string, string>(100, 10);
    c.set('x', 'x', 6);
    c.set('y', 'y', 6); // 12 > 10: x turns over to the previous generation
    assert.equal(c.get('x'), 'x'); // x comes back with its weight 6: 12 > 10, so y turns over
    c.set('z', 'z', 4); // 6 + 4 fits
    c.set('u', 'u', 6); // 16 > 10: x and z turn over, y is dropped
    assert.equal(c.get('y'), undefined, 'counted with weight 1, x would have left y in the current generation');
  });

  it('follows the batch cache profile and back', () => {
    const c = new GenerationalCache<number, number>(16);
    setCacheProfile('batch');
    try {
      for (let i = 0; i < 16; i++) c.set(i, i);
      assert.equal(c.get(0), undefined, 'an eighth of 16 entries per generation: 0 is gone');
    } finally {
      setCacheProfile('interactive');
    }
    for (let i = 0; i < 16; i++) c.set(i, i);
    assert.equal(c.get(0), 0);
  });

  it('keeps at most its bound and keeps what is in use', () => {
    const cache = new GenerationalCache<string, number>(50);
    cache.set('kept', 1);
    for (let i = 0; i < 1000; i++) {
      cache.set(`k${i}`, i);
      assert.equal(cache.get('kept'), 1);
      assert.ok(cache.size <= 100, `size ${cache.size}`);
    }
    assert.equal(cache.get('k0'), undefined);
    assert.equal(cache.get('k999'), 999);
    cache.clear();
    assert.equal(cache.get('kept'), undefined);
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
