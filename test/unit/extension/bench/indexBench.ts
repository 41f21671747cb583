// Indexing benchmark: a corpus through the real worker bundle, driven as the extension host drives it,
// measuring wall and CPU time, peak memory of the process (host + worker threads), and how long the host
// thread was blocked. Run:
//   npx tsx test/unit/extension/bench/indexBench.ts [count=10000] [bytesPerDoc=5000]   (generated corpus)
//   npx tsx test/unit/extension/bench/indexBench.ts bench/out/corpus-10000            (a folder of .txt files)
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import { IndexWorkerClient } from '../../../../src/extension/worker/client';
import type { FileInput, IndexedDocument } from '../../../../src/extension/worker/protocol';
import { writeCorpus } from './generateCorpus';
import { textFilesUnder } from '../../helpers';
import { bundleIndexWorker } from '../bundleIndexWorker';

/**
 * The host thread's longest stretch of its own CPU time between two timer ticks that should be 5 ms
 * apart (from /proc/self/task/<tid>/schedstat): time the OS gives the core to the workers or to other
 * processes is not counted as our block. NaN where /proc is not available.
 */
function hostBlockMeter() {
  const schedstat = `/proc/self/task/${process.pid}/schedstat`;
  const cpuMs = () => {
    try {
      return Number(fs.readFileSync(schedstat, 'utf8').split(' ')[0]) / 1e6;
    } catch {
      return NaN;
    }
  };
  let last = cpuMs();
  let max = 0;
  const timer = setInterval(() => {
    const now = cpuMs();
    max = Math.max(max, now - last);
    last = now;
  }, 5);
  return { stop: () => (clearInterval(timer), max), hostCpuMs: cpuMs };
}

async function main() {
  const arg = process.argv[2] ?? '10000';
  const perDoc = Number(process.argv[3] ?? 5_000);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'corpus-review-bench-'));
  try {
    let files: string[];
    let root: string;
    if (fs.existsSync(arg) && fs.statSync(arg).isDirectory()) {
      root = path.resolve(arg);
      files = textFilesUnder(root);
    } else {
      const t0 = performance.now();
      root = dir;
      files = writeCorpus(path.join(dir, 'corpus'), Number(arg), perDoc).files;
      console.log(`generated ${files.length} documents in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
    }
    const bytes = files.reduce((n, f) => n + fs.statSync(f).size, 0);
    const script = await bundleIndexWorker(dir);

    const inputs: FileInput[] = files.map((f) => ({ fsPath: f, path: path.relative(root, f).replace(/\\/g, '/'), folder: 'bench' }));
    const client = new IndexWorkerClient(script, (m) => console.error(m));
    let peakRss = process.memoryUsage().rss;
    // Where the peak is: the highest RSS seen in each phase the worker reports (then the entity index).
    let phase = 'start';
    const peakByPhase: Record<string, number> = {};
    const sampler = setInterval(() => {
      const rss = process.memoryUsage().rss;
      peakRss = Math.max(peakRss, rss);
      peakByPhase[phase] = Math.max(peakByPhase[phase] ?? 0, Math.round(rss / 1e6));
    }, 50);
    const delay = monitorEventLoopDelay({ resolution: 5 });
    delay.enable();
    const block = hostBlockMeter();
    const hostCpu0 = block.hostCpuMs();
    const cpu0 = process.cpuUsage();
    let handlerMax = 0;
    let received = 0;
    // Kept, as the extension's index keeps them, so the memory figure includes the host's copy.
    const kept: IndexedDocument[] = [];
    let findings = 0;
    const start = performance.now();
    const done = await client.run(
      { type: 'corpus', files: inputs, settings: { rules: {}, maxFileSize: 5_000_000, ignoredLines: {}, checkedClaims: {} } },
      {
        onProgress: (n, total, p) => (phase = p === 'analysing' && n === total ? 'entities' : p),
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
    const cpu = process.cpuUsage(cpu0);
    const hostCpuMs = block.hostCpuMs() - hostCpu0;
    const hostBlockMs = block.stop();
    // The host isolate's own heap (what it keeps), apart from the worker threads' heaps in the RSS.
    const hostHeapMB = Math.round(process.memoryUsage().heapUsed / 1e6);
    const hostArrayBuffersMB = Math.round(process.memoryUsage().arrayBuffers / 1e6);
    // With --expose-gc (node --expose-gc --import tsx …): what the host keeps alive (summaries, entities).
    const gc = (globalThis as { gc?: () => void }).gc;
    gc?.();
    const hostLiveHeapMB = gc ? Math.round(process.memoryUsage().heapUsed / 1e6) : undefined;
    delay.disable();
    clearInterval(sampler);
    client.dispose();
    const result = {
      documents: received,
      megabytes: +(bytes / 1e6).toFixed(1),
      findings,
      wallSeconds: +(wall / 1000).toFixed(2),
      cpuSeconds: +((cpu.user + cpu.system) / 1e6).toFixed(2),
      hostCpuSeconds: +(hostCpuMs / 1000).toFixed(2),
      workerSeconds: +(done.stats.ms / 1000).toFixed(2),
      corpusPassSeconds: +(done.stats.corpusPassMs / 1000).toFixed(2),
      mbPerSecond: +(bytes / 1e6 / (wall / 1000)).toFixed(2),
      peakRssMB: Math.round(Math.max(peakRss, process.resourceUsage().maxRSS * 1024) / 1e6),
      peakRssMBByPhase: peakByPhase,
      hostHeapMB,
      hostArrayBuffersMB,
      hostLiveHeapMB,
      hostBlockMaxMs: +hostBlockMs.toFixed(1),
      hostEventLoopDelayMaxMs: Math.round(delay.max / 1e6),
      hostHandlerMaxMs: +handlerMax.toFixed(1),
      entities: done.entities.length,
      keptReports: kept.length,
      copies: done.facts?.copies.length ?? 0,
      loadAverage: os.loadavg().map((l) => +l.toFixed(2)),
      stats: done.stats,
    };
    console.log(JSON.stringify(result, null, 2));
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

void main();
