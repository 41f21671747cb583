import * as vscode from 'vscode';
import * as path from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import type { CopyPair, CorpusEntity, CorpusFacts, DocumentReport, RuleSetting } from '../core';
import { analysisOptions, corpusFolderPatterns, corpusGlob, excludeGlobs, includedExtensions, INDEX_SETTINGS, isCorpusDocument, maxFileSizeBytes } from './config';
import { ContextKeys, Views } from './constants';
import type { ReviewStateStore } from './reviewState';
import type { UserEntitiesStore } from './userEntities';
import type { CorpusIndexService } from './services';
import { summarizeReport } from './state/corpusModel';
import { combineGlobs } from './state/glob';
import { IndexWorkerClient, type DoneMessage } from './worker/client';
import { factsFromTransport } from './worker/corpusJob';
import type { FileInput, IndexedDocument, JobSettings } from './worker/protocol';

/** Watcher events arrive in bursts (a git checkout, an unzip): gather them before re-analysing. */
const WATCH_DEBOUNCE_MS = 300;
/**
 * After files change, corpus-wide facts (template lines, copies) are stale; a quiet full pass refreshes
 * them. Waits this long after the last change, or twice the last full pass, whichever is longer, so a
 * large corpus being edited does not keep the worker busy.
 */
const FULL_PASS_QUIET_MS = 3000;

/** A folder of the corpus: a workspace folder's directory matched by a `corpusReview.corpusFolders` entry. */
export interface CorpusRoot {
  key: string;
  folder: vscode.WorkspaceFolder;
  uri: vscode.Uri;
  /** The directory relative to its workspace folder (`seeds`, `data/2024`). */
  label: string;
}

/** A worker's result for one document, placed in the workspace: its summary. `report` is set only for a
 * report fed from the editor (current text); other reports are computed again when asked for (`loadReport`). */
export interface IndexedEntry extends Omit<IndexedDocument, 'fsPath'> {
  uri: vscode.Uri;
  folder: vscode.WorkspaceFolder;
  rootKey: string;
}

/**
 * Full reports kept on the host at once, for what a reviewer expands in the tree (one document's
 * categories, entities). The index itself keeps summaries only: 10k reports were ~370 MB as JSON bytes.
 */
const REPORT_CACHE = 20;

export interface IndexProgress {
  done: number;
  total: number;
}

/**
 * The corpus as last indexed. Scans corpus folders after activation (cancellable progress), keeps up
 * with a file watcher, and does all reading and analysis on a worker thread.
 */
export class CorpusIndex implements CorpusIndexService, vscode.Disposable {
  private entries = new Map<string, IndexedEntry>();
  /** Reports fetched from the worker, by URI, least recently used first; emptied when the facts change. */
  private readonly reports = new Map<string, { entry: IndexedEntry; report: DocumentReport }>();
  private readonly loading = new Map<string, Promise<DocumentReport | undefined>>();
  private byPath = new Map<string, vscode.Uri>();
  private rootList: CorpusRoot[] = [];
  private corpusFacts?: CorpusFacts;
  private entityList: CorpusEntity[] = [];
  private copyList: CopyPair[] = [];
  private readonly changed = new vscode.EventEmitter<void>();
  /** Facts, entities, copies or the set of documents changed (what diagnostics depend on). */
  readonly onDidChange = this.changed.event;
  private readonly updated = new vscode.EventEmitter<void>();
  /** Anything visible changed, including one document's report or the progress (views, status bar). */
  readonly onDidUpdate = this.updated.event;
  private readonly worker: IndexWorkerClient;
  private readonly disposables: vscode.Disposable[] = [];
  private watchers: vscode.Disposable[] = [];
  private fullPass?: vscode.CancellationTokenSource;
  private fullPassTimer?: NodeJS.Timeout;
  private lastFullPassMs = 0;
  private pendingChanged = new Map<string, vscode.Uri>();
  private pendingDeleted = new Map<string, vscode.Uri>();
  private watchTimer?: NodeJS.Timeout;
  /** Set while a full pass runs. */
  progress?: IndexProgress;
  /** True once the first full pass finished (or was cancelled). */
  indexedOnce = false;
  cancelledPass = false;
  lastStats?: DoneMessage['stats'] & { longestBlockMs: number; ownLongestMs: number };

  constructor(
    extensionUri: vscode.Uri,
    private readonly log: vscode.LogOutputChannel,
    private readonly review: ReviewStateStore,
    private readonly userEntities?: UserEntitiesStore,
  ) {
    const script = vscode.Uri.joinPath(extensionUri, 'dist', 'indexWorker.js').fsPath;
    this.worker = new IndexWorkerClient(script, (m) => log.error(m));
    this.disposables.push(
      this.changed,
      this.updated,
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (INDEX_SETTINGS.some((k) => e.affectsConfiguration(k))) void this.reindex(false);
      }),
      vscode.workspace.onDidChangeWorkspaceFolders(() => void this.reindex(false)),
      vscode.workspace.onDidRenameFiles((e) => {
        for (const f of e.files) void this.review.rename(f.oldUri, f.newUri);
      }),
      review.onDidChangeAnalysisState(() => this.scheduleFullPass(0)),
    );
    // The user's entities shape every document's entities and the corpus index: a full pass re-applies them.
    if (userEntities) this.disposables.push(userEntities.onDidChange(() => this.scheduleFullPass(0)));
  }

  /** Start the first scan after activation has returned, so activation itself stays cheap. */
  start(): void {
    setTimeout(() => {
      void Promise.all([this.review.whenReady(), this.userEntities?.whenReady()]).then(() => this.reindex(true));
    }, 0);
  }

  // ---- CorpusIndexService ----

  facts(): CorpusFacts | undefined {
    return this.corpusFacts;
  }
  entities(): readonly CorpusEntity[] {
    return this.entityList;
  }
  copies(): readonly CopyPair[] {
    return this.copyList;
  }
  documents(): readonly vscode.Uri[] {
    return [...this.entries.values()].map((e) => e.uri);
  }
  /** The report if the host has it now (fed from the editor, or fetched lately); see loadReport. */
  reportFor(uri: vscode.Uri): DocumentReport | undefined {
    const key = uri.toString();
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    if (entry.report) return entry.report;
    const cached = this.reports.get(key);
    if (!cached || cached.entry !== entry) return undefined;
    // Refresh its place in the LRU order.
    this.reports.delete(key);
    this.reports.set(key, cached);
    return cached.report;
  }

  /** The report of an indexed document, analysed again on the worker with the current facts if not at hand. */
  loadReport(uri: vscode.Uri): Promise<DocumentReport | undefined> {
    const now = this.reportFor(uri);
    if (now) return Promise.resolve(now);
    const key = uri.toString();
    const entry = this.entries.get(key);
    if (!entry || entry.skipped) return Promise.resolve(undefined);
    const pending = this.loading.get(key);
    if (pending) return pending;
    const p = this.fetchReport(entry)
      .then((report) => {
        // Kept only if the entry is still the one asked about (not re-indexed meanwhile).
        if (report && this.entries.get(key) === entry) {
          this.reports.set(key, { entry, report });
          if (this.reports.size > REPORT_CACHE) this.reports.delete(this.reports.keys().next().value!);
        }
        return report;
      })
      .finally(() => this.loading.delete(key));
    this.loading.set(key, p);
    return p;
  }

  /**
   * Full reports of many documents (the report export), analysed again on the worker; `each` gets them as
   * they come, so the caller keeps only what it needs of each.
   */
  async eachReport(entries: readonly IndexedEntry[], each: (entry: IndexedEntry, report: DocumentReport) => void, token?: vscode.CancellationToken): Promise<boolean> {
    const byPath = new Map(entries.filter((e) => !e.skipped).map((e) => [e.uri.fsPath, e]));
    const files = [...byPath.values()].map((e) => this.fileInput(e.uri, e.folder));
    const done = await this.worker.run(
      { type: 'reports', files, settings: this.jobSettings() },
      {
        onResults: (docs) => {
          for (const d of docs) {
            const e = byPath.get(d.fsPath);
            if (e && d.report) each(e, e.report ?? d.report);
          }
        },
      },
      token ? { onCancel: (l) => token.onCancellationRequested(l) } : undefined,
    );
    return !done.cancelled;
  }

  private async fetchReport(entry: IndexedEntry): Promise<DocumentReport | undefined> {
    let report: DocumentReport | undefined;
    try {
      await this.worker.run(
        { type: 'reports', files: [this.fileInput(entry.uri, entry.folder)], settings: this.jobSettings() },
        { onResults: (docs) => (report = docs.find((d) => d.fsPath === entry.uri.fsPath)?.report ?? report) },
      );
    } catch (e) {
      this.log.error(`report request failed: ${(e as Error).message}`);
    }
    return report;
  }

  private fileInput(uri: vscode.Uri, folder: vscode.WorkspaceFolder): FileInput {
    return { fsPath: uri.fsPath, path: corePath(uri), folder: folder.uri.toString(), disabledRules: this.review.disabledRulesOf(uri) };
  }
  pathOf(uri: vscode.Uri): string {
    return this.entries.get(uri.toString())?.path ?? corePath(uri);
  }
  uriOf(p: string): vscode.Uri | undefined {
    return this.byPath.get(p);
  }
  updateFromEditor(uri: vscode.Uri, report: DocumentReport): void {
    const entry = this.entries.get(uri.toString());
    if (!entry) return;
    entry.report = report;
    entry.summary = summarizeReport(report);
    this.updated.fire();
  }

  // ---- for the view, status bar and report ----

  entry(uri: vscode.Uri): IndexedEntry | undefined {
    return this.entries.get(uri.toString());
  }
  allEntries(): IndexedEntry[] {
    return [...this.entries.values()];
  }
  roots(): readonly CorpusRoot[] {
    return this.rootList;
  }
  contentHashOf(uri: vscode.Uri): string | undefined {
    return this.entries.get(uri.toString())?.contentHash;
  }

  /** Scan the corpus folders and analyse everything (a full pass). `notify`: show a cancellable notification. */
  async reindex(notify: boolean): Promise<void> {
    clearTimeout(this.fullPassTimer);
    this.fullPass?.cancel();
    const cts = (this.fullPass = new vscode.CancellationTokenSource());
    const run = async (progress: vscode.Progress<{ message?: string; increment?: number }>, token: vscode.CancellationToken) => {
      token.onCancellationRequested(() => cts.cancel());
      try {
        await this.fullPassRun(progress, cts.token);
      } catch (e) {
        this.log.error(`indexing failed: ${(e as Error).stack ?? e}`);
        void vscode.window.showErrorMessage(vscode.l10n.t('Corpus Review: indexing failed: {0}', (e as Error).message));
      } finally {
        if (this.fullPass === cts) this.fullPass = undefined;
        cts.dispose();
      }
    };
    if (notify) {
      await vscode.window.withProgress(
        { location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Corpus Review: indexing'), cancellable: true },
        run,
      );
    } else {
      await vscode.window.withProgress({ location: { viewId: Views.corpus } }, (p) => run(p, cts.token));
    }
  }

  private async fullPassRun(progress: vscode.Progress<{ message?: string; increment?: number }>, token: vscode.CancellationToken): Promise<void> {
    const started = Date.now();
    const delay = monitorEventLoopDelay({ resolution: 10 });
    delay.enable();
    void vscode.commands.executeCommand('setContext', ContextKeys.indexing, true);
    this.progress = { done: 0, total: 0 };
    this.updated.fire();
    try {
      const { files, roots, uris } = await this.discover();
      if (token.isCancellationRequested) return;
      this.rootList = roots;
      void vscode.commands.executeCommand('setContext', ContextKeys.noCorpus, roots.length === 0);
      this.progress = { done: 0, total: files.length };
      progress.report({ message: vscode.l10n.t('{0} documents found', files.length) });
      // First scan: documents appear as they are analysed. Later passes swap in the new state at the end.
      const streaming = this.entries.size === 0;
      const next = streaming ? this.entries : new Map<string, IndexedEntry>();
      let reported = 0;
      let lastFire = 0;
      /** Longest synchronous stretch of our own work on this thread (the loop-delay figure also counts other extensions). */
      let ownLongest = 0;
      const done = await this.worker.run(
        { type: 'corpus', files, settings: this.jobSettings() },
        {
          onProgress: (n, total, phase) => {
            const fraction = phase === 'reading' ? n / total / 2 : 0.5 + n / Math.max(1, total) / 2;
            const pct = Math.round(fraction * 100);
            if (pct > reported) progress.report({ increment: pct - reported, message: phase === 'reading' ? vscode.l10n.t('reading {0}/{1}', n, total) : vscode.l10n.t('analysing {0}/{1}', n, total) });
            reported = Math.max(reported, pct);
            this.progress = { done: phase === 'reading' ? Math.floor(n / 2) : Math.floor(total / 2 + n / 2), total: files.length };
            if (Date.now() - lastFire > 250) {
              lastFire = Date.now();
              this.updated.fire();
            }
          },
          onResults: (docs) => {
            const t0 = performance.now();
            for (const d of docs) this.store(next, d, uris);
            ownLongest = Math.max(ownLongest, performance.now() - t0);
            if (streaming && Date.now() - lastFire > 500) {
              lastFire = Date.now();
              this.updated.fire();
            }
          },
        },
        { onCancel: (l) => token.onCancellationRequested(l) },
      );
      if (!streaming && !done.cancelled) {
        this.entries = next;
        this.rebuildPaths();
      } else if (streaming) this.rebuildPaths();
      this.cancelledPass = done.cancelled;
      if (!done.cancelled) {
        if (done.facts) this.corpusFacts = factsFromTransport(done.facts);
        this.reports.clear();
        this.copyList = done.facts?.copies ?? [];
        this.entityList = done.entities;
        this.lastFullPassMs = Date.now() - started;
      }
      this.logSkipped([...next.values()]);
      const longestBlockMs = Math.round(delay.max / 1e6);
      this.lastStats = { ...done.stats, longestBlockMs, ownLongestMs: Math.round(ownLongest) };
      this.log.info(
        `indexed ${done.stats.analysed} documents (${(done.stats.bytes / 1e6).toFixed(1)} MB, ${done.stats.skipped} skipped) in ${Date.now() - started} ms` +
          ` (worker ${done.stats.ms} ms, corpus pass ${done.stats.corpusPassMs} ms); longest event-loop delay ${longestBlockMs} ms (our longest handler ${Math.round(ownLongest)} ms)${done.cancelled ? '; CANCELLED' : ''}`,
      );
      await this.review.reconcile(this.hashesByFolder());
    } finally {
      delay.disable();
      this.progress = undefined;
      this.indexedOnce = true;
      void vscode.commands.executeCommand('setContext', ContextKeys.indexing, false);
      this.watch();
      this.changed.fire();
      this.updated.fire();
    }
  }

  private store(map: Map<string, IndexedEntry>, d: IndexedDocument, uris: Map<string, { uri: vscode.Uri; folder: vscode.WorkspaceFolder; rootKey: string }>): void {
    const info = uris.get(d.fsPath);
    if (!info) return;
    map.set(info.uri.toString(), {
      uri: info.uri,
      folder: info.folder,
      rootKey: info.rootKey,
      path: d.path,
      size: d.size,
      contentHash: d.contentHash,
      summary: d.summary ?? (d.report ? summarizeReport(d.report) : undefined),
      skipped: d.skipped,
    });
  }

  private rebuildPaths(): void {
    this.byPath = new Map([...this.entries.values()].map((e) => [e.path, e.uri]));
  }

  private logSkipped(entries: IndexedEntry[]): void {
    for (const e of entries) {
      if (e.skipped) this.log.warn(`skipped ${e.path}: ${e.skipped}`);
      for (const n of e.summary?.notices ?? []) this.log.info(`${e.path}: ${n}`);
    }
  }

  /** Find corpus documents with findFiles (fast, respects the exclude globs), grouped under their roots. */
  private async discover(): Promise<{
    files: FileInput[];
    roots: CorpusRoot[];
    uris: Map<string, { uri: vscode.Uri; folder: vscode.WorkspaceFolder; rootKey: string }>;
  }> {
    const files: FileInput[] = [];
    const roots = new Map<string, CorpusRoot>();
    const uris = new Map<string, { uri: vscode.Uri; folder: vscode.WorkspaceFolder; rootKey: string }>();
    for (const folder of vscode.workspace.workspaceFolders ?? []) {
      if (folder.uri.scheme !== 'file') continue;
      const exts = includedExtensions(folder);
      const exclude = combineGlobs(excludeGlobs(folder));
      for (const pattern of corpusFolderPatterns(folder)) {
        if (!isGlob(pattern)) {
          const dir = vscode.Uri.joinPath(folder.uri, ...cleanPattern(pattern).split('/'));
          try {
            if ((await vscode.workspace.fs.stat(dir)).type & vscode.FileType.Directory) {
              const root = makeRoot(folder, cleanPattern(pattern));
              if (!roots.has(root.key)) roots.set(root.key, root);
            }
          } catch {
            // not there: no root
          }
        }
        const found = await vscode.workspace.findFiles(new vscode.RelativePattern(folder, corpusGlob(pattern, exts)), exclude);
        for (const uri of found.sort((a, b) => a.path.localeCompare(b.path))) {
          if (uris.has(uri.fsPath)) continue;
          const rel = path.posix.relative(folder.uri.path, uri.path);
          const prefix = rel.split('/').slice(0, cleanPattern(pattern).split('/').length).join('/');
          const root = makeRoot(folder, prefix);
          if (!roots.has(root.key)) roots.set(root.key, root);
          uris.set(uri.fsPath, { uri, folder, rootKey: root.key });
          files.push(this.fileInput(uri, folder));
        }
      }
    }
    return { files, roots: [...roots.values()].sort((a, b) => a.folder.index - b.folder.index || a.label.localeCompare(b.label)), uris };
  }

  private jobSettings(): JobSettings {
    // Configuration values are read-only proxies that structured clone rejects: send plain copies.
    const plain = (r: Record<string, RuleSetting> | undefined): Record<string, RuleSetting> => JSON.parse(JSON.stringify(r ?? {}));
    const rules = plain(analysisOptions().rules);
    const rulesByFolder: Record<string, Record<string, RuleSetting>> = {};
    for (const f of vscode.workspace.workspaceFolders ?? []) rulesByFolder[f.uri.toString()] = plain(analysisOptions(f).rules);
    return {
      rules,
      rulesByFolder,
      templateMinCount: analysisOptions().templateMinCount,
      maxFileSize: maxFileSizeBytes(),
      entitiesByFolder: this.userEntities?.byFolderKey(),
      ...this.review.analysisStateByFolder(),
    };
  }

  private hashesByFolder(): Map<string, Map<string, string>> {
    const out = new Map<string, Map<string, string>>();
    for (const e of this.entries.values()) {
      if (!e.contentHash) continue;
      const key = e.folder.uri.toString();
      if (!out.has(key)) out.set(key, new Map());
      out.get(key)!.set(path.posix.relative(e.folder.uri.path, e.uri.path), e.contentHash);
    }
    return out;
  }

  // ---- incremental updates ----

  private watch(): void {
    for (const w of this.watchers) w.dispose();
    this.watchers = [];
    for (const folder of vscode.workspace.workspaceFolders ?? []) {
      if (folder.uri.scheme !== 'file') continue;
      const exts = includedExtensions(folder);
      for (const pattern of corpusFolderPatterns(folder)) {
        const w = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(folder, corpusGlob(pattern, exts)));
        this.watchers.push(
          w,
          w.onDidCreate((u) => this.queue(u, false)),
          w.onDidChange((u) => this.queue(u, false)),
          w.onDidDelete((u) => this.queue(u, true)),
        );
      }
    }
  }

  private queue(uri: vscode.Uri, deleted: boolean): void {
    const key = uri.toString();
    if (deleted) {
      this.pendingChanged.delete(key);
      this.pendingDeleted.set(key, uri);
    } else {
      this.pendingDeleted.delete(key);
      this.pendingChanged.set(key, uri);
    }
    clearTimeout(this.watchTimer);
    this.watchTimer = setTimeout(() => void this.applyPending(), WATCH_DEBOUNCE_MS);
  }

  private async applyPending(): Promise<void> {
    const changed = [...this.pendingChanged.values()].filter((u) => isCorpusDocument(u));
    const deleted = [...this.pendingDeleted.values()];
    this.pendingChanged.clear();
    this.pendingDeleted.clear();
    try {
      if (deleted.length) {
        const paths: string[] = [];
        for (const uri of deleted) {
          const e = this.entries.get(uri.toString());
          if (!e) continue;
          paths.push(e.path);
          this.entries.delete(uri.toString());
        }
        if (paths.length) {
          const done = await this.worker.run({ type: 'remove', paths });
          this.entityList = done.entities;
          this.log.info(`removed ${paths.length} deleted document(s) from the index`);
        }
      }
      if (changed.length) {
        const uris = new Map<string, { uri: vscode.Uri; folder: vscode.WorkspaceFolder; rootKey: string }>();
        const files: FileInput[] = [];
        for (const uri of changed) {
          const folder = vscode.workspace.getWorkspaceFolder(uri);
          if (!folder) continue;
          const rootKey = this.rootFor(folder, uri);
          uris.set(uri.fsPath, { uri, folder, rootKey });
          files.push(this.fileInput(uri, folder));
        }
        const done = await this.worker.run(
          { type: 'documents', files, settings: this.jobSettings() },
          { onResults: (docs) => docs.forEach((d) => this.store(this.entries, d, uris)) },
        );
        this.entityList = done.entities;
        this.log.info(`re-analysed ${done.stats.analysed} changed document(s) in ${done.stats.ms} ms`);
      }
      this.rebuildPaths();
      await this.review.reconcile(this.hashesByFolder());
    } catch (e) {
      this.log.error(`incremental update failed: ${(e as Error).message}`);
    }
    if (changed.length || deleted.length) {
      this.changed.fire();
      this.updated.fire();
      this.scheduleFullPass(Math.max(FULL_PASS_QUIET_MS, 2 * this.lastFullPassMs));
    }
  }

  /** The root a (new) document belongs to; creates the root when a new matching folder appeared. */
  private rootFor(folder: vscode.WorkspaceFolder, uri: vscode.Uri): string {
    const rel = path.posix.relative(folder.uri.path, uri.path);
    const existing = this.rootList.find((r) => r.folder.uri.toString() === folder.uri.toString() && rel.startsWith(r.label + '/'));
    if (existing) return existing.key;
    const pattern = corpusFolderPatterns(folder).find((p) => rel.split('/').length > cleanPattern(p).split('/').length) ?? '';
    const root = makeRoot(folder, rel.split('/').slice(0, cleanPattern(pattern).split('/').length).join('/'));
    this.rootList = [...this.rootList, root];
    void vscode.commands.executeCommand('setContext', ContextKeys.noCorpus, false);
    return root.key;
  }

  /** A quiet full pass to refresh corpus facts, without a notification. */
  scheduleFullPass(delayMs: number): void {
    clearTimeout(this.fullPassTimer);
    this.fullPassTimer = setTimeout(() => void this.reindex(false), delayMs);
  }

  dispose(): void {
    clearTimeout(this.watchTimer);
    clearTimeout(this.fullPassTimer);
    this.fullPass?.cancel();
    for (const w of this.watchers) w.dispose();
    for (const d of this.disposables) d.dispose();
    this.worker.dispose();
  }
}

/** Path of a document in core reports: relative to its workspace folder (prefixed by the folder name in multi-root workspaces). */
function corePath(uri: vscode.Uri): string {
  return vscode.workspace.asRelativePath(uri).replace(/\\/g, '/');
}

function isGlob(pattern: string): boolean {
  return /[*?[\]{}]/.test(pattern);
}

function cleanPattern(pattern: string): string {
  return pattern.replace(/\\/g, '/').replace(/^\.\//, '').replace(/\/+$/, '');
}

function makeRoot(folder: vscode.WorkspaceFolder, label: string): CorpusRoot {
  return { key: `${folder.uri.toString()}#${label}`, folder, uri: vscode.Uri.joinPath(folder.uri, ...label.split('/')), label };
}
