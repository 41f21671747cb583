import * as fs from 'node:fs/promises';
import {
  analyzeModel,
  buildCorpusFacts,
  DocumentText,
  type AnalysisOptions,
  type CopyPair,
  type CorpusEntity,
  type CorpusFacts,
  type DocumentEntity,
  type DocumentReport,
  type SourceSpan,
} from '../../core';
import { buildEntityIndex } from '../../core/entities';
import { copiesByPath } from '../../core/corpus';
import { decodeBytes } from '../../core/text/decode';
import { contentHash } from '../state/contentHash';
import { summarizeReport } from '../state/corpusModel';
import { PartnerModels } from './partners';
import { corpusUserEntities } from '../state/userEntityFiles';
import type { FileInput, HelperItem, IndexedDocument, JobSettings, JobStats, TransportFacts, WorkerResponse } from './protocol';

/** Files read concurrently; enough to hide disk latency without holding many buffers at once. */
const READ_CONCURRENCY = 16;
/** Documents per results message: small enough that the host decodes each message quickly. */
const RESULTS_CHUNK = 100;
/** Entities per message to the host. */
const ENTITIES_CHUNK = 500;

/** Analyses documents on another thread with the facts of the current pass (see helperPool.ts). */
export interface AnalysisHelper {
  setFacts(pass: number, facts: TransportFacts, partnerFiles: [string, string][], maxFileSize: number): void;
  analyse(pass: number, items: HelperItem[], settings: JobSettings): Promise<IndexedDocument[]>;
}

type Emit = (message: WorkerResponse) => void;

/**
 * The indexing work, independent of how it is hosted (a worker thread in the extension, in-process in
 * tests). It keeps the last corpus facts and each document's entities, so single-document updates and
 * deletions do not need a full pass.
 */
export class CorpusJobRunner {
  private facts?: CorpusFacts;
  /**
   * Each document's entities and sources as UTF-8 JSON, parsed only while the entity index is built: as
   * objects they were the largest thing this thread kept (~40 kB of heap per 5 kB document).
   */
  private readonly entityInputs = new Map<string, Uint8Array>();
  private readonly cancelled = new Set<number>();
  private pass = 0;
  /** The user's entities of the last job's settings: the entity index applies them corpus-wide. */
  private indexOptions: Pick<AnalysisOptions, 'entities'> = {};

  constructor(private readonly helpers: AnalysisHelper[] = []) {}

  cancel(id: number): void {
    this.cancelled.add(id);
  }

  async corpus(id: number, files: FileInput[], settings: JobSettings, emit: Emit): Promise<void> {
    const started = Date.now();
    const stats: JobStats = { files: files.length, analysed: 0, skipped: 0, bytes: 0, ms: 0, corpusPassMs: 0 };
    this.indexOptions = { entities: corpusUserEntities(settings.entitiesByFolder) };
    const loaded: { file: FileInput; model?: DocumentText; doc: IndexedDocument; notices: string[] }[] = [];
    const skippedDocs: IndexedDocument[] = [];
    for (let i = 0; i < files.length; i += READ_CONCURRENCY) {
      if (this.isCancelled(id, emit, stats, started)) return;
      const batch = await Promise.all(files.slice(i, i + READ_CONCURRENCY).map((f) => readDocument(f, settings.maxFileSize)));
      for (const r of batch) {
        stats.bytes += r.doc.size;
        if (r.model) loaded.push({ file: r.file, model: r.model, doc: r.doc, notices: r.notices });
        else skippedDocs.push(r.doc);
      }
      emit({ type: 'progress', id, done: Math.min(i + READ_CONCURRENCY, files.length), total: files.length, phase: 'reading' });
    }
    stats.skipped = skippedDocs.length;
    if (skippedDocs.length) emit({ type: 'results', id, documents: skippedDocs });
    if (this.isCancelled(id, emit, stats, started)) return;

    const passStart = Date.now();
    const { facts, copies } = buildCorpusFacts(loaded.map((l) => l.model!));
    stats.corpusPassMs = Date.now() - passStart;
    // Copy partners by path, read again when a copy rule needs one, instead of their models staying
    // alive for the session (see partners.ts).
    const partnerFiles = partnerFilesOf(copies, loaded.map((l) => l.file));
    facts.copyModels = new PartnerModels(new Map(partnerFiles), settings.maxFileSize);
    this.facts = facts;
    this.entityInputs.clear();
    const pass = ++this.pass;
    const transport = transportFacts(facts, copies);

    // Per-document analysis: chunks go round-robin to this thread and the helpers (if any, and if the
    // corpus is big enough to be worth the copy of the texts).
    const helpers = loaded.length >= 2 * RESULTS_CHUNK ? this.helpers : [];
    stats.helpers = helpers.length;
    for (const h of helpers) h.setFacts(pass, transport, partnerFiles, settings.maxFileSize);
    const lanes = helpers.length + 1;
    const pending: Promise<void>[] = [];
    let progressDone = 0;
    for (let c = 0, start = 0; start < loaded.length; c++, start += RESULTS_CHUNK) {
      const items = loaded.slice(start, start + RESULTS_CHUNK);
      const lane = c % lanes;
      if (lane > 0) {
        const helperItems: HelperItem[] = items.map((it) => ({ file: it.file, text: it.model!.text, doc: it.doc, notices: it.notices }));
        for (const it of items) it.model = undefined;
        pending.push(
          helpers[lane - 1].analyse(pass, helperItems, settings).then(
            (docs) => {
              if (pass !== this.pass || this.cancelled.has(id)) return;
              for (const d of docs) {
                const r = d.report ?? (d.reportUtf8 ? parseReport(d.reportUtf8) : undefined);
                if (r) this.entityInputs.set(d.path, packEntityInput(r));
              }
              stats.analysed += docs.filter((d) => !d.skipped).length;
              progressDone += docs.length;
              emit({ type: 'results', id, documents: docs });
              emit({ type: 'progress', id, done: progressDone, total: loaded.length, phase: 'analysing' });
            },
            // A helper that failed (out of memory, crashed): analyse its chunk here instead.
            () => {
              if (pass !== this.pass) return;
              const docs = helperItems.map((h) => this.analyse(h.file, new DocumentText(h.text, h.file.path), h.doc, h.notices, settings));
              stats.analysed += docs.filter((d) => !d.skipped).length;
              progressDone += docs.length;
              emit({ type: 'results', id, documents: docs });
            },
          ),
        );
        continue;
      }
      await yieldToMessages();
      if (this.isCancelled(id, emit, stats, started)) return;
      const chunk: IndexedDocument[] = [];
      for (const item of items) {
        chunk.push(this.analyse(item.file, item.model!, item.doc, item.notices, settings));
        // Let the model go: the corpus pass is done, and 10k models would otherwise stay alive together.
        item.model = undefined;
        stats.analysed++;
      }
      progressDone += chunk.length;
      emit({ type: 'results', id, documents: chunk });
      emit({ type: 'progress', id, done: progressDone, total: loaded.length, phase: 'analysing' });
    }
    await Promise.all(pending);
    if (this.isCancelled(id, emit, stats, started)) return;
    this.emitEntities(id, emit, stats);
    stats.ms = Date.now() - started;
    emit({ type: 'done', id, cancelled: false, entities: [], facts: transport, stats });
  }

  async documents(id: number, files: FileInput[], settings: JobSettings, emit: Emit): Promise<void> {
    const started = Date.now();
    const stats: JobStats = { files: files.length, analysed: 0, skipped: 0, bytes: 0, ms: 0, corpusPassMs: 0 };
    this.indexOptions = { entities: corpusUserEntities(settings.entitiesByFolder) };
    const out: IndexedDocument[] = [];
    for (let i = 0; i < files.length; i += READ_CONCURRENCY) {
      if (this.isCancelled(id, emit, stats, started)) return;
      const batch = await Promise.all(files.slice(i, i + READ_CONCURRENCY).map((f) => readDocument(f, settings.maxFileSize)));
      for (const r of batch) {
        stats.bytes += r.doc.size;
        // A partner read before this change would be stale for the copies of this document.
        if (this.facts?.copyModels instanceof PartnerModels) this.facts.copyModels.invalidate(r.file.path);
        if (!r.model) {
          stats.skipped++;
          this.entityInputs.delete(r.file.path);
          out.push(r.doc);
          continue;
        }
        out.push(this.analyse(r.file, r.model, r.doc, r.notices, settings));
        stats.analysed++;
      }
      if (out.length >= RESULTS_CHUNK) emit({ type: 'results', id, documents: out.splice(0) });
    }
    if (out.length) emit({ type: 'results', id, documents: out });
    this.emitEntities(id, emit, stats);
    stats.ms = Date.now() - started;
    emit({ type: 'done', id, cancelled: false, entities: [], stats });
  }

  remove(id: number, paths: string[], emit: Emit): void {
    for (const p of paths) this.entityInputs.delete(p);
    const stats: JobStats = { files: 0, analysed: 0, skipped: 0, bytes: 0, ms: 0, corpusPassMs: 0 };
    this.emitEntities(id, emit, stats);
    emit({ type: 'done', id, cancelled: false, entities: [], stats });
  }

  private analyse(file: FileInput, model: DocumentText, doc: IndexedDocument, notices: string[], settings: JobSettings): IndexedDocument {
    try {
      const report = analyzeModel(model, optionsFor(file, settings), this.facts);
      report.notices.unshift(...notices);
      this.entityInputs.set(file.path, packEntityInput(report));
      return withReport(doc, report, settings);
    } catch (e) {
      return { ...doc, skipped: `analysis failed: ${(e as Error).message}` };
    }
  }

  private emitEntities(id: number, emit: Emit, stats: JobStats): void {
    const t0 = Date.now();
    const all = this.entities();
    stats.entityIndexMs = Date.now() - t0;
    for (let i = 0; i < all.length; i += ENTITIES_CHUNK) emit({ type: 'entities', id, entities: all.slice(i, i + ENTITIES_CHUNK) });
  }

  private entities(): CorpusEntity[] {
    try {
      return buildEntityIndex(
        [...this.entityInputs].map(([path, v]) => ({ path, ...unpackEntityInput(v) })),
        this.indexOptions,
      );
    } catch {
      return [];
    }
  }

  private isCancelled(id: number, emit: Emit, stats: JobStats, started: number): boolean {
    if (!this.cancelled.has(id)) return false;
    this.cancelled.delete(id);
    stats.ms = Date.now() - started;
    emit({ type: 'done', id, cancelled: true, entities: [], stats });
    return true;
  }
}

const optionSets = new WeakMap<JobSettings, Map<string, { ignored: Set<string>; checked: Set<string> }>>();

/** Per-document analysis on a helper thread: the same steps as CorpusJobRunner.analyse, with given facts. */
export function analyseOnHelper(item: HelperItem, facts: CorpusFacts | undefined, settings: JobSettings): IndexedDocument {
  try {
    const report = analyzeModel(new DocumentText(item.text, item.file.path), optionsFor(item.file, settings), facts);
    report.notices.unshift(...item.notices);
    return withReport(item.doc, report, settings);
  } catch (e) {
    return { ...item.doc, skipped: `analysis failed: ${(e as Error).message}` };
  }
}

function withReport(doc: IndexedDocument, report: DocumentReport, settings: JobSettings): IndexedDocument {
  if (!settings.compactReports) return { ...doc, report };
  return { ...doc, reportUtf8: encoder.encode(JSON.stringify(report)), summary: summarizeReport(report) };
}

const encoder = new TextEncoder();
const decoder = new TextDecoder();

type EntityInput = { entities: DocumentEntity[]; sources: SourceSpan[] };

function packEntityInput(report: DocumentReport): Uint8Array {
  return encoder.encode(JSON.stringify({ entities: report.entities, sources: report.sources } satisfies EntityInput));
}

function unpackEntityInput(bytes: Uint8Array): EntityInput {
  return JSON.parse(decoder.decode(bytes)) as EntityInput;
}

/** A report sent in compact form, back as objects. */
export function parseReport(bytes: Uint8Array): DocumentReport {
  return JSON.parse(decoder.decode(bytes)) as DocumentReport;
}

function optionsFor(file: FileInput, settings: JobSettings): AnalysisOptions {
  let perFolder = optionSets.get(settings);
  if (!perFolder) optionSets.set(settings, (perFolder = new Map()));
  let sets = perFolder.get(file.folder);
  if (!sets) {
    sets = { ignored: new Set(settings.ignoredLines[file.folder] ?? []), checked: new Set(settings.checkedClaims[file.folder] ?? []) };
    perFolder.set(file.folder, sets);
  }
  return {
    rules: settings.rulesByFolder?.[file.folder] ?? settings.rules,
    templateMinCount: settings.templateMinCount,
    maxFindings: settings.maxFindings,
    ignoredLines: sets.ignored,
    checkedClaims: sets.checked,
    disabledRules: file.disabledRules?.length ? new Set(file.disabledRules) : undefined,
    entities: settings.entitiesByFolder?.[file.folder],
  };
}

async function readDocument(
  file: FileInput,
  maxFileSize: number,
): Promise<{ file: FileInput; doc: IndexedDocument; model?: DocumentText; notices: string[] }> {
  const doc: IndexedDocument = { path: file.path, fsPath: file.fsPath, size: 0 };
  try {
    const stat = await fs.stat(file.fsPath);
    doc.size = stat.size;
    if (!stat.isFile()) return { file, doc: { ...doc, skipped: 'not a regular file' }, notices: [] };
    if (stat.size > maxFileSize) {
      return { file, doc: { ...doc, skipped: `${formatMB(stat.size)} is over the ${formatMB(maxFileSize)} limit (setting corpusReview.maxFileSize)` }, notices: [] };
    }
    const bytes = await fs.readFile(file.fsPath);
    doc.size = bytes.length;
    const decoded = decodeBytes(bytes);
    if (decoded.binary) return { file, doc: { ...doc, skipped: 'binary file (contains NUL bytes)' }, notices: [] };
    doc.contentHash = contentHash(decoded.text);
    return { file, doc, model: new DocumentText(decoded.text, file.path), notices: decoded.notices };
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    const reason = err.code === 'ENOENT' ? 'deleted while indexing' : `unreadable (${err.code ?? err.message})`;
    return { file, doc: { ...doc, skipped: reason }, notices: [] };
  }
}

/** Report path → file, for every document in a copy pair. */
function partnerFilesOf(copies: CopyPair[], files: FileInput[]): [string, string][] {
  const involved = new Set(copies.flatMap((c) => [c.a, c.b]));
  return files.filter((f) => involved.has(f.path)).map((f) => [f.path, f.fsPath]);
}

function transportFacts(facts: CorpusFacts, copies: CopyPair[]): TransportFacts {
  const lineDocumentCounts = new Map<string, number>();
  for (const [hash, count] of facts.lineDocumentCounts ?? []) if (count >= 2) lineDocumentCounts.set(hash, count);
  return { documentCount: facts.documentCount, lineDocumentCounts, copies };
}

/** A helper thread's facts: the pass's facts with the same copy partners as the coordinating thread. */
export function helperFacts(t: TransportFacts, partnerFiles: [string, string][], maxFileSize: number): CorpusFacts {
  return { ...factsFromTransport(t), copyModels: new PartnerModels(new Map(partnerFiles), maxFileSize) };
}

/** Rebuild CorpusFacts on the host side from what the worker sent. */
export function factsFromTransport(t: TransportFacts): CorpusFacts {
  return { documentCount: t.documentCount, lineDocumentCounts: t.lineDocumentCounts, copiesByPath: copiesByPath(t.copies) };
}

function formatMB(bytes: number): string {
  return `${(bytes / 1_000_000).toFixed(bytes < 10_000_000 ? 2 : 0)} MB`;
}

function yieldToMessages(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}
