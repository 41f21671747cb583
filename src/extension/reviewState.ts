import * as vscode from 'vscode';
import * as path from 'node:path';
import type { AnalysisOptions } from '../core';
import type { ReviewStateService, ReviewStatus } from './services';
import { FolderReviewStore } from './state/folderStore';
import { changedSinceReview } from './state/renames';
import { STATE_DIR, STATE_FILE } from './state/stateFile';

interface FolderEntry {
  folder: vscode.WorkspaceFolder;
  store: FolderReviewStore;
  ignored: Set<string>;
  checked: Set<string>;
}

/**
 * Review state of every workspace folder (`.corpus-review/state.json`), as the ReviewStateService the
 * editor side and the Corpus view use. In an untrusted workspace it reads but never writes.
 */
export class ReviewStateStore implements ReviewStateService, vscode.Disposable {
  private readonly folders = new Map<string, FolderEntry>();
  private readonly changed = new vscode.EventEmitter<void>();
  /** Any change: statuses, ignored lines, checked claims, disabled rules. */
  readonly onDidChange = this.changed.event;
  private readonly analysisChanged = new vscode.EventEmitter<void>();
  /** Only changes that alter analysis results (ignored lines, checked claims, disabled rules). */
  readonly onDidChangeAnalysisState = this.analysisChanged.event;
  private readonly disposables: vscode.Disposable[] = [];
  private ready?: Promise<void>;

  constructor(
    private readonly log: vscode.LogOutputChannel,
    /** Content hash of a document as last indexed (see state/contentHash.ts). */
    private readonly currentHash: (uri: vscode.Uri) => string | undefined,
  ) {
    this.disposables.push(
      this.changed,
      this.analysisChanged,
      vscode.workspace.onDidChangeWorkspaceFolders(() => void this.loadAll()),
      vscode.workspace.onDidGrantWorkspaceTrust(() => void this.loadAll()),
    );
  }

  get writable(): boolean {
    return vscode.workspace.isTrusted;
  }

  /** Load every folder's state file; call once after activation, and again when folders change. */
  loadAll(): Promise<void> {
    this.ready = this.doLoadAll();
    return this.ready;
  }

  whenReady(): Promise<void> {
    return this.ready ?? this.loadAll();
  }

  private async doLoadAll(): Promise<void> {
    const wanted = new Set<string>();
    for (const folder of vscode.workspace.workspaceFolders ?? []) {
      if (folder.uri.scheme !== 'file') continue;
      const key = folder.uri.toString();
      wanted.add(key);
      const entry = this.folders.get(key) ?? this.createEntry(folder);
      this.folders.set(key, entry);
      await this.load(entry);
    }
    for (const key of [...this.folders.keys()]) if (!wanted.has(key)) this.folders.delete(key);
    this.fire(true);
  }

  private createEntry(folder: vscode.WorkspaceFolder): FolderEntry {
    const entry: FolderEntry = { folder, store: new FolderReviewStore(folder.uri.fsPath, () => vscode.workspace.isTrusted), ignored: new Set(), checked: new Set() };
    // Another window, a git checkout or a hand edit may change the file: pick that up.
    const watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(folder, `${STATE_DIR}/${STATE_FILE}`));
    const reload = async () => {
      try {
        const result = await entry.store.reloadIfChangedOnDisk();
        if (!result) return;
        this.report(entry, result.warning);
        this.refreshSets(entry);
        this.fire(true);
      } catch (e) {
        this.log.error(`reloading review state of ${folder.name} failed: ${(e as Error).message}`);
      }
    };
    this.disposables.push(watcher, watcher.onDidChange(reload), watcher.onDidCreate(reload), watcher.onDidDelete(reload));
    return entry;
  }

  private async load(entry: FolderEntry): Promise<void> {
    try {
      const result = await entry.store.load();
      this.report(entry, result.warning, result.backupPath);
    } catch (e) {
      this.log.error(`loading review state of ${entry.folder.name} failed: ${(e as Error).message}`);
      void vscode.window.showWarningMessage(vscode.l10n.t('Corpus Review: could not load the review state of {0}: {1}', entry.folder.name, (e as Error).message));
    }
    this.refreshSets(entry);
  }

  private report(entry: FolderEntry, warning: string | undefined, backupPath?: string): void {
    if (!warning) return;
    this.log.warn(`review state of ${entry.folder.name}: ${warning}`);
    const open = vscode.l10n.t('Open Backup');
    void vscode.window
      .showWarningMessage(vscode.l10n.t('Corpus Review: {0}', warning), ...(backupPath ? [open] : []))
      .then((choice) => {
        if (choice === open && backupPath) void vscode.window.showTextDocument(vscode.Uri.file(backupPath));
      });
  }

  private refreshSets(entry: FolderEntry): void {
    entry.ignored = new Set(Object.keys(entry.store.state.ignoredLines));
    entry.checked = new Set(Object.keys(entry.store.state.checkedClaims));
  }

  /** The folder store of a document and its path relative to that folder; undefined outside any folder. */
  locate(uri: vscode.Uri): { entry: FolderEntry; rel: string } | undefined {
    const folder = vscode.workspace.getWorkspaceFolder(uri);
    const entry = folder && this.folders.get(folder.uri.toString());
    if (!entry) return undefined;
    const rel = path.posix.relative(folder.uri.path, uri.path);
    if (!rel || rel.startsWith('..') || path.posix.isAbsolute(rel)) return undefined;
    return { entry, rel };
  }

  optionsFor(uri: vscode.Uri): Pick<AnalysisOptions, 'ignoredLines' | 'checkedClaims' | 'disabledRules'> {
    const loc = this.locate(uri);
    if (!loc) return {};
    const disabled = loc.entry.store.entry(loc.rel)?.disabledRules;
    return { ignoredLines: loc.entry.ignored, checkedClaims: loc.entry.checked, disabledRules: disabled?.length ? new Set(disabled) : undefined };
  }

  /** What the indexing worker needs: per folder key, the hashes of ignored lines and checked claims. */
  analysisStateByFolder(): { ignoredLines: Record<string, string[]>; checkedClaims: Record<string, string[]> } {
    const ignoredLines: Record<string, string[]> = {};
    const checkedClaims: Record<string, string[]> = {};
    for (const [key, e] of this.folders) {
      ignoredLines[key] = [...e.ignored];
      checkedClaims[key] = [...e.checked];
    }
    return { ignoredLines, checkedClaims };
  }

  disabledRulesOf(uri: vscode.Uri): string[] | undefined {
    const loc = this.locate(uri);
    return loc ? loc.entry.store.entry(loc.rel)?.disabledRules : undefined;
  }

  statusOf(uri: vscode.Uri): ReviewStatus {
    const loc = this.locate(uri);
    return (loc && loc.entry.store.entry(loc.rel)?.status) || 'unreviewed';
  }

  /** When the status was last set (ISO), for tooltips and reports. */
  statusUpdated(uri: vscode.Uri): string | undefined {
    const loc = this.locate(uri);
    return loc ? loc.entry.store.entry(loc.rel)?.updated : undefined;
  }

  changedSinceReview(uri: vscode.Uri): boolean {
    const loc = this.locate(uri);
    return !!loc && changedSinceReview(loc.entry.store.entry(loc.rel), this.currentHash(uri));
  }

  /** Why nothing can be saved for this document now, or undefined when it can. */
  readOnlyReason(uri?: vscode.Uri): string | undefined {
    if (!vscode.workspace.isTrusted) return vscode.l10n.t('this workspace is not trusted, so Corpus Review writes nothing to it');
    if (!uri) return undefined;
    const loc = this.locate(uri);
    if (!loc) return vscode.l10n.t('the document is not inside a workspace folder on disk');
    return loc.entry.store.readOnlyReason();
  }

  async setStatus(uri: vscode.Uri, status: ReviewStatus): Promise<void> {
    const loc = this.require(uri);
    await loc.entry.store.setStatus(loc.rel, status, this.currentHash(uri));
    this.fire(false);
  }

  async ignoreLine(uri: vscode.Uri, lineHash: string, text: string): Promise<void> {
    const loc = this.require(uri);
    await loc.entry.store.ignoreLine(lineHash, text, loc.rel);
    this.refreshSets(loc.entry);
    this.fire(true);
  }

  async clearIgnored(): Promise<void> {
    for (const entry of this.folders.values()) {
      if (!Object.keys(entry.store.state.ignoredLines).length) continue;
      await entry.store.clearIgnored();
      this.refreshSets(entry);
    }
    this.fire(true);
  }

  async markClaimChecked(uri: vscode.Uri, sentenceHash: string, text: string): Promise<void> {
    const loc = this.require(uri);
    await loc.entry.store.markClaimChecked(sentenceHash, text, loc.rel);
    this.refreshSets(loc.entry);
    this.fire(true);
  }

  async disableRuleForDocument(uri: vscode.Uri, ruleId: string): Promise<void> {
    const loc = this.require(uri);
    await loc.entry.store.disableRule(loc.rel, ruleId);
    this.fire(true);
  }

  /** A rename seen by VS Code: move the entry along. */
  async rename(oldUri: vscode.Uri, newUri: vscode.Uri): Promise<void> {
    const from = this.locate(oldUri);
    const to = this.locate(newUri);
    if (!from || !to || from.entry !== to.entry) return;
    if (await from.entry.store.rename(from.rel, to.rel)) {
      this.log.info(`review state moved with rename: ${from.rel} → ${to.rel}`);
      this.fire(false);
    }
  }

  /** Renames done outside VS Code, found by content hash after indexing. `current`: folder key → rel path → hash. */
  async reconcile(current: Map<string, Map<string, string>>): Promise<void> {
    let moved = 0;
    for (const [key, docs] of current) {
      const entry = this.folders.get(key);
      if (!entry) continue;
      try {
        const moves = await entry.store.reconcile(docs);
        for (const m of moves) this.log.info(`review state follows renamed document (same content): ${m.from} → ${m.to}`);
        moved += moves.length;
      } catch (e) {
        this.log.error(`saving review state of ${entry.folder.name} failed: ${(e as Error).message}`);
      }
    }
    if (moved) this.fire(false);
  }

  /** Counts of documents by status among the given documents. */
  countByStatus(uris: readonly vscode.Uri[]): Record<ReviewStatus, number> {
    const counts: Record<ReviewStatus, number> = { unreviewed: 0, inReview: 0, reviewed: 0, rejected: 0 };
    for (const uri of uris) counts[this.statusOf(uri)]++;
    return counts;
  }

  async flush(): Promise<void> {
    for (const e of this.folders.values()) await e.store.flush();
  }

  private require(uri: vscode.Uri): { entry: FolderEntry; rel: string } {
    const reason = this.readOnlyReason(uri);
    if (reason) throw new Error(vscode.l10n.t('Review state is read-only: {0}.', reason));
    return this.locate(uri)!;
  }

  private fire(analysis: boolean): void {
    this.changed.fire();
    if (analysis) this.analysisChanged.fire();
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}
