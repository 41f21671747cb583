import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { mergeUserEntities, parseUserEntities, USER_ENTITIES_FILE, type UserEntities } from '../core/entities';
import { InputError } from './inputs';

/** The folder that marks a workspace root: the nearest ancestor of an input holding it is the root. */
const WORKSPACE_MARKER = path.dirname(USER_ENTITIES_FILE);

export interface LoadedUserEntities {
  /** Every file found, merged (later files win for a name defined twice); undefined when none was found. */
  entities?: UserEntities;
  /** The files read, in the order they were merged. */
  files: string[];
  /** One line per problem, naming the file ("<file>: entities[2] has no name and was skipped"). */
  problems: string[];
}

async function isDirectory(p: string): Promise<boolean> {
  try {
    return (await fs.stat(p)).isDirectory();
  } catch {
    return false;
  }
}

/** The nearest ancestor of `input` (itself first, when it is a folder) that holds `.corpus-review/`. */
export async function workspaceRootOf(input: string): Promise<string | undefined> {
  let dir = path.resolve(input);
  if (!(await isDirectory(dir))) dir = path.dirname(dir);
  for (;;) {
    if (await isDirectory(path.join(dir, WORKSPACE_MARKER))) return dir;
    const parent = path.dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

/**
 * The user's entities for a command line: `.corpus-review/entities.json` in each input's workspace root and
 * in the current folder, then `--entities FILE` (which wins). A missing default file is normal; a missing
 * or unreadable `--entities` file is an input error. Parse problems never stop the run: they are returned
 * as lines for stderr, and the well-formed entries are kept.
 */
export async function loadUserEntities(inputs: string[], explicit: string | undefined, cwd: string): Promise<LoadedUserEntities> {
  const candidates: string[] = [];
  for (const input of inputs) {
    const root = await workspaceRootOf(path.resolve(cwd, input));
    if (root) candidates.push(path.join(root, USER_ENTITIES_FILE));
  }
  candidates.push(path.join(cwd, USER_ENTITIES_FILE));
  const seen = new Set<string>();
  const texts: { file: string; text: string; error?: string }[] = [];
  for (const file of candidates) {
    if (seen.has(file)) continue;
    seen.add(file);
    try {
      texts.push({ file, text: await fs.readFile(file, 'utf8') });
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code !== 'ENOENT' && code !== 'ENOTDIR') texts.push({ file, text: '', error: code ?? (e as Error).message });
    }
  }
  if (explicit !== undefined) {
    const file = path.resolve(cwd, explicit);
    try {
      const text = await fs.readFile(file, 'utf8');
      const i = texts.findIndex((t) => t.file === file);
      if (i >= 0) texts.splice(i, 1);
      texts.push({ file, text });
    } catch (e) {
      throw new InputError(`cannot read entities file '${explicit}': ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
    }
  }
  const parsed: UserEntities[] = [];
  const problems: string[] = [];
  const files: string[] = [];
  for (const t of texts) {
    const shown = path.relative(cwd, t.file) || t.file;
    if (t.error) {
      problems.push(`${shown}: cannot read (${t.error}); ignored`);
      continue;
    }
    const { value, problems: found } = parseUserEntities(t.text);
    for (const p of found) problems.push(`${shown}: ${p}`);
    parsed.push(value);
    files.push(t.file);
  }
  return { entities: mergeUserEntities(parsed), files, problems };
}
