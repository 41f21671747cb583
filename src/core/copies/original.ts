import type { DocumentMetadata } from '../types';

/** What the original-vs-copy decision looks at for one document of a pair. */
export interface OriginalEvidence {
  path: string;
  metadata: DocumentMetadata;
  /** Article words that have no counterpart in the other document. */
  extraWords: number;
  /** Article words in total. */
  words: number;
  /** Mean similarity to the other members of its copy cluster (only for clusters of three or more). */
  centrality?: number;
}

export interface OriginalDecision {
  /** 0 = the first document, 1 = the second, null = undecided. */
  original: 0 | 1 | null;
  reasons: string[];
}

/**
 * Weights of the signals. A publication date is the strongest evidence (a rewrite cannot be older than what
 * it rewrites); a byline or a source line is what content farms strip; a document that holds all of the
 * other's text plus more is usually the source of a cut-down copy; closeness to the rest of a cluster means
 * fewer substitutions (each copy drifts from the original independently).
 */
export const WEIGHT_DATE = 3;
export const WEIGHT_DATE_PRESENT = 1;
export const WEIGHT_BYLINE = 1;
export const WEIGHT_SOURCE = 1;
export const WEIGHT_SUPERSET = 1;
export const WEIGHT_CENTRALITY = 1;
/** The longer text is a superset when it has at least this share of its words beyond the other's. */
export const SUPERSET_MIN_EXTRA = 0.1;
/** Centrality differences smaller than this are noise. */
export const CENTRALITY_MIN_GAP = 0.05;

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** A date in a metadata string or URL, as a UTC day number; undefined when none is recognisable. */
export function parseLooseDate(text: string | undefined): number | undefined {
  if (!text) return undefined;
  let m = /\b(\d{4})[-/](\d{1,2})[-/](\d{1,2})\b/.exec(text);
  if (m) return day(+m[1], +m[2], +m[3]);
  m = /\b([A-Za-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b/.exec(text);
  if (m && MONTHS.includes(m[1].slice(0, 3).toLowerCase())) return day(+m[3], MONTHS.indexOf(m[1].slice(0, 3).toLowerCase()) + 1, +m[2]);
  m = /\b(\d{1,2})\s+([A-Za-z]{3,9})\.?,?\s+(\d{4})\b/.exec(text);
  if (m && MONTHS.includes(m[2].slice(0, 3).toLowerCase())) return day(+m[3], MONTHS.indexOf(m[2].slice(0, 3).toLowerCase()) + 1, +m[1]);
  return undefined;
}

function day(y: number, mo: number, d: number): number | undefined {
  if (y < 1900 || y > 2200 || mo < 1 || mo > 12 || d < 1 || d > 31) return undefined;
  return Math.floor(Date.UTC(y, mo - 1, d) / 86400000);
}

function dateOf(m: DocumentMetadata): number | undefined {
  return parseLooseDate(m.date) ?? parseLooseDate(m.source);
}

const name = (p: string) => p.split('/').pop() || p;

/** Decide which of two copies is the original, with the reasons in plain words. */
export function decideOriginal(a: OriginalEvidence, b: OriginalEvidence): OriginalDecision {
  const score = [0, 0];
  const reasons: [string, 0 | 1][] = [];
  const both = [a, b];
  const da = dateOf(a.metadata);
  const db = dateOf(b.metadata);
  if (da !== undefined && db !== undefined && da !== db) {
    const first = da < db ? 0 : 1;
    score[first] += WEIGHT_DATE;
    reasons.push([`dated ${both[first].metadata.date ?? 'earlier'}, before the other (${both[1 - first].metadata.date ?? 'later'})`, first]);
  } else if ((da === undefined) !== (db === undefined)) {
    const dated = da !== undefined ? 0 : 1;
    score[dated] += WEIGHT_DATE_PRESENT;
    reasons.push([`carries a date (${both[dated].metadata.date ?? ''}), the other has none`, dated]);
  }
  if (!!a.metadata.byline !== !!b.metadata.byline) {
    const w = a.metadata.byline ? 0 : 1;
    score[w] += WEIGHT_BYLINE;
    reasons.push([`has a byline (${both[w].metadata.byline}), the other has none`, w]);
  }
  if (!!a.metadata.source !== !!b.metadata.source) {
    const w = a.metadata.source ? 0 : 1;
    score[w] += WEIGHT_SOURCE;
    reasons.push([`names its source (${both[w].metadata.source}), the other does not`, w]);
  }
  const shareA = a.words ? a.extraWords / a.words : 0;
  const shareB = b.words ? b.extraWords / b.words : 0;
  if (Math.abs(shareA - shareB) >= SUPERSET_MIN_EXTRA) {
    const w = shareA > shareB ? 0 : 1;
    score[w] += WEIGHT_SUPERSET;
    reasons.push([`holds the other's text plus ${both[w].extraWords} more words`, w]);
  }
  if (a.centrality !== undefined && b.centrality !== undefined && Math.abs(a.centrality - b.centrality) >= CENTRALITY_MIN_GAP) {
    const w = a.centrality > b.centrality ? 0 : 1;
    score[w] += WEIGHT_CENTRALITY;
    reasons.push([`closer to the rest of its copy cluster (mean similarity ${both[w].centrality!.toFixed(2)} vs ${both[1 - w].centrality!.toFixed(2)}): fewer substitutions`, w]);
  }
  if (score[0] === score[1]) {
    return { original: null, reasons: reasons.length ? ['signals disagree: ' + reasons.map(([r, w]) => `${name(both[w].path)} ${r}`).join('; ')] : ['no date, byline, source or extra text tells them apart'] };
  }
  const w = score[0] > score[1] ? 0 : 1;
  return { original: w, reasons: reasons.filter(([, x]) => x === w).map(([r]) => r).concat(reasons.filter(([, x]) => x !== w).map(([r]) => `though the copy ${r}`)) };
}
