import type { Rule } from '../rule';
import { exactCopyRule, nearCopyRule, partialCopyRule, spunCopyRule } from './copyOf';
import { meaningDriftRule } from './meaningDrift';

export const copiesRules: Rule[] = [exactCopyRule, nearCopyRule, partialCopyRule, spunCopyRule, meaningDriftRule];
