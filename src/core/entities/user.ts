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
