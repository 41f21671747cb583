/**
 * How much the core's bounded caches (line records, sentence models, entity line analyses) may hold in
 * this thread. 'interactive', the default, is for the editor: a long document re-analysed after a
 * keystroke finds all its unchanged lines. 'batch' is for runs that read each document once (the CLI, the
 * extension's index threads): only what repeats across documents (page chrome, template lines) is read
 * again, and it stays in the current generation of a cache an eighth of the size. On 3,000 generated
 * documents the caches then held 6 MB instead of 43 MB for the same CPU time (5.8–6.1 s vs 5.7–6.5 s),
 * and at 10k documents less live data lets the pool's heap caps hold without extra collections.
 */
export type CacheProfile = 'interactive' | 'batch';

export const BATCH_CACHE_SCALE = 1 / 8;

/** A cache whose bounds follow the profile: `scale` times the bounds it was created with. */
export interface ScalableCache {
  rescale(scale: number): void;
}

let profile: CacheProfile = 'interactive';
const caches = new Set<WeakRef<ScalableCache>>();

const scaleOf = (p: CacheProfile): number => (p === 'batch' ? BATCH_CACHE_SCALE : 1);

export function setCacheProfile(p: CacheProfile): void {
  profile = p;
  for (const ref of caches) {
    const cache = ref.deref();
    if (cache) cache.rescale(scaleOf(p));
    else caches.delete(ref);
  }
}

export function cacheProfile(): CacheProfile {
  return profile;
}

/** Called by each cache when it is created; it is sized for the current profile at once. */
export function followCacheProfile(cache: ScalableCache): void {
  caches.add(new WeakRef(cache));
  if (profile !== 'interactive') cache.rescale(scaleOf(profile));
}

/** `base` scaled, at least 1. */
export function scaled(base: number, scale: number): number {
  return base === Infinity ? Infinity : Math.max(1, Math.round(base * scale));
}
