import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { analyzeCorpus, analyzeDocument, DocumentText, type Range } from '../../../src/core';
import { documentText } from './documentGen';

// `npm run test:fuzz` sets FUZZ_RUNS=10000; the normal unit run uses a small sample.
const RUNS = Number(process.env.FUZZ_RUNS ?? 150);

function isHigh(c: number) {
  return c >= 0xd800 && c <= 0xdbff;
}
function isLow(c: number) {
  return c >= 0xdc00 && c <= 0xdfff;
}

/** A range is valid when it lies inside the document and neither end splits a surrogate pair. */
function checkRange(doc: DocumentText, r: Range, what: string): void {
  for (const p of [r.start, r.end]) {
    assert.ok(p.line >= 0 && p.line < doc.lineCount, `${what}: line ${p.line} outside 0..${doc.lineCount - 1}`);
    const line = doc.lines[p.line];
    assert.ok(p.character >= 0 && p.character <= line.length, `${what}: character ${p.character} outside line of ${line.length}`);
    if (p.character > 0 && p.character < line.length) {
      assert.ok(!(isHigh(line.charCodeAt(p.character - 1)) && isLow(line.charCodeAt(p.character))), `${what}: splits a surrogate pair`);
    }
  }
  assert.ok(r.start.line < r.end.line || (r.start.line === r.end.line && r.start.character <= r.end.character), `${what}: end before start`);
}

describe(`properties over generated documents (${RUNS} runs each)`, function () {
  this.timeout(Math.max(20000, RUNS * 20));

  it('analysis never throws and every range lies inside its document on code-unit boundaries', () => {
    fc.assert(
      fc.property(documentText, (text) => {
        const doc = new DocumentText(text);
        const report = analyzeDocument(text);
        for (const f of report.findings) checkRange(doc, f.range, f.rule);
        for (const e of report.entities) for (const m of e.mentions) checkRange(doc, m.range, `entity ${e.id}`);
        for (const s of report.sources) checkRange(doc, s.range, 'source');
      }),
      { numRuns: RUNS },
    );
  });

  it('results are deterministic', () => {
    fc.assert(
      fc.property(documentText, (text) => {
        assert.deepEqual(analyzeDocument(text), analyzeDocument(text));
      }),
      { numRuns: Math.ceil(RUNS / 3) },
    );
  });

  it('the corpus pass never throws on generated corpora and keeps documents in order', () => {
    fc.assert(
      fc.property(fc.array(documentText, { minLength: 0, maxLength: 6 }), (texts) => {
        const report = analyzeCorpus(texts.map((text, i) => ({ path: `d${i}.txt`, text })));
        assert.deepEqual(report.documents.map((d) => d.path), texts.map((_t, i) => `d${i}.txt`));
        for (const c of report.copies) assert.ok(c.similarity >= 0 && c.similarity <= 1, `similarity ${c.similarity}`);
      }),
      { numRuns: Math.ceil(RUNS / 5) },
    );
  });
});

describe('time budget and finding cap', () => {
  it('skips the rules left when the budget has run out, with a notice', () => {
    let t = 0;
    const report = analyzeDocument('Leave a Reply\n', { timeBudgetMs: 5, now: () => (t += 10) });
    assert.ok(report.notices.some((n) => /time budget of 5 ms/.test(n)), report.notices.join(' | '));
  });
  it('caps findings per document with a notice', () => {
    const text = Array.from({ length: 50 }, () => 'Leave a Reply').join('\n\n');
    const report = analyzeDocument(text, { maxFindings: 10 });
    assert.equal(report.findings.length, 10);
    assert.ok(report.notices.some((n) => /only the first 10/.test(n)));
  });
});
