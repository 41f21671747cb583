// Entry point of the indexing worker thread (bundled as dist/indexWorker.js). It reads, decodes and
// analyses corpus files so the extension host's thread only receives summaries. The same bundle also
// runs as a helper thread (workerData.role === 'helper') that the indexing worker starts on machines
// with more than one core, for its share of each pass.
import { availableParallelism } from 'node:os';
import { parentPort, workerData } from 'node:worker_threads';
import type { FactsView } from '../../cli/pool/facts';
import { CorpusJobRunner } from './corpusJob';
import { analyseFiles, factsViewOf, mapFiles, RetainedModels } from './documentWork';
import { runReduceSlice } from '../../cli/pool/copies';
import { WorkerHelper } from './helperPool';
import type { HelperRequest, HelperResponse, WorkerRequest, WorkerResponse } from './protocol';
import { lowerThreadPriority } from './threadPriority';
import { setCacheProfile } from '../../core/cacheProfile';

/**
 * Helper threads besides this one: one per further core, at most 3. On two cores that is one, so a pass
 * uses both; the indexing threads run at a lower priority (threadPriority.ts) so the editor's threads
 * still get a core at once when they need one.
 */
const HELPERS = Number.isInteger(Number(process.env.CORPUS_REVIEW_HELPERS ?? 'x'))
  ? Number(process.env.CORPUS_REVIEW_HELPERS) // benchmarks compare thread counts
  : Math.max(0, Math.min(3, availableParallelism() - 1));

const port = parentPort;
if (!port) throw new Error('indexWorker must run in a worker thread');
lowerThreadPriority();
// A pass reads each document once: the core's caches only need what repeats across documents.
setCacheProfile('batch');

if ((workerData as { role?: string } | undefined)?.role === 'helper') {
  let facts: { pass: number; view: FactsView } | undefined;
  // A helper lives for one pass (the coordinator ends it after): the models it keeps are this pass's.
  const retained = new RetainedModels();
  const reply = (m: HelperResponse) => {
    // The packed entity inputs move to the coordinator instead of being copied.
    const transfer = m.type === 'analysed' ? m.documents.flatMap((d) => (d.entityInput ? [d.entityInput.buffer as ArrayBuffer] : [])) : [];
    port.postMessage(m, transfer);
  };
  port.on('message', (m: HelperRequest) => {
    if (m.type === 'facts') {
      facts = { pass: m.pass, view: factsViewOf(m.facts, new Map(m.partnerFiles), m.maxFileSize) };
      return;
    }
    helperWork(m).then(reply, (e: Error) => reply({ type: 'failed', id: m.id, message: e.message }));
  });
  const helperWork = async (m: Exclude<HelperRequest, { type: 'facts' }>): Promise<HelperResponse> => {
    switch (m.type) {
      case 'map':
        return { type: 'mapped', id: m.id, outcomes: await mapFiles(m.items, m.maxFileSize, retained) };
      case 'reduce':
        return { type: 'reduced', id: m.id, result: runReduceSlice(m.slice, m.maxFileSize) };
      case 'analyse':
        // Without this pass's facts (a restarted helper) the results would be wrong: the coordinator takes the chunk.
        if (facts?.pass !== m.pass) return { type: 'failed', id: m.id, message: 'no corpus facts for this pass' };
        return { type: 'analysed', id: m.id, documents: await analyseFiles(m.items, facts.view, m.settings, retained) };
    }
  };
} else {
  const helpers = Array.from({ length: HELPERS }, () => new WorkerHelper(__filename));
  const runner = new CorpusJobRunner(helpers);
  // The packed entity index's occurrences move to the host instead of being copied.
  const emit = (m: WorkerResponse) => port.postMessage(m, m.type === 'entities' ? [m.index.occurrences.buffer as ArrayBuffer] : []);
  let queue: Promise<void> = Promise.resolve();
  const fail = (id: number) => (e: Error) => emit({ type: 'error', id, message: e.stack ?? String(e) });

  port.on('message', (req: WorkerRequest) => {
    // Cancel must bypass the queue: it flags the job that is running now.
    if (req.type === 'cancel') return runner.cancel(req.id);
    // A report a view waits for is answered between the steps of a running pass, not after it.
    if (req.type === 'reports') return void runner.reports(req.id, req.files, req.settings, emit).catch(fail(req.id));
    queue = queue.then(async () => {
      try {
        if (req.type === 'corpus') await runner.corpus(req.id, req.files, req.settings, emit);
        else if (req.type === 'documents') await runner.documents(req.id, req.files, req.settings, emit);
        else if (req.type === 'remove') runner.remove(req.id, req.paths, emit);
      } catch (e) {
        fail(req.id)(e as Error);
      }
    });
  });
}
