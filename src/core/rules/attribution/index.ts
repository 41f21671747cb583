import type { Rule } from '../rule';

export const attributionRules: Rule[] = [];
