import type { Rule } from './rule';
import { boilerplateRules } from './boilerplate';
import { attributionRules } from './attribution';
import { copiesRules } from './copies';

/** The single registry of rules. Adding a rule = one module + one entry in its area's list. */
export const RULES: readonly Rule[] = [...boilerplateRules, ...attributionRules, ...copiesRules];

export function findRule(id: string): Rule | undefined {
  return RULES.find((r) => r.id === id);
}
