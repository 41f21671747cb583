// The CLI as a map/reduce step: JSON Lines streaming, --shard partitions, signatures → cluster →
// check --facts → merge, and the worker pool, all checked against the single-process run.
import * as assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { cli as runCli } from '../cliHarness';
import { writeCorpus } from '../../../bench/corpus/generate';
import { documentToJson } from '../../../src/cli/formats/json';
import { shardOf } from '../../../src/cli/commands/shard';

const cli = (...argv: string[]) => runCli(argv);

// Small: the copies stage confirms candidates by alignment, which is slow on this shared 2-core machine.
const DOCS = 40;
const records = (jsonl: string) => jsonl.trim().split('\n').map((l) => JSON.parse(l));

/** Equal JSON Lines, reported as the first differing record (the whole output is megabytes). */
function sameJsonl(actual: string, expected: string): void {
  const a = actual.trim().split('\n');
  const e = expected.trim().split('\n');
  const i = a.findIndex((l, k) => l !== e[k]);
  if (i >= 0 || a.length !== e.length) {
    const at = i >= 0 ? i : Math.min(a.length, e.length);
    assert.fail(`JSON Lines differ at record ${at} (${a.length} vs ${e.length} records):\n  got      ${(a[at] ?? '').slice(0, 300)}\n  expected ${(e[at] ?? '').slice(0, 300)}`);
  }
}

describe('CLI at scale (jsonl, shards, map/reduce, pool)', function () {
  this.timeout(600_000);
  let dir: string;
  let corpus: string;
  let single: string;

  before(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'cr-scale-'));
    corpus = path.join(dir, 'corpus');
    writeCorpus(corpus, DOCS);
    const r = await cli('check', corpus, '--format', 'jsonl', '--workers', '1', '--fail-on', 'none', '--time-budget', 'none');
    assert.equal(r.code, 0, r.err);
    single = r.out;
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('streams a header, one record per document in input order, corpus records and a summary', () => {
    const rs = records(single);
    assert.equal(rs[0].record, 'header');
    assert.equal(rs[0].version, 1);
    const docs = rs.filter((r) => r.record === 'document');
    assert.equal(docs.length, DOCS);
    assert.deepEqual(docs.map((d) => d.index), docs.map((_d, i) => i));
    assert.ok(docs.every((d, i) => i === 0 || docs[i - 1].path < d.path), 'walk order');
    const last = rs[rs.length - 1];
    assert.equal(last.record, 'summary');
    assert.equal(last.documents, DOCS);
    assert.equal(last.findings, docs.reduce((n, d) => n + d.findings.length, 0));
    assert.ok(last.findings > 0, 'the generated corpus has page chrome to flag');
  });

  it('document records carry every field of the JSON contract document', async () => {
    const json = await cli('check', corpus, '--format', 'json', '--workers', '1', '--fail-on', 'none', '--time-budget', 'none');
    const contract = JSON.parse(json.out).documents;
    const docs = records(single).filter((r) => r.record === 'document');
    assert.equal(docs.length, contract.length);
    docs.forEach((d, i) => {
      for (const key of Object.keys(contract[i])) {
        if (key === 'entities') continue; // superset: jsonl adds aliases and roles
        assert.deepEqual(d[key], contract[i][key], `${d.path} ${key}`);
      }
      assert.equal(d.entities.length, contract[i].entities.length);
    });
    assert.ok(typeof documentToJson === 'function');
  });

  it('the worker pool gives byte-identical output', async () => {
    const r = await cli('check', corpus, '--format', 'jsonl', '--workers', '2', '--fail-on', 'none', '--time-budget', 'none');
    assert.equal(r.code, 0, r.err);
    sameJsonl(r.out, single);
  });

  it('shardOf spreads paths evenly (fixed paths, so the check is deterministic)', () => {
    const counts = [0, 0, 0];
    for (let k = 0; k < 3000; k++) counts[shardOf(`corpus/2025/doc-${String(k).padStart(5, '0')}.txt`, 3)]++;
    for (const c of counts) assert.ok(c > 3000 * 0.28 && c < 3000 * 0.39, `shard sizes ${counts.join(', ')}`);
  });

  it('--shard i/n partitions the inputs: disjoint, complete, stable', async () => {
    const seen: string[] = [];
    const all = records(single).filter((x) => x.record === 'document').map((d) => d.path as string);
    for (let i = 0; i < 3; i++) {
      const r = await cli('check', corpus, '--format', 'jsonl', '--shard', `${i}/3`, '--workers', '1', '--fail-on', 'none', '--time-budget', 'none');
      const docs = records(r.out).filter((x) => x.record === 'document');
      for (const d of docs) assert.equal(shardOf(d.path, 3), i);
      // The corpus lives in a fresh temporary folder, so how many of its 40 paths hash to a shard varies
      // from run to run: compare with the partition of the single run, not with a fixed band.
      assert.equal(docs.length, all.filter((p) => shardOf(p, 3) === i).length, `shard ${i} has ${docs.length}`);
      assert.equal(records(r.out).at(-1).partial, true);
      seen.push(...docs.map((d) => d.path));
    }
    assert.deepEqual([...seen].sort(), records(single).filter((x) => x.record === 'document').map((d) => d.path).sort());
  });

  it('signatures → cluster → check --shard --facts → merge equals the single run', async () => {
    const shardOut: string[] = [];
    const sigFiles: string[] = [];
    const { writeFileSync } = await import('node:fs');
    for (let i = 0; i < 3; i++) {
      const s = await cli('signatures', corpus, '--shard', `${i}/3`);
      assert.equal(s.code, 0, s.err);
      const f = path.join(dir, `sig${i}.jsonl`);
      writeFileSync(f, s.out);
      sigFiles.push(f);
    }
    const factsFile = path.join(dir, 'facts.json');
    const c = await cli('cluster', ...sigFiles, '--facts-out', factsFile);
    assert.equal(c.code, 0, c.err);
    assert.equal(records(c.out).at(-1).documents, DOCS);
    for (let i = 0; i < 3; i++) {
      const r = await cli('check', corpus, '--format', 'jsonl', '--shard', `${i}/3`, '--facts', factsFile, '--workers', '1', '--fail-on', 'none', '--time-budget', 'none');
      const f = path.join(dir, `check${i}.jsonl`);
      writeFileSync(f, r.out);
      if (i === 0) {
        // The pool with given facts (skips its own corpus pass) prints the same shard.
        const pooled = await cli('check', corpus, '--format', 'jsonl', '--shard', `${i}/3`, '--facts', factsFile, '--workers', '2', '--fail-on', 'none', '--time-budget', 'none');
        sameJsonl(pooled.out, r.out);
      }
      shardOut.push(f);
    }
    const m = await cli('merge', ...shardOut.reverse(), '--facts', factsFile, '--fail-on', 'none');
    assert.equal(m.code, 0, m.err);
    sameJsonl(m.out, single);
    assert.ok(records(single).some((x) => x.record === 'copy'), 'the corpus has copies, so the cluster reduce is exercised');
    // merge speaks every output format, equal to what one check prints in that format.
    const json = await cli('check', corpus, '--format', 'json', '--workers', '1', '--fail-on', 'none', '--time-budget', 'none');
    const mj = await cli('merge', ...shardOut, '--facts', factsFile, '--format', 'json', '--fail-on', 'none');
    assert.equal(mj.code, 0, mj.err);
    assert.ok(mj.out === json.out, 'merge --format json equals check --format json');
  });

  it('a shard without corpus facts sees only its own corpus (template lines differ)', async () => {
    const r = await cli('check', corpus, '--format', 'jsonl', '--shard', '0/3', '--workers', '1', '--fail-on', 'none', '--time-budget', 'none');
    const shardDocs = records(r.out).filter((x) => x.record === 'document');
    const full = new Map(records(single).filter((x) => x.record === 'document').map((d) => [d.path, d]));
    const differs = shardDocs.some((d) => JSON.stringify(d.findings) !== JSON.stringify(full.get(d.path).findings));
    // The reason --facts exists: template-line counts come from the whole corpus.
    assert.ok(single.includes('"rule":"boilerplate/template-line"'), 'the generated corpus has template lines');
    assert.ok(differs, 'a shard alone must not see the whole corpus');
  });

  it('usage errors exit 2 with nothing on stdout', async () => {
    for (const argv of [
      ['check', corpus, '--shard', '3/3'],
      ['check', corpus, '--shard', 'x'],
      ['check', corpus, '--workers', '0'],
      ['signatures', corpus, '--format', 'json'],
      ['merge', corpus],
      ['check', corpus, '--facts', path.join(dir, 'missing.json')],
    ]) {
      const r = await cli(...argv);
      assert.equal(r.code, 2, argv.join(' '));
      assert.equal(r.out, '', argv.join(' '));
      assert.ok(r.err.length > 0);
    }
  });
});
