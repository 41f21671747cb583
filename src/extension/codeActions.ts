import * as vscode from 'vscode';
import { Commands } from './constants';
import { FindingDiagnostic } from './convert';

/** Quick fixes for Corpus Review diagnostics. Edits are computed from the finding, for its document version. */
export class CorpusCodeActionProvider implements vscode.CodeActionProvider {
  static readonly metadata: vscode.CodeActionProviderMetadata = { providedCodeActionKinds: [vscode.CodeActionKind.QuickFix] };

  provideCodeActions(document: vscode.TextDocument, _range: vscode.Range, context: vscode.CodeActionContext): vscode.CodeAction[] {
    const actions: vscode.CodeAction[] = [];
    for (const d of context.diagnostics) {
      if (!(d instanceof FindingDiagnostic) || d.documentVersion !== document.version) continue;
      const lines = d.finding.data?.removeLines;
      if (lines) {
        const action = new vscode.CodeAction('Remove this line', vscode.CodeActionKind.QuickFix);
        action.diagnostics = [d];
        action.isPreferred = true;
        action.command = { command: Commands.removeLine, title: 'Remove this line', arguments: [document.uri, document.version, lines[0], lines[1]] };
        actions.push(action);
      }
    }
    return actions;
  }
}

/** Deletes whole lines (and one adjacent blank line, so paragraph spacing stays tidy) as one undoable edit. */
export async function removeLines(uri: vscode.Uri, version: number, first: number, last: number): Promise<boolean> {
  const document = await vscode.workspace.openTextDocument(uri);
  if (document.version !== version) {
    void vscode.window.showWarningMessage('Corpus Review: the document changed since it was analysed; nothing was removed. Try again.');
    return false;
  }
  const edit = new vscode.WorkspaceEdit();
  edit.delete(uri, lineBlockRange(document, first, last));
  return vscode.workspace.applyEdit(edit);
}

/** The range covering lines first..last and their line break, plus one blank line that would otherwise be doubled. */
export function lineBlockRange(document: vscode.TextDocument, first: number, last: number): vscode.Range {
  let end = last + 1;
  let start = first;
  const blank = (n: number) => n >= 0 && n < document.lineCount && document.lineAt(n).isEmptyOrWhitespace;
  if (blank(end) && (start === 0 || blank(start - 1))) end++;
  if (end >= document.lineCount) {
    // Last lines of the file: remove the preceding line break instead of a following one.
    if (start > 0) {
      start--;
      while (start > 0 && blank(start) && blank(start - 1)) start--;
      return new vscode.Range(start, document.lineAt(start).text.length, document.lineCount - 1, document.lineAt(document.lineCount - 1).text.length);
    }
    return new vscode.Range(0, 0, document.lineCount - 1, document.lineAt(document.lineCount - 1).text.length);
  }
  return new vscode.Range(start, 0, end, 0);
}
