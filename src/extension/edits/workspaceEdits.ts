import * as vscode from 'vscode';
import { lineSpansToDeletions, planLineRemoval, type LineSpan } from '../../core/boilerplate/removal';
import { DocumentText } from '../../core/text/documentText';
import { decodeBytes } from '../../core/text/decode';
import { hashText } from '../../core/text/hash';

/** The text of a document as the editor will edit it: the open buffer if open, else the file on disk. */
export interface DocumentSnapshot {
  uri: vscode.Uri;
  doc: DocumentText;
  /** Version of the open document, or undefined when read from disk. */
  version?: number;
  /** Hash of the text read from disk (to detect a change on disk before applying). */
  diskHash?: string;
}

function openDocument(uri: vscode.Uri): vscode.TextDocument | undefined {
  return vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
}

export function snapshotOf(document: vscode.TextDocument): DocumentSnapshot {
  return { uri: document.uri, doc: new DocumentText(document.getText()), version: document.version };
}

export async function snapshot(uri: vscode.Uri): Promise<DocumentSnapshot | undefined> {
  const open = openDocument(uri);
  if (open) return snapshotOf(open);
  try {
    const decoded = decodeBytes(await vscode.workspace.fs.readFile(uri));
    if (decoded.binary) return undefined;
    return { uri, doc: new DocumentText(decoded.text), diskHash: hashText(decoded.text) };
  } catch {
    return undefined; // deleted or unreadable since it was indexed: nothing to edit
  }
}

/** True when the document still has the text the snapshot was taken from. */
export async function isCurrent(s: DocumentSnapshot): Promise<boolean> {
  const open = openDocument(s.uri);
  if (open) return s.version !== undefined ? open.version === s.version : hashText(open.getText()) === s.diskHash;
  if (s.version !== undefined) return false; // was open and edited, now closed: re-plan
  try {
    const decoded = decodeBytes(await vscode.workspace.fs.readFile(s.uri));
    return !decoded.binary && hashText(decoded.text) === s.diskHash;
  } catch {
    return false;
  }
}

/**
 * Adds the deletions of whole-line spans (planned by core/boilerplate/removal, which also tidies the
 * blank lines around them) to `edit`. Returns the number of deletions.
 */
export function addSpanDeletions(edit: vscode.WorkspaceEdit, s: DocumentSnapshot, spans: readonly LineSpan[], label?: string): number {
  const metadata = label ? { label, needsConfirmation: false } : undefined;
  const deletions = lineSpansToDeletions(s.doc, spans);
  for (const d of deletions) {
    const a = s.doc.positionAt(d.start);
    const b = s.doc.positionAt(d.end);
    const range = new vscode.Range(a.line, a.character, b.line, b.character);
    if (metadata) edit.delete(s.uri, range, metadata);
    else edit.delete(s.uri, range);
  }
  return deletions.length;
}

/** Adds the removal of these lines (tidy spacing) to `edit`. */
export function addLineRemoval(edit: vscode.WorkspaceEdit, s: DocumentSnapshot, lines: Iterable<number>, label?: string): number {
  return addSpanDeletions(edit, s, planLineRemoval(s.doc, lines), label);
}
