import type { CorpusReport } from '../../core';
import { formatText } from './text';
import { formatJson } from './json';
import { formatSarif } from './sarif';

/** Output formats of `corpus-review check`; each turns a whole report into the text written to stdout. */
export const FORMATTERS: Record<string, (report: CorpusReport) => string> = {
  text: formatText,
  json: formatJson,
  sarif: formatSarif,
};
