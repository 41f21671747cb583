import type { DocumentText } from '../text/documentText';
import type { SourceSpan } from '../types';
import { analyzeAttribution } from './analyze';

/**
 * Sources named by attribution cues ("Peskov said", "according to TASS", "Western analysts say"), in
 * document order. Pronouns and definite mentions that only refer back ("he said", "the ministry said")
 * are left out: the entity index counts "cited as a source" from the named spans, which carry a name.
 */
export function findSources(doc: DocumentText): SourceSpan[] {
  const out: SourceSpan[] = [];
  for (const a of analyzeAttribution(doc)) {
    for (const s of a.sources) {
      if (s.anaphor) continue;
      if (s.via === 'adverb' || s.via === 'passive') {
        out.push({ range: s.range, text: s.text, kind: 'vague' });
        continue;
      }
      out.push({ range: s.range, text: s.text, kind: s.kind });
    }
  }
  return out;
}
