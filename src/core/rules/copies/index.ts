import type { Rule } from '../rule';

export const copiesRules: Rule[] = [];
