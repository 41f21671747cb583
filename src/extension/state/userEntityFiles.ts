// The vscode-free part of reading `.corpus-review/entities.json` in each workspace folder: turning the
// file's bytes into analysis options, and deciding when its problems are news to the user.
import { mergeUserEntities, parseUserEntities, USER_ENTITIES_FILE, type UserEntities } from '../../core/entities';
import { decodeBytes } from '../../core/text/decode';

/** What one workspace folder's entities file gave. */
export interface FolderUserEntities {
  /** Undefined when the folder has no file (or nothing usable could be read from it). */
  entities?: UserEntities;
  /** One line per problem, naming the folder ("news: entities[2] has no name and was skipped"). */
  problems: string[];
  /** The file's text as read, to tell a real change from a watcher event that changed nothing. */
  text?: string;
}

/**
 * Parse one folder's file. `bytes` is undefined when the file does not exist (normal: no problem). The
 * parser never throws; a binary file is reported instead of being parsed.
 */
export function folderUserEntities(folderName: string, bytes: Uint8Array | undefined): FolderUserEntities {
  if (bytes === undefined) return { problems: [] };
  const label = `${folderName}/${USER_ENTITIES_FILE}`;
  const decoded = decodeBytes(bytes);
  if (decoded.binary) return { problems: [`${label}: not a text file; ignored`], text: '' };
  const { value, problems } = parseUserEntities(decoded.text);
  // A well-formed file that lists nothing behaves like no file (keeps recognition on its cached path).
  const empty = !value.entities?.length && !value.notEntities?.length;
  return { entities: empty ? undefined : value, problems: problems.map((p) => (p.startsWith(USER_ENTITIES_FILE + ' ') ? label + p.slice(USER_ENTITIES_FILE.length) : `${label}: ${p}`)), text: decoded.text };
}

/**
 * The entities the corpus-wide index uses: every folder's file, in folder order (a corpus spans the
 * workspace folders, so a definition in one folder applies to mentions in another).
 */
export function corpusUserEntities(byFolder: Readonly<Record<string, UserEntities | undefined>> | undefined): UserEntities | undefined {
  return byFolder ? mergeUserEntities(Object.values(byFolder)) : undefined;
}

/**
 * Remembers which problems the user was last told about, per folder, so a notification appears once per
 * change of the file's problems (not on every watcher event or re-index), and again after they were fixed
 * and came back.
 */
export class ProblemNotices {
  private readonly shown = new Map<string, string>();

  /** The problems to announce now for this folder (empty when they were already announced). */
  take(folderKey: string, problems: readonly string[]): readonly string[] {
    const key = problems.join('\n');
    if (!problems.length) {
      this.shown.delete(folderKey);
      return [];
    }
    if (this.shown.get(folderKey) === key) return [];
    this.shown.set(folderKey, key);
    return problems;
  }

  forget(folderKey: string): void {
    this.shown.delete(folderKey);
  }
}
