import * as vscode from 'vscode';
import { Commands, Views } from './constants';
import { registerCorpusCommands } from './corpusCommands';
import { CorpusTreeProvider } from './corpusTree';
import { registerEditorFeatures } from './editorFeatures';
import { CorpusIndex } from './indexer';
import { applyCorpusLanguage, useCorpusLanguage } from './language';
import { ReviewStateStore } from './reviewState';
import { CorpusStatusBar } from './statusBar';
import { UserEntitiesStore } from './userEntities';

export function activate(context: vscode.ExtensionContext): void {
  const log = vscode.window.createOutputChannel('Corpus Review', { log: true });
  // Review state and the corpus index are the two services the editor features read from.
  let index: CorpusIndex | undefined;
  const review = new ReviewStateStore(log, (uri) => index?.contentHashOf(uri));
  const userEntities = new UserEntitiesStore(log);
  index = new CorpusIndex(context.extensionUri, log, review, userEntities);
  registerEditorFeatures(context, log, { index, review, userEntities });
  const tree = new CorpusTreeProvider(index, review, context.workspaceState);
  const treeView = vscode.window.createTreeView(Views.corpus, { treeDataProvider: tree, canSelectMany: true, showCollapseAll: true });
  tree.attach(treeView);

  context.subscriptions.push(
    log,
    review,
    userEntities,
    index,
    tree,
    treeView,
    new CorpusStatusBar(index, review),
    ...registerCorpusCommands(tree, index, review, log),
    vscode.commands.registerCommand(Commands.openDocument, (uri: vscode.Uri) => vscode.window.showTextDocument(uri)),
    vscode.commands.registerCommand(Commands.useCorpusLanguage, useCorpusLanguage),
    vscode.workspace.onDidOpenTextDocument(applyCorpusLanguage),
  );
  // Loading state and scanning happen after activate returns (index.start defers the scan).
  void review.loadAll();
  index.start();
  vscode.workspace.textDocuments.forEach(applyCorpusLanguage);
  log.info('Corpus Review activated');
}

export function deactivate(): void {}
