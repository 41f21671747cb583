import type { EntityType } from '../types';

/** Stable id from type and canonical name: `person:vladimir-putin`, `organization:korean-central-news-agency`. */
export function entityId(type: EntityType, name: string): string {
  return `${type}:${slugOf(name) || 'unnamed'}`;
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
