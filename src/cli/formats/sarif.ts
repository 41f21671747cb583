import { RULES, ruleDocsUrl, type CorpusDocumentReport, type CorpusReport, type Severity } from '../../core';
import { TOOL_NAME, TOOL_VERSION } from '../version';
import { ITEM_PLACEHOLDER, StreamedArray, indentItems, splitAtPlaceholders } from './openArray';
import type { StreamFormat } from './stream';

// SARIF 2.1.0 (OASIS) so findings show up in code-scanning tools. Regions are 1-based; columns are
// UTF-16 code units, declared with `columnKind`, and `endColumn` points just past the region.

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = {
  error: 'error',
  warning: 'warning',
  information: 'note',
  hint: 'note',
};

let ruleIndexes: Map<string, number> | undefined;
const ruleIndex = () => (ruleIndexes ??= new Map(RULES.map((r, i) => [r.id, i])));

/** SARIF results for one document's findings. */
export function sarifResults(doc: CorpusDocumentReport) {
  return doc.findings.map((f) => ({
    ruleId: f.rule,
    ...(ruleIndex().has(f.rule) ? { ruleIndex: ruleIndex().get(f.rule)! } : {}),
    level: LEVEL[f.severity],
    message: { text: f.message },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri: encodeURI(doc.path) },
          region: {
            startLine: f.range.start.line + 1,
            startColumn: f.range.start.character + 1,
            endLine: f.range.end.line + 1,
            endColumn: f.range.end.character + 1,
          },
        },
      },
    ],
    ...(f.data?.lineHash || f.data?.sentenceHash
      ? { partialFingerprints: { 'corpusReviewText/v1': String(f.data.lineHash ?? f.data.sentenceHash) } }
      : {}),
  }));
}

/** SARIF tool-execution notifications for one document's notices. */
export function sarifNotifications(doc: CorpusDocumentReport) {
  return doc.notices.map((n) => ({
    level: 'note' as const,
    message: { text: n },
    locations: [{ physicalLocation: { artifactLocation: { uri: encodeURI(doc.path) } } }],
  }));
}

/** The SARIF log around its results and notifications. */
export function sarifLog<R, N>(results: R[], notifications: N[]) {
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0' as const,
    runs: [
      {
        tool: {
          driver: {
            name: TOOL_NAME,
            version: TOOL_VERSION,
            informationUri: ruleDocsUrl('').replace(/#.*$/, ''),
            rules: RULES.map((r) => ({
              id: r.id,
              name: r.id.replace(/[^a-z0-9]+(.)/gi, (_m, c: string) => c.toUpperCase()),
              shortDescription: { text: r.description },
              helpUri: ruleDocsUrl(r.id),
              defaultConfiguration: { level: LEVEL[r.defaultSeverity] },
              properties: { category: r.category },
            })),
          },
        },
        columnKind: 'utf16CodeUnits' as const,
        results,
        invocations: [{ executionSuccessful: true, toolExecutionNotifications: notifications }],
      },
    ],
  };
}

export function reportToSarif(report: CorpusReport) {
  return sarifLog(report.documents.flatMap(sarifResults), report.documents.flatMap(sarifNotifications));
}

export function formatSarif(report: CorpusReport): string {
  return JSON.stringify(reportToSarif(report), null, 2) + '\n';
}

/** The log's text split at its results (arrays[0]) and notifications (arrays[1]); it does not depend on the corpus. */
let shell: ReturnType<typeof splitAtPlaceholders> | undefined;
const sarifShell = () => (shell ??= splitAtPlaceholders(JSON.stringify(sarifLog([ITEM_PLACEHOLDER], [ITEM_PLACEHOLDER]), null, 2)));

/** `--format sarif` streamed: results written as documents are done, notifications held until the end. */
export const sarifStream: StreamFormat = {
  render: (doc) => ({
    text: indentItems(sarifResults(doc), sarifShell().arrays[0]),
    held: indentItems(sarifNotifications(doc), sarifShell().arrays[1]),
  }),
  open(write) {
    const { texts, arrays } = sarifShell();
    write(texts[0]);
    const results = new StreamedArray(write, arrays[0]);
    const held: string[] = [];
    return {
      document(out) {
        results.add(out.text);
        if (out.held) held.push(out.held);
      },
      finish() {
        results.close();
        write(texts[1]);
        const notifications = new StreamedArray(write, arrays[1]);
        for (const h of held) notifications.add(h);
        notifications.close();
        write(texts[2] + '\n');
      },
    };
  },
};
