import * as vscode from 'vscode';
import * as path from 'node:path';
import { analyzeDocument, type DocumentReport } from '../core';
import { decodeBytes } from '../core/text/decode';
import { analysisOptions, corpusFolderPatterns, corpusGlob, includedExtensions } from './config';
import { Commands } from './constants';

interface DocumentNode {
  kind: 'document';
  uri: vscode.Uri;
  report?: DocumentReport;
}

type Node = DocumentNode;

/** The Corpus view: corpus documents with their finding counts; clicking opens the document. */
export class CorpusTreeProvider implements vscode.TreeDataProvider<Node>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<Node | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private nodes?: DocumentNode[];

  refresh(): void {
    this.nodes = undefined;
    this.changed.fire(undefined);
  }

  /** Replace the stored report of one document (from the live diagnostics) and refresh its row. */
  update(uri: vscode.Uri, report: DocumentReport): void {
    const node = this.nodes?.find((n) => n.uri.toString() === uri.toString());
    if (node) {
      node.report = report;
      this.changed.fire(node);
    }
  }

  async getChildren(element?: Node): Promise<Node[]> {
    if (element) return [];
    if (!this.nodes) this.nodes = await this.scan();
    return this.nodes;
  }

  getTreeItem(node: Node): vscode.TreeItem {
    const item = new vscode.TreeItem(path.basename(node.uri.path), vscode.TreeItemCollapsibleState.None);
    item.resourceUri = node.uri;
    item.id = node.uri.toString();
    const n = node.report?.findings.length;
    item.description = n === undefined ? '' : `${n} finding${n === 1 ? '' : 's'} · ${node.report!.words} words`;
    item.tooltip = vscode.workspace.asRelativePath(node.uri);
    item.contextValue = 'corpusDocument';
    item.command = { command: Commands.openDocument, title: 'Open', arguments: [node.uri] };
    return item;
  }

  private async scan(): Promise<DocumentNode[]> {
    const out: DocumentNode[] = [];
    for (const folder of vscode.workspace.workspaceFolders ?? []) {
      const exts = includedExtensions(folder);
      for (const pattern of corpusFolderPatterns(folder)) {
        const uris = await vscode.workspace.findFiles(new vscode.RelativePattern(folder, corpusGlob(pattern, exts)), '**/node_modules/**');
        for (const uri of uris.sort((a, b) => a.path.localeCompare(b.path))) {
          const bytes = await vscode.workspace.fs.readFile(uri);
          const decoded = decodeBytes(bytes);
          const report = decoded.binary ? undefined : analyzeDocument(decoded.text, analysisOptions(uri));
          out.push({ kind: 'document', uri, report });
        }
      }
    }
    return out;
  }

  dispose(): void {
    this.changed.dispose();
  }
}
