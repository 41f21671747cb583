import * as vscode from 'vscode';
import type { Position } from '../core';
import { linesWithHash, planBoilerplateRemoval } from '../core/boilerplate/removal';
import { Commands } from './constants';
import { FindingDiagnostic, ruleDocsUri } from './convert';
import type { DiagnosticsPublisher, EditorServices } from './diagnostics';
import { addLineRemoval, addSpanDeletions, isCurrent, snapshot, snapshotOf, type DocumentSnapshot } from './edits/workspaceEdits';
import { SOURCE_PLACEHOLDER_AFTER_QUOTE_SNIPPET, SOURCE_PLACEHOLDER_SNIPPET } from '../core/rules/attribution/findings';

/** What the snippet fix inserts after an unattributed claim; the reviewer types the source. */
/** The core chooses the form by how the sentence ends (`…March.” (according to …)`); only its known forms are accepted. */
const KNOWN_PLACEHOLDERS = new Set([SOURCE_PLACEHOLDER_SNIPPET, SOURCE_PLACEHOLDER_AFTER_QUOTE_SNIPPET]);

export function placeholderSnippet(fromFinding: unknown): string {
  return typeof fromFinding === 'string' && KNOWN_PLACEHOLDERS.has(fromFinding) ? fromFinding : SOURCE_PLACEHOLDER_SNIPPET;
}

function isPosition(v: unknown): v is Position {
  return !!v && typeof v === 'object' && Number.isInteger((v as Position).line) && Number.isInteger((v as Position).character);
}

function command(title: string, id: string, args: unknown[], diagnostic: vscode.Diagnostic, preferred = false): vscode.CodeAction {
  const action = new vscode.CodeAction(title, vscode.CodeActionKind.QuickFix);
  action.diagnostics = [diagnostic];
  action.isPreferred = preferred;
  action.command = { command: id, title, arguments: args };
  return action;
}

/**
 * Quick fixes for Corpus Review diagnostics. Every fix runs as a command carrying the document version it
 * was offered for; the command refuses to touch text that changed since.
 */
export class CorpusCodeActionProvider implements vscode.CodeActionProvider {
  static readonly metadata: vscode.CodeActionProviderMetadata = { providedCodeActionKinds: [vscode.CodeActionKind.QuickFix] };

  provideCodeActions(document: vscode.TextDocument, _range: vscode.Range, context: vscode.CodeActionContext): vscode.CodeAction[] {
    const actions: vscode.CodeAction[] = [];
    const once = new Set<string>();
    const uri = document.uri;
    const version = document.version;
    for (const d of context.diagnostics) {
      if (!(d instanceof FindingDiagnostic) || d.documentVersion !== version) continue;
      const f = d.finding;
      const data = f.data ?? {};
      if (f.category === 'boilerplate' || f.category === 'metadata') {
        if (data.removeLines) {
          const [first, last] = data.removeLines;
          actions.push(command(vscode.l10n.t('Remove this line'), Commands.removeLine, [uri, version, first, last], d, f.category === 'boilerplate'));
        }
        if (f.category === 'boilerplate' && !once.has('all')) {
          once.add('all');
          actions.push(command(vscode.l10n.t('Remove all boilerplate in this document'), Commands.removeAllBoilerplate, [uri, version], d));
        }
        if (data.lineHash && typeof data.templateCount === 'number' && data.templateCount > 1) {
          actions.push(
            command(
              vscode.l10n.t('Remove this template line from every document in the corpus ({0} documents)', data.templateCount),
              Commands.removeTemplateLineEverywhere,
              [uri, version, data.lineHash, f.text],
              d,
            ),
          );
        }
        if (data.lineHash) actions.push(command(vscode.l10n.t('Ignore this line'), Commands.ignoreLine, [uri, data.lineHash, f.text], d));
      }
      if (f.category === 'attribution') {
        if (isPosition(data.insertSourceAt)) {
          const at = data.insertSourceAt;
          actions.push(command(vscode.l10n.t('Insert a source placeholder'), Commands.insertSourcePlaceholder, [uri, version, at.line, at.character, placeholderSnippet(data.insertSourceSnippet)], d, true));
        }
        if (typeof data.sentenceHash === 'string') {
          actions.push(command(vscode.l10n.t('Mark this claim as checked'), Commands.markClaimChecked, [uri, data.sentenceHash, f.text], d));
        }
      }
      if (f.category === 'copies' && typeof data.originalPath === 'string' && !once.has('compare')) {
        once.add('compare');
        actions.push(command(vscode.l10n.t('Compare with original'), Commands.compareWithOriginal, [uri, data.originalPath], d, true));
        actions.push(command(vscode.l10n.t('Show drift report'), Commands.showDriftReport, [uri, data.originalPath], d));
      }
      if (!once.has('disable:' + f.rule)) {
        once.add('disable:' + f.rule);
        actions.push(command(vscode.l10n.t('Disable {0} for this document', f.rule), Commands.disableRuleForDocument, [uri, f.rule], d));
        if (f.category === 'attribution' || f.category === 'copies') {
          actions.push(command(vscode.l10n.t('Open documentation for {0}', f.rule), Commands.openRuleDocumentation, [f.rule], d));
        }
      }
    }
    return actions;
  }
}

function staleMessage(): void {
  void vscode.window.showWarningMessage(
    vscode.l10n.t('Corpus Review: the document changed since it was analysed, so nothing was changed. Try the fix again.'),
  );
}

async function currentDocument(uri: vscode.Uri, version: number): Promise<vscode.TextDocument | undefined> {
  const document = await vscode.workspace.openTextDocument(uri);
  if (document.version !== version) {
    staleMessage();
    return undefined;
  }
  return document;
}

function reviewOrExplain(services: EditorServices): NonNullable<EditorServices['review']> | undefined {
  const review = services.review;
  if (!review) {
    void vscode.window.showWarningMessage(vscode.l10n.t('Corpus Review: review state is not available in this window.'));
    return undefined;
  }
  if (!review.writable) {
    void vscode.window.showWarningMessage(
      vscode.l10n.t('Corpus Review: review state cannot be saved here (untrusted workspace or unwritable state file).'),
    );
    return undefined;
  }
  return review;
}

/** The quick-fix commands. Registered once in activate(). */
export function registerFixCommands(publisher: DiagnosticsPublisher, services: EditorServices): vscode.Disposable[] {
  return [
    vscode.commands.registerCommand(Commands.removeLine, async (uri: vscode.Uri, version: number, first: number, last: number) => {
      const document = await currentDocument(uri, version);
      if (!document) return false;
      const edit = new vscode.WorkspaceEdit();
      const lines = Array.from({ length: last - first + 1 }, (_, i) => first + i);
      addLineRemoval(edit, snapshotOf(document), lines);
      return vscode.workspace.applyEdit(edit);
    }),

    vscode.commands.registerCommand(Commands.removeAllBoilerplate, async (uri?: vscode.Uri, version?: number) => {
      const document = uri ? await vscode.workspace.openTextDocument(uri) : vscode.window.activeTextEditor?.document;
      if (!document) {
        void vscode.window.showInformationMessage(vscode.l10n.t('Corpus Review: open a corpus document first.'));
        return false;
      }
      if (version !== undefined && document.version !== version) {
        staleMessage();
        return false;
      }
      const expected = document.version;
      const report = publisher.currentReport(document);
      if (!report || document.version !== expected) {
        staleMessage();
        return false;
      }
      // The core plans it: only boilerplate findings (metadata stays), never an article line, tidy spacing.
      const snap = snapshotOf(document);
      const spans = planBoilerplateRemoval(snap.doc, report.findings);
      if (!spans.length) {
        void vscode.window.showInformationMessage(vscode.l10n.t('Corpus Review: no boilerplate found in this document.'));
        return false;
      }
      const edit = new vscode.WorkspaceEdit();
      addSpanDeletions(edit, snap, spans);
      return vscode.workspace.applyEdit(edit);
    }),

    vscode.commands.registerCommand(
      Commands.removeTemplateLineEverywhere,
      async (uri: vscode.Uri, version: number, lineHash: string, text: string) => {
        if (!vscode.workspace.isTrusted) {
          void vscode.window.showWarningMessage(vscode.l10n.t('Corpus Review: edits across the corpus are disabled in an untrusted workspace.'));
          return false;
        }
        if (!(await currentDocument(uri, version))) return false;
        const targets = services.index?.documents() ?? [uri];
        const plans: { snap: DocumentSnapshot; lines: number[] }[] = [];
        let lineCount = 0;
        await vscode.window.withProgress(
          { location: vscode.ProgressLocation.Window, title: vscode.l10n.t('Corpus Review: finding the template line') },
          async () => {
            for (const target of targets) {
              const snap = await snapshot(target);
              if (!snap) continue;
              const lines = linesWithHash(snap.doc, lineHash);
              if (!lines.length) continue;
              plans.push({ snap, lines });
              lineCount += lines.length;
            }
          },
        );
        if (!plans.length) {
          void vscode.window.showInformationMessage(vscode.l10n.t('Corpus Review: that line no longer appears in the corpus.'));
          return false;
        }
        const remove = vscode.l10n.t('Remove');
        const answer = await vscode.window.showWarningMessage(
          vscode.l10n.t('Remove "{0}" from {1} documents ({2} lines)?', text.length > 80 ? text.slice(0, 79) + '…' : text, plans.length, lineCount),
          { modal: true, detail: vscode.l10n.t('This is one edit: Undo restores every document. Edited files are left unsaved for you to review.') },
          remove,
        );
        if (answer !== remove) return false;
        for (const p of plans) {
          if (!(await isCurrent(p.snap))) {
            void vscode.window.showWarningMessage(
              vscode.l10n.t('Corpus Review: {0} changed while you were confirming, so nothing was removed. Try again.', vscode.workspace.asRelativePath(p.snap.uri)),
            );
            return false;
          }
        }
        const edit = new vscode.WorkspaceEdit();
        const label = vscode.l10n.t('Remove template line');
        for (const p of plans) addLineRemoval(edit, p.snap, p.lines, label);
        return vscode.workspace.applyEdit(edit);
      },
    ),

    vscode.commands.registerCommand(Commands.ignoreLine, async (uri: vscode.Uri, lineHash: string, text: string) => {
      const review = reviewOrExplain(services);
      if (review) await review.ignoreLine(uri, lineHash, text);
    }),

    vscode.commands.registerCommand(Commands.clearIgnoredLines, async () => {
      const review = reviewOrExplain(services);
      if (!review) return;
      const clear = vscode.l10n.t('Clear');
      const answer = await vscode.window.showWarningMessage(
        vscode.l10n.t('Show every ignored line again, in all corpus documents of this workspace?'),
        { modal: true },
        clear,
      );
      if (answer !== clear) return;
      await review.clearIgnored();
      void vscode.window.showInformationMessage(vscode.l10n.t('Corpus Review: ignored lines cleared.'));
    }),

    vscode.commands.registerCommand(Commands.insertSourcePlaceholder, async (uri: vscode.Uri, version: number, line: number, character: number, snippet?: string) => {
      const document = await currentDocument(uri, version);
      if (!document) return false;
      // Snippet edits run as snippets (tab stop on "source") only in the active editor.
      const editor = await vscode.window.showTextDocument(document, { preserveFocus: false, preview: false });
      if (editor.document.version !== version) {
        staleMessage();
        return false;
      }
      const at = document.validatePosition(new vscode.Position(line, character));
      const edit = new vscode.WorkspaceEdit();
      edit.set(uri, [vscode.SnippetTextEdit.insert(at, new vscode.SnippetString(placeholderSnippet(snippet)))]);
      return vscode.workspace.applyEdit(edit);
    }),

    vscode.commands.registerCommand(Commands.markClaimChecked, async (uri: vscode.Uri, sentenceHash: string, text: string) => {
      const review = reviewOrExplain(services);
      if (review) await review.markClaimChecked(uri, sentenceHash, text);
    }),

    vscode.commands.registerCommand(Commands.disableRuleForDocument, async (uri: vscode.Uri, ruleId: string) => {
      const review = reviewOrExplain(services);
      if (review) await review.disableRuleForDocument(uri, ruleId);
    }),

    vscode.commands.registerCommand(Commands.openRuleDocumentation, (ruleId: string) => vscode.env.openExternal(ruleDocsUri(ruleId))),
  ];
}
