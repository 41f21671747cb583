// Pathological input: one paragraph of thousands of sentences (a corpus file with no blank lines), one very
// long sentence, and a line too long to read. Cost must stay linear in the text.
import * as assert from 'node:assert/strict';
import { DocumentText } from '../../../../src/core/text/documentText';
import { analyzeAttribution, nearestNamedSource, NEAREST_SOURCE_WINDOW } from '../../../../src/core/attribution/analyze';
import { attributionRules } from '../../../../src/core/rules/attribution';

const NAMED = 'Harbour master Piotr Nowak said the queue had shrunk.';
const CLAIM = 'The backlog is the worst in a decade.';
const FILLER = 'Ships waited outside the harbour.';

function checkAll(doc: DocumentText): number {
  let n = 0;
  for (const rule of attributionRules) n += rule.check(doc, { options: {}, severity: rule.defaultSeverity }).length;
  return n;
}

/** CPU milliseconds of `f`, the best of `runs` (a shared machine adds noise, never removes it). */
function bestMs(f: () => void, runs = 2): number {
  let best = Infinity;
  for (let i = 0; i < runs; i++) {
    const s = process.cpuUsage();
    f();
    const u = process.cpuUsage(s);
    best = Math.min(best, (u.user + u.system) / 1000);
  }
  return best;
}

describe('attribution on long input', () => {
  it('points to a named source within the window, not to one far away in the same paragraph', () => {
    const near = [NAMED, FILLER, FILLER, CLAIM].join(' ');
    const far = [NAMED, ...Array(NEAREST_SOURCE_WINDOW + 5).fill(FILLER), CLAIM].join(' ');
    const nearList = analyzeAttribution(new DocumentText(near));
    assert.equal(nearestNamedSource(nearList, nearList.length - 1)?.text, 'Harbour master Piotr Nowak');
    const farList = analyzeAttribution(new DocumentText(far));
    assert.equal(farList[farList.length - 1].text, CLAIM);
    assert.equal(nearestNamedSource(farList, farList.length - 1), undefined);
  });

  it('prefers the earlier of two named sources at the same distance', () => {
    const text = ['Port official Anna Berg said the ferry was late.', CLAIM, 'Transport minister Jan Holm said the fares would rise.'].join(' ');
    const list = analyzeAttribution(new DocumentText(text));
    assert.equal(nearestNamedSource(list, 1)?.text, 'Port official Anna Berg');
  });

  it('stays linear on one paragraph of 8,000 short lines', () => {
    const lines = (n: number) => Array.from({ length: n }, (_, i) => (i % 50 === 0 ? NAMED : `Analysts say the backlog on pier ${i} is the worst in a decade.`)).join('\n');
    const small = bestMs(() => checkAll(new DocumentText(lines(1000))));
    const big = bestMs(() => checkAll(new DocumentText(lines(8000))));
    // 8× the text may cost a little more than 8× (GC), never the ~25× a per-finding scan of the whole paragraph cost.
    assert.ok(big < Math.max(small, 5) * 14, `1,000 lines ${small.toFixed(0)} ms, 8,000 lines ${big.toFixed(0)} ms`);
  });
});
