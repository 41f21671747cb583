import * as vscode from 'vscode';
import { Commands } from './constants';
import type { CorpusIndex } from './indexer';
import type { ReviewStateStore } from './reviewState';
import { statusBarText } from './state/corpusModel';

/** "Corpus: 2 docs · 14 findings · 1 reviewed"; a click focuses the Corpus view. */
export class CorpusStatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('corpusReview.status', vscode.StatusBarAlignment.Left, 50);
  private readonly disposables: vscode.Disposable[] = [];
  private timer?: NodeJS.Timeout;

  constructor(
    private readonly index: CorpusIndex,
    private readonly review: ReviewStateStore,
  ) {
    this.item.name = vscode.l10n.t('Corpus Review');
    this.item.command = Commands.focusCorpusView;
    this.disposables.push(
      this.item,
      index.onDidUpdate(() => this.updateSoon()),
      review.onDidChange(() => this.updateSoon()),
      vscode.workspace.onDidGrantWorkspaceTrust(() => this.updateSoon()),
    );
    this.update();
  }

  private updateSoon(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.update(), 50);
  }

  update(): void {
    const entries = this.index.allEntries();
    const progress = this.index.progress;
    // Nothing to count (not indexed yet, or no corpus folder: the view's welcome text says so).
    if (!entries.length && !progress && (!this.index.indexedOnce || !this.index.roots().length)) {
      this.item.hide();
      return;
    }
    if (progress) {
      // Results stream in all the time during a pass: show the progress, count the totals once it is done
      // (counting reads every document's review state: ~10k look-ups at 10k documents).
      const text = vscode.l10n.t('Corpus: indexing {0}/{1}', progress.done, progress.total);
      this.item.text = `$(sync~spin) ${text}`;
      this.item.tooltip = vscode.l10n.t('Corpus Review is indexing the corpus');
      this.item.accessibilityInformation = { label: text, role: 'button' };
      this.item.show();
      return;
    }
    const findings = entries.reduce((n, e) => n + (e.summary?.findings ?? 0), 0);
    const uris = entries.map((e) => e.uri);
    const counts = this.review.countByStatus(uris);
    const changed = uris.filter((u) => this.review.changedSinceReview(u)).length;
    const skipped = entries.filter((e) => e.skipped).length;
    const base = statusBarText(entries.length, findings, counts.reviewed, vscode.l10n.t);
    this.item.text = `$(checklist) ${base}`;
    const lines = [
      base,
      vscode.l10n.t('{0} in review · {1} rejected · {2} unreviewed', counts.inReview, counts.rejected, counts.unreviewed),
    ];
    if (changed) lines.push(vscode.l10n.t('{0} changed since reviewed', changed));
    if (skipped) lines.push(vscode.l10n.t('{0} skipped (see the Corpus Review log)', skipped));
    if (!this.review.writable) lines.push(vscode.l10n.t('Read-only: the workspace is not trusted'));
    const stats = this.index.lastStats;
    if (stats) lines.push(vscode.l10n.t('Last full index: {0} documents in {1} s', stats.analysed, (stats.ms / 1000).toFixed(1)));
    this.item.tooltip = lines.join('\n');
    this.item.accessibilityInformation = { label: base, role: 'button' };
    this.item.show();
  }

  dispose(): void {
    clearTimeout(this.timer);
    for (const d of this.disposables) d.dispose();
  }
}
