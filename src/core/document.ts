import { DocumentText } from './text/documentText';
import { hashLine } from './text/hash';
import { RULES } from './rules';
import type { CorpusFacts, Rule } from './rules/rule';
import { DEFAULT_MAX_FINDINGS, DEFAULT_TIME_BUDGET_MS, type AnalysisOptions } from './options';
import type { DocumentReport, Finding, Severity } from './types';
import { extractMetadata } from './boilerplate/metadata';
import { documentWordCount } from './boilerplate/lineRecords';
import { findSources } from './attribution/sources';
import { entityNotices, recognizeEntities } from './entities';
import { sentenceNotices } from './text/sentences';

function severityFor(rule: Rule, options: AnalysisOptions): Severity | undefined {
  if (options.disabledRules?.has(rule.id)) return undefined;
  const configured = options.rules?.[rule.id] ?? options.rules?.[rule.category];
  if (configured === 'off') return undefined;
  return configured ?? rule.defaultSeverity;
}

function compareFindings(a: Finding, b: Finding): number {
  return (
    a.range.start.line - b.range.start.line ||
    a.range.start.character - b.range.start.character ||
    a.rule.localeCompare(b.rule)
  );
}

/** Run every enabled rule over an already-built document model. */
export function runRules(doc: DocumentText, options: AnalysisOptions = {}, corpus?: CorpusFacts): { findings: Finding[]; notices: string[] } {
  const findings: Finding[] = [];
  const notices: string[] = [];
  const now = options.now ?? Date.now;
  const deadline = now() + (options.timeBudgetMs ?? DEFAULT_TIME_BUDGET_MS);
  const skipped: string[] = [];
  for (const rule of RULES) {
    const severity = severityFor(rule, options);
    if (!severity) continue;
    if (now() > deadline) {
      skipped.push(rule.id);
      continue;
    }
    let found;
    try {
      found = rule.check(doc, { options, corpus, severity });
    } catch (e) {
      notices.push(`Rule ${rule.id} failed on this document and was skipped: ${(e as Error).message}`);
      continue;
    }
    for (const f of found) {
      const finding: Finding = { rule: rule.id, category: rule.category, ...f, severity: f.severity ?? severity };
      if (options.ignoredLines?.size && finding.category !== 'copies') {
        const lineText = doc.lines[finding.range.start.line] ?? '';
        if (options.ignoredLines.has(finding.data?.lineHash ?? hashLine(lineText))) continue;
      }
      if (finding.data?.sentenceHash && options.checkedClaims?.has(finding.data.sentenceHash)) continue;
      findings.push(finding);
    }
  }
  if (skipped.length) {
    notices.push(`Analysis stopped at the time budget of ${options.timeBudgetMs ?? DEFAULT_TIME_BUDGET_MS} ms; rules not run: ${skipped.join(', ')}.`);
  }
  findings.sort(compareFindings);
  const max = options.maxFindings ?? DEFAULT_MAX_FINDINGS;
  if (findings.length > max) {
    notices.push(`${findings.length} findings; only the first ${max} are shown.`);
    findings.length = max;
  }
  return { findings, notices };
}

/** Analyse a prepared document model (the corpus pass reuses models it has already built). */
export function analyzeModel(doc: DocumentText, options: AnalysisOptions = {}, corpus?: CorpusFacts): DocumentReport {
  const { findings, notices } = runRules(doc, options, corpus);
  return {
    words: documentWordCount(doc),
    metadata: extractMetadata(doc),
    findings,
    entities: recognizeEntities(doc, options),
    sources: findSources(doc),
    notices: [...notices, ...entityNotices(doc, options), ...sentenceNotices(doc)],
  };
}

/** Text in, plain data out. `corpus` carries facts from the corpus pass (template lines, copies). */
export function analyzeDocument(text: string, options: AnalysisOptions = {}, corpus?: CorpusFacts, path = ''): DocumentReport {
  return analyzeModel(new DocumentText(text, path), options, corpus);
}
