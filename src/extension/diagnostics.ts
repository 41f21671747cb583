import * as vscode from 'vscode';
import { analyzeDocument, type DocumentReport } from '../core';
import { analysisOptions, isCorpusDocument } from './config';
import { toDiagnostic } from './convert';

const DEBOUNCE_MS = 200;

/**
 * Analyses open corpus documents on open and change (debounced) and publishes diagnostics.
 * A result computed for an older document version is dropped, never published.
 */
export class DiagnosticsPublisher implements vscode.Disposable {
  private readonly collection = vscode.languages.createDiagnosticCollection('corpusReview');
  private readonly timers = new Map<string, NodeJS.Timeout>();
  private readonly reports = new Map<string, { version: number; report: DocumentReport }>();
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  readonly onDidChangeReport = this.changed.event;

  constructor(private readonly log: vscode.LogOutputChannel) {}

  reportFor(uri: vscode.Uri): { version: number; report: DocumentReport } | undefined {
    return this.reports.get(uri.toString());
  }

  schedule(document: vscode.TextDocument, delay = DEBOUNCE_MS): void {
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
    const version = document.version;
    const started = Date.now();
    let report: DocumentReport;
    try {
      report = analyzeDocument(document.getText(), analysisOptions(document.uri), undefined, vscode.workspace.asRelativePath(document.uri));
    } catch (e) {
      this.log.error(`analysis failed for ${document.uri.fsPath}: ${(e as Error).stack ?? e}`);
      return;
    }
    if (document.isClosed || document.version !== version) return; // stale: a newer version is on its way
    this.reports.set(document.uri.toString(), { version, report });
    this.collection.set(document.uri, report.findings.map((f) => toDiagnostic(f, document.uri, version)));
    this.log.info(`analysed ${vscode.workspace.asRelativePath(document.uri)} v${version}: ${report.findings.length} findings in ${Date.now() - started} ms`);
    this.changed.fire(document.uri);
  }

  clear(uri: vscode.Uri): void {
    clearTimeout(this.timers.get(uri.toString()));
    this.timers.delete(uri.toString());
    this.reports.delete(uri.toString());
    this.collection.delete(uri);
  }

  dispose(): void {
    for (const t of this.timers.values()) clearTimeout(t);
    this.collection.dispose();
    this.changed.dispose();
  }
}
