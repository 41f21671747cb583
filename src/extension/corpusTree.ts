import * as vscode from 'vscode';
import * as path from 'node:path';
import type { Category, CorpusEntity, DocumentEntity, EntityType, Finding, Range, Severity } from '../core';
import { escapeMarkdown } from '../core/text/markdown';
import { Commands, ContextKeys, StateKeys } from './constants';
import type { CorpusIndex, CorpusRoot, IndexedEntry } from './indexer';
import type { ReviewStateStore } from './reviewState';
import type { ReviewStatus } from './services';
import {
  compareRows,
  copyClusters,
  summaryText,
  passesFilter,
  type CopyCluster,
  type DocumentRow,
  type ReportSummary,
  type SortKey,
  type TreeFilter,
} from './state/corpusModel';

type Node =
  | { kind: 'root'; root: CorpusRoot }
  | { kind: 'page'; root: CorpusRoot; index: number; from: number; to: number; total: number; first: string; last: string }
  | { kind: 'document'; uri: vscode.Uri }
  | { kind: 'findingGroup'; uri: vscode.Uri; category: Category }
  | { kind: 'finding'; uri: vscode.Uri; finding: Finding; index: number }
  | { kind: 'metadataGroup'; uri: vscode.Uri }
  | { kind: 'metadata'; uri: vscode.Uri; key: string; value: string }
  | { kind: 'documentEntities'; uri: vscode.Uri }
  | { kind: 'documentEntity'; uri: vscode.Uri; entity: DocumentEntity }
  | { kind: 'notices'; uri: vscode.Uri }
  | { kind: 'notice'; uri: vscode.Uri; text: string; index: number }
  | { kind: 'entitiesSection' }
  | { kind: 'entityType'; type: EntityType }
  | { kind: 'entity'; entity: CorpusEntity }
  | { kind: 'mention'; entityId: string; path: string; range: Range; text: string; index: number }
  | { kind: 'copiesSection' }
  | { kind: 'cluster'; cluster: CopyCluster; index: number }
  | { kind: 'copyMember'; cluster: number; member: CopyCluster['members'][number] }
  | { kind: 'more'; parent: string; hidden: number };

/** Repaint interval of the tree while an indexing pass streams results in. */
const INDEXING_REFRESH_MS = 1500;

/**
 * A corpus folder with more documents than this lists them in pages of this many (in the chosen order,
 * after the filter). VS Code builds a row for every child a node returns; 10k rows under one folder
 * made each repaint rebuild them all on the extension host, and were unusable to scroll anyway.
 */
const DOCUMENT_PAGE = 1000;

/** Children lists longer than this show a "… n more" row: a tree of 10k rows under one node is unusable. */
const MAX_MENTIONS = 200;

const STATUS_ICON: Record<ReviewStatus, [string, string | undefined]> = {
  unreviewed: ['circle-large-outline', undefined],
  inReview: ['eye', 'charts.yellow'],
  reviewed: ['pass-filled', 'testing.iconPassed'],
  rejected: ['circle-slash', 'errorForeground'],
};

const SEVERITY_ICON: Record<Severity, [string, string]> = {
  error: ['error', 'problemsErrorIcon.foreground'],
  warning: ['warning', 'problemsWarningIcon.foreground'],
  information: ['info', 'problemsInfoIcon.foreground'],
  hint: ['lightbulb', 'problemsInfoIcon.foreground'],
};

const ENTITY_TYPES: { type: EntityType; label: string; icon: string }[] = [
  { type: 'person', label: 'People', icon: 'person' },
  { type: 'organization', label: 'Organisations', icon: 'organization' },
  { type: 'location', label: 'Places', icon: 'location' },
  { type: 'other', label: 'Other', icon: 'symbol-misc' },
];

/**
 * The Corpus view: one root per corpus folder with its documents (review state, counts, findings by
 * category, metadata, entities), then corpus-wide Entities and Copies. Children are built when expanded.
 */
export class CorpusTreeProvider implements vscode.TreeDataProvider<Node>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<Node | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private view?: vscode.TreeView<Node>;
  private sort: SortKey;
  private filter: TreeFilter;
  private readonly disposables: vscode.Disposable[] = [];
  private refreshTimer?: NodeJS.Timeout;
  /** Each root's sorted, filtered documents, built once per repaint (pages of one root share it). */
  private readonly sorted = new Map<string, vscode.Uri[]>();

  constructor(
    private readonly index: CorpusIndex,
    private readonly review: ReviewStateStore,
    private readonly memento: vscode.Memento,
  ) {
    this.sort = memento.get<SortKey>(StateKeys.treeSort, 'name');
    this.filter = { unreviewedOnly: false, hasWarnings: false, ...memento.get<TreeFilter>(StateKeys.treeFilter) };
    this.disposables.push(
      this.changed,
      index.onDidUpdate(() => this.refreshSoon()),
      review.onDidChange(() => this.refreshSoon()),
    );
    void vscode.commands.executeCommand('setContext', ContextKeys.filterActive, this.filterActive());
  }

  attach(view: vscode.TreeView<Node>): void {
    this.view = view;
    this.updateMessage();
  }

  refresh(): void {
    clearTimeout(this.refreshTimer);
    this.refreshTimer = undefined;
    this.sorted.clear();
    this.changed.fire(undefined);
    this.updateMessage();
  }

  /**
   * Coalesce bursts (streaming index results, several state writes) into one repaint. While a pass runs,
   * results stream in all the time: repaint at most every INDEXING_REFRESH_MS (each repaint rebuilds the
   * rows of every document, 10k of them in a large corpus) and only the progress message in between.
   */
  private refreshSoon(): void {
    if (this.index.progress) {
      this.updateMessage();
      this.refreshTimer ??= setTimeout(() => this.refresh(), INDEXING_REFRESH_MS);
      return;
    }
    clearTimeout(this.refreshTimer);
    this.refreshTimer = setTimeout(() => this.refresh(), 100);
  }

  // ---- sort and filter ----

  get sortKey(): SortKey {
    return this.sort;
  }
  get currentFilter(): TreeFilter {
    return { ...this.filter };
  }

  async setSort(sort: SortKey): Promise<void> {
    this.sort = sort;
    await this.memento.update(StateKeys.treeSort, sort);
    this.refresh();
  }

  async setFilter(filter: TreeFilter): Promise<void> {
    this.filter = { ...filter };
    await this.memento.update(StateKeys.treeFilter, this.filter);
    void vscode.commands.executeCommand('setContext', ContextKeys.filterActive, this.filterActive());
    this.refresh();
  }

  private filterActive(): boolean {
    return this.filter.unreviewedOnly || this.filter.hasWarnings;
  }

  private updateMessage(): void {
    if (!this.view) return;
    const p = this.index.progress;
    const all = this.index.allEntries();
    if (p) {
      this.view.message = p.total ? vscode.l10n.t('Indexing {0} of {1} documents…', p.done, p.total) : vscode.l10n.t('Looking for corpus documents…');
    } else if (this.index.cancelledPass) {
      this.view.message = vscode.l10n.t('Indexing was cancelled: {0} documents indexed. Refresh to index again.', all.length);
    } else if (this.filterActive()) {
      const shown = all.filter((e) => passesFilter(this.row(e), this.filter)).length;
      const what = [this.filter.unreviewedOnly ? vscode.l10n.t('unreviewed only') : '', this.filter.hasWarnings ? vscode.l10n.t('with warnings') : '']
        .filter(Boolean)
        .join(', ');
      this.view.message = vscode.l10n.t('Showing {0} of {1} documents ({2}).', shown, all.length, what);
    } else {
      this.view.message = undefined;
    }
    const readOnly = !this.review.writable;
    this.view.description = readOnly ? vscode.l10n.t('read-only') : undefined;
  }

  // ---- TreeDataProvider ----

  getChildren(node?: Node): Node[] | Promise<Node[]> {
    if (!node) return this.topLevel();
    switch (node.kind) {
      case 'root':
        return this.rootChildren(node.root);
      case 'page':
        return this.documentsOf(node.root)
          .slice(node.from, node.to)
          .map((uri) => ({ kind: 'document' as const, uri }));
      case 'document':
        return this.documentChildren(node.uri);
      case 'findingGroup':
        // The index keeps summaries; the findings are analysed again on the worker when a category is opened.
        return this.index.loadReport(node.uri).then((r) =>
          (r?.findings ?? []).map((finding, index) => ({ kind: 'finding' as const, uri: node.uri, finding, index })).filter((n) => n.finding.category === node.category),
        );
      case 'metadataGroup': {
        const m = this.index.entry(node.uri)?.summary?.metadata ?? {};
        const keys: [string, string | undefined][] = [
          ['Title', m.title],
          ['Source', m.source],
          ['Byline', m.byline],
          ['Date', m.date],
        ];
        return keys.filter((k): k is [string, string] => !!k[1]).map(([key, value]) => ({ kind: 'metadata' as const, uri: node.uri, key, value }));
      }
      case 'documentEntities':
        return this.index.loadReport(node.uri).then((r) => (r?.entities ?? []).map((entity) => ({ kind: 'documentEntity' as const, uri: node.uri, entity })));
      case 'notices':
        return (this.noticesOf(node.uri) ?? []).map((text, index) => ({ kind: 'notice' as const, uri: node.uri, text, index }));
      case 'entitiesSection':
        return ENTITY_TYPES.filter((t) => this.index.entities().some((e) => e.type === t.type)).map((t) => ({ kind: 'entityType' as const, type: t.type }));
      case 'entityType':
        return this.index
          .entities()
          .filter((e) => e.type === node.type)
          .sort((a, b) => b.mentions - a.mentions || a.name.localeCompare(b.name))
          .map((entity) => ({ kind: 'entity' as const, entity }));
      case 'entity': {
        const occ = node.entity.occurrences ?? [];
        const shown: Node[] = occ.slice(0, MAX_MENTIONS).map((o, index) => ({ kind: 'mention' as const, entityId: node.entity.id, path: o.path, range: o.range, text: o.text, index }));
        if (occ.length > MAX_MENTIONS) shown.push({ kind: 'more', parent: node.entity.id, hidden: occ.length - MAX_MENTIONS });
        return shown;
      }
      case 'copiesSection':
        return copyClusters(this.index.copies()).map((cluster, index) => ({ kind: 'cluster' as const, cluster, index }));
      case 'cluster':
        return node.cluster.members.map((member) => ({ kind: 'copyMember' as const, cluster: node.index, member }));
      default:
        return [];
    }
  }

  private topLevel(): Node[] {
    const roots: Node[] = this.index.roots().map((root) => ({ kind: 'root' as const, root }));
    if (!roots.length) return [];
    if (this.index.entities().length) roots.push({ kind: 'entitiesSection' });
    if (this.index.copies().length) roots.push({ kind: 'copiesSection' });
    return roots;
  }

  private row(e: IndexedEntry): DocumentRow {
    return {
      name: path.posix.basename(e.uri.path),
      status: this.review.statusOf(e.uri),
      changed: this.review.changedSinceReview(e.uri),
      findingCount: e.summary?.findings ?? 0,
      hasWarnings: !!e.summary && e.summary.severity.error + e.summary.severity.warning > 0,
    };
  }

  private documentsOf(root: CorpusRoot): vscode.Uri[] {
    let uris = this.sorted.get(root.key);
    if (!uris) {
      const rows = this.index
        .allEntries()
        .filter((e) => e.rootKey === root.key)
        .map((e) => ({ e, row: this.row(e) }))
        .filter((r) => passesFilter(r.row, this.filter));
      const cmp = compareRows(this.sort);
      uris = rows.sort((a, b) => cmp(a.row, b.row)).map((r) => r.e.uri);
      this.sorted.set(root.key, uris);
    }
    return uris;
  }

  private rootChildren(root: CorpusRoot): Node[] {
    const uris = this.documentsOf(root);
    if (uris.length <= DOCUMENT_PAGE) return uris.map((uri) => ({ kind: 'document' as const, uri }));
    const pages: Node[] = [];
    for (let from = 0, index = 0; from < uris.length; from += DOCUMENT_PAGE, index++) {
      const to = Math.min(uris.length, from + DOCUMENT_PAGE);
      const name = (u: vscode.Uri) => path.posix.basename(u.path);
      pages.push({ kind: 'page', root, index, from, to, total: uris.length, first: name(uris[from]), last: name(uris[to - 1]) });
    }
    return pages;
  }

  /** From the document's summary: what it has, without its report. */
  private documentChildren(uri: vscode.Uri): Node[] {
    const summary = this.summaryOf(uri);
    const out: Node[] = [];
    if (this.noticesOf(uri)?.length) out.push({ kind: 'notices', uri });
    if (!summary) return out;
    for (const c of summary.categories) out.push({ kind: 'findingGroup', uri, category: c.category });
    const m = summary.metadata;
    if (m.source || m.byline || m.date || m.title) out.push({ kind: 'metadataGroup', uri });
    if (summary.entities) out.push({ kind: 'documentEntities', uri });
    return out;
  }

  /** The summary of the document's current report: fed from the editor if it is open, else the index's. */
  private summaryOf(uri: vscode.Uri): ReportSummary | undefined {
    return this.index.entry(uri)?.summary;
  }

  private noticesOf(uri: vscode.Uri): string[] | undefined {
    const e = this.index.entry(uri);
    if (!e) return undefined;
    return [...(e.skipped ? [vscode.l10n.t('Skipped: {0}', e.skipped)] : []), ...(e.summary?.notices ?? [])];
  }

  getTreeItem(node: Node): vscode.TreeItem {
    switch (node.kind) {
      case 'root': {
        const count = this.index.allEntries().filter((e) => e.rootKey === node.root.key).length;
        const item = new vscode.TreeItem(node.root.label, vscode.TreeItemCollapsibleState.Expanded);
        item.id = `root:${node.root.key}`;
        const multi = (vscode.workspace.workspaceFolders?.length ?? 0) > 1;
        item.description = (multi ? node.root.folder.name + ' · ' : '') + (count === 1 ? vscode.l10n.t('1 document') : vscode.l10n.t('{0} documents', count));
        item.iconPath = new vscode.ThemeIcon('folder-library');
        item.resourceUri = node.root.uri;
        item.tooltip = node.root.uri.fsPath;
        item.contextValue = 'corpusRoot';
        return item;
      }
      case 'page': {
        const item = new vscode.TreeItem(`${node.first} … ${node.last}`, vscode.TreeItemCollapsibleState.Collapsed);
        item.id = `page:${node.root.key}#${node.index}`;
        item.description = vscode.l10n.t('{0}–{1} of {2}', (node.from + 1).toLocaleString('en-US'), node.to.toLocaleString('en-US'), node.total.toLocaleString('en-US'));
        item.iconPath = new vscode.ThemeIcon('list-flat');
        return item;
      }
      case 'document':
        return this.documentItem(node.uri);
      case 'findingGroup': {
        const group = this.summaryOf(node.uri)?.categories.find((c) => c.category === node.category);
        const item = new vscode.TreeItem(categoryLabel(node.category), vscode.TreeItemCollapsibleState.Collapsed);
        item.id = `group:${node.uri.toString()}#${node.category}`;
        item.description = String(group?.count ?? 0);
        if (group) item.iconPath = themeIcon(SEVERITY_ICON[group.worst]);
        return item;
      }
      case 'finding': {
        const f = node.finding;
        const item = new vscode.TreeItem(oneLine(f.message, 100), vscode.TreeItemCollapsibleState.None);
        item.id = `finding:${node.uri.toString()}#${node.index}:${f.rule}:${f.range.start.line}:${f.range.start.character}`;
        item.description = `${vscode.l10n.t('Ln {0}', f.range.start.line + 1)} · ${f.rule}`;
        item.iconPath = themeIcon(SEVERITY_ICON[f.severity]);
        item.tooltip = untrustedTooltip([`**${escapeMarkdown(f.rule)}** (${f.severity})`, escapeMarkdown(f.message), `“${escapeMarkdown(oneLine(f.text, 300))}”`]);
        item.command = { command: Commands.revealRange, title: vscode.l10n.t('Show'), arguments: [node.uri, f.range] };
        item.contextValue = 'corpusFinding';
        return item;
      }
      case 'metadataGroup': {
        const item = new vscode.TreeItem(vscode.l10n.t('Metadata'), vscode.TreeItemCollapsibleState.Collapsed);
        item.id = `meta:${node.uri.toString()}`;
        item.iconPath = new vscode.ThemeIcon('tag');
        return item;
      }
      case 'metadata': {
        const item = new vscode.TreeItem(node.key, vscode.TreeItemCollapsibleState.None);
        item.id = `meta:${node.uri.toString()}#${node.key}`;
        item.description = oneLine(node.value, 120);
        item.tooltip = oneLine(node.value, 500);
        return item;
      }
      case 'documentEntities': {
        const n = this.summaryOf(node.uri)?.entities ?? 0;
        const item = new vscode.TreeItem(vscode.l10n.t('Entities'), vscode.TreeItemCollapsibleState.Collapsed);
        item.id = `docEntities:${node.uri.toString()}`;
        item.description = String(n);
        item.iconPath = new vscode.ThemeIcon('symbol-class');
        return item;
      }
      case 'documentEntity': {
        const e = node.entity;
        const item = new vscode.TreeItem(oneLine(e.name, 80), e.mentions.length ? vscode.TreeItemCollapsibleState.None : vscode.TreeItemCollapsibleState.None);
        item.id = `docEntity:${node.uri.toString()}#${e.id}`;
        item.description = `${e.type} · ${vscode.l10n.t('{0} mentions', e.mentions.length)}`;
        item.iconPath = new vscode.ThemeIcon(ENTITY_TYPES.find((t) => t.type === e.type)?.icon ?? 'symbol-misc');
        if (e.mentions[0]) item.command = { command: Commands.revealRange, title: vscode.l10n.t('Show'), arguments: [node.uri, e.mentions[0].range] };
        return item;
      }
      case 'notices': {
        const item = new vscode.TreeItem(vscode.l10n.t('Notices'), vscode.TreeItemCollapsibleState.Collapsed);
        item.id = `notices:${node.uri.toString()}`;
        item.iconPath = new vscode.ThemeIcon('info');
        return item;
      }
      case 'notice': {
        const item = new vscode.TreeItem(oneLine(node.text, 200), vscode.TreeItemCollapsibleState.None);
        item.id = `notice:${node.uri.toString()}#${node.index}`;
        item.tooltip = node.text;
        return item;
      }
      case 'entitiesSection': {
        const item = new vscode.TreeItem(vscode.l10n.t('Entities'), vscode.TreeItemCollapsibleState.Collapsed);
        item.id = 'section:entities';
        item.description = String(this.index.entities().length);
        item.iconPath = new vscode.ThemeIcon('symbol-class');
        return item;
      }
      case 'entityType': {
        const t = ENTITY_TYPES.find((x) => x.type === node.type)!;
        const item = new vscode.TreeItem(vscode.l10n.t(t.label), vscode.TreeItemCollapsibleState.Collapsed);
        item.id = `entityType:${node.type}`;
        item.description = String(this.index.entities().filter((e) => e.type === node.type).length);
        item.iconPath = new vscode.ThemeIcon(t.icon);
        return item;
      }
      case 'entity': {
        const e = node.entity;
        const item = new vscode.TreeItem(oneLine(e.name, 80), vscode.TreeItemCollapsibleState.Collapsed);
        item.id = `entity:${e.id}`;
        item.description = vscode.l10n.t('{0} mentions · {1} documents', e.mentions, e.documents);
        const lines = [`**${escapeMarkdown(e.name)}** (${e.type})`];
        if (e.aliases.length) lines.push(vscode.l10n.t('Also: {0}', e.aliases.map((a) => escapeMarkdown(a)).join(', ')));
        if (e.roles.length) lines.push(vscode.l10n.t('Roles: {0}', e.roles.map((a) => escapeMarkdown(a)).join(', ')));
        if (e.citedAsSource) lines.push(vscode.l10n.t('Cited as a source {0} times', e.citedAsSource));
        item.tooltip = untrustedTooltip(lines);
        return item;
      }
      case 'mention': {
        const uri = this.index.uriOf(node.path);
        const item = new vscode.TreeItem(`${path.posix.basename(node.path)}:${node.range.start.line + 1}`, vscode.TreeItemCollapsibleState.None);
        item.id = `mention:${node.entityId}#${node.index}`;
        item.description = oneLine(node.text, 80);
        item.iconPath = new vscode.ThemeIcon('references');
        if (uri) item.command = { command: Commands.revealRange, title: vscode.l10n.t('Show'), arguments: [uri, node.range] };
        return item;
      }
      case 'more': {
        const item = new vscode.TreeItem(vscode.l10n.t('… {0} more', node.hidden), vscode.TreeItemCollapsibleState.None);
        item.id = `more:${node.parent}`;
        return item;
      }
      case 'copiesSection': {
        const clusters = copyClusters(this.index.copies());
        const item = new vscode.TreeItem(vscode.l10n.t('Copies'), vscode.TreeItemCollapsibleState.Collapsed);
        item.id = 'section:copies';
        item.description = clusters.length === 1 ? vscode.l10n.t('1 cluster') : vscode.l10n.t('{0} clusters', clusters.length);
        item.iconPath = new vscode.ThemeIcon('files');
        return item;
      }
      case 'cluster': {
        const first = node.cluster.members[0];
        const item = new vscode.TreeItem(path.posix.basename(first.path), vscode.TreeItemCollapsibleState.Collapsed);
        item.id = `cluster:${node.index}:${first.path}`;
        item.description = vscode.l10n.t('{0} documents · {1}', node.cluster.members.length, node.cluster.kind);
        item.iconPath = new vscode.ThemeIcon('copy');
        return item;
      }
      case 'copyMember': {
        const m = node.member;
        const item = new vscode.TreeItem(path.posix.basename(m.path), vscode.TreeItemCollapsibleState.None);
        item.id = `copy:${node.cluster}:${m.path}`;
        item.description = m.original
          ? vscode.l10n.t('original')
          : [m.kind, m.similarity !== undefined ? `${Math.round(m.similarity * 100)}%` : ''].filter(Boolean).join(' · ');
        item.iconPath = new vscode.ThemeIcon(m.original ? 'star-full' : 'copy');
        item.tooltip = m.path;
        const uri = this.index.uriOf(m.path);
        if (uri) {
          item.resourceUri = uri;
          item.command = { command: Commands.openDocument, title: vscode.l10n.t('Open'), arguments: [uri] };
        }
        return item;
      }
    }
  }

  /** What a document's row and its tooltip both show: its index entry, review state and one-line summary. */
  private documentState(uri: vscode.Uri) {
    const entry = this.index.entry(uri);
    const sum = entry?.summary;
    const summary = entry?.skipped ? vscode.l10n.t('skipped: {0}', entry.skipped) : summaryText(sum?.severity, sum?.words, vscode.l10n.t);
    return { entry, sum, status: this.review.statusOf(uri), changed: this.review.changedSinceReview(uri), summary };
  }

  private documentItem(uri: vscode.Uri): vscode.TreeItem {
    const { entry, sum, status, changed, summary } = this.documentState(uri);
    const hasChildren = !!entry?.skipped || !!sum?.notices.length || !!sum?.findings || !!sum?.entities || !!(sum && Object.values(sum.metadata).some(Boolean));
    const item = new vscode.TreeItem(path.posix.basename(uri.path), hasChildren ? vscode.TreeItemCollapsibleState.Collapsed : vscode.TreeItemCollapsibleState.None);
    item.id = `doc:${uri.toString()}`;
    item.resourceUri = uri;
    item.description = (changed ? vscode.l10n.t('changed since {0}', statusLabel(status)) + ' · ' : '') + summary;
    item.iconPath = changed ? new vscode.ThemeIcon('history', new vscode.ThemeColor('charts.orange')) : themeIcon(STATUS_ICON[status]);
    item.contextValue = `corpusDocument.${status}`;
    item.command = { command: Commands.openDocument, title: vscode.l10n.t('Open'), arguments: [uri] };
    const total = sum ? vscode.l10n.t('{0} findings', sum.findings) : '';
    item.accessibilityInformation = { label: [path.posix.basename(uri.path), statusLabel(status), changed ? vscode.l10n.t('changed since reviewed') : '', total, summary].filter(Boolean).join(', ') };
    return item;
  }

  /** Tooltips are built when hovered (resolveTreeItem), not for each of thousands of rows on every repaint. */
  resolveTreeItem(item: vscode.TreeItem, node: Node): vscode.TreeItem {
    if (node.kind === 'document' && !item.tooltip) item.tooltip = this.documentTooltip(node.uri);
    return item;
  }

  private documentTooltip(uri: vscode.Uri): vscode.MarkdownString {
    const { sum, status, changed, summary } = this.documentState(uri);
    const m = sum?.metadata ?? {};
    const lines: string[] = [];
    lines.push(`**${escapeMarkdown(m.title ? oneLine(m.title, 200) : path.posix.basename(uri.path))}**`);
    if (m.source) lines.push(vscode.l10n.t('Source: {0}', escapeMarkdown(oneLine(m.source, 200))));
    if (m.byline) lines.push(vscode.l10n.t('Byline: {0}', escapeMarkdown(oneLine(m.byline, 200))));
    if (m.date) lines.push(vscode.l10n.t('Date: {0}', escapeMarkdown(oneLine(m.date, 100))));
    lines.push(escapeMarkdown(vscode.workspace.asRelativePath(uri)));
    const updated = this.review.statusUpdated(uri);
    lines.push(
      vscode.l10n.t('Review: {0}', statusLabel(status)) +
        (updated ? ` (${escapeMarkdown(updated.slice(0, 16).replace('T', ' '))})` : '') +
        (changed ? ' — ' + vscode.l10n.t('the document changed since') : ''),
    );
    if (summary) lines.push(escapeMarkdown(summary));
    return untrustedTooltip(lines);
  }

  dispose(): void {
    clearTimeout(this.refreshTimer);
    for (const d of this.disposables) d.dispose();
  }
}

export type CorpusTreeNode = Node;

/** A URI from a command argument: a tree node (inline actions) or a URI (palette, other commands). */
export function uriFromArgument(arg: unknown): vscode.Uri | undefined {
  if (arg instanceof vscode.Uri) return arg;
  if (arg && typeof arg === 'object' && 'kind' in arg && (arg as Node).kind === 'document') return (arg as unknown as { uri: vscode.Uri }).uri;
  return undefined;
}

export function statusLabel(status: ReviewStatus): string {
  switch (status) {
    case 'unreviewed':
      return vscode.l10n.t('unreviewed');
    case 'inReview':
      return vscode.l10n.t('in review');
    case 'reviewed':
      return vscode.l10n.t('reviewed');
    case 'rejected':
      return vscode.l10n.t('rejected');
  }
}

function categoryLabel(c: Category): string {
  const labels: Record<string, string> = {
    boilerplate: vscode.l10n.t('Boilerplate'),
    metadata: vscode.l10n.t('Metadata lines'),
    attribution: vscode.l10n.t('Attribution'),
    copies: vscode.l10n.t('Copies'),
  };
  return labels[c] ?? c;
}

function themeIcon([id, color]: [string, string | undefined]): vscode.ThemeIcon {
  return new vscode.ThemeIcon(id, color ? new vscode.ThemeColor(color) : undefined);
}

/** Tooltips show document text: an untrusted MarkdownString, every document-derived piece already escaped. */
function untrustedTooltip(lines: string[]): vscode.MarkdownString {
  const md = new vscode.MarkdownString(lines.join('  \n'));
  md.isTrusted = false;
  md.supportHtml = false;
  md.supportThemeIcons = false;
  return md;
}

function oneLine(text: string, max: number): string {
  const s = text.replace(/\s+/g, ' ').trim();
  return s.length > max ? s.slice(0, max - 1) + '…' : s;
}
