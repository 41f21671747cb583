import * as vscode from 'vscode';
import * as path from 'node:path';
import type { CorpusIndex } from './indexer';
import type { ReviewStateStore } from './reviewState';
import { reportCsv, reportMarkdown, type ReportDocument } from './state/reportFormat';
import { compareNames } from './state/corpusModel';
import { atomicWrite, isInside, STATE_DIR } from './state/stateFile';
import * as fs from 'node:fs/promises';
import type { Finding } from '../core';

/** Command "Export Review Report": Markdown or CSV, into the workspace folder's `.corpus-review/` or via a save dialog. */
export async function exportReviewReport(index: CorpusIndex, review: ReviewStateStore, log: vscode.LogOutputChannel): Promise<vscode.Uri | undefined> {
  const entries = index.allEntries();
  if (!entries.length) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Corpus Review: there are no indexed documents to report on yet.'));
    return undefined;
  }
  const format = await vscode.window.showQuickPick(
    [
      { label: 'Markdown', description: vscode.l10n.t('summary, documents, findings by category'), ext: 'md' },
      { label: 'CSV', description: vscode.l10n.t('one row per document, for spreadsheets'), ext: 'csv' },
    ],
    { title: vscode.l10n.t('Export Review Report'), placeHolder: vscode.l10n.t('Report format') },
  );
  if (!format) return undefined;

  const folders = vscode.workspace.workspaceFolders?.filter((f) => f.uri.scheme === 'file') ?? [];
  const stamp = new Date().toISOString().slice(0, 16).replace(/[:T]/g, '-');
  const fileName = `review-report-${stamp}.${format.ext}`;
  let target: vscode.Uri | undefined;
  const inWorkspace = vscode.l10n.t('Save in the workspace ({0})', `${STATE_DIR}/${fileName}`);
  const elsewhere = vscode.l10n.t('Choose a location…');
  const choices = review.writable && folders.length ? [inWorkspace, elsewhere] : [elsewhere];
  const where = choices.length === 1 ? choices[0] : await vscode.window.showQuickPick(choices, { title: vscode.l10n.t('Export Review Report') });
  if (!where) return undefined;
  if (where === inWorkspace) {
    const folder = folders.length === 1 ? folders[0] : await vscode.window.showWorkspaceFolderPick({ placeHolder: vscode.l10n.t('Workspace folder for the report') });
    if (!folder) return undefined;
    target = vscode.Uri.joinPath(folder.uri, STATE_DIR, fileName);
    // The report must stay inside the folder even when `.corpus-review` is a symlink.
    const dir = path.dirname(target.fsPath);
    await fs.mkdir(dir, { recursive: true });
    const realDir = await fs.realpath(dir);
    const realFolder = await fs.realpath(folder.uri.fsPath);
    if (!isInside(realFolder, realDir)) {
      void vscode.window.showErrorMessage(vscode.l10n.t('Corpus Review: {0} points outside the workspace folder; the report was not written.', STATE_DIR));
      return undefined;
    }
  } else {
    target = await vscode.window.showSaveDialog({
      defaultUri: folders[0] ? vscode.Uri.joinPath(folders[0].uri, fileName) : undefined,
      filters: format.ext === 'md' ? { Markdown: ['md'] } : { CSV: ['csv'] },
      title: vscode.l10n.t('Export Review Report'),
    });
    if (!target) return undefined;
  }

  // The index keeps summaries; the findings are analysed again on the worker, keeping only the findings.
  const findings = new Map<string, Finding[]>();
  const complete = await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Export Review Report'), cancellable: true },
    (progress, token) => {
      let n = 0;
      return index.eachReport(
        entries,
        (e, report) => {
          findings.set(e.uri.toString(), report.findings);
          if (++n % 100 === 0) progress.report({ message: vscode.l10n.t('{0} of {1} documents', n, entries.length), increment: (100 * 100) / entries.length });
        },
        token,
      );
    },
  );
  if (!complete) return undefined;
  const documents: ReportDocument[] = entries
    .map((e) => ({
      path: e.path,
      status: review.statusOf(e.uri),
      changedSinceReview: review.changedSinceReview(e.uri),
      words: e.summary?.words,
      findings: findings.get(e.uri.toString()) ?? [],
      skipped: e.skipped,
    }))
    .sort((a, b) => compareNames(a.path, b.path));
  const input = { title: vscode.l10n.t('Corpus review report'), generated: new Date(), documents };
  const text = format.ext === 'md' ? reportMarkdown(input) : reportCsv(input);
  try {
    if (target.scheme === 'file') await atomicWrite(target.fsPath, text);
    else await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(text));
  } catch (e) {
    log.error(`report export failed: ${(e as Error).message}`);
    void vscode.window.showErrorMessage(vscode.l10n.t('Corpus Review: the report could not be written: {0}', (e as Error).message));
    return undefined;
  }
  log.info(`review report written to ${target.fsPath} (${documents.length} documents)`);
  const open = vscode.l10n.t('Open');
  void vscode.window.showInformationMessage(vscode.l10n.t('Corpus Review: report written to {0}', vscode.workspace.asRelativePath(target)), open).then((c) => {
    if (c === open) void vscode.window.showTextDocument(target!);
  });
  return target;
}
