// Indexing benchmark: a generated corpus (default 10,000 documents, ~50 MB) through the real worker
// bundle, measuring wall time, peak memory of the process (host + worker), and how long the host
// thread was blocked. Run: npx tsx test/unit/extension/bench/indexBench.ts [count] [bytesPerDoc]
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import { build } from 'esbuild';
import { IndexWorkerClient } from '../../../../src/extension/worker/client';
import type { FileInput, IndexedDocument } from '../../../../src/extension/worker/protocol';
import { writeCorpus } from './generateCorpus';

async function main() {
  const count = Number(process.argv[2] ?? 10_000);
  const perDoc = Number(process.argv[3] ?? 5_000);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'corpus-review-bench-'));
  try {
    const t0 = performance.now();
    const { files, bytes } = writeCorpus(path.join(dir, 'corpus'), count, perDoc);
    console.log(`generated ${files.length} documents, ${(bytes / 1e6).toFixed(1)} MB in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
    const script = path.join(dir, 'indexWorker.js');
    await build({ entryPoints: [path.resolve(__dirname, '../../../../src/extension/worker/indexWorker.ts')], outfile: script, bundle: true, platform: 'node', format: 'cjs', target: 'node20', logLevel: 'silent' });

    const inputs: FileInput[] = files.map((f) => ({ fsPath: f, path: path.relative(dir, f).replace(/\\/g, '/'), folder: 'bench' }));
    const client = new IndexWorkerClient(script);
    let peakRss = process.memoryUsage().rss;
    const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 50);
    const delay = monitorEventLoopDelay({ resolution: 5 });
    delay.enable();
    let handlerMax = 0;
    let received = 0;
    // Kept, as the extension's index keeps them, so the memory figure includes the host's copy.
    const kept: IndexedDocument[] = [];
    let findings = 0;
    const start = performance.now();
    const done = await client.run(
      { type: 'corpus', files: inputs, settings: { rules: {}, maxFileSize: 5_000_000, ignoredLines: {}, checkedClaims: {}, compactReports: true } },
      {
        onResults: (docs) => {
          const h0 = performance.now();
          received += docs.length;
          kept.push(...docs);
          for (const d of docs) findings += d.summary?.findings ?? d.report?.findings.length ?? 0;
          handlerMax = Math.max(handlerMax, performance.now() - h0);
        },
      },
    );
    const wall = performance.now() - start;
    // The host isolate's own heap (reports it keeps), apart from the worker threads' heaps in the RSS.
    const hostHeapMB = Math.round(process.memoryUsage().heapUsed / 1e6);
    const hostArrayBuffersMB = Math.round(process.memoryUsage().arrayBuffers / 1e6);
    delay.disable();
    clearInterval(sampler);
    client.dispose();
    const result = {
      documents: received,
      megabytes: +(bytes / 1e6).toFixed(1),
      findings,
      wallSeconds: +(wall / 1000).toFixed(2),
      workerSeconds: +(done.stats.ms / 1000).toFixed(2),
      corpusPassSeconds: +(done.stats.corpusPassMs / 1000).toFixed(2),
      mbPerSecond: +(bytes / 1e6 / (wall / 1000)).toFixed(2),
      peakRssMB: Math.round(peakRss / 1e6),
      hostHeapMB,
      hostArrayBuffersMB,
      hostEventLoopDelayMaxMs: Math.round(delay.max / 1e6),
      hostHandlerMaxMs: +handlerMax.toFixed(1),
      entities: done.entities.length,
      keptReports: kept.length,
      copies: done.facts?.copies.length ?? 0,
      stats: done.stats,
    };
    console.log(JSON.stringify(result, null, 2));
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

void main();
