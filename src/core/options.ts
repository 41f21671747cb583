import type { Severity } from './types';
import type { UserEntities } from './entities/user';

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
  /** The user's entity additions and corrections (`.corpus-review/entities.json`, see entities.schema.json). */
  entities?: UserEntities;
  /** Corpus template lines: minimum number of documents a line must appear in. */
  templateMinCount?: number;
  /** Per-document time budget in milliseconds: rules not started before it runs out are skipped with a notice. */
  timeBudgetMs?: number;
  /** Clock used for the time budget (tests inject one). */
  now?: () => number;
}

export const DEFAULT_MAX_FINDINGS = 1000;
export const DEFAULT_TEMPLATE_MIN_COUNT = 3;
/**
 * A normal article analyses in milliseconds (see `npm run bench`); two seconds only runs out on
 * pathological input, where a partial answer with a notice beats a frozen editor or a stuck CI job.
 */
export const DEFAULT_TIME_BUDGET_MS = 2000;
