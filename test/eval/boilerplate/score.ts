// Line-level scoring shared by the fixture and devset evaluations.

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
  tn: number;
}

export interface PRF {
  p: number;
  r: number;
  f1: number;
}

export const emptyCounts = (): Counts => ({ tp: 0, fp: 0, fn: 0, tn: 0 });

/** Add one scored line; `positive` is the class being measured (content in the devset's headline numbers). */
export function addLine(c: Counts, goldPositive: boolean, predictedPositive: boolean, weight = 1): void {
  if (goldPositive && predictedPositive) c.tp += weight;
  else if (!goldPositive && predictedPositive) c.fp += weight;
  else if (goldPositive) c.fn += weight;
  else c.tn += weight;
}

/** P/R/F1 with 0 when a denominator is 0, as the devset README asks. */
export function prf(tp: number, fp: number, fn: number): PRF {
  const p = tp + fp ? tp / (tp + fp) : 0;
  const r = tp + fn ? tp / (tp + fn) : 0;
  return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
}

/** Content as the positive class. */
export const contentPRF = (c: Counts): PRF => prf(c.tp, c.fp, c.fn);
/** Boilerplate as the positive class: P = TN / (TN + FN), R = TN / (TN + FP). */
export const boilerplatePRF = (c: Counts): PRF => prf(c.tn, c.fn, c.fp);

export const fmt = (x: PRF): string => `${x.p.toFixed(3)} / ${x.r.toFixed(3)} / ${x.f1.toFixed(3)}`;
