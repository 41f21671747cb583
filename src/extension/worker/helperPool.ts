import { Worker } from 'node:worker_threads';
import type { AnalysisHelper } from './corpusJob';
import type { HelperItem, HelperRequest, HelperResponse, IndexedDocument, JobSettings, TransportFacts } from './protocol';

/**
 * A helper thread started by the indexing worker for per-document analysis, so that on a machine with
 * spare cores the analysis of a large corpus runs in parallel. It runs the same bundle (`script`) with
 * `workerData.role = 'helper'`. If it dies, pending chunks are rejected and the caller analyses them itself.
 */
export class WorkerHelper implements AnalysisHelper {
  private worker?: Worker;
  private nextId = 1;
  private readonly pending = new Map<number, { resolve(d: IndexedDocument[]): void; reject(e: Error): void }>();

  constructor(private readonly script: string) {}

  setFacts(pass: number, facts: TransportFacts, partnerFiles: [string, string][], maxFileSize: number): void {
    this.post({ type: 'facts', pass, facts, partnerFiles, maxFileSize });
  }

  analyse(pass: number, items: HelperItem[], settings: JobSettings): Promise<IndexedDocument[]> {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      try {
        this.post({ type: 'analyse', id, pass, items, settings });
      } catch (e) {
        this.pending.delete(id);
        reject(e as Error);
      }
    });
  }

  private post(m: HelperRequest): void {
    if (!this.worker) this.worker = this.start();
    this.worker.postMessage(m);
  }

  private start(): Worker {
    const w = new Worker(this.script, { workerData: { role: 'helper' }, name: 'corpus-review-analysis-helper' });
    w.unref();
    w.on('message', (m: HelperResponse) => {
      const p = this.pending.get(m.id);
      if (!p) return;
      this.pending.delete(m.id);
      if (m.type === 'analysed') p.resolve(m.documents);
      else p.reject(new Error(m.message));
    });
    const fail = (e: Error) => {
      if (this.worker === w) this.worker = undefined;
      for (const p of this.pending.values()) p.reject(e);
      this.pending.clear();
    };
    w.on('error', fail);
    w.on('exit', (code) => fail(new Error(`analysis helper exited with code ${code}`)));
    return w;
  }
}
