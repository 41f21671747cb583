import type { DocumentText } from '../text/documentText';
import type { Category, CopyPair, Finding, Severity } from '../types';
import type { AnalysisOptions } from '../options';

/** What the corpus pass knows that a single document cannot (template lines, copies). */
export interface CorpusFacts {
  /** Number of documents in the corpus. */
  documentCount: number;
  /** Normalised line hash → number of documents containing that line. */
  lineDocumentCounts?: Map<string, number>;
  /** Copy pairs involving any document, keyed by path. */
  copiesByPath?: Map<string, CopyPair[]>;
  /** Models of the documents that take part in a copy pair, by path (copies rules align a copy with its original). */
  copyModels?: Map<string, DocumentText>;
  /** Free slots for later corpus facts (each owned by one module). */
  [key: string]: unknown;
}

export interface RuleContext {
  options: AnalysisOptions;
  corpus?: CorpusFacts;
  /** The severity this run uses for the rule (default or configured). */
  severity: Severity;
}

/** The finding a rule reports; severity and category are filled in from the rule. */
export type RuleFinding = Omit<Finding, 'rule' | 'category' | 'severity'> & { severity?: Severity };

export interface Rule {
  /** `category/name`. */
  id: string;
  category: Category;
  defaultSeverity: Severity;
  /** One sentence for docs, settings and SARIF. */
  description: string;
  check(doc: DocumentText, ctx: RuleContext): RuleFinding[];
}

/** Where the rules are documented; every diagnostic and SARIF rule links to its anchor here. */
export const RULE_DOCS_BASE_URL = 'https://github.com/corpus-review/corpus-review/blob/main/README.md';

/** README anchor of a rule: `boilerplate/comment-form` → `rule-boilerplate-comment-form`. */
export function ruleAnchor(ruleId: string): string {
  return 'rule-' + ruleId.replace(/[^a-z0-9]+/gi, '-').toLowerCase();
}

/** Full documentation link of a rule. */
export function ruleDocsUrl(ruleId: string): string {
  return `${RULE_DOCS_BASE_URL}#${ruleAnchor(ruleId)}`;
}
