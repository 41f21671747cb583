import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import { randomBytes } from 'node:crypto';
import { emptyState, parseState, serializeState, type ReviewStateFile } from './schema';

export const STATE_DIR = '.corpus-review';
export const STATE_FILE = 'state.json';

/** `<folder>/.corpus-review/state.json`. */
export function statePath(folder: string): string {
  return path.join(folder, STATE_DIR, STATE_FILE);
}

/** True when `target` is `folder` itself or lies below it (both already absolute). */
export function isInside(folder: string, target: string): boolean {
  const rel = path.relative(folder, target);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}

/**
 * Refuses a state directory that resolves outside the workspace folder (a symlink planted in a
 * downloaded corpus must not make us write elsewhere). A missing directory is fine: we create it.
 */
export async function assertStateDirInside(folder: string, dir = path.join(folder, STATE_DIR)): Promise<void> {
  if (!isInside(folder, dir)) throw new Error(`${dir} is outside the workspace folder ${folder}`);
  let realFolder: string;
  try {
    realFolder = await fs.realpath(folder);
  } catch {
    realFolder = folder;
  }
  try {
    const real = await fs.realpath(dir);
    if (!isInside(realFolder, real)) throw new Error(`${dir} resolves to ${real}, outside the workspace folder`);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
  }
}

export interface LoadResult {
  state: ReviewStateFile;
  /** Plain-words warning for the user (corrupt file backed up, newer version, dropped entries). */
  warning?: string;
  /** Where a corrupt file was moved. */
  backupPath?: string;
  /** True when the file must not be overwritten (written by a newer version of the extension). */
  readOnly?: boolean;
  /** True when a file existed (even if corrupt). */
  existed: boolean;
}

/**
 * Read a folder's state file. A corrupt file is never overwritten in place: when `mayBackup` is true it is
 * renamed to `state.corrupt-<time>.json` next to it (the caller then writes a fresh file); otherwise it is
 * left untouched and the state is empty and read-only for this session.
 */
export async function loadStateFile(folder: string, mayBackup: boolean, now = new Date()): Promise<LoadResult> {
  const file = statePath(folder);
  await assertStateDirInside(folder);
  let text: string;
  try {
    text = await fs.readFile(file, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return { state: emptyState(), existed: false };
    return { state: emptyState(), existed: true, readOnly: true, warning: `could not read ${file}: ${(e as Error).message}; review state is read-only until this is fixed.` };
  }
  const parsed = parseState(text);
  if (!parsed.ok) {
    if (!mayBackup) {
      return { state: emptyState(), existed: true, readOnly: true, warning: `${file} is corrupt (${parsed.reason}); it was left untouched and review state starts empty for this session.` };
    }
    const backupPath = await backupCorrupt(file, now);
    return {
      state: emptyState(),
      existed: true,
      backupPath,
      warning: `${file} was corrupt (${parsed.reason}). It was saved as ${path.basename(backupPath)} and review state starts empty.`,
    };
  }
  if ('newerVersion' in parsed) {
    return {
      state: parsed.state,
      existed: true,
      readOnly: true,
      warning: `${file} was written by a newer Corpus Review (schema version ${parsed.newerVersion}); it is shown read-only so nothing in it is lost.`,
    };
  }
  const warning = parsed.dropped ? `${parsed.dropped} invalid entr${parsed.dropped === 1 ? 'y was' : 'ies were'} ignored in ${file}.` : undefined;
  return { state: parsed.state, existed: true, warning };
}

async function backupCorrupt(file: string, now: Date): Promise<string> {
  const stamp = now.toISOString().replace(/[:.]/g, '-');
  const dir = path.dirname(file);
  for (let i = 0; ; i++) {
    const candidate = path.join(dir, `state.corrupt-${stamp}${i ? '-' + i : ''}.json`);
    try {
      // link + unlink would also be atomic, but not every file system supports hard links; copy with
      // COPYFILE_EXCL never clobbers an earlier backup.
      await fs.copyFile(file, candidate, fs.constants.COPYFILE_EXCL);
      return candidate;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST' || i > 100) throw e;
    }
  }
}

/**
 * Write the state atomically: the full text goes to a temporary file in the same directory, is flushed
 * to disk, then renamed over `state.json`. Readers see the old file or the new one, never half of one; a
 * crash leaves at most a stray temp file.
 */
export async function writeStateFile(folder: string, state: ReviewStateFile | string): Promise<void> {
  const text = typeof state === 'string' ? state : serializeState(state);
  const dir = path.join(folder, STATE_DIR);
  await assertStateDirInside(folder, dir);
  await fs.mkdir(dir, { recursive: true });
  await assertStateDirInside(folder, dir);
  await atomicWrite(path.join(dir, STATE_FILE), text);
}

export async function atomicWrite(file: string, text: string): Promise<void> {
  const tmp = `${file}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  const handle = await fs.open(tmp, 'wx', 0o644);
  try {
    await handle.writeFile(text, 'utf8');
    await handle.sync();
  } catch (e) {
    await handle.close();
    await fs.rm(tmp, { force: true });
    throw e;
  }
  await handle.close();
  try {
    await fs.rename(tmp, file);
  } catch (e) {
    await fs.rm(tmp, { force: true });
    throw e;
  }
}
