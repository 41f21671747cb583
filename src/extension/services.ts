import type * as vscode from 'vscode';
import type { AnalysisOptions, CopyPair, CorpusEntity, CorpusFacts, DocumentReport } from '../core';

/**
 * Contracts between the extension's parts. The indexer and the review-state store implement them;
 * diagnostics, code actions, hovers and views consume them. Keeping them here lets each side be built
 * and tested on its own.
 */

export type ReviewStatus = 'unreviewed' | 'inReview' | 'reviewed' | 'rejected';

/** The corpus as last indexed: every corpus document's report, the entity index and the copies. */
export interface CorpusIndexService {
  readonly onDidChange: vscode.Event<void>;
  /** Corpus-wide facts (template lines, copies) for analysing one open document; undefined before the first index. */
  facts(): CorpusFacts | undefined;
  entities(): readonly CorpusEntity[];
  copies(): readonly CopyPair[];
  documents(): readonly vscode.Uri[];
  reportFor(uri: vscode.Uri): DocumentReport | undefined;
  /** The path a document has in core reports (workspace-relative, forward slashes), and back. */
  pathOf(uri: vscode.Uri): string;
  uriOf(path: string): vscode.Uri | undefined;
  /** Feed a fresh report of an open (possibly unsaved) document into the index. */
  updateFromEditor(uri: vscode.Uri, report: DocumentReport): void;
}

/** `.corpus-review/state.json` per workspace folder: review status, ignored lines, checked claims. */
export interface ReviewStateService {
  readonly onDidChange: vscode.Event<void>;
  /** The parts of the analysis options that come from review state, for one document. */
  optionsFor(uri: vscode.Uri): Pick<AnalysisOptions, 'ignoredLines' | 'checkedClaims' | 'disabledRules'>;
  statusOf(uri: vscode.Uri): ReviewStatus;
  /** True when the document's content changed since its status was set. */
  changedSinceReview(uri: vscode.Uri): boolean;
  setStatus(uri: vscode.Uri, status: ReviewStatus): Promise<void>;
  ignoreLine(uri: vscode.Uri, lineHash: string, text: string): Promise<void>;
  clearIgnored(): Promise<void>;
  markClaimChecked(uri: vscode.Uri, sentenceHash: string, text: string): Promise<void>;
  disableRuleForDocument(uri: vscode.Uri, ruleId: string): Promise<void>;
  /** False in an untrusted workspace: nothing may be written. */
  readonly writable: boolean;
}
