import { clearAttributionCache } from '../../core/attribution/analyze';
import { clearVerdictCache } from '../../core/boilerplate/classify';
import { clearEntityCache } from '../../core/entities';
import { clearSentenceCache } from '../../core/text/sentences';

/**
 * Empty the core's per-thread caches (sentence models, sentence spans, line verdicts, entity lines) once a
 * pass is done. They speed up a pass (scraped corpora repeat lines), but each is bounded only by entries
 * or characters: after a 3,000-document pass they held ~60 MB of one thread's ~95 MB of live heap, kept
 * for the whole session for nothing (single changed documents gain little from them).
 */
export function releaseAnalysisCaches(): void {
  clearAttributionCache();
  clearSentenceCache();
  clearVerdictCache();
  clearEntityCache();
}
