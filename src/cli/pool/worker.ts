import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import { analyzeModel } from '../../core/document';
import { DocumentText } from '../../core/text/documentText';
import type { AnalysisOptions } from '../../core/options';
import { SEVERITIES, type CorpusDocumentReport, type CorpusEntity } from '../../core/types';
import { EntityIndexBuilder } from '../../core/entities/corpusIndex';
import { prepareUserEntities } from '../../core/entities/user';
import { readInputSync } from '../inputs';
import { FactsView, factsPartOf, unpackFacts, type FactsPart, type PackedFacts } from './facts';
import { POOL_WORKER_FLAG, type PoolEnvelope } from './pool';
import { setCacheProfile } from '../../core/cacheProfile';
import { OUTPUT_BUFFER_MIN_BYTES } from './spareBuffers';
import { runReduceSlice, type ReduceSlice } from './copies';
import { copyProfile, type CopyProfile, type DocumentSignature } from '../../core/copies';
import { CopyCandidates } from '../../core/copies/candidateCollector';
import { STREAM_FORMATS } from '../formats';
import type { RenderedOutput } from '../formats/stream';
import { packEntityInput, unpackEntityInput } from './entityInputs';

/** One analysed document as the main thread receives it: rendered, counted, and its entity-index input. */
export interface AnalysedDocument {
  path: string;
  /** The document as the configured output format writes it ('' for 'report'). */
  output: RenderedOutput;
  /** The whole report, only when the configured output is 'report'. */
  report?: CorpusDocumentReport;
  findings: number;
  /** Index in SEVERITIES of the most severe finding; SEVERITIES.length when there is none. */
  worst: number;
  /** What the corpus entity index needs from this document (packEntityInput). */
  entities: string;
}

/** How analysed documents come back: rendered by one of STREAM_FORMATS, or as report objects. */
export type OutputChoice = string;
export const REPORT_OUTPUT = 'report';

/** What a worker answers for one input file. */
export type FileOutcome =
  | { file: string; path: string; skipped: string }
  | { file: string; path: string; part: FactsPart; profile: CopyProfile }
  | { file: string; path: string; analysed: AnalysedDocument };

export type PoolRequest =
  | { op: 'parts'; files: string[] }
  | { op: 'configure'; facts: PackedFacts; options: AnalysisOptions; output: OutputChoice }
  | { op: 'entities-add'; packed: string[] }
  | { op: 'entities-build'; options: AnalysisOptions }
  | { op: 'entities-get'; from: number }
  | { op: 'analyze'; files: string[]; positions: number[] }
  | { op: 'copies-add'; signatures: DocumentSignature[]; profiles: CopyProfile[] }
  | { op: 'copies-candidates' }
  | { op: 'copies-slice'; slice: ReduceSlice };

/** Analyse one decoded document against prepared corpus facts (shared by workers and the in-process path). */
export function analyzeWithFacts(path: string, text: string, notices: string[], view: FactsView, options: AnalysisOptions): CorpusDocumentReport {
  const doc = new DocumentText(text, path);
  const report = { path, ...analyzeModel(doc, options, view.forDocument(doc)) };
  report.notices.unshift(...notices);
  return report;
}

const NO_OUTPUT: RenderedOutput = { text: '', held: '' };
const UTF8 = new TextEncoder();

/** A report as the main thread needs it: rendered in the chosen format, counted, entity input packed. */
export function analysedDocument(report: CorpusDocumentReport, index: number, output: OutputChoice): AnalysedDocument {
  let worst = SEVERITIES.length;
  for (const f of report.findings) worst = Math.min(worst, SEVERITIES.indexOf(f.severity));
  const asReport = output === REPORT_OUTPUT;
  const format = STREAM_FORMATS[output];
  if (!asReport && !format) throw new Error(`pool worker: unknown output '${output}'`);
  return {
    path: report.path,
    output: asReport ? NO_OUTPUT : format.render(report, index),
    ...(asReport ? { report } : {}),
    findings: report.findings.length,
    worst,
    entities: packEntityInput(report),
  };
}

/** Entities per reply when the index is fetched (without occurrences, which the CLI never prints). */
const ENTITY_PAGE = 2000;

/**
 * What one pool worker keeps between requests. A worker thread has one; the in-process pool
 * (`--workers 1`) has its own, so that runs in one process never share state.
 */
export class PoolWorkerState {
  /** Buffers the last reply moves instead of copying (see `bytesOutput`). */
  private transfers: ArrayBuffer[] = [];
  /** Written output buffers the main thread gave back (SpareBuffers), largest last. */
  private spare: ArrayBuffer[] = [];
  private view: FactsView | undefined;
  private options: AnalysisOptions = {};
  private output: OutputChoice = REPORT_OUTPUT;
  /** Built as documents are analysed (their inputs arrive in input order), without occurrences. */
  private entityIndexBuilder = new EntityIndexBuilder({ occurrences: false });
  private copyCandidates = new CopyCandidates();
  private entityIndex: CorpusEntity[] = [];

  /** `inThread`: a worker thread, whose replies cross to the main thread. */
  constructor(private readonly inThread = false) {}

  /**
   * The rendered text as UTF-8 bytes, moved with the reply (OutputChunk): in a spare buffer when one is
   * large enough, else in a new one of its own (never Buffer.from's shared pool slab, which cannot move).
   */
  private bytesOutput(output: RenderedOutput): RenderedOutput {
    if (typeof output.text !== 'string' || !output.text) return output;
    const bytes = Buffer.byteLength(output.text);
    const last = this.spare[this.spare.length - 1];
    const buffer = last && last.byteLength >= bytes ? this.spare.pop()! : new ArrayBuffer(Math.max(bytes, OUTPUT_BUFFER_MIN_BYTES));
    const { written } = UTF8.encodeInto(output.text, new Uint8Array(buffer));
    this.transfers.push(buffer);
    return { text: new Uint8Array(buffer, 0, written), held: output.held };
  }

  /** Written output buffers given back by the main thread, to encode later output into. */
  keepSpare(buffers: ArrayBuffer[]): void {
    if (!buffers.length) return;
    for (const b of buffers) this.spare.push(b);
    this.spare.sort((a, b) => a.byteLength - b.byteLength);
  }

  /** The buffers to move with the reply to the last request. */
  takeTransfers(): ArrayBuffer[] {
    const out = this.transfers;
    this.transfers = [];
    return out;
  }

  async handle(req: PoolRequest): Promise<unknown> {
    switch (req.op) {
      case 'parts': {
        const out: FileOutcome[] = [];
        for (const file of req.files) {
          const r = readInputSync(file);
          if (!('text' in r)) out.push({ file, path: r.path, skipped: r.reason });
          else {
            const doc = new DocumentText(r.text, r.path);
            out.push({ file, path: r.path, part: factsPartOf(doc), profile: copyProfile(doc) });
          }
        }
        return out;
      }
      case 'copies-add':
        req.signatures.forEach((s, k) => this.copyCandidates.add(s, req.profiles[k]));
        return this.copyCandidates.size;
      case 'copies-candidates':
        // Flat [i0, j0, i1, j1, …]: one number array is cheap to send back.
        return this.copyCandidates.take();
      case 'copies-slice':
        return runReduceSlice(req.slice);
      case 'configure':
        this.view = new FactsView(unpackFacts(req.facts));
        this.options = req.options;
        this.output = req.output;
        return true;
      case 'entities-add':
        for (const p of req.packed) this.entityIndexBuilder.add(unpackEntityInput(p));
        return req.packed.length;
      case 'entities-build': {
        this.entityIndex = this.entityIndexBuilder.build(prepareUserEntities(req.options.entities));
        this.entityIndexBuilder = new EntityIndexBuilder({ occurrences: false });
        return this.entityIndex.length;
      }
      case 'entities-get':
        return this.entityIndex.slice(req.from, req.from + ENTITY_PAGE);
      case 'analyze': {
        if (!this.view) throw new Error('pool worker: analyze before configure');
        const out: FileOutcome[] = [];
        for (let k = 0; k < req.files.length; k++) {
          const file = req.files[k];
          const r = readInputSync(file);
          if (!('text' in r)) out.push({ file, path: r.path, skipped: r.reason });
          else {
            const report = analyzeWithFacts(r.path, r.text, r.notices, this.view, this.options);
            const analysed = analysedDocument(report, req.positions[k], this.output);
            if (this.inThread) analysed.output = this.bytesOutput(analysed.output);
            out.push({ file, path: r.path, analysed });
          }
        }
        return out;
      }
    }
  }
}

/** Called first thing by every bundle entry: when this thread is a pool worker, serve requests. */
export function startPoolWorkerIfRequested(): boolean {
  if (isMainThread || !parentPort || !(workerData && workerData[POOL_WORKER_FLAG])) return false;
  const port = parentPort;
  setCacheProfile('batch');
  const state = new PoolWorkerState(true);
  port.on('message', ({ request, spare }: PoolEnvelope) => {
    state.keepSpare(spare);
    state.handle(request as PoolRequest).then(
      (value) => port.postMessage({ ok: true, value }, state.takeTransfers()),
      (e: Error) => {
        state.takeTransfers();
        port.postMessage({ ok: false, error: e.stack ?? String(e) });
      },
    );
  });
  return true;
}
