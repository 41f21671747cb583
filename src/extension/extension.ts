import * as vscode from 'vscode';
import { Commands, Views } from './constants';
import { CorpusTreeProvider } from './corpusTree';
import { registerEditorFeatures } from './editorFeatures';
import { applyCorpusLanguage, useCorpusLanguage } from './language';

export function activate(context: vscode.ExtensionContext): void {
  const log = vscode.window.createOutputChannel('Corpus Review', { log: true });
  // Editor features read the corpus index and review state: pass { index, review } once they exist.
  const diagnostics = registerEditorFeatures(context, log, {});
  const tree = new CorpusTreeProvider();

  context.subscriptions.push(
    log,
    tree,
    vscode.window.registerTreeDataProvider(Views.corpus, tree),
    vscode.commands.registerCommand(Commands.refresh, () => tree.refresh()),
    vscode.commands.registerCommand(Commands.openDocument, (uri: vscode.Uri) => vscode.window.showTextDocument(uri)),
    vscode.commands.registerCommand(Commands.useCorpusLanguage, useCorpusLanguage),
    vscode.workspace.onDidOpenTextDocument(applyCorpusLanguage),
    diagnostics.onDidChangeReport((uri) => {
      const r = diagnostics.reportFor(uri);
      if (r) tree.update(uri, r.report);
    }),
  );
  vscode.workspace.textDocuments.forEach(applyCorpusLanguage);
  log.info('Corpus Review activated');
}

export function deactivate(): void {}
