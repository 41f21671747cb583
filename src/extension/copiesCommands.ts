import * as vscode from 'vscode';
import type { CopyPair } from '../core';
import { alignedTexts, driftReportMarkdown } from '../core/copies/report';
import { decodeBytes } from '../core/text/decode';
import { DocumentText } from '../core/text/documentText';
import { baseName } from './cards';
import { Commands, VIRTUAL_DOCUMENT_SCHEME } from './constants';
import { corePathOf, uriOfCorePath, type DiagnosticsPublisher, type EditorServices } from './diagnostics';

/** Read-only documents (aligned texts, drift reports) served from memory under the `corpus-review:` scheme. */
export class VirtualDocuments implements vscode.TextDocumentContentProvider, vscode.Disposable {
  private readonly contents = new Map<string, string>();
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  readonly onDidChange = this.changed.event;
  private sequence = 0;

  /** Store text under a fresh URI ending in `name` (the extension decides the language). */
  put(kind: string, name: string, text: string): vscode.Uri {
    const safeName = name.replace(/[^\p{L}\p{N}._-]+/gu, '_') || 'document';
    const uri = vscode.Uri.from({ scheme: VIRTUAL_DOCUMENT_SCHEME, path: `/${kind}/${++this.sequence}/${safeName}` });
    this.contents.set(uri.toString(), text);
    return uri;
  }

  provideTextDocumentContent(uri: vscode.Uri): string {
    return this.contents.get(uri.toString()) ?? '';
  }

  forget(uri: vscode.Uri): void {
    this.contents.delete(uri.toString());
  }

  dispose(): void {
    this.contents.clear();
    this.changed.dispose();
  }
}

async function textOf(uri: vscode.Uri): Promise<string | undefined> {
  const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
  if (open) return open.getText();
  try {
    const decoded = decodeBytes(await vscode.workspace.fs.readFile(uri));
    return decoded.binary ? undefined : decoded.text;
  } catch {
    return undefined;
  }
}

interface CopyContext {
  copyUri: vscode.Uri;
  copyPath: string;
  originalUri: vscode.Uri;
  originalPath: string;
  copyText: string;
  originalText: string;
  pair?: CopyPair;
}

/** The copy pair the user means: the given original, else the one the index or the document's findings name. */
async function resolveCopy(services: EditorServices, publisher: DiagnosticsPublisher, uri?: vscode.Uri, originalPath?: string): Promise<CopyContext | undefined> {
  const copyUri = uri ?? vscode.window.activeTextEditor?.document.uri;
  if (!copyUri) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Corpus Review: open a document that is a copy first.'));
    return undefined;
  }
  const copyPath = corePathOf(services, copyUri);
  const pairs = (services.index?.copies() ?? []).filter((p) => (p.a === copyPath || p.b === copyPath) && p.original !== null && p.original !== copyPath);
  const fromFindings = publisher
    .reportFor(copyUri)
    ?.report.findings.map((f) => f.data?.originalPath)
    .find((p): p is string => typeof p === 'string');
  const chosen = originalPath ?? pairs[0]?.original ?? fromFindings;
  if (!chosen) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Corpus Review: {0} is not known as a copy of another corpus document.', baseName(copyPath)));
    return undefined;
  }
  const originalUri = uriOfCorePath(services, chosen);
  const copyText = await textOf(copyUri);
  const originalText = originalUri && (await textOf(originalUri));
  if (!originalUri || copyText === undefined || originalText === undefined) {
    void vscode.window.showWarningMessage(vscode.l10n.t('Corpus Review: could not read {0}.', chosen));
    return undefined;
  }
  const pair = pairs.find((p) => p.original === chosen);
  return { copyUri, copyPath, originalUri, originalPath: chosen, copyText, originalText, pair };
}

export function registerCopiesCommands(publisher: DiagnosticsPublisher, services: EditorServices): vscode.Disposable[] {
  const docs = new VirtualDocuments();
  return [
    docs,
    vscode.workspace.registerTextDocumentContentProvider(VIRTUAL_DOCUMENT_SCHEME, docs),

    vscode.commands.registerCommand(Commands.compareWithOriginal, async (uri?: vscode.Uri, originalPath?: string) => {
      const c = await resolveCopy(services, publisher, uri, originalPath);
      if (!c) return undefined;
      const texts = alignedTexts(new DocumentText(c.copyText, c.copyPath), new DocumentText(c.originalText, c.originalPath));
      const left = docs.put('aligned', `original-${baseName(c.originalPath)}`, texts.left);
      const right = docs.put('aligned', `copy-${baseName(c.copyPath)}`, texts.right);
      const title = vscode.l10n.t('{0} ↔ {1} (aligned by sentence)', baseName(c.originalPath), baseName(c.copyPath));
      await vscode.commands.executeCommand('vscode.diff', left, right, title, { preview: false });
      return { left, right };
    }),

    vscode.commands.registerCommand(Commands.showDriftReport, async (uri?: vscode.Uri, originalPath?: string) => {
      const c = await resolveCopy(services, publisher, uri, originalPath);
      if (!c) return undefined;
      // The report is built by the core from the texts as they are now (open buffers included); all text escaped.
      const markdown = driftReportMarkdown(new DocumentText(c.copyText, c.copyPath), new DocumentText(c.originalText, c.originalPath), c.pair);
      const reportUri = docs.put('drift', `${baseName(c.copyPath).replace(/\.[^.]*$/, '')}-drift-report.md`, markdown);
      const document = await vscode.workspace.openTextDocument(reportUri);
      try {
        // Rendered, the escaped text reads cleanly; the built-in Markdown extension may be disabled.
        await vscode.commands.executeCommand('markdown.showPreview', reportUri);
      } catch {
        await vscode.window.showTextDocument(document, { preview: false });
      }
      return reportUri;
    }),
  ];
}
