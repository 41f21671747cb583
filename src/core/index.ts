// Public surface of the core: text in, plain data out.
export * from './types';
export * from './options';
export { analyzeDocument, analyzeModel, runRules } from './document';
export { analyzeCorpus, buildCorpusFacts } from './corpus';
export { DocumentText } from './text/documentText';
export { hashText, hashLine, normalizeForHash } from './text/hash';
export { RULES, findRule } from './rules';
export { ruleAnchor, ruleDocsUrl, RULE_DOCS_BASE_URL, type Rule, type RuleContext, type CorpusFacts } from './rules/rule';
export { sentencesOf, type Sentence } from './text/sentences';
export { analyzeAttribution, type SentenceAttribution, type SourceInfo, type Cue as AttributionCue, type ClaimType } from './attribution/analyze';
export { findSources } from './attribution/sources';
