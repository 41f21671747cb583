// The reference splitter on long lines: sentence-splitter slows down more than linearly on a long stretch
// it does not split, so long lines reach it in pieces; the result must not change.
import * as assert from 'node:assert/strict';
import { splitReference, SPLITTER_PIECE_CHARS } from '../../../../src/core/text/sentences';

function cpuMs(f: () => void): number {
  let best = Infinity;
  for (let i = 0; i < 2; i++) {
    const s = process.cpuUsage();
    f();
    const u = process.cpuUsage(s);
    best = Math.min(best, (u.user + u.system) / 1000);
  }
  return best;
}

describe('splitReference on long lines', () => {
  it('stays linear on a run of titles it cannot split', () => {
    const run = (chars: number) => cpuMs(() => splitReference('Mr. '.repeat(chars / 4)));
    run(2_000);
    const small = run(6_000);
    const big = run(48_000);
    // 8× the text: ~8× when linear; the whole line at once cost ~40×.
    assert.ok(big < Math.max(small, 3) * 20, `6,000 chars ${small.toFixed(1)} ms, 48,000 chars ${big.toFixed(1)} ms`);
  });

  it('splits a line longer than a piece exactly as its sentences', () => {
    const sentences = Array.from({ length: 400 }, (_, i) => `Mr. Lind said on Jan. ${(i % 28) + 1} that fares at pier ${i} “rose by 3.5 percent.”`);
    const line = sentences.join(' ');
    assert.ok(line.length > 5 * SPLITTER_PIECE_CHARS);
    const spans = splitReference(line);
    assert.deepEqual(spans.map(([s, e]) => line.slice(s, e)), sentences);
  });

  it('never cuts a sentence where a piece ends inside a token', () => {
    // No space to cut at: pieces end mid-token.
    const line = 'a.b'.repeat(3 * SPLITTER_PIECE_CHARS) + ' Then it ended.';
    const spans = splitReference(line);
    assert.equal(spans.length, 1);
  });
});
