import type { ReviewStatus } from '../services';

/**
 * `.corpus-review/state.json`, one per workspace folder. Keys of `documents` are paths relative to the
 * workspace folder with forward slashes. Bump STATE_SCHEMA_VERSION when the shape changes and add a step
 * to `migrate` so older files keep loading.
 */
export const STATE_SCHEMA_VERSION = 1;

export const REVIEW_STATUSES: readonly ReviewStatus[] = ['unreviewed', 'inReview', 'reviewed', 'rejected'];

export interface DocumentState {
  status: ReviewStatus;
  /** Content hash (see contentHash.ts) of the document when its status was last set. */
  contentHash?: string;
  /** ISO time the status was last set. */
  updated?: string;
  /** Rules the reviewer turned off for this one document. */
  disabledRules?: string[];
}

/** A remembered piece of document text (an ignored line, a checked claim), kept so the file stays readable. */
export interface RememberedText {
  text: string;
  /** Document it was first chosen in (relative path). */
  path?: string;
  added?: string;
}

export interface ReviewStateFile {
  version: number;
  documents: Record<string, DocumentState>;
  /** Line hash (core hashLine) → the line the user chose to ignore everywhere. */
  ignoredLines: Record<string, RememberedText>;
  /** Sentence hash → the claim the user marked as checked. */
  checkedClaims: Record<string, RememberedText>;
}

export function emptyState(): ReviewStateFile {
  return { version: STATE_SCHEMA_VERSION, documents: {}, ignoredLines: {}, checkedClaims: {} };
}

export type ParseResult =
  | { ok: true; state: ReviewStateFile; dropped: number }
  /** Written by a newer Corpus Review: readable as far as we understand it, but must not be overwritten. */
  | { ok: true; state: ReviewStateFile; dropped: number; newerVersion: number }
  | { ok: false; reason: string };

/** Text of a state file → validated state. Invalid entries are dropped (and counted), never guessed. */
export function parseState(text: string): ParseResult {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    return { ok: false, reason: `not valid JSON (${(e as Error).message})` };
  }
  if (!isObject(raw)) return { ok: false, reason: 'not a JSON object' };
  const version = raw.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return { ok: false, reason: 'missing or invalid "version"' };
  }
  const migrated = migrate(raw, version);
  const out = emptyState();
  let dropped = 0;
  if (migrated.documents !== undefined && !isObject(migrated.documents)) return { ok: false, reason: '"documents" is not an object' };
  for (const [key, value] of Object.entries(migrated.documents ?? {})) {
    const doc = validDocument(value);
    if (doc && isSafeRelativePath(key)) out.documents[key] = doc;
    else dropped++;
  }
  for (const field of ['ignoredLines', 'checkedClaims'] as const) {
    const table = migrated[field];
    if (table === undefined) continue;
    if (!isObject(table)) return { ok: false, reason: `"${field}" is not an object` };
    for (const [hash, value] of Object.entries(table)) {
      const rem = validRemembered(value);
      if (rem && /^[0-9a-f]{1,64}$/i.test(hash)) out[field][hash] = rem;
      else dropped++;
    }
  }
  if (version > STATE_SCHEMA_VERSION) return { ok: true, state: out, dropped, newerVersion: version };
  return { ok: true, state: out, dropped };
}

/** Stable, readable serialisation: sorted keys so the file diffs well under version control. */
export function serializeState(state: ReviewStateFile): string {
  const sorted = <T>(rec: Record<string, T>): Record<string, T> =>
    Object.fromEntries(Object.keys(rec).sort().map((k) => [k, rec[k]]));
  return (
    JSON.stringify(
      {
        version: STATE_SCHEMA_VERSION,
        documents: sorted(state.documents),
        ignoredLines: sorted(state.ignoredLines),
        checkedClaims: sorted(state.checkedClaims),
      },
      null,
      2,
    ) + '\n'
  );
}

/** Steps from older schema versions to the current one. Version 1 is the first, so nothing to do yet. */
function migrate(raw: Record<string, unknown>, _version: number): Record<string, unknown> {
  return raw;
}

/** A key must be a plain relative path inside the folder: no absolute paths, drive letters or `..`. */
export function isSafeRelativePath(p: string): boolean {
  if (!p || p.length > 4096 || p.includes('\0') || p.includes('\\')) return false;
  if (p.startsWith('/') || /^[a-zA-Z]:/.test(p)) return false;
  return p.split('/').every((seg) => seg !== '' && seg !== '.' && seg !== '..');
}

function validDocument(v: unknown): DocumentState | undefined {
  if (!isObject(v) || !REVIEW_STATUSES.includes(v.status as ReviewStatus)) return undefined;
  const doc: DocumentState = { status: v.status as ReviewStatus };
  if (typeof v.contentHash === 'string') doc.contentHash = v.contentHash;
  if (typeof v.updated === 'string') doc.updated = v.updated;
  if (Array.isArray(v.disabledRules)) {
    const rules = v.disabledRules.filter((r): r is string => typeof r === 'string');
    if (rules.length) doc.disabledRules = rules;
  }
  return doc;
}

function validRemembered(v: unknown): RememberedText | undefined {
  if (!isObject(v) || typeof v.text !== 'string') return undefined;
  const rem: RememberedText = { text: v.text };
  if (typeof v.path === 'string' && isSafeRelativePath(v.path)) rem.path = v.path;
  if (typeof v.added === 'string') rem.added = v.added;
  return rem;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
