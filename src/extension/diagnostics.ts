import * as vscode from 'vscode';
import { analyzeDocument, type AnalysisOptions, type CorpusFacts, type DocumentReport } from '../core';
import { analysisOptions, isCorpusDocument } from './config';
import { Config } from './constants';
import { toDiagnostic } from './convert';
import type { CorpusIndexService, ReviewStateService } from './services';

/** Debounce between the last keystroke and the analysis; overridable with `corpusReview.debounceMs`. */
export const DEFAULT_DEBOUNCE_MS = 200;
/** Index and review-state changes arrive in bursts (a whole scan, a batch of state writes): wait for calm. */
const REFRESH_DELAY_MS = 150;

/** The services the editor adapters read from; either may be missing (not built yet, or failed to start). */
export interface EditorServices {
  index?: CorpusIndexService;
  review?: ReviewStateService;
  /** `.corpus-review/entities.json` of each folder (analysisOptions reads it; this says when it changed). */
  userEntities?: { readonly onDidChange: vscode.Event<void> };
}

/** The path a document has in core reports (workspace-relative, forward slashes). */
export function corePathOf(services: EditorServices, uri: vscode.Uri): string {
  return services.index?.pathOf(uri) ?? vscode.workspace.asRelativePath(uri, false);
}

/** The URI of a document from its core report path. */
export function uriOfCorePath(services: EditorServices, path: string): vscode.Uri | undefined {
  const fromIndex = services.index?.uriOf(path);
  if (fromIndex) return fromIndex;
  const folder = vscode.workspace.workspaceFolders?.[0];
  return folder ? vscode.Uri.joinPath(folder.uri, ...path.split('/')) : undefined;
}

interface Published {
  version: number;
  report: DocumentReport;
  /** What the analysis depended on besides the text, to know when a re-analysis is due. */
  facts: CorpusFacts | undefined;
  reviewGeneration: number;
}

/**
 * Analyses open corpus documents on open and change (debounced) and publishes diagnostics, with the
 * corpus facts of the index and the review state's options. A result computed for an older document
 * version is dropped, never published. Fresh reports of edited documents are fed back into the index.
 */
export class DiagnosticsPublisher implements vscode.Disposable {
  private readonly collection = vscode.languages.createDiagnosticCollection('corpusReview');
  private readonly timers = new Map<string, NodeJS.Timeout>();
  private readonly published = new Map<string, Published>();
  /** Last document version handed to the index, per document: each version is fed once. */
  private readonly fedVersions = new Map<string, number>();
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  readonly onDidChangeReport = this.changed.event;
  private reviewGeneration = 0;
  private refreshTimer?: NodeJS.Timeout;
  private readonly subscriptions: vscode.Disposable[] = [];

  constructor(
    private readonly log: vscode.LogOutputChannel,
    private readonly services: EditorServices = {},
  ) {
    if (services.index) this.subscriptions.push(services.index.onDidChange(() => this.refreshOpen()));
    if (services.review)
      this.subscriptions.push(
        services.review.onDidChange(() => {
          this.reviewGeneration++;
          this.refreshOpen();
        }),
      );
    // Re-analyse at once, without waiting for the index's full pass (which refreshes again with new facts).
    if (services.userEntities) this.subscriptions.push(services.userEntities.onDidChange(() => this.refreshOpen(true)));
    this.subscriptions.push(
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration(Config.section)) this.refreshOpen(true);
      }),
    );
  }

  /** The published report of a document, with the document version it was computed for. */
  reportFor(uri: vscode.Uri): { version: number; report: DocumentReport } | undefined {
    return this.published.get(uri.toString());
  }

  /** The report for the document's current text: the published one if current, else analysed now. */
  currentReport(document: vscode.TextDocument): DocumentReport | undefined {
    const p = this.published.get(document.uri.toString());
    if (p && p.version === document.version) return p.report;
    this.analyze(document);
    const fresh = this.published.get(document.uri.toString());
    return fresh && fresh.version === document.version ? fresh.report : undefined;
  }

  schedule(document: vscode.TextDocument, delay = debounceMs()): void {
    if (!isCorpusDocument(document.uri)) return;
    const key = document.uri.toString();
    clearTimeout(this.timers.get(key));
    this.timers.set(
      key,
      setTimeout(() => {
        this.timers.delete(key);
        this.analyze(document);
      }, delay),
    );
  }

  analyze(document: vscode.TextDocument): void {
    if (document.isClosed || !isCorpusDocument(document.uri)) return;
    const key = document.uri.toString();
    const version = document.version;
    const facts = this.services.index?.facts();
    const reviewGeneration = this.reviewGeneration;
    const started = Date.now();
    let report: DocumentReport;
    try {
      report = analyzeDocument(document.getText(), this.optionsFor(document.uri), facts, corePathOf(this.services, document.uri));
    } catch (e) {
      this.log.error(`analysis failed for ${document.uri.toString(true)}: ${(e as Error).stack ?? e}`);
      return;
    }
    if (document.isClosed || document.version !== version) return; // stale: a newer version is on its way
    this.published.set(key, { version, report, facts, reviewGeneration });
    this.collection.set(
      document.uri,
      report.findings.map((f) => toDiagnostic(f, document.uri, version, (p) => uriOfCorePath(this.services, p))),
    );
    this.log.info(`analysed ${vscode.workspace.asRelativePath(document.uri)} v${version}: ${report.findings.length} findings in ${Date.now() - started} ms`);
    if (this.services.index && this.fedVersions.get(key) !== version) {
      // Only new text is fed back: a re-analysis caused by an index change must not trigger another one.
      this.fedVersions.set(key, version);
      try {
        this.services.index.updateFromEditor(document.uri, report);
      } catch (e) {
        this.log.error(`index update failed for ${document.uri.toString(true)}: ${(e as Error).message}`);
      }
    }
    this.changed.fire(document.uri);
  }

  /** Re-analyse open corpus documents whose corpus facts or review state changed (or all, when forced). */
  refreshOpen(force = false): void {
    clearTimeout(this.refreshTimer);
    this.refreshTimer = setTimeout(() => {
      const facts = this.services.index?.facts();
      for (const document of vscode.workspace.textDocuments) {
        if (!isCorpusDocument(document.uri)) {
          if (this.published.has(document.uri.toString())) this.clear(document.uri); // no longer in a corpus folder
          continue;
        }
        const p = this.published.get(document.uri.toString());
        if (force || !p || p.version !== document.version || p.facts !== facts || p.reviewGeneration !== this.reviewGeneration) this.analyze(document);
      }
    }, REFRESH_DELAY_MS);
  }

  clear(uri: vscode.Uri): void {
    const key = uri.toString();
    clearTimeout(this.timers.get(key));
    this.timers.delete(key);
    this.published.delete(key);
    this.fedVersions.delete(key);
    this.collection.delete(uri);
  }

  private optionsFor(uri: vscode.Uri): AnalysisOptions {
    const base = analysisOptions(uri);
    try {
      return { ...base, ...(this.services.review?.optionsFor(uri) ?? {}) };
    } catch (e) {
      this.log.error(`review state unavailable for ${uri.toString(true)}: ${(e as Error).message}`);
      return base;
    }
  }

  dispose(): void {
    clearTimeout(this.refreshTimer);
    for (const t of this.timers.values()) clearTimeout(t);
    for (const s of this.subscriptions) s.dispose();
    this.collection.dispose();
    this.changed.dispose();
  }
}

function debounceMs(): number {
  const v = vscode.workspace.getConfiguration(Config.section).get<number>('debounceMs', DEFAULT_DEBOUNCE_MS);
  return typeof v === 'number' && v >= 0 && v <= 10_000 ? v : DEFAULT_DEBOUNCE_MS;
}
