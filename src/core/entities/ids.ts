import type { EntityType } from '../types';

/** Stable id from type and canonical name: `person:vladimir-putin`, `organization:korean-central-news-agency`. */
export function entityId(type: EntityType, name: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
  return `${type}:${slug || 'unnamed'}`;
}
