// Streamed output (documents written as they are done, on the worker pool or in this thread) must be the
// same bytes as the whole report rendered at once from the core's single-process analyzeCorpus.
import * as assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { cli } from '../cliHarness';
import { writeCorpus } from '../../../bench/corpus/generate';
import { analyzeCorpus } from '../../../src/core';
import { FORMATTERS } from '../../../src/cli/formats';
import { formatJsonl } from '../../../src/cli/formats/jsonl';
import { listInputFiles } from '../../../src/cli/inputs';
import { ITEM_PLACEHOLDER, StreamedArray, indentItems, splitAtPlaceholders } from '../../../src/cli/formats/openArray';
import { packEntityInput, unpackEntityInput } from '../../../src/cli/pool/entityInputs';
import { buildEntityIndex } from '../../../src/core/entities';
import { inOrderOnPool, streamFiles } from '../../../src/cli/pool/analyzeFiles';

/** Stringify `shell` with each placeholder array replaced by `items[k]`, the streamed way. */
function streamed(shell: unknown, items: unknown[][]): string {
  const { texts, arrays } = splitAtPlaceholders(JSON.stringify(shell, null, 2));
  let out = texts[0];
  arrays.forEach((shape, k) => {
    const a = new StreamedArray((s) => (out += s), shape);
    // Items arrive in uneven groups (a document with several SARIF results, one with none).
    for (let i = 0; i < items[k].length; i += 2) a.add(indentItems(items[k].slice(i, i + 2), shape));
    a.close();
    out += texts[k + 1];
  });
  return out;
}

describe('streamed output', function () {
  this.timeout(600_000);

  it('open arrays give the bytes JSON.stringify gives, at any depth, empty or not', () => {
    const item = (i: number) => ({ n: i, text: `line\nbreak "${i}"`, nested: { list: [i, [i], {}], empty: [] } });
    for (const [a, b] of [[[], []], [[item(1)], []], [[item(1), item(2), item(3)], [item(4), item(5)]]] as unknown[][][]) {
      const whole = { head: 1, deep: { runs: [{ results: a, after: 'x' }] }, tail: { notes: b }, end: [] };
      const shell = { head: 1, deep: { runs: [{ results: [ITEM_PLACEHOLDER], after: 'x' }] }, tail: { notes: [ITEM_PLACEHOLDER] }, end: [] };
      assert.equal(streamed(shell, [a, b]), JSON.stringify(whole, null, 2));
    }
  });

  it('no pool task starts while the output is behind; all are handed on once it drains', async () => {
    let behind: Promise<void> | undefined;
    let drain = () => undefined as void;
    const started: number[] = [];
    const handed: number[] = [];
    let startedWhenBehind = -1;
    const done = inOrderOnPool(
      10,
      4,
      async (i) => {
        started.push(i);
        await new Promise((r) => setTimeout(r, 2));
        return i;
      },
      (_v, i) => {
        handed.push(i);
        // The reader falls behind after the third result.
        if (i === 2) {
          startedWhenBehind = started.length;
          behind = new Promise<void>((r) => (drain = () => { behind = undefined; r(); }));
        }
      },
      () => behind,
    );
    await new Promise((r) => setTimeout(r, 40));
    assert.equal(started.length, startedWhenBehind, 'no task started while behind');
    assert.deepEqual(handed, started, 'tasks already running are handed on');
    assert.ok(started.length < 10);
    drain();
    await done;
    assert.deepEqual(handed, [0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });

  it('pool tasks are handed on in order, never more than the window ahead, and a failure rejects', async () => {
    const handed: number[] = [];
    let running = 0;
    let maxAhead = 0;
    const delays = [30, 1, 12, 1, 25, 3, 1, 8, 1, 1, 17, 2];
    await inOrderOnPool(
      delays.length,
      3,
      async (i) => {
        maxAhead = Math.max(maxAhead, i - handed.length + 1);
        running++;
        await new Promise((r) => setTimeout(r, delays[i]));
        running--;
        return i * 10;
      },
      (v, i) => {
        assert.equal(v, i * 10);
        handed.push(i);
      },
    );
    assert.deepEqual(handed, delays.map((_d, i) => i));
    assert.equal(running, 0);
    assert.ok(maxAhead <= 3, `a task started ${maxAhead} ahead of the first unfinished one`);
    await assert.rejects(inOrderOnPool(5, 2, async (i) => { if (i === 3) throw new Error('worker died'); return i; }, () => undefined), /worker died/);
    await assert.rejects(inOrderOnPool(5, 2, async (i) => i, () => undefined, () => Promise.reject(new Error('output closed'))), /output closed/);
    await assert.rejects(inOrderOnPool(5, 2, async (i) => i, (v) => { if (v === 2) throw new Error('sink failed'); }), /sink failed/);
  });

  it('packed entity inputs build the same index (names, counts, cited) as the full reports', () => {
    const report = analyzeCorpus([
      { path: 'a.txt', text: 'Harbour talks\n\nMayor Lena Ortiz said the Port Authority of Velm would reopen the dock. Ortiz added that the PAV had agreed.\n' },
      { path: 'b.txt', text: 'Dock news\n\nAccording to the Port Authority of Velm, Lena Ortiz signed the plan on Monday, said Kiran Doe.\n' },
    ]);
    const strip = (es: ReturnType<typeof buildEntityIndex>) => es.map(({ occurrences: _o, ...e }) => e);
    const packed = report.documents.map((d) => unpackEntityInput(packEntityInput(d)));
    assert.ok(report.entities.length > 2 && report.entities.some((e) => e.citedAsSource > 0), 'the text has entities cited as sources');
    assert.deepEqual(strip(buildEntityIndex(packed)), strip(report.entities));
  });

  describe('check equals analyzeCorpus rendered at once', () => {
    let dir: string;
    let expected: ReturnType<typeof analyzeCorpus>;
    before(async () => {
      dir = mkdtempSync(path.join(tmpdir(), 'cr-stream-'));
      writeCorpus(path.join(dir, 'corpus'), 24);
      const files = await listInputFiles([path.join(dir, 'corpus')]);
      expected = analyzeCorpus(files.map((f) => ({ path: f.split(path.sep).join('/'), text: readFileSync(f, 'utf8') })), { timeBudgetMs: Infinity });
      assert.ok(expected.copies.length > 0 && expected.entities.length > 0);
    });
    after(() => rmSync(dir, { recursive: true, force: true }));

    it('streamFiles counts documents and findings without an onDocument callback', async () => {
      const files = await listInputFiles([path.join(dir, 'corpus')]);
      const summary = await streamFiles(files, { workers: 1, output: 'jsonl', options: { timeBudgetMs: Infinity } });
      assert.equal(summary.documents, expected.documents.length);
      assert.equal(summary.findings, expected.documents.reduce((n, d) => n + d.findings.length, 0));
      assert.equal(summary.copies.length, expected.copies.length);
    });

    it('--timings reports each phase and the peak memory on stderr, and changes nothing on stdout', async () => {
      const r = await cli(['check', path.join(dir, 'corpus'), '--format', 'jsonl', '--workers', '1', '--time-budget', 'none', '--fail-on', 'none', '--timings']);
      assert.match(r.err, /^corpus-review: timings: start [\d.]+ s, facts [\d.]+ s, copies [\d.]+ s, analysis [\d.]+ s, entities [\d.]+ s; 24 documents in [\d.]+ s; peak RSS \d+ MB\n$/);
      assert.ok(r.out === formatJsonl(expected));
    });

    for (const format of ['json', 'jsonl', 'sarif', 'text']) {
      for (const workers of ['1', '2']) {
        it(`${format}, --workers ${workers}`, async () => {
          const r = await cli(['check', path.join(dir, 'corpus'), '--format', format, '--workers', workers, '--time-budget', 'none', '--fail-on', 'none']);
          assert.equal(r.code, 0, r.err);
          const whole = format === 'jsonl' ? formatJsonl(expected) : FORMATTERS[format](expected);
          assert.ok(r.out === whole, `${format} output differs from the single-process rendering`);
        });
      }
    }
  });
});
