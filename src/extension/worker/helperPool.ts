import { Worker } from 'node:worker_threads';
import type { PackedFacts } from '../../cli/pool/facts';
import type { ReduceSlice } from '../../cli/pool/copies';
import type { ConfirmedPair } from '../../core/copies';
import type { CopyPair } from '../../core';
import type { AnalysisHelper } from './corpusJob';
import { grownLimit, HELPER_HEAP_MB, isOutOfMemory } from './heapLimits';
import type { AnalysedDocument, HelperItem, HelperRequest, HelperResponse, JobSettings, MapOutcome } from './protocol';

/**
 * A helper thread started by the indexing worker, so that a pass uses every core: it runs the map step
 * and the analysis for its share of the files. It runs the same bundle (`script`) with
 * `workerData.role = 'helper'`. If it dies, pending calls are rejected and the caller does that work itself.
 */
export class WorkerHelper implements AnalysisHelper {
  private worker?: Worker;
  private nextId = 1;
  private readonly pending = new Map<number, { resolve(d: unknown): void; reject(e: Error): void }>();
  private heapMb = HELPER_HEAP_MB;

  constructor(private readonly script: string) {}

  map(items: HelperItem[], maxFileSize: number): Promise<MapOutcome[]> {
    return this.call((id) => ({ type: 'map', id, items, maxFileSize }));
  }

  setFacts(pass: number, facts: PackedFacts, partnerFiles: [string, string][], maxFileSize: number): void {
    this.post({ type: 'facts', pass, facts, partnerFiles, maxFileSize });
  }

  /**
   * The pass is over: the thread ends (started again by the next pass's first request, ~0.1 s). Its heap
   * (the core's caches, partner models, garbage up to its cap: ~200 MB) is gone before the coordinator
   * builds the entity index, the largest step in memory.
   */
  release(): void {
    this.dispose();
  }

  analyse(pass: number, items: HelperItem[], settings: JobSettings): Promise<AnalysedDocument[]> {
    return this.call((id) => ({ type: 'analyse', id, pass, items, settings }));
  }

  reduce(slice: ReduceSlice, maxFileSize: number): Promise<ConfirmedPair[] | CopyPair[]> {
    return this.call((id) => ({ type: 'reduce', id, slice, maxFileSize }));
  }

  dispose(): void {
    void this.worker?.terminate();
    this.worker = undefined;
  }

  private call<T>(request: (id: number) => HelperRequest): Promise<T> {
    const id = this.nextId++;
    return new Promise<T>((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (d: unknown) => void, reject });
      try {
        this.post(request(id));
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
    const w = new Worker(this.script, { workerData: { role: 'helper' }, name: 'corpus-review-analysis-helper', resourceLimits: { maxOldGenerationSizeMb: this.heapMb } });
    w.unref();
    w.on('message', (m: HelperResponse) => {
      const p = this.pending.get(m.id);
      if (!p) return;
      this.pending.delete(m.id);
      if (m.type === 'failed') p.reject(new Error(m.message));
      else p.resolve(m.type === 'mapped' ? m.outcomes : m.type === 'reduced' ? m.result : m.documents);
    });
    const fail = (e: Error) => {
      if (this.worker === w) this.worker = undefined;
      // Its chunks go back to the coordinator; the next start gets more room.
      if (isOutOfMemory(e)) this.heapMb = grownLimit(this.heapMb) ?? this.heapMb;
      for (const p of this.pending.values()) p.reject(e);
      this.pending.clear();
    };
    w.on('error', fail);
    w.on('exit', (code) => fail(new Error(`analysis helper exited with code ${code}`)));
    return w;
  }
}
