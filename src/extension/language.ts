import * as vscode from 'vscode';
import { isCorpusDocument } from './config';
import { Config } from './constants';

export const CORPUS_LANGUAGE_ID = 'corpus-text';

/** Switch a document to the Corpus Text language (the command "Use Corpus Text for This File"). */
export async function useCorpusLanguage(uri?: vscode.Uri): Promise<void> {
  const document = uri ? await vscode.workspace.openTextDocument(uri) : vscode.window.activeTextEditor?.document;
  if (!document) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Open a text document first.'));
    return;
  }
  if (document.languageId !== CORPUS_LANGUAGE_ID) await vscode.languages.setTextDocumentLanguage(document, CORPUS_LANGUAGE_ID);
}

/**
 * Corpus documents in folders the static filename pattern does not cover (custom `corpusFolders`) open as
 * plain text; switch them to Corpus Text unless the user turned that off. Only plain text is switched, so
 * Markdown and any language the user picked stay as they are.
 */
export function applyCorpusLanguage(document: vscode.TextDocument): void {
  if (document.languageId !== 'plaintext' || !isCorpusDocument(document.uri)) return;
  if (!vscode.workspace.getConfiguration().get<boolean>(Config.applyCorpusLanguage, true)) return;
  void vscode.languages.setTextDocumentLanguage(document, CORPUS_LANGUAGE_ID);
}
