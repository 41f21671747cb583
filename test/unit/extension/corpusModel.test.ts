import * as assert from 'node:assert/strict';
import MarkdownIt from 'markdown-it';
import type { CopyPair, Finding, Severity, Category } from '../../../src/core/types';
import { compareRows, copyClusters, documentSummary, groupByCategory, passesFilter, statusBarText, type DocumentRow } from '../../../src/extension/state/corpusModel';
import { csvCell, reportCsv, reportMarkdown, CSV_COLUMNS } from '../../../src/extension/state/reportFormat';

function finding(severity: Severity, category: Category = 'boilerplate', line = 0, text = 'Leave a Reply'): Finding {
  return {
    rule: `${category}/x`,
    category,
    severity,
    message: 'm',
    text,
    range: { start: { line, character: 0 }, end: { line, character: text.length } },
  };
}

describe('corpus view model', () => {
  it('summarises findings by severity and words', () => {
    assert.equal(documentSummary([finding('warning'), finding('warning'), finding('information')], 1234), '3 findings (2 warnings, 1 info) · 1,234 words');
    assert.equal(documentSummary([finding('warning'), finding('warning')], 5), '2 warnings · 5 words');
    assert.equal(documentSummary([], 10), 'no findings · 10 words');
    assert.equal(documentSummary([finding('error')], undefined), '1 error');
  });

  it('groups findings by category in a fixed order', () => {
    const groups = groupByCategory([finding('warning', 'attribution', 3), finding('hint', 'boilerplate', 9), finding('warning', 'boilerplate', 1)]);
    assert.deepEqual(groups.map((g) => [g.category, g.findings.map((f) => f.range.start.line)]), [
      ['boilerplate', [9, 1]],
      ['attribution', [3]],
    ]);
  });

  const row = (name: string, status: DocumentRow['status'], changed: boolean, findings: Finding[]): DocumentRow => ({
    name,
    status,
    changed,
    findingCount: findings.length,
    hasWarnings: findings.some((f) => f.severity === 'error' || f.severity === 'warning'),
  });
  const rows: DocumentRow[] = [
    row('b10.txt', 'reviewed', false, [finding('warning')]),
    row('b2.txt', 'unreviewed', false, []),
    row('a.txt', 'rejected', false, [finding('hint'), finding('hint')]),
    row('c.txt', 'reviewed', true, [finding('information')]),
    row('d.txt', 'inReview', false, [finding('error')]),
  ];
  const order = (key: 'name' | 'findings' | 'state') => [...rows].sort(compareRows(key)).map((r) => r.name);

  it('sorts by name (numeric-aware), findings and review state', () => {
    assert.deepEqual(order('name'), ['a.txt', 'b2.txt', 'b10.txt', 'c.txt', 'd.txt']);
    assert.deepEqual(order('findings'), ['a.txt', 'b10.txt', 'c.txt', 'd.txt', 'b2.txt']);
    assert.deepEqual(order('state'), ['c.txt', 'd.txt', 'b2.txt', 'a.txt', 'b10.txt']);
  });

  it('filters to documents that still need review, or that have warnings', () => {
    const names = (f: { unreviewedOnly: boolean; hasWarnings: boolean }) => rows.filter((r) => passesFilter(r, f)).map((r) => r.name);
    assert.deepEqual(names({ unreviewedOnly: true, hasWarnings: false }), ['b2.txt', 'c.txt', 'd.txt']);
    assert.deepEqual(names({ unreviewedOnly: false, hasWarnings: true }), ['b10.txt', 'd.txt']);
    assert.deepEqual(names({ unreviewedOnly: true, hasWarnings: true }), ['d.txt']);
    assert.equal(names({ unreviewedOnly: false, hasWarnings: false }).length, rows.length);
  });

  it('clusters copy pairs with the original first', () => {
    const pair = (a: string, b: string, kind: CopyPair['kind'], similarity: number, original: string | null): CopyPair => ({ a, b, kind, similarity, original });
    const clusters = copyClusters([
      pair('s/rewrite.txt', 's/original.txt', 'spun', 0.61, 's/original.txt'),
      pair('s/original.txt', 's/mirror.txt', 'exact', 1, 's/original.txt'),
      pair('s/x.txt', 's/y.txt', 'near', 0.9, null),
    ]);
    assert.equal(clusters.length, 2);
    assert.deepEqual(clusters[0].members.map((m) => [m.path, m.original, m.similarity]), [
      ['s/original.txt', true, undefined],
      ['s/mirror.txt', false, 1],
      ['s/rewrite.txt', false, 0.61],
    ]);
    assert.equal(clusters[0].kind, 'exact');
    assert.deepEqual(clusters[1].members.map((m) => m.original), [false, false], 'no original when undecided');
  });

  it('formats the status bar text', () => {
    assert.equal(statusBarText(2, 14, 1), 'Corpus: 2 docs · 14 findings · 1 reviewed');
    assert.equal(statusBarText(1, 1, 0), 'Corpus: 1 doc · 1 finding · 0 reviewed');
  });
});

describe('review report', () => {
  const hostile = '[x](command:workbench.action.terminal.new) <img src=x onerror=alert(1)> ![i](http://e.invalid/a.png)';
  const input = {
    title: 'Report',
    generated: new Date('2026-01-01T00:00:00Z'),
    documents: [
      { path: 'seeds/a.txt', status: 'reviewed' as const, changedSinceReview: true, words: 120, findings: [finding('warning', 'boilerplate', 4, hostile), finding('information', 'attribution', 2)] },
      { path: 'seeds/=cmd.txt', status: 'unreviewed' as const, changedSinceReview: false, words: 5, findings: [] },
      { path: 'seeds/bin.txt', status: 'unreviewed' as const, changedSinceReview: false, findings: [], skipped: 'binary file (contains NUL bytes)' },
    ],
  };

  it('Markdown: summary, document table, findings by category; document text renders as text', () => {
    const md = reportMarkdown(input);
    assert.match(md, /Documents: 3 \(1 reviewed, 0 in review, 0 rejected, 2 unreviewed\)/);
    assert.match(md, /Changed since reviewed: 1/);
    assert.match(md, /Findings: 2 \(boilerplate 1, metadata 0, attribution 1, copies 0\)/);
    assert.match(md, /### boilerplate \(1\)/);
    assert.ok(md.includes('seeds/a\\.txt:5:1'), 'finding located by 1-based line:column');
    const html = new MarkdownIt({ html: false, linkify: false }).render(md);
    assert.ok(!/<a |<img /.test(html), 'no links or images from document text');
    assert.ok(!/href=/.test(html), 'no link targets at all');
    assert.ok(html.includes('&lt;img'), 'HTML shows as text');
  });

  it('CSV: one row per document with counts, quoted and formula-safe', () => {
    const csv = reportCsv(input).trim().split('\r\n');
    assert.equal(csv[0], CSV_COLUMNS.join(','));
    assert.equal(csv.length, 4);
    assert.equal(csv[1], 'seeds/a.txt,reviewed,yes,120,2,0,1,1,0,1,0,1,0,');
    assert.ok(csv[3].endsWith(',binary file (contains NUL bytes)'));
    assert.equal(csvCell('=HYPERLINK("x")'), `"'=HYPERLINK(""x"")"`);
    assert.equal(csvCell('a,b'), '"a,b"');
    assert.equal(csvCell('plain'), 'plain');
  });
});
