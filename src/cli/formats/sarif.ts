import { RULES, ruleDocsUrl, type CorpusReport, type Severity } from '../../core';
import { TOOL_NAME, TOOL_VERSION } from '../version';

// SARIF 2.1.0 (OASIS) so findings show up in code-scanning tools. Regions are 1-based; columns are
// UTF-16 code units, declared with `columnKind`, and `endColumn` points just past the region.

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = {
  error: 'error',
  warning: 'warning',
  information: 'note',
  hint: 'note',
};

export function reportToSarif(report: CorpusReport) {
  const ruleIndex = new Map(RULES.map((r, i) => [r.id, i]));
  const results = report.documents.flatMap((doc) =>
    doc.findings.map((f) => ({
      ruleId: f.rule,
      ...(ruleIndex.has(f.rule) ? { ruleIndex: ruleIndex.get(f.rule)! } : {}),
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
    })),
  );
  const notifications = report.documents.flatMap((doc) =>
    doc.notices.map((n) => ({
      level: 'note' as const,
      message: { text: n },
      locations: [{ physicalLocation: { artifactLocation: { uri: encodeURI(doc.path) } } }],
    })),
  );
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

export function formatSarif(report: CorpusReport): string {
  return JSON.stringify(reportToSarif(report), null, 2) + '\n';
}
