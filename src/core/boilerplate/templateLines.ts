import type { DocumentText } from '../text/documentText';
import { hashLine } from '../text/hash';
import { lineFeatures } from './features';
import { matchLexicon } from './lexicon';
import { STOPWORDS_LOW } from './classify';

/**
 * Template lines are short site furniture; a line longer than this is never counted (it also keeps the
 * corpus pass from hashing every paragraph).
 */
export const MAX_TEMPLATE_LINE_CHARS = 300;
/** A line with at least this many words that ends like a sentence and reads like prose is article text. */
export const TEMPLATE_SENTENCE_MIN_WORDS = 8;

/**
 * True when a line reads like an article sentence: enough words, a sentence ending and ordinary English
 * function words, and not a known furniture phrase. Copies of an article share such lines; they are not
 * template.
 */
export function looksLikeArticleSentence(line: string): boolean {
  const f = lineFeatures(line);
  if (f.chars > MAX_TEMPLATE_LINE_CHARS) return true;
  if (f.words < TEMPLATE_SENTENCE_MIN_WORDS || !f.endsSentence || f.stopwordRatio < STOPWORDS_LOW) return false;
  return !matchLexicon(f.body);
}

/**
 * Normalised line hash → number of documents that contain the line (each document counted once). Only
 * lines that could be template lines are counted: article sentences and long lines are skipped.
 */
export function countLinesAcrossDocuments(docs: DocumentText[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const doc of docs) {
    const seen = new Set<string>();
    for (const line of doc.lines) {
      const t = line.trim();
      if (t === '' || t.length > MAX_TEMPLATE_LINE_CHARS || looksLikeArticleSentence(t)) continue;
      const h = hashLine(t);
      if (seen.has(h)) continue;
      seen.add(h);
      counts.set(h, (counts.get(h) ?? 0) + 1);
    }
  }
  return counts;
}
