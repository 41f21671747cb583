import * as assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { WorkerPool } from '../../../src/cli/pool/pool';
import { LocalPool } from '../../../src/cli/pool/localPool';
import type { FileOutcome, PoolRequest } from '../../../src/cli/pool/worker';
import { FactsReducer, packFacts } from '../../../src/cli/pool/facts';
import { SpareBuffers } from '../../../src/cli/pool/spareBuffers';
import { generateCorpus } from '../../../bench/corpus/generate';

// A worker that runs out of its heap cap on a large document is replaced by one with twice the cap and
// given the task again; the answer is the one this thread gives.
describe('cli pool: heap caps', function () {
  this.timeout(120_000);
  let dir: string;
  let big: string;

  before(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'corpus-review-pool-'));
    big = path.join(dir, 'big.txt');
    // ~1.5 MB of generated articles in one file.
    writeFileSync(big, generateCorpus(300).map((d) => d.text).join('\n\n'));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('restarts a worker that runs out of memory with a larger cap and answers as this thread does', async () => {
    const request: PoolRequest = { op: 'parts', files: [big] };
    const local = await new LocalPool().call<FileOutcome[]>(request);
    const pool = new WorkerPool(1, undefined, 8);
    try {
      const pooled = await pool.call<FileOutcome[]>(request);
      assert.ok('part' in pooled[0]);
      assert.deepEqual(pooled, local);
      assert.ok(pool.restarts > 0, 'an 8 MB cap should not hold this document');
    } finally {
      await pool.close();
    }
  });

  it('moves rendered output as bytes, written into the spare buffers the main thread gives back', async () => {
    const facts = packFacts(new FactsReducer().finish([]));
    const configure: PoolRequest = { op: 'configure', facts, options: { timeBudgetMs: Infinity }, output: 'jsonl' };
    const local = new LocalPool();
    await local.broadcast(configure);
    const expected = await local.call<FileOutcome[]>({ op: 'analyze', files: [big], positions: [0] } satisfies PoolRequest);
    const spare = new SpareBuffers();
    const buffer = new ArrayBuffer(4 << 20);
    spare.give(buffer);
    const pool = new WorkerPool(1, undefined, undefined, spare);
    try {
      await pool.broadcast(configure);
      const [got] = await pool.call<FileOutcome[]>({ op: 'analyze', files: [big], positions: [0] } satisfies PoolRequest);
      assert.equal(buffer.byteLength, 0, 'the spare buffer moved to the worker');
      assert.ok('analysed' in got && 'analysed' in expected[0]);
      const text = got.analysed.output.text;
      assert.ok(text instanceof Uint8Array);
      assert.equal(text.buffer.byteLength, 4 << 20, 'written into the spare buffer');
      assert.equal(Buffer.from(text).toString('utf8'), expected[0].analysed.output.text);
    } finally {
      await pool.close();
    }
  });

  it('ends the state keeper when asked and starts a fresh one for later state tasks', async () => {
    const pool = new WorkerPool(1);
    try {
      assert.equal(await pool.callState<number[]>({ op: 'copies-candidates' } satisfies PoolRequest).then((p) => p.length), 0);
      await pool.releaseState();
      assert.equal(await pool.callState<number>({ op: 'entities-build', options: {} } satisfies PoolRequest), 0);
    } finally {
      await pool.close();
    }
  });
});
