import type { CorpusReport } from '../../core';
import { formatText, textStream } from './text';
import { formatJson, jsonStream } from './json';
import { formatSarif, sarifStream } from './sarif';
import { jsonlStream } from './jsonl';
import type { StreamFormat } from './stream';

/** Output formats of `corpus-review check`; each turns a whole report into the text written to stdout. */
export const FORMATTERS: Record<string, (report: CorpusReport) => string> = {
  text: formatText,
  json: formatJson,
  sarif: formatSarif,
};

/** `corpus-review check`'s formats written as documents are done (same bytes as FORMATTERS, and jsonl). */
export const STREAM_FORMATS: Record<string, StreamFormat> = {
  text: textStream,
  json: jsonStream,
  sarif: sarifStream,
  jsonl: jsonlStream,
};
