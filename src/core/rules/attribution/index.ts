import type { Rule } from '../rule';
import { unattributedClaimRule } from './unattributedClaim';
import { unattributedQuoteRule } from './unattributedQuote';
import { vagueSourceRule } from './vagueSource';
import { hedgeWithoutSourceRule } from './hedgeWithoutSource';

export const attributionRules: Rule[] = [unattributedClaimRule, unattributedQuoteRule, vagueSourceRule, hedgeWithoutSourceRule];
