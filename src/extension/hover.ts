import * as vscode from 'vscode';
import type { Range } from '../core';
import { decodeBytes } from '../core/text/decode';
import { DocumentText } from '../core/text/documentText';
import { attributionCard, attributionExplanation, entityCard, entityForCard, positionFragment } from './cards';
import { isCorpusDocument } from './config';
import { toRange } from './convert';
import { corePathOf, uriOfCorePath, type DiagnosticsPublisher, type EditorServices } from './diagnostics';
import { entityAt, liveReport } from './navigation';

function untrusted(markdown: string): vscode.MarkdownString {
  const md = new vscode.MarkdownString(markdown);
  md.isTrusted = false;
  md.supportHtml = false;
  md.supportThemeIcons = false;
  return md;
}

async function lineText(services: EditorServices, path: string, line: number): Promise<string | undefined> {
  const uri = uriOfCorePath(services, path);
  if (!uri) return undefined;
  const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
  if (open) return line < open.lineCount ? open.lineAt(line).text : undefined;
  try {
    const decoded = decodeBytes(await vscode.workspace.fs.readFile(uri));
    return decoded.binary ? undefined : new DocumentText(decoded.text).lines[line];
  } catch {
    return undefined;
  }
}

function within(r: Range, p: vscode.Position): boolean {
  return toRange(r).contains(p);
}

/** Entity cards and attribution explanations for corpus documents. Everything shown is escaped and untrusted. */
export class CorpusHoverProvider implements vscode.HoverProvider {
  constructor(
    private readonly publisher: DiagnosticsPublisher,
    private readonly services: EditorServices,
  ) {}

  async provideHover(document: vscode.TextDocument, position: vscode.Position, token: vscode.CancellationToken): Promise<vscode.Hover | undefined> {
    if (!isCorpusDocument(document.uri)) return undefined;
    const parts: vscode.MarkdownString[] = [];
    let range: vscode.Range | undefined;

    const found = entityAt(this.publisher, this.services, document, position);
    if (found) {
      const path = corePathOf(this.services, document.uri);
      const entity = entityForCard(found, path);
      const other = entity.occurrences.find((o) => o.path !== path);
      const otherLine = other ? await lineText(this.services, other.path, other.range.start.line) : undefined;
      if (token.isCancellationRequested) return undefined;
      const md = entityCard({
        entity,
        currentPath: path,
        // The fragment is appended as is: Uri.toString() would percent-encode its comma (`L3%2C5`).
        linkFor: (p, r) => {
          const target = uriOfCorePath(this.services, p);
          return target ? `${target.with({ fragment: '' }).toString()}#${positionFragment(r)}` : undefined;
        },
        firstMentionElsewhere: other && otherLine !== undefined ? { path: other.path, lineText: otherLine, range: other.range } : undefined,
        t: vscode.l10n.t,
      });
      parts.push(untrusted(md));
      range = toRange(found.mention.range);
    }

    const report = liveReport(this.publisher, this.services, document);
    for (const f of report?.findings ?? []) {
      if (f.category !== 'attribution' || !within(f.range, position)) continue;
      parts.push(untrusted(attributionCard(attributionExplanation(f), vscode.l10n.t)));
      range ??= toRange(f.range);
    }
    return parts.length ? new vscode.Hover(parts, range) : undefined;
  }
}
