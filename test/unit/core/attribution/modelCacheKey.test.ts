import * as assert from 'node:assert/strict';
import { analyzeAttribution, clearAttributionCache } from '../../../../src/core/attribution/analyze';
import { WordGates } from '../../../../src/core/attribution/wordGates';
import { DocumentText } from '../../../../src/core/text/documentText';

describe('sentence model cache keyed by the word scan’s hash', () => {
  it('gives each of two sentences whose keys collide its own model', () => {
    // The cache keys a model by 28 bits of the text hash (and the quote state); find two sentences with the
    // same bits (a birthday search: expected within a few ten thousand) and analyse them one after the other.
    const gates = new WordGates([['said']]);
    const present = new Uint8Array(1);
    const seen = new Map<number, string>();
    let pair: [string, string] | undefined;
    for (let n = 0; n < 200_000 && !pair; n++) {
      const text = n % 2 ? `Officials said ${n} homes could be lost.` : `It was ${n} metres long, the mayor said.`;
      gates.scan(text, present);
      const key = gates.textHash >>> 4;
      const other = seen.get(key);
      if (other !== undefined) pair = [other, text];
      else seen.set(key, text);
    }
    assert.ok(pair, 'no colliding pair found');
    const cold = pair.map((t) => {
      clearAttributionCache();
      return JSON.stringify(analyzeAttribution(new DocumentText(t)));
    });
    clearAttributionCache();
    const warm = [pair[0], pair[1], pair[0], pair[1]].map((t) => JSON.stringify(analyzeAttribution(new DocumentText(t))));
    assert.deepEqual(warm, [cold[0], cold[1], cold[0], cold[1]]);
    assert.notEqual(cold[0], cold[1]);
  });
});
