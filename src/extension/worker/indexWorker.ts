// Entry point of the indexing worker thread (bundled as dist/indexWorker.js). It reads, decodes and
// analyses corpus files so the extension host's thread only receives finished reports. The same bundle
// also runs as an analysis helper (workerData.role === 'helper') that the indexing worker starts when the
// machine has spare cores.
import { availableParallelism } from 'node:os';
import { parentPort, workerData } from 'node:worker_threads';
import type { CorpusFacts } from '../../core';
import { analyseOnHelper, CorpusJobRunner, helperFacts } from './corpusJob';
import { WorkerHelper } from './helperPool';
import type { HelperRequest, HelperResponse, WorkerRequest, WorkerResponse } from './protocol';

/**
 * Analysis threads besides this one: one per core beyond two, at most 3 — one core stays with the
 * editor (extension host, renderer) and one runs this worker. On a 2-core machine that is none.
 */
const HELPERS = Number.isInteger(Number(process.env.CORPUS_REVIEW_HELPERS ?? 'x'))
  ? Number(process.env.CORPUS_REVIEW_HELPERS) // benchmarks compare thread counts
  : Math.max(0, Math.min(3, availableParallelism() - 2));

const port = parentPort;
if (!port) throw new Error('indexWorker must run in a worker thread');

if ((workerData as { role?: string } | undefined)?.role === 'helper') {
  let facts: { pass: number; facts: CorpusFacts } | undefined;
  port.on('message', (m: HelperRequest) => {
    if (m.type === 'facts') {
      facts = { pass: m.pass, facts: helperFacts(m.facts, m.partnerFiles, m.maxFileSize) };
      return;
    }
    try {
      const f = facts && facts.pass === m.pass ? facts.facts : undefined;
      const documents = m.items.map((item) => analyseOnHelper(item, f, m.settings));
      port.postMessage({ type: 'analysed', id: m.id, documents } satisfies HelperResponse);
    } catch (e) {
      port.postMessage({ type: 'failed', id: m.id, message: (e as Error).message } satisfies HelperResponse);
    }
  });
} else {
  const helpers = Array.from({ length: HELPERS }, () => new WorkerHelper(__filename));
  const runner = new CorpusJobRunner(helpers);
  const emit = (m: WorkerResponse) => port.postMessage(m);
  let queue: Promise<void> = Promise.resolve();

  port.on('message', (req: WorkerRequest) => {
    // Cancel must bypass the queue: it flags the job that is running now.
    if (req.type === 'cancel') return runner.cancel(req.id);
    queue = queue.then(async () => {
      try {
        if (req.type === 'corpus') await runner.corpus(req.id, req.files, req.settings, emit);
        else if (req.type === 'documents') await runner.documents(req.id, req.files, req.settings, emit);
        else if (req.type === 'remove') runner.remove(req.id, req.paths, emit);
      } catch (e) {
        emit({ type: 'error', id: req.id, message: (e as Error).stack ?? String(e) });
      }
    });
  });
}
