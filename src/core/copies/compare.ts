import type { DocumentText } from '../text/documentText';
import type { CopyKind, DocumentMetadata } from '../types';
import { extractMetadata } from '../boilerplate/metadata';
import { hasArticle } from './normalise';
import { articleSets, exactHash } from './articleScan';
import { documentFacts, documentShingles, documentStems, overlap } from './shingles';
import { alignSentences, type Alignment, type AlignedUnit } from './align';
import { comparisonSets } from './sentences';
import { classifyDrift, type Drift } from './drift';

/**
 * Near copy: at least half of the two texts' distinct five-word shingles are shared. Light edits (a changed
 * word every sentence or two, a paragraph cut or added, different wrapping) keep Jaccard well above this;
 * independently written reports of one event stay below 0.05 (no shared five-word runs beyond quotes).
 */
export const NEAR_MIN_JACCARD = 0.5;
/** Partial copy: at least 80% of the shorter text's shingles are inside the longer one… */
export const PARTIAL_MIN_CONTAINMENT = 0.8;
/**
 * Partial copy of a block: the shorter text shares at least 30% of its shingles with the longer one, in at
 * least three unchanged sentences (a reused run of paragraphs plus new text around it). Unrelated texts
 * share under 5% (quotes, stock phrases); three identical sentences are not a coincidence.
 */
export const PARTIAL_MIN_BLOCK_CONTAINMENT = 0.3;
export const PARTIAL_MIN_SAME_SENTENCES = 3;
/** …unless the shorter text is at most this share of the longer one's size: then it is a partial copy (an excerpt). */
export const PARTIAL_MAX_SIZE_RATIO = 0.7;
/**
 * A pair that shares many shingles is still spun when at least half of its aligned sentences were reworded
 * (words changed): near copies change a few sentences, spinners change most of them.
 */
export const SPUN_MIN_REWORDED_SHARE = 0.5;
/**
 * Spun copy, pre-filter: share of the shorter text's content-word stems found in the longer one. Synonym
 * swaps replace a fifth to a third of the content words; names, numbers and topic words stay. Below this
 * the (costlier) sentence alignment is not tried.
 */
export const SPUN_MIN_STEM_CONTAINMENT = 0.5;
/**
 * Spun copy, first pre-filter: share of the shorter text's names and numbers found in the longer one.
 * Spun copies keep 0.7–1.0 of them (a changed number or a dropped paragraph costs a little); template-written
 * stories (council reports with random figures) share about 0.4. Different stories on one topic can share
 * 0.4–0.65 (the same officials and places): those are left to the sentence alignment.
 * Only checked when both texts have at least SPUN_FACTS_CHECKED facts (a short text with two names says little).
 */
export const SPUN_MIN_FACT_CONTAINMENT = 0.6;
export const SPUN_FACTS_CHECKED = 6;
/** Spun copy: share of the copy's words in sentences aligned to the original. */
export const SPUN_MIN_COVERAGE = 0.7;
/** …and at least this many aligned sentence units (two shared sentences is a quote, not a copy). */
export const SPUN_MIN_UNITS = 3;
/** …and the aligned units must be this similar on average (same-topic reports align loosely, below ~0.35). */
export const SPUN_MIN_SIMILARITY = 0.45;

export interface PairMatch {
  kind: CopyKind;
  similarity: number;
  jaccard: number;
  containment: number;
}

/** Is `b` a copy of `a` (or the reverse), and of which kind? Null when they are not copies. */
export function matchPair(a: DocumentText, b: DocumentText): PairMatch | null {
  if (!hasArticle(a) || !hasArticle(b)) return null;
  comparisonSets(a);
  comparisonSets(b);
  const sa = documentShingles(a);
  const sb = documentShingles(b);
  const sh = overlap(sa, sb);
  if (exactHash(a) === exactHash(b)) return { kind: 'exact', similarity: 1, ...sh };
  // Sentence counts from the scan: most candidate pairs are rejected below without building sentences.
  const [shorter, longer] = articleSets(a).sentences <= articleSets(b).sentences ? [a, b] : [b, a];
  if (sh.jaccard >= NEAR_MIN_JACCARD || sh.containment >= PARTIAL_MIN_CONTAINMENT) {
    // Many shared shingles, but a spinner who reworded most sentences lightly still made a spun copy.
    const al = alignSentences(shorter, longer);
    if (al.units.length >= SPUN_MIN_UNITS && al.reworded / al.units.length >= SPUN_MIN_REWORDED_SHARE) {
      return { kind: 'spun', similarity: round(al.similarity), ...sh };
    }
    const sizeRatio = Math.min(sa.length, sb.length) / Math.max(sa.length, sb.length);
    if (sh.containment >= PARTIAL_MIN_CONTAINMENT && sizeRatio <= PARTIAL_MAX_SIZE_RATIO) return { kind: 'partial', similarity: round(sh.containment), ...sh };
    if (sh.jaccard >= NEAR_MIN_JACCARD) return { kind: 'near', similarity: round(sh.jaccard), ...sh };
    return { kind: 'partial', similarity: round(sh.containment), ...sh };
  }
  if (sh.containment >= PARTIAL_MIN_BLOCK_CONTAINMENT) {
    // A verbatim block reused inside otherwise different text: partial, when whole sentences match.
    const al = alignSentences(shorter, longer);
    const same = al.units.filter((u) => u.identical);
    const sameWords = same.reduce((n, u) => n + u.copy.reduce((m, i) => m + al.copy[i].words, 0), 0);
    const words = al.copy.reduce((n, x) => n + x.words, 0);
    if (same.length >= PARTIAL_MIN_SAME_SENTENCES && sameWords >= PARTIAL_MIN_BLOCK_CONTAINMENT * words) {
      return { kind: 'partial', similarity: round(sh.containment), ...sh };
    }
  }
  const fa = documentFacts(a);
  const fb = documentFacts(b);
  if (Math.min(fa.length, fb.length) >= SPUN_FACTS_CHECKED && overlap(fa, fb).containment < SPUN_MIN_FACT_CONTAINMENT) return null;
  const st = overlap(documentStems(a), documentStems(b));
  if (st.containment < SPUN_MIN_STEM_CONTAINMENT) return null;
  const al = alignSentences(shorter, longer);
  if (al.copyCoverage < SPUN_MIN_COVERAGE || al.units.length < SPUN_MIN_UNITS || al.similarity < SPUN_MIN_SIMILARITY) return null;
  // Mostly unchanged sentences with loose neighbours is a shared quote on one story, not a rewrite.
  if (al.reworded / al.units.length < SPUN_MIN_REWORDED_SHARE) return null;
  return { kind: 'spun', similarity: round(al.similarity), ...sh };
}

/**
 * What the cheap tests of `matchPair` need from one document: its sorted hash sets (a few KB) instead of
 * its model. Computed where the document is loaded anyway (the signatures pass), so a reduce can set
 * aside most candidate pairs (documents sharing template sentences) without reading them again.
 */
export interface CopyProfile {
  article: boolean;
  exact: string;
  shingles: Uint32Array;
  facts: Uint32Array;
  stems: Uint32Array;
}

const NO_SET = new Uint32Array(0);

export function copyProfile(doc: DocumentText): CopyProfile {
  if (!hasArticle(doc)) return { article: false, exact: '', shingles: NO_SET, facts: NO_SET, stems: NO_SET };
  return { article: true, exact: exactHash(doc), shingles: documentShingles(doc), facts: documentFacts(doc), stems: documentStems(doc) };
}

/**
 * True when `matchPair` returns null on the two documents before any sentence alignment: the same tests,
 * in the same order, on their profiles. False says nothing (the pair must be matched on the documents).
 */
export function profilesRuleOut(a: CopyProfile, b: CopyProfile): boolean {
  if (!a.article || !b.article) return true;
  if (a.exact === b.exact) return false;
  const sh = overlap(a.shingles, b.shingles);
  // Every branch that aligns sentences before the facts test (near, partial, block partial).
  if (sh.jaccard >= NEAR_MIN_JACCARD || sh.containment >= PARTIAL_MIN_CONTAINMENT || sh.containment >= PARTIAL_MIN_BLOCK_CONTAINMENT) return false;
  if (Math.min(a.facts.length, b.facts.length) >= SPUN_FACTS_CHECKED && overlap(a.facts, b.facts).containment < SPUN_MIN_FACT_CONTAINMENT) return true;
  return overlap(a.stems, b.stems).containment < SPUN_MIN_STEM_CONTAINMENT;
}

export function round(x: number): number {
  return Math.round(x * 100) / 100;
}

export interface DriftedUnit {
  unit: AlignedUnit;
  drifts: Drift[];
}

/** Everything the editor and the drift report show about a copy against its original. */
export interface CopyComparison {
  alignment: Alignment;
  /** Units in copy order, each with its meaning drifts (possibly none). */
  units: DriftedUnit[];
  copyMetadata: DocumentMetadata;
  originalMetadata: DocumentMetadata;
  bylineRemoved: boolean;
  sourceRemoved: boolean;
  dateRemoved: boolean;
}

function joined(sentences: { text: string }[], ids: number[]): string {
  return ids.map((i) => sentences[i].text).join(' ');
}

/** Align a copy with its original and classify what each reworded sentence changed. Memoised per pair of models. */
export function compareWithOriginal(copyDoc: DocumentText, originalDoc: DocumentText): CopyComparison {
  const cache = copyDoc.memo('copies/comparisons', () => new WeakMap<DocumentText, CopyComparison>());
  let result = cache.get(originalDoc);
  if (!result) {
    const alignment = alignSentences(copyDoc, originalDoc);
    const units = alignment.units.map((unit) => ({
      unit,
      drifts: unit.identical ? [] : classifyDrift(joined(alignment.original, unit.original), joined(alignment.copy, unit.copy)),
    }));
    const copyMetadata = extractMetadata(copyDoc);
    const originalMetadata = extractMetadata(originalDoc);
    result = {
      alignment,
      units,
      copyMetadata,
      originalMetadata,
      bylineRemoved: !!originalMetadata.byline && !copyMetadata.byline,
      sourceRemoved: !!originalMetadata.source && !copyMetadata.source,
      dateRemoved: !!originalMetadata.date && !copyMetadata.date,
    };
    cache.set(originalDoc, result);
  }
  return result;
}

/** "9 sentences reworded, 3 paragraphs dropped, byline removed" — the changes a copy made, in a few words. */
export function summariseChanges(c: CopyComparison): string {
  const parts: string[] = [];
  const plural = (n: number, w: string) => `${n} ${w}${n === 1 ? '' : 's'}`;
  const a = c.alignment;
  if (a.reworded) parts.push(`${plural(a.reworded, 'sentence')} reworded`);
  if (a.droppedParagraphs.length) parts.push(`${plural(a.droppedParagraphs.length, 'paragraph')} dropped`);
  const loose = a.dropped.filter((i) => !a.droppedParagraphs.includes(a.original[i].paragraph)).length;
  if (loose) parts.push(`${plural(loose, 'sentence')} dropped`);
  if (a.addedParagraphs.length) parts.push(`${plural(a.addedParagraphs.length, 'paragraph')} added`);
  const looseAdded = a.added.filter((i) => !a.addedParagraphs.includes(a.copy[i].paragraph)).length;
  if (looseAdded) parts.push(`${plural(looseAdded, 'sentence')} added`);
  const drifts = c.units.reduce((n, u) => n + u.drifts.length, 0);
  if (drifts) parts.push(`${plural(drifts, 'meaning change')}`);
  if (c.bylineRemoved) parts.push('byline removed');
  if (c.sourceRemoved) parts.push('source removed');
  if (c.dateRemoved) parts.push('date removed');
  return parts.join(', ') || 'no changes in the article text';
}
