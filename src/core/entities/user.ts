import type { EntityType } from '../types';

/** One entity the user adds or corrects in `.corpus-review/entities.json` (schema: entities.schema.json). */
export interface UserEntityDefinition {
  name: string;
  type?: EntityType;
  aliases?: string[];
  description?: string;
  roles?: string[];
}

/** A text the user says is not an entity, everywhere or only in documents whose path contains `path`. */
export interface NotAnEntity {
  text: string;
  path?: string;
}

/** The parsed content of `.corpus-review/entities.json`. */
export interface UserEntities {
  entities?: UserEntityDefinition[];
  notEntities?: (string | NotAnEntity)[];
}

export interface PreparedUserEntities {
  /** Every name and alias → its definition. */
  byName: Map<string, UserEntityDefinition>;
  /** Names and aliases, longest first, for scanning text. */
  names: string[];
  isNotEntity(text: string, path: string): boolean;
}

const prepared = new WeakMap<UserEntities, PreparedUserEntities>();

/** Validates loosely (the file is user input) and indexes it once per options object. */
export function prepareUserEntities(user: UserEntities | undefined): PreparedUserEntities | undefined {
  if (!user || typeof user !== 'object') return undefined;
  const cached = prepared.get(user);
  if (cached) return cached;
  const byName = new Map<string, UserEntityDefinition>();
  for (const e of Array.isArray(user.entities) ? user.entities : []) {
    if (!e || typeof e.name !== 'string' || !e.name.trim()) continue;
    const names = [e.name, ...(Array.isArray(e.aliases) ? e.aliases.filter((a) => typeof a === 'string' && a.trim()) : [])];
    for (const n of names) byName.set(n.trim(), e);
  }
  const not = (Array.isArray(user.notEntities) ? user.notEntities : [])
    .map((n) => (typeof n === 'string' ? { text: n } : n))
    .filter((n): n is NotAnEntity => !!n && typeof n.text === 'string' && !!n.text.trim());
  const result: PreparedUserEntities = {
    byName,
    names: [...byName.keys()].sort((a, b) => b.length - a.length),
    isNotEntity(text: string, path: string): boolean {
      const t = text.trim().toLowerCase();
      return not.some((n) => n.text.trim().toLowerCase() === t && (!n.path || path.includes(n.path)));
    },
  };
  prepared.set(user, result);
  return result;
}

/**
 * Several entity files as one, in order (a name defined twice keeps the later definition, as in
 * prepareUserEntities). Undefined when there is nothing to merge, so callers can tell "no file" apart.
 */
export function mergeUserEntities(parts: readonly (UserEntities | undefined)[]): UserEntities | undefined {
  const present = parts.filter((p): p is UserEntities => !!p && typeof p === 'object');
  if (!present.length) return undefined;
  if (present.length === 1) return present[0];
  const merged: Required<UserEntities> = { entities: [], notEntities: [] };
  for (const p of present) {
    if (Array.isArray(p.entities)) merged.entities.push(...p.entities);
    if (Array.isArray(p.notEntities)) merged.notEntities.push(...p.notEntities);
  }
  return merged;
}

/** Where the user's entity file lives, relative to a workspace folder or the corpus root. */
export const USER_ENTITIES_FILE = '.corpus-review/entities.json';

const TYPES = new Set(['person', 'organization', 'location', 'other']);

/**
 * Parse the text of `.corpus-review/entities.json` (the caller reads the file). Never throws: malformed
 * entries are skipped and described in `problems` (plain words, for a notice or the output channel).
 */
export function parseUserEntities(text: string): { value: UserEntities; problems: string[] } {
  const problems: string[] = [];
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    return { value: {}, problems: [`${USER_ENTITIES_FILE} is not valid JSON: ${(e as Error).message}`] };
  }
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return { value: {}, problems: [`${USER_ENTITIES_FILE} must hold a JSON object`] };
  const obj = raw as Record<string, unknown>;
  const strings = (v: unknown): string[] | undefined => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string' && !!x.trim()) : undefined);
  const entities: UserEntityDefinition[] = [];
  (Array.isArray(obj.entities) ? obj.entities : []).forEach((e: unknown, i: number) => {
    const r = e as Record<string, unknown> | null;
    if (!r || typeof r.name !== 'string' || !r.name.trim()) {
      problems.push(`entities[${i}] has no name and was skipped`);
      return;
    }
    const def: UserEntityDefinition = { name: r.name.trim() };
    if (typeof r.type === 'string') {
      if (TYPES.has(r.type)) def.type = r.type as UserEntityDefinition['type'];
      else problems.push(`entities[${i}] (${def.name}): unknown type "${r.type}" ignored`);
    }
    const aliases = strings(r.aliases);
    if (aliases?.length) def.aliases = aliases;
    const roles = strings(r.roles);
    if (roles?.length) def.roles = roles;
    if (typeof r.description === 'string' && r.description.trim()) def.description = r.description.trim();
    entities.push(def);
  });
  const notEntities: (string | NotAnEntity)[] = [];
  (Array.isArray(obj.notEntities) ? obj.notEntities : []).forEach((n: unknown, i: number) => {
    if (typeof n === 'string' && n.trim()) notEntities.push(n);
    else if (n && typeof n === 'object' && typeof (n as NotAnEntity).text === 'string') {
      const x = n as NotAnEntity;
      notEntities.push(typeof x.path === 'string' ? { text: x.text, path: x.path } : { text: x.text });
    } else problems.push(`notEntities[${i}] is neither a text nor { "text": … } and was skipped`);
  });
  return { value: { entities, notEntities }, problems };
}
