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
  // Editor fixes and views (diagnostics, quick fixes, hovers, copies).
  removeAllBoilerplate: 'corpusReview.removeAllBoilerplate',
  removeTemplateLineEverywhere: 'corpusReview.removeTemplateLineEverywhere',
  ignoreLine: 'corpusReview.ignoreLine',
  clearIgnoredLines: 'corpusReview.clearIgnoredLines',
  insertSourcePlaceholder: 'corpusReview.insertSourcePlaceholder',
  markClaimChecked: 'corpusReview.markClaimChecked',
  disableRuleForDocument: 'corpusReview.disableRuleForDocument',
  openRuleDocumentation: 'corpusReview.openRuleDocumentation',
  compareWithOriginal: 'corpusReview.compareWithOriginal',
  showDriftReport: 'corpusReview.showDriftReport',
  // Corpus view, review workflow, indexing and reports.
  markReviewed: 'corpusReview.markReviewed',
  markInReview: 'corpusReview.markInReview',
  markRejected: 'corpusReview.markRejected',
  markUnreviewed: 'corpusReview.markUnreviewed',
  setReviewStatus: 'corpusReview.setReviewStatus',
  revealInExplorer: 'corpusReview.revealInExplorer',
  revealRange: 'corpusReview.revealRange',
  sortBy: 'corpusReview.sortBy',
  filter: 'corpusReview.filter',
  clearFilter: 'corpusReview.clearFilter',
  chooseCorpusFolder: 'corpusReview.chooseCorpusFolder',
  exportReport: 'corpusReview.exportReport',
  showLog: 'corpusReview.showLog',
  focusCorpusView: 'corpusReview.corpus.focus',
} as const;

/** Context keys used in `when` clauses of package.json menus and welcome views. */
export const ContextKeys = {
  filterActive: 'corpusReview.filterActive',
  noCorpus: 'corpusReview.noCorpus',
  indexing: 'corpusReview.indexing',
} as const;

/** Keys in workspaceState (per workspace, not shared). */
export const StateKeys = {
  treeSort: 'corpusReview.treeSort',
  treeFilter: 'corpusReview.treeFilter',
} as const;

/** URI scheme of the read-only documents the extension shows (aligned copy texts, drift reports). */
export const VIRTUAL_DOCUMENT_SCHEME = 'corpus-review';

export const Views = {
  container: 'corpusReview',
  corpus: 'corpusReview.corpus',
} as const;
