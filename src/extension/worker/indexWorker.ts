// Entry point of the indexing worker thread (bundled as dist/indexWorker.js). It reads, decodes and
// analyses corpus files so the extension host's thread only receives finished reports.
import { parentPort } from 'node:worker_threads';
import { CorpusJobRunner } from './corpusJob';
import type { WorkerRequest, WorkerResponse } from './protocol';

const port = parentPort;
if (!port) throw new Error('indexWorker must run in a worker thread');
const runner = new CorpusJobRunner();
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
