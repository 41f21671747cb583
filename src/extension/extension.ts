import * as vscode from 'vscode';
import { CorpusCodeActionProvider, removeLines } from './codeActions';
import { isCorpusDocument } from './config';
import { Commands, Views } from './constants';
import { CorpusTreeProvider } from './corpusTree';
import { DiagnosticsPublisher } from './diagnostics';
import { applyCorpusLanguage, useCorpusLanguage } from './language';

export function activate(context: vscode.ExtensionContext): void {
  const log = vscode.window.createOutputChannel('Corpus Review', { log: true });
  const diagnostics = new DiagnosticsPublisher(log);
  const tree = new CorpusTreeProvider();

  context.subscriptions.push(
    log,
    diagnostics,
    tree,
    vscode.window.registerTreeDataProvider(Views.corpus, tree),
    vscode.languages.registerCodeActionsProvider({ scheme: 'file' }, new CorpusCodeActionProvider(), CorpusCodeActionProvider.metadata),
    vscode.commands.registerCommand(Commands.refresh, () => tree.refresh()),
    vscode.commands.registerCommand(Commands.openDocument, (uri: vscode.Uri) => vscode.window.showTextDocument(uri)),
    vscode.commands.registerCommand(Commands.removeLine, removeLines),
    vscode.commands.registerCommand(Commands.useCorpusLanguage, useCorpusLanguage),
    vscode.workspace.onDidOpenTextDocument(applyCorpusLanguage),
    vscode.workspace.onDidOpenTextDocument((d) => diagnostics.schedule(d, 0)),
    vscode.workspace.onDidChangeTextDocument((e) => diagnostics.schedule(e.document)),
    vscode.workspace.onDidCloseTextDocument((d) => diagnostics.clear(d.uri)),
    vscode.workspace.onDidDeleteFiles((e) => e.files.forEach((uri) => diagnostics.clear(uri))),
    diagnostics.onDidChangeReport((uri) => {
      const r = diagnostics.reportFor(uri);
      if (r) tree.update(uri, r.report);
    }),
  );
  for (const d of vscode.workspace.textDocuments) if (isCorpusDocument(d.uri)) diagnostics.schedule(d, 0);
  vscode.workspace.textDocuments.forEach(applyCorpusLanguage);
  log.info('Corpus Review activated');
}

export function deactivate(): void {}
