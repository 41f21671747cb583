import type { EntityType } from '../types';
import { GenerationalCache } from '../text/lru';

/** Stable id from type and canonical name: `person:vladimir-putin`, `organization:korean-central-news-agency`. */
export function entityId(type: EntityType, name: string): string {
  let byName = idsByType.get(type);
  if (!byName) idsByType.set(type, (byName = new GenerationalCache(ID_CACHE_MAX_ENTRIES)));
  let id = byName.get(name);
  if (id === undefined) byName.set(name, (id = `${type}:${slugOf(name) || 'unnamed'}`));
  return id;
}

/**
 * Ids by type and name: the same entities are named in every re-analysis of a document being edited, and
 * each slug took four string passes (~20 KB per edit of a 5,000-word article). A pure function of its key,
 * so nothing in it can go stale; bounded like the line caches.
 */
const idsByType = new Map<EntityType, GenerationalCache<string, string>>();
const ID_CACHE_MAX_ENTRIES = 4096;

/** Forget memoised ids (cold-run benchmarks). */
export function clearEntityIdCache(): void {
  idsByType.clear();
}

const ASCII = /^[\x00-\x7f]*$/;
// Module constants: a `/\p{…}/u` literal inside a function becomes `new RegExp(…)` per call in our esbuild build.
const MARKS = /\p{M}/gu;
const NOT_LETTER_OR_DIGIT = /[^\p{L}\p{N}]+/gu;

function slugOf(name: string): string {
  // ASCII names (nearly all) have no marks to strip and no compatibility forms, so the slug needs neither
  // NFKD nor Unicode classes: the same result, several times faster (every entity of every document gets an id).
  if (ASCII.test(name)) {
    return name
      .toLowerCase()
      .replace(/'/g, '')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '');
  }
  return name
    .normalize('NFKD')
    .replace(MARKS, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(NOT_LETTER_OR_DIGIT, '-')
    .replace(/^-+|-+$/g, '');
}
