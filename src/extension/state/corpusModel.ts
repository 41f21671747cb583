// Pure summaries the Corpus view, the status bar and the report share (no `vscode`, unit-tested).
import type { Category, CopyKind, CopyPair, DocumentMetadata, DocumentReport, Finding, Severity } from '../../core/types';
import type { ReviewStatus } from '../services';
import { formatMessage, type Translate } from '../cards';
import { copyClusters as coreCopyClusters } from '../../core/copies/cluster';
import { lazy } from '../../core/text/lazy';

export const CATEGORY_ORDER: readonly Category[] = ['boilerplate', 'metadata', 'attribution', 'copies'];
const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, information: 2, hint: 3 };

export type SeverityCounts = Record<Severity, number>;

export function severityCounts(findings: readonly Finding[]): SeverityCounts {
  const c: SeverityCounts = { error: 0, warning: 0, information: 0, hint: 0 };
  for (const f of findings) c[f.severity]++;
  return c;
}

export function categoryCounts(findings: readonly Finding[]): Record<Category, number> {
  const c: Record<Category, number> = { boilerplate: 0, metadata: 0, attribution: 0, copies: 0 };
  for (const f of findings) c[f.category] = (c[f.category] ?? 0) + 1;
  return c;
}

/** Findings grouped by category, in CATEGORY_ORDER (unknown categories last), each group in document order. */
export function groupByCategory(findings: readonly Finding[]): { category: Category; findings: Finding[] }[] {
  const groups = new Map<Category, Finding[]>();
  for (const f of findings) {
    const list = groups.get(f.category) ?? [];
    list.push(f);
    groups.set(f.category, list);
  }
  const rank = (c: Category) => (CATEGORY_ORDER.includes(c) ? CATEGORY_ORDER.indexOf(c) : CATEGORY_ORDER.length);
  return [...groups].sort((a, b) => rank(a[0]) - rank(b[0])).map(([category, list]) => ({ category, findings: list }));
}

export function worstSeverity(findings: readonly Finding[]): Severity | undefined {
  let worst: Severity | undefined;
  for (const f of findings) if (!worst || SEVERITY_RANK[f.severity] < SEVERITY_RANK[worst]) worst = f.severity;
  return worst;
}

/**
 * The description of a document row: "3 warnings · 340 words" when all findings share a severity,
 * "5 findings (3 warnings, 2 info) · 340 words" otherwise, "no findings · 340 words" when clean.
 */
export function documentSummary(findings: readonly Finding[] | undefined, words: number | undefined, t: Translate = formatMessage): string {
  return summaryText(findings ? severityCounts(findings) : undefined, words, t);
}

/** documentSummary from counts (the index keeps counts for every document, full reports only on demand). */
export function summaryText(c: SeverityCounts | undefined, words: number | undefined, t: Translate = formatMessage): string {
  const parts: string[] = [];
  if (c) {
    const total = c.error + c.warning + c.information + c.hint;
    const plural = (n: number, one: string, many: string) => (n === 1 ? t(one) : t(many, n));
    const bySeverity: string[] = [];
    if (c.error) bySeverity.push(plural(c.error, '1 error', '{0} errors'));
    if (c.warning) bySeverity.push(plural(c.warning, '1 warning', '{0} warnings'));
    if (c.information) bySeverity.push(t('{0} info', c.information));
    if (c.hint) bySeverity.push(plural(c.hint, '1 hint', '{0} hints'));
    if (!total) parts.push(t('no findings'));
    else if (bySeverity.length === 1) parts.push(bySeverity[0]);
    else parts.push(t('{0} ({1})', plural(total, '1 finding', '{0} findings'), bySeverity.join(', ')));
  }
  if (words !== undefined) parts.push(t('{0} words', words.toLocaleString('en-US')));
  return parts.join(' · ');
}

/** What the view and status bar show of a document without its full report. */
export interface ReportSummary {
  words: number;
  metadata: DocumentMetadata;
  severity: SeverityCounts;
  findings: number;
  entities: number;
  notices: string[];
  /** Findings per category with their worst severity (the tree's category rows), in CATEGORY_ORDER. */
  categories: CategorySummary[];
}

export interface CategorySummary {
  category: Category;
  count: number;
  worst: Severity;
}

export function summarizeReport(report: DocumentReport): ReportSummary {
  return {
    words: report.words,
    metadata: report.metadata,
    severity: severityCounts(report.findings),
    findings: report.findings.length,
    entities: report.entities.length,
    notices: report.notices,
    categories: groupByCategory(report.findings).map((g) => ({ category: g.category, count: g.findings.length, worst: worstSeverity(g.findings)! })),
  };
}

export interface DocumentRow {
  name: string;
  status: ReviewStatus;
  changed: boolean;
  findingCount: number;
  /** At least one error or warning. */
  hasWarnings: boolean;
}

export type SortKey = 'name' | 'findings' | 'state';
export interface TreeFilter {
  unreviewedOnly: boolean;
  hasWarnings: boolean;
}

/**
 * Names in natural order ("doc-2" before "doc-10"). One shared collator: `localeCompare` with options
 * builds a collator per call, which made sorting 10k tree rows take 2.7 s on the host thread (47 ms now).
 * Made on first use: creating it loads ICU data (~7 ms), which activation should not pay.
 */
const naturalOrder = lazy(() => new Intl.Collator(undefined, { numeric: true }).compare);
export const compareNames = (a: string, b: string): number => naturalOrder()(a, b);

/** Review order for "sort by state": what still needs work first. */
const STATUS_RANK: Record<ReviewStatus, number> = { inReview: 0, unreviewed: 1, rejected: 2, reviewed: 3 };

export function compareRows(sort: SortKey): (a: DocumentRow, b: DocumentRow) => number {
  const byName = (a: DocumentRow, b: DocumentRow) => compareNames(a.name, b.name);
  if (sort === 'findings') return (a, b) => b.findingCount - a.findingCount || byName(a, b);
  if (sort === 'state')
    return (a, b) => Number(b.changed) - Number(a.changed) || STATUS_RANK[a.status] - STATUS_RANK[b.status] || byName(a, b);
  return byName;
}

/** "Unreviewed only" keeps documents that still need a look: not yet decided, or changed since decided. */
export function passesFilter(row: DocumentRow, filter: TreeFilter): boolean {
  if (filter.unreviewedOnly && !(row.status === 'unreviewed' || row.status === 'inReview' || row.changed)) return false;
  if (filter.hasWarnings && !row.hasWarnings) return false;
  return true;
}

export interface CopyCluster {
  /** Original first, then the others by similarity to it (highest first). */
  members: { path: string; original: boolean; similarity?: number; kind?: CopyKind }[];
  /** The strongest relation in the cluster, for its label. */
  kind: CopyKind;
}

const KIND_RANK: Record<CopyKind, number> = { exact: 0, near: 1, spun: 2, partial: 3 };

/**
 * The core's copy clusters (grouping and original decided as in the CLI's cluster records), with what the
 * tree shows per member: its relation to the original (or its closest relation when undecided).
 */
export function copyClusters(copies: readonly CopyPair[]): CopyCluster[] {
  const clusters = coreCopyClusters(copies).map(({ members: paths, original, pairs }): CopyCluster => {
    const relationTo = (p: string): CopyPair | undefined => {
      const direct = original ? pairs.find((c) => (c.a === p && c.b === original) || (c.b === p && c.a === original)) : undefined;
      return direct ?? pairs.filter((c) => c.a === p || c.b === p).sort((x, y) => y.similarity - x.similarity)[0];
    };
    const members = paths
      .filter((p) => p !== original)
      .map((p) => {
        const rel = relationTo(p);
        return { path: p, original: false, similarity: rel?.similarity, kind: rel?.kind };
      })
      .sort((a, b) => (b.similarity ?? 0) - (a.similarity ?? 0) || a.path.localeCompare(b.path));
    if (original) members.unshift({ path: original, original: true, similarity: undefined, kind: undefined });
    const kind = pairs.map((c) => c.kind).sort((a, b) => KIND_RANK[a] - KIND_RANK[b])[0];
    return { members, kind };
  });
  return clusters.sort((a, b) => b.members.length - a.members.length || a.members[0].path.localeCompare(b.members[0].path));
}

/** "Corpus: 2 docs · 14 findings · 1 reviewed". */
export function statusBarText(docs: number, findings: number, reviewed: number, t: Translate = formatMessage): string {
  return t(
    'Corpus: {0} · {1} · {2} reviewed',
    docs === 1 ? t('1 doc') : t('{0} docs', docs),
    findings === 1 ? t('1 finding') : t('{0} findings', findings),
    reviewed,
  );
}
