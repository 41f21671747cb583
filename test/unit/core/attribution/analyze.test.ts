import * as assert from 'node:assert/strict';
import { DocumentText } from '../../../../src/core/text/documentText';
import { analyzeAttribution } from '../../../../src/core/attribution/analyze';
import { findSources } from '../../../../src/core/attribution/sources';
import { analyzeDocument } from '../../../../src/core/document';
import { hashLine } from '../../../../src/core/text/hash';
import { unattributedClaimRule } from '../../../../src/core/rules/attribution/unattributedClaim';

const ARTICLE = [
  'Port officials in Gdansk reported on Monday that grain exports had resumed after a two-week halt.',
  '',
  'There are indications that the two shipping lines are coordinating their schedules. Both lines cut sailings to Riga twice in the last month, according to the Baltic Freight Council.',
  '',
  'Harbour master Piotr Nowak said the queue of ships had shrunk. “We cleared eleven vessels on Sunday alone,” he said. “The backlog will be gone by Friday.”',
].join('\n');

describe('analyzeAttribution', () => {
  const doc = new DocumentText(ARTICLE);
  const list = analyzeAttribution(doc);
  const find = (start: string) => list.find((a) => a.text.startsWith(start))!;

  it('gives one record per sentence with document ranges and a sentence hash', () => {
    assert.equal(list.length, 6);
    for (const a of list) {
      assert.equal(doc.textOf(a.range), a.text);
      assert.equal(a.sentenceHash, hashLine(a.text));
    }
  });

  it('finds claim type, cue words and no source for an intelligence-style claim', () => {
    const a = find('There are indications');
    assert.equal(a.claimType, 'evidential');
    assert.deepEqual(a.cues.map((c) => c.text), ['There are indications that']);
    assert.equal(doc.textOf(a.cues[0].range), 'There are indications that');
    assert.equal(a.source, undefined);
    assert.equal(a.supportedBy?.source.text, 'the Baltic Freight Council');
  });

  it('names the source of "according to" and of "X said"', () => {
    assert.deepEqual(pick(find('Both lines')), { kind: 'named', text: 'the Baltic Freight Council', via: 'according-to' });
    assert.deepEqual(pick(find('Harbour master')), { kind: 'named', text: 'Harbour master Piotr Nowak', via: 'speech-verb' });
  });

  it('resolves "he said" to the earlier speaker and carries a quote that continues', () => {
    const quote = find('“We cleared');
    assert.equal(quote.source?.refersTo, 'Harbour master Piotr Nowak');
    const next = find('“The backlog');
    assert.equal(next.source?.via, 'quote-continued');
    assert.equal(next.needsSource, true);
  });

  it('marks the end of a headline with no full stop as the insertion point', () => {
    const d = new DocumentText('Ferry fares will soar next summer');
    const [a] = analyzeAttribution(d);
    assert.deepEqual(a.insertSourceAt, { line: 0, character: d.text.length });
  });

  it('marks where ", according to …" goes: before the final full stop', () => {
    const a = find('There are indications');
    const at = doc.offsetAt(a.insertSourceAt);
    assert.equal(doc.text[at], '.');
    assert.ok(doc.text.slice(a.start, at).endsWith('schedules'));
  });
});

function pick(a: { source?: { kind: string; text: string; via: string } }): unknown {
  return a.source && { kind: a.source.kind, text: a.source.text, via: a.source.via };
}

describe('attribution findings', () => {
  it('say "support follows" and drop to information when the next sentence gives named evidence', () => {
    const report = analyzeDocument(ARTICLE);
    const f = report.findings.find((x) => x.rule === 'attribution/unattributed-claim')!;
    assert.equal(f.severity, 'information');
    assert.match(f.message, /^'There are indications that' states a claim with no source/);
    assert.match(f.message, /Support follows: Baltic Freight Council\./);
    assert.equal(f.data?.sentenceHash, hashLine(f.text));
    assert.equal(f.data?.claimType, 'evidential');
    assert.deepEqual((f.data?.insertSourceAt as { line: number }).line, 2);
    assert.equal(f.data?.insertSourceSnippet, ', according to ${1:source}');
    assert.ok(f.related?.some((r) => /Baltic Freight Council/.test(r.message)));
  });

  it('stay warnings without support and point to the nearest named source in the paragraph', () => {
    const doc = new DocumentText('Finance Minister Eva Lind said the budget was balanced. The deficit is the lowest in a decade.');
    const [f] = unattributedClaimRule.check(doc, { options: {}, severity: 'warning' });
    assert.equal(f.severity, undefined);
    assert.equal(f.text, 'The deficit is the lowest in a decade.');
    assert.equal(f.related?.[0].message, 'Nearest named source in this paragraph: Finance Minister Eva Lind');
    assert.equal(doc.textOf(f.related![0].range), 'Finance Minister Eva Lind');
  });

  it('are skipped for claims the user marked as checked (by sentence hash)', () => {
    const text = 'The deficit is the lowest in a decade.';
    assert.equal(analyzeDocument(text).findings.filter((f) => f.category === 'attribution').length, 1);
    const checked = new Set([hashLine(text)]);
    assert.equal(analyzeDocument(text, { checkedClaims: checked }).findings.filter((f) => f.category === 'attribution').length, 0);
  });
});

describe('findSources', () => {
  it('lists named and vague sources with their ranges, without pronouns', () => {
    const doc = new DocumentText(ARTICLE + '\n\nMeanwhile, freight analysts say rates could rise. The ferries were reportedly full.');
    const spans = findSources(doc).map((s) => [s.kind, s.text, doc.textOf(s.range)]);
    assert.deepEqual(spans, [
      ['vague', 'Port officials in Gdansk', 'Port officials in Gdansk'],
      ['named', 'the Baltic Freight Council', 'the Baltic Freight Council'],
      ['named', 'Harbour master Piotr Nowak', 'Harbour master Piotr Nowak'],
      ['vague', 'freight analysts', 'freight analysts'],
      ['vague', 'reportedly', 'reportedly'],
    ]);
  });
});

describe('attribution on the labelled sets', () => {
  it('runs every rule on every labelled file without a rule failing', async () => {
    const { readdirSync } = await import('node:fs');
    const path = await import('node:path');
    const { scoreSet } = await import('../../../eval/attribution/eval');
    const dir = path.resolve(__dirname, '../../../eval/attribution');
    for (const f of readdirSync(dir).filter((x) => x.endsWith('.txt'))) {
      const s = scoreSet(path.join(dir, f));
      assert.equal(s.splitMismatches, 0, `${f}: labelled sentences the splitter does not keep whole`);
    }
  });
});
