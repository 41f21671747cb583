// The reference splitter on long and pathological lines: sentence-splitter slows down more than linearly
// with the length of a stretch it does not split and spends a lot per abbreviation-like full stop, so very
// long or stop-dense lines skip it (regex candidates and news fixes only). Prose must split as before.
import * as assert from 'node:assert/strict';
import { splitReference, splitterSuits, SPLITTER_MAX_LINE_CHARS } from '../../../../src/core/text/sentences';
import { bestCpuMs } from '../../helpers';

describe('splitReference on long lines', () => {
  it('splits 30,000 characters of initials quickly, as one sentence', () => {
    const line = 'J. '.repeat(10_000).trim();
    const ms = bestCpuMs(() => splitReference(line));
    assert.equal(splitReference(line).length, 1);
    // sentence-splitter took about a second on this line; the regex path takes a few milliseconds.
    assert.ok(ms < 150, `${ms.toFixed(1)} ms`);
  });

  it('keeps sentence-splitter for prose, not for very long or stop-dense lines', () => {
    assert.equal(splitterSuits('Mr. Lind said on Jan. 5 that J. R. Smith had left. He did not say why.'), true);
    assert.equal(splitterSuits('J. R. R. Tolkien.'), true);
    assert.equal(splitterSuits('Prices rose. '.repeat(Math.ceil(SPLITTER_MAX_LINE_CHARS / 13) + 1)), false);
    assert.equal(splitterSuits('J. '.repeat(400)), false);
    assert.equal(splitterSuits('U.S. U.K. E.U. '.repeat(40)), false);
  });

  it('splits a long prose line exactly as its sentences, with and without sentence-splitter', () => {
    const sentences = Array.from({ length: 300 }, (_, i) => `Mr. Lind said on Jan. ${(i % 28) + 1} that fares at pier ${i} “rose by 3.5 percent.”`);
    const line = sentences.join(' ');
    const texts = (useSplitter: boolean) => splitReference(line, useSplitter).map(([s, e]) => line.slice(s, e));
    assert.deepEqual(texts(true), sentences);
    assert.deepEqual(texts(false), sentences);
  });
});
