import * as assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { analyzeCorpus } from '../../../../src/core/corpus';
import { DocumentText } from '../../../../src/core/text/documentText';
import { alignedTexts, driftReportMarkdown, compareWithOriginal } from '../../../../src/core/copies';
import { copiesRules } from '../../../../src/core/rules/copies';
import { ruleAnchor } from '../../../../src/core/rules/rule';
import { FactsViewless } from './factsViewless';
import { buildEvalCorpus } from '../../../eval/copies/corpus';

const corpus = buildEvalCorpus();
const doc = (p: string) => corpus.find((d) => d.path === p)!;

describe('copies rules', () => {
  const inputs = ['visit-a/original.txt', 'visit-a/spun-2.txt', 'visit-a/exact-aggregator.txt', 'visit-b/original.txt'].map((p) => ({ path: p, text: doc(p).text }));
  const report = analyzeCorpus(inputs);
  const findings = (p: string) => report.documents.find((d) => d.path === p)!.findings.filter((f) => f.category === 'copies');

  it('the spun copy carries one document-level diagnostic naming its original', () => {
    const f = findings('visit-a/spun-2.txt').filter((x) => x.rule === 'copies/spun-copy');
    assert.equal(f.length, 1);
    assert.equal(f[0].severity, 'information');
    assert.match(f[0].message, /^Spun copy of original\.txt \(similarity 0\.\d\d\): \d+ sentences reworded/);
    assert.equal(f[0].data?.originalPath, 'visit-a/original.txt');
    assert.equal(f[0].related?.[0].path, 'visit-a/original.txt');
  });
  it('meaning-drift hints point at the original sentence', () => {
    const hints = findings('visit-a/spun-2.txt').filter((x) => x.rule === 'copies/meaning-drift');
    assert.ok(hints.length >= 1);
    const original = new DocumentText(doc('visit-a/original.txt').text, 'visit-a/original.txt');
    const copy = new DocumentText(doc('visit-a/spun-2.txt').text);
    for (const h of hints) {
      assert.equal(h.severity, 'hint');
      assert.equal(copy.textOf(h.range), h.text, 'range covers the flagged sentence');
      const rel = h.related![0];
      assert.equal(rel.path, 'visit-a/original.txt');
      assert.ok(rel.message.endsWith(original.textOf(rel.range)), 'related range is the original sentence');
    }
  });
  it('the exact copy gets an exact-copy diagnostic and no drift hints', () => {
    const f = findings('visit-a/exact-aggregator.txt');
    assert.deepEqual(f.map((x) => x.rule), ['copies/exact-copy']);
  });
  it('the original and the unrelated same-topic story get nothing', () => {
    assert.deepEqual(findings('visit-a/original.txt'), []);
    assert.deepEqual(findings('visit-b/original.txt'), []);
  });
  it('without the original in memory, the pair recorded by the reduce step still gives the same findings', () => {
    const spun = new DocumentText(doc('visit-a/spun-2.txt').text, 'visit-a/spun-2.txt');
    const facts = FactsViewless(report.copies);
    const fromPair = copiesRules.flatMap((r) => r.check(spun, { options: {}, corpus: facts, severity: r.defaultSeverity }).map((f) => ({ rule: r.id, message: f.message, range: f.range })));
    const inCorpus = findings('visit-a/spun-2.txt').map((f) => ({ rule: f.rule, message: f.message, range: f.range }));
    assert.deepEqual(fromPair.sort((a, b) => a.range.start.line - b.range.start.line || a.rule.localeCompare(b.rule)), inCorpus);
  });
  it('a copy edited since the reduce step keeps the document diagnostic but drops stale drift ranges', () => {
    const edited = new DocumentText('Inserted line.\n' + doc('visit-a/spun-2.txt').text, 'visit-a/spun-2.txt');
    const facts = FactsViewless(report.copies);
    const rules = copiesRules.flatMap((r) => r.check(edited, { options: {}, corpus: facts, severity: r.defaultSeverity }).map(() => r.id));
    assert.deepEqual(rules, ['copies/spun-copy']);
  });
  it('when nothing tells which is the original, both copies say so and neither claims an original', () => {
    const text = doc('port-b/exact-farm.txt').text;
    const r = analyzeCorpus([{ path: 'x/one.txt', text }, { path: 'x/two.txt', text }]);
    assert.equal(r.copies[0].original, null);
    for (const d of r.documents) {
      const f = d.findings.filter((x) => x.category === 'copies');
      assert.deepEqual(f.map((x) => x.rule), ['copies/exact-copy']);
      assert.match(f[0].message, /undecided/);
      assert.equal(f[0].data?.originalPath, undefined);
    }
  });
  it('every copies rule has a README anchor', () => {
    const readme = readFileSync(path.join(__dirname, '../../../../README.md'), 'utf8');
    for (const r of copiesRules) assert.ok(readme.includes(`<a id="${ruleAnchor(r.id)}"></a>`), r.id);
  });
});

describe('copies report: aligned texts and drift report', () => {
  const original = new DocumentText(doc('port-a/original.txt').text, 'port-a/original.txt');
  const copy = new DocumentText(doc('port-a/spun-3.txt').text, 'port-a/spun-3.txt');
  it('aligned texts put each aligned pair on the same line', () => {
    const { left, right } = alignedTexts(copy, original);
    const l = left.split('\n');
    const r = right.split('\n');
    assert.equal(l.length, r.length);
    const { alignment: a } = compareWithOriginal(copy, original);
    for (const u of a.units) {
      const o = u.original.map((i) => a.original[i].text).join(' ');
      const c = u.copy.map((i) => a.copy[i].text).join(' ');
      const row = l.indexOf(o);
      assert.ok(row >= 0, `original unit missing: ${o}`);
      assert.equal(r[row], c);
    }
    for (const i of a.dropped) assert.equal(r[l.indexOf(a.original[i].text)], '', 'dropped sentence faces a blank line');
  });
  it('the drift report lists pairs and drifts, with document text escaped', () => {
    const hostile = new DocumentText(doc('port-a/spun-3.txt').text.replace('Dock', '[click](command:workbench.action.terminal.new) <img src=x> Dock'), 'port-a/spun-3.txt');
    const md = driftReportMarkdown(hostile, original);
    assert.match(md, /^# Drift report: spun\\-3\\\.txt\n/);
    assert.match(md, /## Aligned sentences/);
    assert.match(md, /\*\*number changed\*\*/);
    assert.ok(!md.includes('](command:'), 'no live link');
    assert.ok(!md.includes('<img'), 'no raw HTML');
  });
});

const SEEDS = path.join(__dirname, '../../../../../shared/seeds');

describe('copies on the seeds (read in place)', function () {
  before(function () {
    if (!existsSync(SEEDS)) this.skip();
  });
  it('000 is a spun or near copy of 001 and the drift list holds the known changes', function () {
    const files = readdirSync(SEEDS).filter((f) => /^00[01]_/.test(f)).sort();
    if (files.length < 2) this.skip();
    const report = analyzeCorpus(files.map((f) => ({ path: `seeds/${f}`, text: readFileSync(path.join(SEEDS, f), 'utf8') })));
    const pair = report.copies.find((c) => /000_/.test(c.a + c.b) && /001_/.test(c.a + c.b))!;
    assert.ok(pair && ['spun', 'near'].includes(pair.kind));
    assert.match(String(pair.original), /001_/);
    const drifts = (pair.drift ?? []).flatMap((s) => s.drifts.map((d) => `${d.from ?? ''}→${d.to ?? ''}`.toLowerCase()));
    for (const want of ['authoritarian→totalitarian', 'could→might', 'reciprocate→retaliation']) assert.ok(drifts.includes(want), `${want} missing from ${drifts.join(', ')}`);
    const copyFindings = report.documents.find((d) => /000_/.test(d.path))!.findings.filter((f) => f.category === 'copies');
    assert.ok(copyFindings.some((f) => f.rule === 'copies/spun-copy' || f.rule === 'copies/near-copy'));
  });
});
