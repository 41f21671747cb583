import type { CopyPair, CorpusEntity, DocumentReport, RuleSetting } from '../../core';
import type { UserEntities } from '../../core/entities';
import type { ReportSummary } from '../state/corpusModel';
import type { FactsPart, PackedFacts } from '../../cli/pool/facts';
import type { ReduceSlice } from '../../cli/pool/copies';
import type { ConfirmedPair, CopyProfile } from '../../core/copies';
import type { PackedEntityIndex } from './entityIndexPack';

/** Messages between the extension host and the indexing worker. Everything here is structured-cloneable. */

export interface FileInput {
  fsPath: string;
  /** Path in core reports: workspace-relative, forward slashes. */
  path: string;
  /** Which review-state folder the file belongs to (keys of JobSettings.ignoredLines / checkedClaims). */
  folder: string;
  disabledRules?: string[];
}

export interface JobSettings {
  rules: Record<string, RuleSetting>;
  /** Folder-level `corpusReview.rules` where it differs from `rules` (multi-root workspaces). */
  rulesByFolder?: Record<string, Record<string, RuleSetting>>;
  templateMinCount?: number;
  maxFindings?: number;
  /** Files above this many bytes are skipped with a notice. */
  maxFileSize: number;
  /** Each workspace folder's `.corpus-review/entities.json` (folders without one are absent). */
  entitiesByFolder?: Record<string, UserEntities>;
  ignoredLines: Record<string, string[]>;
  checkedClaims: Record<string, string[]>;
  /**
   * Send each document's full report with its summary. Off for indexing: the host keeps summaries only
   * (a report is ~7 times its text as objects, ~37 kB of JSON for a 5 kB article) and asks for a report
   * (`reports` request) when a view needs one. Tests and the report export turn it on.
   */
  includeReports?: boolean;
}

export interface IndexedDocument {
  path: string;
  fsPath: string;
  size: number;
  contentHash?: string;
  /** Only with JobSettings.includeReports (and for `reports` requests). */
  report?: DocumentReport;
  /** What views, the status bar and the export need of the report, without the report. */
  summary?: ReportSummary;
  /** Why the document was not analysed (binary, too large, unreadable), in plain words. */
  skipped?: string;
}

/** The corpus-wide facts, in a form small enough to send to the host. */
export interface TransportFacts {
  documentCount: number;
  /** Only lines found in two or more documents: a line in one document can never be a template line. */
  lineDocumentCounts: Map<string, number>;
  copies: CopyPair[];
}

export type WorkerRequest =
  /** Read and analyse the whole corpus; replaces the worker's corpus facts. */
  | { type: 'corpus'; id: number; files: FileInput[]; settings: JobSettings }
  /** Re-analyse some documents with the facts of the last corpus pass. */
  | { type: 'documents'; id: number; files: FileInput[]; settings: JobSettings }
  /**
   * Full reports of some documents with the facts of the last corpus pass, changing nothing (a view or
   * the export needs them). Answered between the steps of a running job, not after it.
   */
  | { type: 'reports'; id: number; files: FileInput[]; settings: JobSettings }
  /** Forget documents (deleted) and rebuild the entity index. */
  | { type: 'remove'; id: number; paths: string[] }
  | { type: 'cancel'; id: number };

export interface JobStats {
  files: number;
  analysed: number;
  skipped: number;
  bytes: number;
  ms: number;
  /** Time of the synchronous corpus step (template lines, copies), which cannot be split. */
  corpusPassMs: number;
  /** Time of the map step (reading, template-line hashes, copy signatures) of a full pass. */
  mapMs?: number;
  /** Time of the per-document analysis of a full pass. */
  analysisMs?: number;
  /** Time to build the corpus entity index. */
  entityIndexMs?: number;
  /** Helper threads that analysed part of the documents. */
  helpers?: number;
}

export type WorkerResponse =
  | { type: 'progress'; id: number; done: number; total: number; phase: 'reading' | 'analysing' }
  | { type: 'results'; id: number; documents: IndexedDocument[] }
  /** The corpus entity index, packed (entityIndexPack.ts): its occurrences move without a copy. */
  | { type: 'entities'; id: number; index: PackedEntityIndex }
  | { type: 'done'; id: number; cancelled: boolean; entities: CorpusEntity[]; facts?: TransportFacts; stats: JobStats }
  | { type: 'error'; id: number; message: string };

/** What the map step learns of one file: its part of the corpus facts, or why it is skipped. */
export type MapOutcome = { index: number; size: number; skipped: string } | { index: number; size: number; part: FactsPart; profile: CopyProfile };

/** A file to analyse on a helper thread, with its place in the job's file list. */
export interface HelperItem {
  index: number;
  file: FileInput;
}

/** One analysed document: what goes to the host, and the packed input of the corpus entity index. */
export interface AnalysedDocument {
  index: number;
  doc: IndexedDocument;
  entityInput?: Uint8Array;
}

/** Coordinator worker → helper worker. */
export type HelperRequest =
  | { type: 'map'; id: number; items: HelperItem[]; maxFileSize: number }
  /** `partnerFiles`: report path → file of each document in a copy pair, read again on demand. */
  | { type: 'facts'; pass: number; facts: PackedFacts; partnerFiles: [string, string][]; maxFileSize: number }
  | { type: 'analyse'; id: number; pass: number; items: HelperItem[]; settings: JobSettings }
  /** A contiguous slice of the copies reduce (confirm candidate pairs, or decide originals). */
  | { type: 'reduce'; id: number; slice: ReduceSlice; maxFileSize: number };

/** Helper worker → coordinator. */
export type HelperResponse =
  | { type: 'mapped'; id: number; outcomes: MapOutcome[] }
  | { type: 'analysed'; id: number; documents: AnalysedDocument[] }
  | { type: 'reduced'; id: number; result: ConfirmedPair[] | CopyPair[] }
  | { type: 'failed'; id: number; message: string };
