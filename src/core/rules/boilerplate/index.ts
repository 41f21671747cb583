import type { Rule } from '../rule';
import { commentFormRule } from './commentForm';

export const boilerplateRules: Rule[] = [commentFormRule];
