// Pathological input: one paragraph of thousands of sentences (a corpus file with no blank lines), one very
// long sentence, and a line too long to read. Cost must stay linear in the text.
import * as assert from 'node:assert/strict';
import { DocumentText } from '../../../../src/core/text/documentText';
import { analyzeAttribution, clearAttributionCache, nearestNamedSource, NEAREST_SOURCE_WINDOW } from '../../../../src/core/attribution/analyze';
import { attributionRules } from '../../../../src/core/rules/attribution';
import { analyzeDocument } from '../../../../src/core/document';
import { clearSentenceCache, MAX_SENTENCE_LINE_LENGTH, sentenceNotices, sentencesOf } from '../../../../src/core/text/sentences';
import { bestCpuMs } from '../../helpers';

const NAMED = 'Harbour master Piotr Nowak said the queue had shrunk.';
const CLAIM = 'The backlog is the worst in a decade.';
const FILLER = 'Ships waited outside the harbour.';

function checkAll(doc: DocumentText): number {
  let n = 0;
  for (const rule of attributionRules) n += rule.check(doc, { options: {}, severity: rule.defaultSeverity }).length;
  return n;
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
    // Caches emptied first: measured on cached sentences the small case takes ~2 ms, and garbage
    // collection noise on the big one decides the ratio.
    const cold = (n: number) => () => {
      clearSentenceCache();
      clearAttributionCache();
      checkAll(new DocumentText(lines(n)));
    };
    const small = bestCpuMs(cold(1000));
    const big = bestCpuMs(cold(8000));
    // 8× the text may cost a little more than 8× (GC), never the ~25× a per-finding scan of the whole paragraph cost.
    assert.ok(big < Math.max(small, 5) * 14, `1,000 lines ${small.toFixed(0)} ms, 8,000 lines ${big.toFixed(0)} ms`);
  });
});

describe('one very long sentence', () => {
  // Units that each make a cue or a source candidate: a causal cue, a forecast, a coordinated speech verb,
  // a comma speech verb, a figure. No full stop, so the whole line is one sentence.
  const UNITS = ['because the talks failed ', 'prices will rise ', 'Kim and said ', 'Officials, said ', 'more than 400 people '];
  const sentence = (chars: number): string => {
    let out = '';
    for (let i = 0; out.length < chars; i++) out += UNITS[i % UNITS.length];
    return out + 'in the end.';
  };

  it('costs linear time in its length (each cue used to rescan the sentence)', () => {
    const run = (chars: number) => bestCpuMs(() => analyzeAttribution(new DocumentText(sentence(chars))));
    run(2_000); // warm up the regular expressions and the JIT
    const small = run(6_000);
    const big = run(48_000);
    // 8× the text: linear costs ~8×, the per-cue rescans cost ~40–60×.
    assert.ok(big < Math.max(small, 3) * 20, `6,000 chars ${small.toFixed(1)} ms, 48,000 chars ${big.toFixed(1)} ms`);
  });

  it('still finds its cues', () => {
    const [a] = analyzeAttribution(new DocumentText(sentence(600)));
    assert.deepEqual([...a.claimTypes].sort(), ['causal', 'predictive', 'statistic']);
  });
});

describe('lines too long to read', () => {
  // A 60,000-character line of ordinary sentences (a text that lost its line breaks) between two normal ones.
  const long = Array.from({ length: 1500 }, (_, i) => `Analysts say pier ${i} is the busiest.`).join(' ');
  const text = ['Officials said the port would reopen.', '', long, '', 'The backlog is the worst in a decade.'].join('\n');

  it('are not split into sentences; the lines around them are', () => {
    assert.ok(long.length > MAX_SENTENCE_LINE_LENGTH);
    const doc = new DocumentText(text);
    assert.deepEqual(sentencesOf(doc).map((s) => s.line), [0, 4]);
    assert.deepEqual(analyzeAttribution(doc).map((a) => a.range.start.line), [0, 4]);
  });

  it('are reported in a notice with their line number', () => {
    assert.deepEqual(sentenceNotices(new DocumentText(text)), [
      `Attribution: 1 line longer than ${MAX_SENTENCE_LINE_LENGTH} characters not split into sentences or checked for sources (line 3).`,
    ]);
    assert.deepEqual(sentenceNotices(new DocumentText('The backlog is the worst in a decade.')), []);
  });

  it('reach the document report, and no attribution finding lies on them', () => {
    const report = analyzeDocument(text);
    assert.ok(report.notices.some((n) => n.startsWith('Attribution: 1 line longer than')));
    assert.ok(!report.findings.some((f) => f.category === 'attribution' && f.range.start.line === 2));
  });

  it('a line just under the limit is still read', () => {
    const under = long.slice(0, long.lastIndexOf('.', MAX_SENTENCE_LINE_LENGTH - 1) + 1);
    assert.ok(under.length <= MAX_SENTENCE_LINE_LENGTH);
    const doc = new DocumentText(under);
    assert.ok(sentencesOf(doc).length > 1000);
    assert.deepEqual(sentenceNotices(doc), []);
  });
});
