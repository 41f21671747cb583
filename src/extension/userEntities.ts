import * as vscode from 'vscode';
import { USER_ENTITIES_FILE, type UserEntities } from '../core/entities';
import { folderUserEntities, ProblemNotices, type FolderUserEntities } from './state/userEntityFiles';

/** Saving the file from an editor fires create/change events in a burst: read once when they settle. */
const RELOAD_DEBOUNCE_MS = 250;

let active: UserEntitiesStore | undefined;

/**
 * The user's entities for the folder of `scope` (a URI or a workspace folder), for analysis options.
 * Undefined before the store is started, outside any workspace folder, or when the folder has no file.
 */
export function userEntitiesFor(scope?: vscode.ConfigurationScope | null): UserEntities | undefined {
  if (!active || !scope) return undefined;
  const folder = scope instanceof vscode.Uri ? vscode.workspace.getWorkspaceFolder(scope) : 'uri' in scope && 'index' in scope ? (scope as vscode.WorkspaceFolder) : undefined;
  return folder ? active.forFolder(folder) : undefined;
}

/**
 * `.corpus-review/entities.json` of each workspace folder, read at start and re-read when it changes.
 * Reading only: this is fine in an untrusted workspace (the file shapes what analysis recognises, it runs
 * nothing). Problems in a file are logged and announced once per change.
 */
export class UserEntitiesStore implements vscode.Disposable {
  private readonly byFolder = new Map<string, FolderUserEntities>();
  private readonly notices = new ProblemNotices();
  private readonly changed = new vscode.EventEmitter<void>();
  /** A folder's entities changed (a file appeared, changed in content, or was deleted). */
  readonly onDidChange = this.changed.event;
  private readonly disposables: vscode.Disposable[] = [];
  private watchers: vscode.Disposable[] = [];
  private readonly timers = new Map<string, NodeJS.Timeout>();
  private readonly ready: Promise<void>;

  constructor(private readonly log: vscode.LogOutputChannel) {
    active = this;
    this.disposables.push(
      this.changed,
      vscode.workspace.onDidChangeWorkspaceFolders(() => {
        this.watch();
        void this.loadAll().then((changed) => changed && this.changed.fire());
      }),
    );
    this.watch();
    this.ready = this.loadAll().then(() => undefined);
  }

  /** Resolves once every folder's file has been read the first time. */
  whenReady(): Promise<void> {
    return this.ready;
  }

  forFolder(folder: vscode.WorkspaceFolder): UserEntities | undefined {
    return this.byFolder.get(folder.uri.toString())?.entities;
  }

  /** Each folder's entities, keyed by folder URI: what the indexing worker gets. */
  byFolderKey(): Record<string, UserEntities> {
    const out: Record<string, UserEntities> = {};
    for (const [key, f] of this.byFolder) if (f.entities) out[key] = f.entities;
    return out;
  }

  private fileOf(folder: vscode.WorkspaceFolder): vscode.Uri {
    return vscode.Uri.joinPath(folder.uri, ...USER_ENTITIES_FILE.split('/'));
  }

  private watch(): void {
    for (const w of this.watchers) w.dispose();
    this.watchers = [];
    for (const folder of vscode.workspace.workspaceFolders ?? []) {
      const w = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(folder, USER_ENTITIES_FILE));
      const reload = () => this.scheduleReload(folder);
      this.watchers.push(w, w.onDidCreate(reload), w.onDidChange(reload), w.onDidDelete(reload));
    }
  }

  private scheduleReload(folder: vscode.WorkspaceFolder): void {
    const key = folder.uri.toString();
    clearTimeout(this.timers.get(key));
    this.timers.set(
      key,
      setTimeout(() => {
        this.timers.delete(key);
        void this.load(folder).then((changed) => changed && this.changed.fire());
      }, RELOAD_DEBOUNCE_MS),
    );
  }

  /** Read every folder's file; true when anything changed. */
  private async loadAll(): Promise<boolean> {
    const folders = vscode.workspace.workspaceFolders ?? [];
    const keys = new Set(folders.map((f) => f.uri.toString()));
    let changed = false;
    for (const key of [...this.byFolder.keys()]) {
      if (keys.has(key)) continue;
      changed ||= !!this.byFolder.get(key)?.entities;
      this.byFolder.delete(key);
      this.notices.forget(key);
    }
    const results = await Promise.all(folders.map((f) => this.load(f)));
    return changed || results.some(Boolean);
  }

  /** Read one folder's file; true when its entities changed. */
  private async load(folder: vscode.WorkspaceFolder): Promise<boolean> {
    const key = folder.uri.toString();
    let bytes: Uint8Array | undefined;
    let readError: string | undefined;
    try {
      bytes = await vscode.workspace.fs.readFile(this.fileOf(folder));
    } catch (e) {
      if (!(e instanceof vscode.FileSystemError) || (e.code !== 'FileNotFound' && e.code !== 'FileIsADirectory')) readError = (e as Error).message;
    }
    const next: FolderUserEntities = readError
      ? { problems: [`${folder.name}/${USER_ENTITIES_FILE}: cannot read (${readError}); ignored`] }
      : folderUserEntities(folder.name, bytes);
    const previous = this.byFolder.get(key);
    this.byFolder.set(key, next);
    this.report(key, this.fileOf(folder), next.problems);
    const changed = (previous?.text ?? undefined) !== (next.text ?? undefined) || !!previous?.entities !== !!next.entities;
    if (changed) {
      const count = next.entities?.entities?.length ?? 0;
      const not = next.entities?.notEntities?.length ?? 0;
      this.log.info(
        next.text === undefined
          ? `${folder.name}: no ${USER_ENTITIES_FILE}`
          : `${folder.name}/${USER_ENTITIES_FILE}: ${count} entit${count === 1 ? 'y' : 'ies'}, ${not} "not an entity" entr${not === 1 ? 'y' : 'ies'}`,
      );
    }
    return changed;
  }

  private report(folderKey: string, file: vscode.Uri, problems: readonly string[]): void {
    const news = this.notices.take(folderKey, problems);
    if (!news.length) return;
    for (const p of news) this.log.warn(p);
    // While the file is being edited (auto-save saves half-typed JSON), the editor's own JSON and schema
    // squiggles say the same at the right place: a notification per save would only get in the way.
    if (vscode.window.activeTextEditor?.document.uri.toString() === file.toString()) return;
    const showLog = vscode.l10n.t('Show Log');
    const message =
      news.length === 1
        ? vscode.l10n.t('Corpus Review: {0}', news[0])
        : vscode.l10n.t('Corpus Review: {0} (and {1} more problems in the entities file, see the log)', news[0], news.length - 1);
    void vscode.window.showWarningMessage(message, showLog).then((choice) => {
      if (choice === showLog) this.log.show(true);
    });
  }

  dispose(): void {
    if (active === this) active = undefined;
    for (const t of this.timers.values()) clearTimeout(t);
    for (const w of this.watchers) w.dispose();
    for (const d of this.disposables) d.dispose();
  }
}
