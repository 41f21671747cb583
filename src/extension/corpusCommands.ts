import * as vscode from 'vscode';
import * as path from 'node:path';
import type { Range } from '../core';
import { corpusFolderPatterns } from './config';
import { Commands, Config } from './constants';
import { statusLabel, uriFromArgument, type CorpusTreeProvider } from './corpusTree';
import type { CorpusIndex } from './indexer';
import { exportReviewReport } from './reportExport';
import type { ReviewStateStore } from './reviewState';
import type { ReviewStatus } from './services';
import type { SortKey } from './state/corpusModel';

/** Commands of the Corpus view and the review workflow. */
export function registerCorpusCommands(
  tree: CorpusTreeProvider,
  index: CorpusIndex,
  review: ReviewStateStore,
  log: vscode.LogOutputChannel,
): vscode.Disposable[] {
  const setStatus = (status: ReviewStatus) => async (arg?: unknown, selected?: unknown[]) => {
    const uris = targets(arg, selected);
    if (!uris.length) {
      void vscode.window.showInformationMessage(vscode.l10n.t('Corpus Review: open a corpus document or select one in the Corpus view first.'));
      return;
    }
    for (const uri of uris) {
      const reason = review.readOnlyReason(uri);
      if (reason) return explainReadOnly(reason);
    }
    try {
      for (const uri of uris) await review.setStatus(uri, status);
      log.info(`marked ${uris.length} document(s) ${status}`);
    } catch (e) {
      log.error(`saving review state failed: ${(e as Error).message}`);
      void vscode.window.showErrorMessage(vscode.l10n.t('Corpus Review: could not save the review state: {0}', (e as Error).message));
    }
  };

  return [
    vscode.commands.registerCommand(Commands.refresh, () => index.reindex(true)),
    vscode.commands.registerCommand(Commands.markReviewed, setStatus('reviewed')),
    vscode.commands.registerCommand(Commands.markInReview, setStatus('inReview')),
    vscode.commands.registerCommand(Commands.markRejected, setStatus('rejected')),
    vscode.commands.registerCommand(Commands.markUnreviewed, setStatus('unreviewed')),
    vscode.commands.registerCommand(Commands.setReviewStatus, async (arg?: unknown, selected?: unknown[]) => {
      const uris = targets(arg, selected);
      if (!uris.length) return setStatus('reviewed')();
      const current = review.statusOf(uris[0]);
      const statuses: ReviewStatus[] = ['unreviewed', 'inReview', 'reviewed', 'rejected'];
      const pick = await vscode.window.showQuickPick(
        statuses.map((s) => ({ label: statusLabel(s), description: s === current ? vscode.l10n.t('current') : undefined, status: s })),
        { title: vscode.l10n.t('Review state of {0}', uris.length === 1 ? path.posix.basename(uris[0].path) : vscode.l10n.t('{0} documents', uris.length)) },
      );
      if (pick) await setStatus(pick.status)(uris[0], uris);
    }),
    vscode.commands.registerCommand(Commands.revealInExplorer, (arg?: unknown) => {
      const uri = uriFromArgument(arg) ?? vscode.window.activeTextEditor?.document.uri;
      if (uri) return vscode.commands.executeCommand('revealInExplorer', uri);
    }),
    vscode.commands.registerCommand(Commands.revealRange, async (uri: vscode.Uri, range: Range) => {
      const r = new vscode.Range(range.start.line, range.start.character, range.end.line, range.end.character);
      const editor = await vscode.window.showTextDocument(uri, { selection: r, preserveFocus: false });
      editor.revealRange(r, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
    }),
    vscode.commands.registerCommand(Commands.sortBy, async () => {
      const options: { label: string; sort: SortKey }[] = [
        { label: vscode.l10n.t('Name'), sort: 'name' },
        { label: vscode.l10n.t('Findings (most first)'), sort: 'findings' },
        { label: vscode.l10n.t('Review state (needs work first)'), sort: 'state' },
      ];
      const pick = await vscode.window.showQuickPick(
        options.map((o) => ({ ...o, description: o.sort === tree.sortKey ? vscode.l10n.t('current') : undefined })),
        { title: vscode.l10n.t('Sort Corpus Documents By') },
      );
      if (pick) await tree.setSort(pick.sort);
    }),
    vscode.commands.registerCommand(Commands.filter, async () => {
      const f = tree.currentFilter;
      const items = [
        { label: vscode.l10n.t('Unreviewed only'), detail: vscode.l10n.t('Unreviewed, in review, or changed since reviewed'), key: 'unreviewedOnly' as const, picked: f.unreviewedOnly },
        { label: vscode.l10n.t('Has warnings'), detail: vscode.l10n.t('At least one error or warning'), key: 'hasWarnings' as const, picked: f.hasWarnings },
      ];
      const picks = await vscode.window.showQuickPick(items, { canPickMany: true, title: vscode.l10n.t('Filter Corpus Documents') });
      if (!picks) return;
      await tree.setFilter({ unreviewedOnly: picks.some((p) => p.key === 'unreviewedOnly'), hasWarnings: picks.some((p) => p.key === 'hasWarnings') });
    }),
    vscode.commands.registerCommand(Commands.clearFilter, () => tree.setFilter({ unreviewedOnly: false, hasWarnings: false })),
    vscode.commands.registerCommand(Commands.chooseCorpusFolder, () => chooseCorpusFolder(log)),
    vscode.commands.registerCommand(Commands.exportReport, () => exportReviewReport(index, review, log)),
    vscode.commands.registerCommand(Commands.showLog, () => log.show()),
  ];
}

/** The documents a command acts on: the tree selection, a node or URI argument, or the active editor. */
function targets(arg: unknown, selected: unknown[] | undefined): vscode.Uri[] {
  const fromSelection = (selected ?? []).map(uriFromArgument).filter((u): u is vscode.Uri => !!u);
  if (fromSelection.length) return fromSelection;
  const one = uriFromArgument(arg) ?? vscode.window.activeTextEditor?.document.uri;
  return one && vscode.workspace.getWorkspaceFolder(one) ? [one] : [];
}

function explainReadOnly(reason: string): void {
  const manage = vscode.l10n.t('Manage Workspace Trust');
  void vscode.window
    .showWarningMessage(vscode.l10n.t('Corpus Review: review state is read-only because {0}. Analysis still works; nothing is saved.', reason), manage)
    .then((c) => {
      if (c === manage) void vscode.commands.executeCommand('workbench.trust.manage');
    });
}

/** Welcome-view button: pick a folder inside the workspace and add it to `corpusReview.corpusFolders`. */
async function chooseCorpusFolder(log: vscode.LogOutputChannel): Promise<void> {
  const folders = vscode.workspace.workspaceFolders;
  if (!folders?.length) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Corpus Review: open a folder first; corpus folders are folders inside the workspace.'));
    return;
  }
  const picked = await vscode.window.showOpenDialog({
    canSelectFolders: true,
    canSelectFiles: false,
    canSelectMany: false,
    defaultUri: folders[0].uri,
    openLabel: vscode.l10n.t('Use as Corpus Folder'),
  });
  const dir = picked?.[0];
  if (!dir) return;
  const folder = vscode.workspace.getWorkspaceFolder(dir);
  if (!folder) {
    void vscode.window.showWarningMessage(vscode.l10n.t('Corpus Review: the corpus folder must be inside the workspace. Add its parent folder to the workspace first.'));
    return;
  }
  const rel = path.posix.relative(folder.uri.path, dir.path);
  if (!rel) {
    void vscode.window.showWarningMessage(vscode.l10n.t('Corpus Review: choose a folder inside {0}, not the workspace folder itself.', folder.name));
    return;
  }
  const multi = folders.length > 1;
  const config = vscode.workspace.getConfiguration(Config.section, folder);
  const current = corpusFolderPatterns(folder);
  const inspected = config.inspect<string[]>('corpusFolders');
  const explicit = (multi ? inspected?.workspaceFolderValue : inspected?.workspaceValue) ?? [];
  // Replace the default when the user had not chosen anything yet; otherwise add to their list.
  const next = explicit.length ? [...new Set([...explicit, rel])] : current.includes(rel) ? current : [rel];
  await config.update('corpusFolders', next, multi ? vscode.ConfigurationTarget.WorkspaceFolder : vscode.ConfigurationTarget.Workspace);
  log.info(`corpus folders of ${folder.name}: ${next.join(', ')}`);
}
