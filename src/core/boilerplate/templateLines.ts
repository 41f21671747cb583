import type { DocumentText } from '../text/documentText';
import { hashLine } from '../text/hash';
import { lineFeatures } from './features';
import { matchLexicon } from './lexicon';
import { classifyLines, lineFeaturesOf, sentenceShaped } from './classify';
import { lineRecordsOf, type LineRecord } from './lineRecords';

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
  return sentenceShaped(f, TEMPLATE_SENTENCE_MIN_WORDS) && !matchLexicon(f.body);
}

/**
 * Whether line `i` of `doc` may be counted as a template line: short, and either claimed as furniture
 * by the classifier or not shaped like an article sentence. Uses the document's memoised features.
 */
export function isTemplateCandidate(doc: DocumentText, i: number): boolean {
  return templateCandidates(doc)[i];
}

/** Per line: may it be counted as a template line (see isTemplateCandidate)? Memoised per document. */
export function templateCandidates(doc: DocumentText): boolean[] {
  return doc.memo('boilerplate/templateCandidates', () => {
    const feats = lineFeaturesOf(doc);
    const classes = classifyLines(doc);
    return feats.map((f, i) => {
      if (!f || f.chars > MAX_TEMPLATE_LINE_CHARS) return false;
      if (classes[i].kind !== 'content') return true;
      return !sentenceShaped(f, TEMPLATE_SENTENCE_MIN_WORDS);
    });
  });
}

/** hashLine of line `i`, computed once per distinct line text (kept in the shared line records). */
export function lineHashAt(doc: DocumentText, i: number): string {
  return recordHash(lineRecordsOf(doc)[i]);
}

function recordHash(rec: LineRecord): string {
  return (rec.hash ??= hashLine(rec.text));
}

/**
 * Normalised line hash → number of documents that contain the line (each document counted once). Only
 * lines that could be template lines are counted: article sentences and long lines are skipped.
 */
export function countLinesAcrossDocuments(docs: DocumentText[]): Map<string, number> {
  const counts = new Map<string, number>();
  // One document (the CLI's facts pass calls this per document): each line counts once, no per-document set.
  if (docs.length === 1) {
    const doc = docs[0];
    const candidates = templateCandidates(doc);
    const records = lineRecordsOf(doc);
    for (let i = 0; i < candidates.length; i++) if (candidates[i]) counts.set(recordHash(records[i]), 1);
    return counts;
  }
  // Per hash, its count and the last document that counted it: one lookup per line instead of a
  // per-document set and a count map (four lookups); the counts move to the result map at the end.
  const tallies = new Map<string, LineTally>();
  for (let d = 0; d < docs.length; d++) {
    const doc = docs[d];
    const candidates = templateCandidates(doc);
    const records = lineRecordsOf(doc);
    for (let i = 0; i < candidates.length; i++) {
      if (!candidates[i]) continue;
      const h = recordHash(records[i]);
      const tally = tallies.get(h);
      if (tally === undefined) tallies.set(h, { count: 1, lastDocument: d });
      else if (tally.lastDocument !== d) {
        tally.count++;
        tally.lastDocument = d;
      }
    }
  }
  for (const [h, tally] of tallies) counts.set(h, tally.count);
  return counts;
}

interface LineTally {
  count: number;
  lastDocument: number;
}
