import * as fs from 'node:fs/promises';
import type { ReviewStatus } from '../services';
import { detectRenames } from './renames';
import { emptyState, serializeState, type DocumentState, type ReviewStateFile } from './schema';
import { loadStateFile, statePath, writeStateFile, type LoadResult } from './stateFile';

export class ReadOnlyStateError extends Error {}

/**
 * The review state of one workspace folder, in memory, with every change written through to
 * `.corpus-review/state.json`. Writes are serialised and coalesced: while one write runs, further changes
 * are batched into the next one, so the file always ends up holding the latest state.
 */
export class FolderReviewStore {
  state: ReviewStateFile = emptyState();
  /** Set when the file on disk must not be overwritten (see LoadResult.readOnly). */
  private fileReadOnly = false;
  private dirty = false;
  private pending?: Promise<void>;
  private lastWritten?: string;

  /** `canWrite` is asked on every change (workspace trust can be granted while running). */
  constructor(
    readonly folder: string,
    private readonly canWrite: () => boolean,
  ) {}

  get file(): string {
    return statePath(this.folder);
  }

  get writable(): boolean {
    return this.canWrite() && !this.fileReadOnly;
  }

  /** Why changes cannot be saved, or undefined when they can. */
  readOnlyReason(): string | undefined {
    if (!this.canWrite()) return 'the workspace is not trusted';
    if (this.fileReadOnly) return `${this.file} cannot be safely overwritten (see the Corpus Review log)`;
    return undefined;
  }

  async load(now = new Date()): Promise<LoadResult> {
    const result = await loadStateFile(this.folder, this.canWrite(), now);
    this.state = result.state;
    this.fileReadOnly = !!result.readOnly;
    try {
      this.lastWritten = result.existed && !result.backupPath ? await fs.readFile(this.file, 'utf8') : undefined;
    } catch {
      this.lastWritten = undefined;
    }
    // A corrupt file was backed up: replace it with a valid one right away, so the next reader is fine.
    if (result.backupPath && this.writable) await this.save();
    return result;
  }

  /** Reload when the file changed on disk by someone else (git checkout, another window). */
  async reloadIfChangedOnDisk(): Promise<LoadResult | undefined> {
    if (this.pending) return undefined;
    let text: string | undefined;
    try {
      text = await fs.readFile(this.file, 'utf8');
    } catch {
      text = undefined;
    }
    if (text === this.lastWritten || (text === undefined && this.lastWritten === undefined)) return undefined;
    return this.load();
  }

  entry(relPath: string): DocumentState | undefined {
    return this.state.documents[relPath];
  }

  async setStatus(relPath: string, status: ReviewStatus, contentHash: string | undefined, now = new Date()): Promise<void> {
    this.assertWritable();
    const old = this.state.documents[relPath];
    if (status === 'unreviewed' && !old?.disabledRules?.length) delete this.state.documents[relPath];
    else this.state.documents[relPath] = { ...old, status, contentHash, updated: now.toISOString() };
    await this.save();
  }

  async ignoreLine(lineHash: string, text: string, relPath: string | undefined, now = new Date()): Promise<void> {
    this.assertWritable();
    this.state.ignoredLines[lineHash] = { text, path: relPath, added: now.toISOString() };
    await this.save();
  }

  async clearIgnored(): Promise<void> {
    this.assertWritable();
    this.state.ignoredLines = {};
    await this.save();
  }

  async markClaimChecked(sentenceHash: string, text: string, relPath: string | undefined, now = new Date()): Promise<void> {
    this.assertWritable();
    this.state.checkedClaims[sentenceHash] = { text, path: relPath, added: now.toISOString() };
    await this.save();
  }

  async disableRule(relPath: string, ruleId: string): Promise<void> {
    this.assertWritable();
    const old = this.state.documents[relPath] ?? { status: 'unreviewed' as const };
    const rules = new Set(old.disabledRules ?? []);
    rules.add(ruleId);
    this.state.documents[relPath] = { ...old, disabledRules: [...rules].sort() };
    await this.save();
  }

  /** Move a document's entry to its new path (a rename seen by VS Code, or detected by content hash). */
  async rename(from: string, to: string): Promise<boolean> {
    const entry = this.state.documents[from];
    if (!entry || from === to || !this.writable) return false;
    delete this.state.documents[from];
    this.state.documents[to] = entry;
    await this.save();
    return true;
  }

  /** Apply renames detected by content hash against the documents that exist now (path → content hash). */
  async reconcile(current: ReadonlyMap<string, string>): Promise<{ from: string; to: string }[]> {
    if (!this.writable) return [];
    const moves = detectRenames(this.state.documents, current);
    if (!moves.length) return [];
    for (const { from, to } of moves) {
      this.state.documents[to] = this.state.documents[from];
      delete this.state.documents[from];
    }
    await this.save();
    return moves;
  }

  /** Wait for writes in flight (tests, deactivate). */
  async flush(): Promise<void> {
    while (this.pending) await this.pending;
  }

  private assertWritable(): void {
    const reason = this.readOnlyReason();
    if (reason) throw new ReadOnlyStateError(`Review state is read-only: ${reason}.`);
  }

  private save(): Promise<void> {
    this.dirty = true;
    if (!this.pending) {
      this.pending = this.writeLoop().finally(() => {
        this.pending = undefined;
      });
    }
    return this.pending;
  }

  private async writeLoop(): Promise<void> {
    while (this.dirty) {
      this.dirty = false;
      const text = serializeState(this.state);
      await writeStateFile(this.folder, text);
      this.lastWritten = text;
    }
  }
}
