// A real distributed run: a Dask scheduler and two Dask workers as separate processes on 127.0.0.1, the
// driver submitting the CLI's map and reduce steps as tasks; the merged report and the copy clusters
// must equal what one `corpus-review check` process prints.
import * as assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { writeCorpus } from '../../bench/corpus/generate';
import { ensureDask, startLocalCluster, type LocalCluster } from '../../bench/distributed/localCluster';

const ROOT = path.resolve(__dirname, '../..');
const BUILT_CLI = path.join(ROOT, 'dist/cli.js');
/** A private copy of the CLI bundle: others rebuilding dist/ during the run must not change it midway. */
let CLI = BUILT_CLI;
const DRIVER = path.join(ROOT, 'bench/distributed/driver.py');
/** Corpus size: 300 keeps `npm test` under a minute on 2 shared cores; DIST_DOCS=1000 passes in ~1.5 min. */
const DOCS = Number(process.env.DIST_DOCS ?? 300);

function node(args: string[], cwd: string): string {
  return execFileSync(process.execPath, [CLI, ...args], { cwd, maxBuffer: 1 << 30, encoding: 'utf8' });
}

describe(`distributed run on Dask (${DOCS} generated documents, 2 workers)`, function () {
  this.timeout(900_000);
  let dir: string;
  let cluster: LocalCluster | undefined;
  let python: string | undefined;

  before(function () {
    python = ensureDask((s) => console.log(`    ${s}`));
    if (!python) {
      console.log('    skipped: python3-distributed is not installed and cannot be installed here (apt-get install python3-distributed)');
      this.skip();
    }
    if (!existsSync(BUILT_CLI)) execFileSync(process.execPath, [path.join(ROOT, 'esbuild.mjs')], { cwd: ROOT, stdio: 'ignore' });
    dir = mkdtempSync(path.join(tmpdir(), 'cr-dist-'));
    CLI = path.join(dir, 'cli.js');
    copyFileSync(BUILT_CLI, CLI);
    writeCorpus(path.join(dir, 'corpus'), DOCS);
  });
  after(() => {
    cluster?.stop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('documents, findings, entities, copies and clusters equal the single-process run', async () => {
    const single = node(['check', 'corpus', '--format', 'jsonl', '--fail-on', 'none', '--time-budget', 'none', '--workers', '1'], dir);
    const sigs = node(['signatures', 'corpus'], dir);
    const singleClusters = execFileSync(process.execPath, [CLI, 'cluster', '-'], { cwd: dir, input: sigs, encoding: 'utf8' });

    cluster = await startLocalCluster(python!, { workers: 2, threads: 1, maxSeconds: 800, log: (s) => console.log(`    ${s}`) });
    const out = path.join(dir, 'out');
    const r = spawnSync(python!, [DRIVER, '--scheduler', cluster.schedulerFile, '--cli', CLI, '--cwd', dir, '--out', out, '--wait-workers', '2', '--shards', '4', 'corpus'], { encoding: 'utf8', timeout: 780_000 });
    assert.equal(r.status, 0, `driver failed: ${r.stderr.slice(-3000)}`);
    const timings = JSON.parse(r.stdout.trim().split('\n').at(-1)!);
    assert.equal(timings.workers, 2, 'both Dask workers took part');
    console.log(`    distributed: ${JSON.stringify(timings)}`);

    const got = readFileSync(path.join(out, 'report.jsonl'), 'utf8').trim().split('\n');
    const want = single.trim().split('\n');
    const docs = want.filter((l) => l.startsWith('{"record":"document"')).length;
    assert.equal(docs, DOCS);
    const at = got.findIndex((l, i) => l !== want[i]);
    assert.ok(at < 0 && got.length === want.length, `report differs at record ${at}: ${(got[at] ?? '').slice(0, 200)} vs ${(want[at] ?? '').slice(0, 200)}`);
    assert.ok(want.some((l) => l.startsWith('{"record":"copy"')), 'the corpus has copies');
    assert.equal(readFileSync(path.join(out, 'clusters.jsonl'), 'utf8'), singleClusters);
    assert.ok(singleClusters.includes('"record":"cluster"'));
  });
});
