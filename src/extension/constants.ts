// Every identifier the extension contributes, in one place. All are prefixed `corpusReview.`.
export const EXTENSION_ID = 'corpus-review.corpus-review';
export const DIAGNOSTIC_SOURCE = 'Corpus Review';
export const DOCS_BASE_URL = 'https://github.com/corpus-review/corpus-review/blob/main/README.md';

export const Config = {
  section: 'corpusReview',
  corpusFolders: 'corpusReview.corpusFolders',
  includeExtensions: 'corpusReview.includeExtensions',
  exclude: 'corpusReview.exclude',
  maxFileSize: 'corpusReview.maxFileSize',
  rules: 'corpusReview.rules',
  templateMinCount: 'corpusReview.templateMinCount',
  debounceMs: 'corpusReview.debounceMs',
  applyCorpusLanguage: 'corpusReview.applyCorpusLanguage',
} as const;

export const Commands = {
  refresh: 'corpusReview.refresh',
  openDocument: 'corpusReview.openDocument',
  removeLine: 'corpusReview.removeLine',
  useCorpusLanguage: 'corpusReview.useCorpusLanguage',
} as const;

export const Views = {
  container: 'corpusReview',
  corpus: 'corpusReview.corpus',
} as const;
