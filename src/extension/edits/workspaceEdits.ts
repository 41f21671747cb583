import * as vscode from 'vscode';
import { DocumentText } from '../../core/text/documentText';
import { decodeBytes } from '../../core/text/decode';
import { hashText } from '../../core/text/hash';
import { toRange } from '../convert';
import { planLineRemoval } from './lineRemoval';

/** The text of a document as the editor will edit it: the open buffer if open, else the file on disk. */
export interface DocumentSnapshot {
  uri: vscode.Uri;
  lines: string[];
  /** Version of the open document, or undefined when read from disk. */
  version?: number;
  /** Hash of the text read from disk (to detect a change on disk before applying). */
  diskHash?: string;
}

function openDocument(uri: vscode.Uri): vscode.TextDocument | undefined {
  return vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
}

export async function snapshot(uri: vscode.Uri): Promise<DocumentSnapshot | undefined> {
  const open = openDocument(uri);
  if (open) return { uri, lines: new DocumentText(open.getText()).lines, version: open.version };
  try {
    const decoded = decodeBytes(await vscode.workspace.fs.readFile(uri));
    if (decoded.binary) return undefined;
    return { uri, lines: new DocumentText(decoded.text).lines, diskHash: hashText(decoded.text) };
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

/** Adds the deletions that remove `lines` (whole lines, tidy spacing) from one document to `edit`. */
export function addLineRemoval(edit: vscode.WorkspaceEdit, uri: vscode.Uri, lines: readonly string[], remove: Iterable<number>, label?: string): number {
  const ranges = planLineRemoval(lines, remove);
  const metadata = label ? { label, needsConfirmation: false } : undefined;
  for (const r of ranges) {
    if (metadata) edit.delete(uri, toRange(r), metadata);
    else edit.delete(uri, toRange(r));
  }
  return ranges.length;
}
