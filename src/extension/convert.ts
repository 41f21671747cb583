import * as vscode from 'vscode';
import { ruleAnchor, type Finding, type Range, type Severity } from '../core';
import { DIAGNOSTIC_SOURCE, DOCS_BASE_URL } from './constants';

const SEVERITY: Record<Severity, vscode.DiagnosticSeverity> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  information: vscode.DiagnosticSeverity.Information,
  hint: vscode.DiagnosticSeverity.Hint,
};

export function toRange(r: Range): vscode.Range {
  return new vscode.Range(r.start.line, r.start.character, r.end.line, r.end.character);
}

export function ruleDocsUri(ruleId: string): vscode.Uri {
  return vscode.Uri.parse(`${DOCS_BASE_URL}#${ruleAnchor(ruleId)}`);
}

/** A diagnostic that remembers the finding it came from, so quick fixes need no re-analysis. */
export class FindingDiagnostic extends vscode.Diagnostic {
  constructor(
    readonly finding: Finding,
    readonly documentVersion: number,
  ) {
    super(toRange(finding.range), finding.message, SEVERITY[finding.severity]);
  }
}

/** Resolves a core report path (workspace-relative) to the document's URI. */
export type PathResolver = (path: string) => vscode.Uri | undefined;

/** The one conversion from core findings to VS Code diagnostics. */
export function toDiagnostic(finding: Finding, uri: vscode.Uri, documentVersion: number, resolvePath?: PathResolver): FindingDiagnostic {
  const d = new FindingDiagnostic(finding, documentVersion);
  d.source = DIAGNOSTIC_SOURCE;
  d.code = { value: finding.rule, target: ruleDocsUri(finding.rule) };
  if (finding.category === 'boilerplate' || finding.category === 'metadata') d.tags = [vscode.DiagnosticTag.Unnecessary];
  const related: vscode.DiagnosticRelatedInformation[] = [];
  for (const r of finding.related ?? []) {
    const target = r.path ? resolvePath?.(r.path) : uri;
    if (target) related.push(new vscode.DiagnosticRelatedInformation(new vscode.Location(target, toRange(r.range)), r.message));
  }
  if (related.length) d.relatedInformation = related;
  return d;
}
