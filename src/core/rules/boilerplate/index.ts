import type { Rule } from '../rule';
import { commentFormRule } from './commentForm';
import { pageChromeRule } from './pageChrome';
import { legalRule } from './legal';
import { separatorRule } from './separator';
import { provenanceRule } from './provenance';
import { templateLineRule } from './templateLine';

export const boilerplateRules: Rule[] = [commentFormRule, pageChromeRule, legalRule, separatorRule, provenanceRule, templateLineRule];
