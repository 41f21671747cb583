import * as vscode from 'vscode';
import type { CopyPair, DocumentReport, Finding } from '../core';
import { alignSentences } from '../core/copies/align';
import { decodeBytes } from '../core/text/decode';
import { DocumentText } from '../core/text/documentText';
import { alignedRows, alignedTexts } from './alignedText';
import { baseName } from './cards';
import { Commands, VIRTUAL_DOCUMENT_SCHEME } from './constants';
import { corePathOf, uriOfCorePath, type DiagnosticsPublisher, type EditorServices } from './diagnostics';
import { driftReportMarkdown, type DriftItem, type DriftRow } from './driftReport';

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

/** Drift findings of the copy (per-sentence hints) that fall inside a copy sentence's offsets. */
function driftsIn(findings: readonly Finding[], doc: DocumentText, start: number, end: number): DriftItem[] {
  const out: DriftItem[] = [];
  for (const f of findings) {
    if (f.category !== 'copies' || f.data?.originalPath !== undefined) continue; // document-level summary
    const s = doc.offsetAt(f.range.start);
    if (s < start || s >= end) continue;
    const d = f.data ?? {};
    const str = (v: unknown) => (typeof v === 'string' && v ? v : undefined);
    out.push({
      kind: str(d.driftKind) ?? str(d.drift) ?? str(d.kind) ?? f.rule.replace(/^copies\//, ''),
      from: str(d.from) ?? str(d.originalWord),
      to: str(d.to) ?? str(d.copyWord),
      detail: f.message,
    });
  }
  return out;
}

export function registerCopiesCommands(publisher: DiagnosticsPublisher, services: EditorServices): vscode.Disposable[] {
  const docs = new VirtualDocuments();
  return [
    docs,
    vscode.workspace.registerTextDocumentContentProvider(VIRTUAL_DOCUMENT_SCHEME, docs),

    vscode.commands.registerCommand(Commands.compareWithOriginal, async (uri?: vscode.Uri, originalPath?: string) => {
      const c = await resolveCopy(services, publisher, uri, originalPath);
      if (!c) return undefined;
      const alignment = alignSentences(new DocumentText(c.copyText, c.copyPath), new DocumentText(c.originalText, c.originalPath));
      const texts = alignedTexts(alignment);
      const left = docs.put('aligned', `original-${baseName(c.originalPath)}`, texts.original);
      const right = docs.put('aligned', `copy-${baseName(c.copyPath)}`, texts.copy);
      const title = vscode.l10n.t('{0} ↔ {1} (aligned by sentence)', baseName(c.originalPath), baseName(c.copyPath));
      await vscode.commands.executeCommand('vscode.diff', left, right, title, { preview: false });
      return { left, right };
    }),

    vscode.commands.registerCommand(Commands.showDriftReport, async (uri?: vscode.Uri, originalPath?: string) => {
      const c = await resolveCopy(services, publisher, uri, originalPath);
      if (!c) return undefined;
      const copyDoc = new DocumentText(c.copyText, c.copyPath);
      const alignment = alignSentences(copyDoc, new DocumentText(c.originalText, c.originalPath));
      const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === c.copyUri.toString());
      const live = publisher.reportFor(c.copyUri);
      const report: DocumentReport | undefined = open && live?.version === open.version ? live.report : services.index?.reportFor(c.copyUri);
      const findings = report?.findings ?? [];
      const unitOf = new Map<string, number>();
      alignment.units.forEach((u, i) => unitOf.set(`${u.original.join(',')}|${u.copy.join(',')}`, i));
      const rows: DriftRow[] = alignedRows(alignment).map((r) => {
        const os = r.original.map((i) => alignment.original[i]);
        const cs = r.copy.map((i) => alignment.copy[i]);
        const unit = alignment.units[unitOf.get(`${r.original.join(',')}|${r.copy.join(',')}`) ?? -1];
        return {
          original: os.length ? os.map((s) => s.text).join(' ') : undefined,
          copy: cs.length ? cs.map((s) => s.text).join(' ') : undefined,
          originalLine: os[0]?.line,
          copyLine: cs[0]?.line,
          similarity: unit?.similarity,
          drifts: cs.flatMap((s) => driftsIn(findings, copyDoc, s.start, s.end)),
        };
      });
      const markdown = driftReportMarkdown(
        {
          copyPath: c.copyPath,
          originalPath: c.originalPath,
          kind: c.pair?.kind,
          similarity: c.pair?.similarity ?? alignment.similarity,
          reasons: c.pair?.reasons,
          rows,
          droppedParagraphs: alignment.droppedParagraphs.length,
          addedParagraphs: alignment.addedParagraphs.length,
        },
        vscode.l10n.t,
      );
      const reportUri = docs.put('drift', `${baseName(c.copyPath).replace(/\.[^.]*$/, '')}-drift-report.md`, markdown);
      const document = await vscode.workspace.openTextDocument(reportUri);
      await vscode.window.showTextDocument(document, { preview: false });
      void vscode.commands.executeCommand('markdown.showPreviewToSide', reportUri).then(undefined, () => undefined);
      return reportUri;
    }),
  ];
}
