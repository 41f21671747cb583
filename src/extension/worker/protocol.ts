import type { CopyPair, CorpusEntity, DocumentReport, RuleSetting } from '../../core';
import type { UserEntities } from '../../core/entities';
import type { ReportSummary } from '../state/corpusModel';

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
   * Send each report as UTF-8 JSON bytes plus a summary instead of as objects. A report is ~7 times the size
   * of its text as objects; as bytes it costs the host far less memory and garbage collection,
   * and it is parsed only when a view needs it.
   */
  compactReports?: boolean;
}

export interface IndexedDocument {
  path: string;
  fsPath: string;
  size: number;
  contentHash?: string;
  report?: DocumentReport;
  /**
   * With JobSettings.compactReports: the report as UTF-8 JSON bytes (outside the JS heap, so the host's
   * garbage collector never walks it), and what views need without parsing it.
   */
  reportUtf8?: Uint8Array;
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
  /** Time to build the corpus entity index. */
  entityIndexMs?: number;
  /** Helper threads that analysed part of the documents. */
  helpers?: number;
}

export type WorkerResponse =
  | { type: 'progress'; id: number; done: number; total: number; phase: 'reading' | 'analysing' }
  | { type: 'results'; id: number; documents: IndexedDocument[] }
  /** Part of the entity index; the host joins the parts (one huge message would block its thread while decoded). */
  | { type: 'entities'; id: number; entities: CorpusEntity[] }
  | { type: 'done'; id: number; cancelled: boolean; entities: CorpusEntity[]; facts?: TransportFacts; stats: JobStats }
  | { type: 'error'; id: number; message: string };

/** A document handed to a helper thread for per-document analysis. */
export interface HelperItem {
  file: FileInput;
  text: string;
  doc: IndexedDocument;
  notices: string[];
}

/** Coordinator worker → helper worker. */
export type HelperRequest =
  /** `partnerFiles`: report path → file of each document in a copy pair, read again on demand. */
  | { type: 'facts'; pass: number; facts: TransportFacts; partnerFiles: [string, string][]; maxFileSize: number }
  | { type: 'analyse'; id: number; pass: number; items: HelperItem[]; settings: JobSettings };

/** Helper worker → coordinator. */
export type HelperResponse = { type: 'analysed'; id: number; documents: IndexedDocument[] } | { type: 'failed'; id: number; message: string };
