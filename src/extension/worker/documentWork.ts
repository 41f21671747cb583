// The per-document steps of an indexing pass, the same on the coordinating worker and on helper threads:
// read a file, its part of the corpus facts (map step), its analysis against the corpus facts.
import * as fs from 'node:fs/promises';
import { analyzeModel, DocumentText, type AnalysisOptions, type DocumentReport } from '../../core';
import { decodeBytes } from '../../core/text/decode';
import { copyProfile } from '../../core/copies';
import { loadDocumentSync } from '../../cli/pool/copies';
import { factsPartOf, FactsView, unpackFacts, type PackedFacts } from '../../cli/pool/facts';
import { contentHash } from '../state/contentHash';
import { summarizeReport } from '../state/corpusModel';
import { packEntityInput } from './entityInputs';
import type { AnalysedDocument, FileInput, HelperItem, IndexedDocument, JobSettings, MapOutcome } from './protocol';

export interface ReadResult {
  doc: IndexedDocument;
  model?: DocumentText;
  notices: string[];
}

export async function readDocument(file: FileInput, maxFileSize: number): Promise<ReadResult> {
  const doc: IndexedDocument = { path: file.path, fsPath: file.fsPath, size: 0 };
  try {
    const stat = await fs.stat(file.fsPath);
    doc.size = stat.size;
    if (!stat.isFile()) return { doc: { ...doc, skipped: 'not a regular file' }, notices: [] };
    if (stat.size > maxFileSize) {
      return { doc: { ...doc, skipped: `${formatMB(stat.size)} is over the ${formatMB(maxFileSize)} limit (setting corpusReview.maxFileSize)` }, notices: [] };
    }
    const bytes = await fs.readFile(file.fsPath);
    doc.size = bytes.length;
    const decoded = decodeBytes(bytes);
    if (decoded.binary) return { doc: { ...doc, skipped: 'binary file (contains NUL bytes)' }, notices: [] };
    doc.contentHash = contentHash(decoded.text);
    return { doc, model: new DocumentText(decoded.text, file.path), notices: decoded.notices };
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    const reason = err.code === 'ENOENT' ? 'deleted while indexing' : `unreadable (${err.code ?? err.message})`;
    return { doc: { ...doc, skipped: reason }, notices: [] };
  }
}

/** Files read concurrently; enough to hide disk latency without holding many buffers at once. */
const READ_CONCURRENCY = 16;

/** Read files a few at a time, in order; `each` runs as each file's bytes arrive (in input order). */
export async function readEach(files: readonly FileInput[], maxFileSize: number, each: (r: ReadResult, i: number) => void): Promise<void> {
  for (let i = 0; i < files.length; i += READ_CONCURRENCY) {
    const batch = await Promise.all(files.slice(i, i + READ_CONCURRENCY).map((f) => readDocument(f, maxFileSize)));
    batch.forEach((r, k) => each(r, i + k));
  }
}

/**
 * Text a thread keeps as read models between the map step and the analysis (its own documents), so a
 * small corpus is read and classified once: on the 1k corpus the second read and classification were
 * ~15 % of the pass's CPU. Beyond it the models are dropped and the analysis reads the files again:
 * holding 10k models between the steps was most of the worker's memory.
 */
export const RETAIN_TEXT_CHARS = 4_000_000;

/** Read documents a thread keeps from the map step for its analysis, up to a budget of text. */
export class RetainedModels {
  private readonly kept = new Map<number, ReadResult>();
  private chars = 0;

  constructor(private readonly budget = RETAIN_TEXT_CHARS) {}

  keep(index: number, r: ReadResult): void {
    if (!r.model || this.chars + r.model.text.length > this.budget) return;
    // What the copies search memoised for its signature is rebuilt by a copy rule if it needs it.
    r.model.forget('copies/');
    this.chars += r.model.text.length;
    this.kept.set(index, r);
  }

  take(index: number): ReadResult | undefined {
    const r = this.kept.get(index);
    this.kept.delete(index);
    return r;
  }

  clear(): void {
    this.kept.clear();
    this.chars = 0;
  }
}

/** The map step for some files: each document's template-line hashes, copy signature and copy profile. */
export async function mapFiles(items: readonly HelperItem[], maxFileSize: number, retain?: RetainedModels): Promise<MapOutcome[]> {
  const out: MapOutcome[] = [];
  await readEach(
    items.map((it) => it.file),
    maxFileSize,
    (r, k) => {
      const index = items[k].index;
      if (!r.model) out.push({ index, size: r.doc.size, skipped: r.doc.skipped ?? 'unreadable' });
      else {
        out.push({ index, size: r.doc.size, part: factsPartOf(r.model), profile: copyProfile(r.model) });
        retain?.keep(index, r);
      }
    },
  );
  return out;
}


/** The corpus facts a thread analyses with: the pass's shared facts, copy partners read again from disk. */
export function factsViewOf(packed: PackedFacts, partnerFiles: ReadonlyMap<string, string>, maxFileSize: number): FactsView {
  return new FactsView(unpackFacts(packed), (p) => {
    const file = partnerFiles.get(p);
    return file === undefined ? undefined : loadDocumentSync(p, file, maxFileSize);
  });
}

/**
 * Analyse files against the facts (models kept from the map step where there are, the others read
 * again); a failed analysis is a skipped document with its reason.
 */
export async function analyseFiles(items: readonly HelperItem[], view: FactsView | undefined, settings: JobSettings, retained?: RetainedModels): Promise<AnalysedDocument[]> {
  const out: AnalysedDocument[] = [];
  const toRead: HelperItem[] = [];
  for (const item of items) {
    const r = retained?.take(item.index);
    if (r) out.push(analyseRead(item, r, view, settings));
    else toRead.push(item);
  }
  await readEach(
    toRead.map((it) => it.file),
    settings.maxFileSize,
    (r, k) => out.push(analyseRead(toRead[k], r, view, settings)),
  );
  return out;
}

export function analyseRead(item: HelperItem, r: ReadResult, view: FactsView | undefined, settings: JobSettings): AnalysedDocument {
  if (!r.model) return { index: item.index, doc: r.doc };
  try {
    const report = analyzeModel(r.model, optionsFor(item.file, settings), view?.forDocument(r.model));
    report.notices.unshift(...r.notices);
    return { index: item.index, doc: withReport(r.doc, report, settings), entityInput: packEntityInput(report) };
  } catch (e) {
    return { index: item.index, doc: { ...r.doc, skipped: `analysis failed: ${(e as Error).message}` } };
  }
}

function withReport(doc: IndexedDocument, report: DocumentReport, settings: JobSettings): IndexedDocument {
  return { ...doc, summary: summarizeReport(report), ...(settings.includeReports ? { report } : {}) };
}

const optionSets = new WeakMap<JobSettings, Map<string, { ignored: Set<string>; checked: Set<string> }>>();

/** Analysis options of one file: its folder's rules and review state, its own disabled rules. */
export function optionsFor(file: FileInput, settings: JobSettings): AnalysisOptions {
  let perFolder = optionSets.get(settings);
  if (!perFolder) {
    perFolder = new Map();
    optionSets.set(settings, perFolder);
  }
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

function formatMB(bytes: number): string {
  return `${(bytes / 1_000_000).toFixed(bytes < 10_000_000 ? 2 : 0)} MB`;
}
