import type { Severity } from './types';

export type RuleSetting = Severity | 'off';

export interface AnalysisOptions {
  /** Per-rule severity override or 'off', keyed by rule id. */
  rules?: Record<string, RuleSetting>;
  /** Hashes (see text/hash.ts hashLine) of lines the user chose to ignore. */
  ignoredLines?: ReadonlySet<string>;
  /** Hashes of sentences the user marked as checked claims. */
  checkedClaims?: ReadonlySet<string>;
  /** Rules disabled for this one document (from review state). */
  disabledRules?: ReadonlySet<string>;
  /** At most this many findings per document; the rest are summarised in a notice. */
  maxFindings?: number;
  /** Corpus template lines: minimum number of documents a line must appear in. */
  templateMinCount?: number;
}

export const DEFAULT_MAX_FINDINGS = 1000;
export const DEFAULT_TEMPLATE_MIN_COUNT = 3;
