import * as vscode from 'vscode';
import { CorpusCodeActionProvider, registerFixCommands } from './codeActions';
import { isCorpusDocument } from './config';
import { registerCopiesCommands } from './copiesCommands';
import { DiagnosticsPublisher, type EditorServices } from './diagnostics';
import { CorpusHoverProvider } from './hover';
import { EntityDefinitionProvider, EntityHighlightProvider, EntityReferenceProvider } from './navigation';

/**
 * Corpus documents live on disk (or a remote disk). Providers are registered for those schemes and each
 * one checks `isCorpusDocument`, because corpus folders are settings that may change while running.
 */
export const CORPUS_DOCUMENT_SELECTOR: vscode.DocumentSelector = [{ scheme: 'file' }, { scheme: 'vscode-remote' }];

/**
 * Everything the editor shows for corpus documents: diagnostics, quick fixes, hovers, navigation and the
 * copy diff/drift report. Returns the diagnostics publisher (the Corpus view listens to its reports).
 */
export function registerEditorFeatures(context: vscode.ExtensionContext, log: vscode.LogOutputChannel, services: EditorServices): DiagnosticsPublisher {
  const diagnostics = new DiagnosticsPublisher(log, services);
  context.subscriptions.push(
    diagnostics,
    vscode.languages.registerCodeActionsProvider(CORPUS_DOCUMENT_SELECTOR, new CorpusCodeActionProvider(), CorpusCodeActionProvider.metadata),
    vscode.languages.registerHoverProvider(CORPUS_DOCUMENT_SELECTOR, new CorpusHoverProvider(diagnostics, services)),
    vscode.languages.registerDefinitionProvider(CORPUS_DOCUMENT_SELECTOR, new EntityDefinitionProvider(diagnostics, services)),
    vscode.languages.registerReferenceProvider(CORPUS_DOCUMENT_SELECTOR, new EntityReferenceProvider(diagnostics, services)),
    vscode.languages.registerDocumentHighlightProvider(CORPUS_DOCUMENT_SELECTOR, new EntityHighlightProvider(diagnostics, services)),
    ...registerFixCommands(diagnostics, services),
    ...registerCopiesCommands(diagnostics, services),
    vscode.workspace.onDidOpenTextDocument((d) => diagnostics.schedule(d, 0)),
    vscode.workspace.onDidChangeTextDocument((e) => {
      if (e.contentChanges.length) diagnostics.schedule(e.document);
    }),
    vscode.workspace.onDidCloseTextDocument((d) => diagnostics.clear(d.uri)),
    vscode.workspace.onDidDeleteFiles((e) => e.files.forEach((uri) => diagnostics.clear(uri))),
    vscode.workspace.onDidRenameFiles((e) => e.files.forEach((f) => diagnostics.clear(f.oldUri))),
  );
  for (const d of vscode.workspace.textDocuments) if (isCorpusDocument(d.uri)) diagnostics.schedule(d, 0);
  return diagnostics;
}
