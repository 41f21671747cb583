// Markdown for hover cards, built without `vscode` so the escaping can be unit-tested. Every piece of
// document text goes through escapeMarkdown; links are only ever built from URIs the extension made.
import type { CorpusEntity, DocumentEntity, Finding, Range } from '../core/types';
import { escapeMarkdown } from '../core/text/markdown';

/** `vscode.l10n.t` in the extension; a plain `{0}` formatter in tests. */
export type Translate = (message: string, ...args: (string | number | boolean)[]) => string;

export const formatMessage: Translate = (message, ...args) =>
  message.replace(/\{(\d+)\}/g, (m, i: string) => (Number(i) < args.length ? String(args[Number(i)]) : m));

/** Link schemes a card may point at: documents on disk or in a remote workspace. Never `command:`. */
const LINK_SCHEMES = new Set(['file', 'vscode-remote', 'vscode-vfs']);

/**
 * A link target that is safe inside `[text](target)`: one of LINK_SCHEMES, with the characters that could
 * end or confuse the Markdown link target percent-encoded. Returns undefined for anything else.
 */
export function safeLinkTarget(uri: string): string | undefined {
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(uri)?.[1]?.toLowerCase();
  if (!scheme || !LINK_SCHEMES.has(scheme)) return undefined;
  return uri.replace(/[()<>\s"'`\\[\]]/g, (c) => '%' + c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0'));
}

/** `#L<line>,<col>` (1-based), the fragment VS Code opens a file link at. */
export function positionFragment(range: Range): string {
  return `L${range.start.line + 1},${range.start.character + 1}`;
}

/** The file name at the end of a forward-slash path. */
export function baseName(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1) || path;
}

const SNIPPET_CONTEXT = 60; // characters either side of a mention: one hover line

/** One line of context around a mention, escaped, with the mention in bold. */
export function mentionSnippet(lineText: string, start: number, end: number, context = SNIPPET_CONTEXT): string {
  const s = Math.max(0, Math.min(start, lineText.length));
  const e = Math.max(s, Math.min(end, lineText.length));
  let from = Math.max(0, s - context);
  let to = Math.min(lineText.length, e + context);
  // Do not cut a surrogate pair in half.
  if (from > 0 && /[\uDC00-\uDFFF]/.test(lineText[from])) from--;
  if (to < lineText.length && /[\uDC00-\uDFFF]/.test(lineText[to])) to++;
  const before = lineText.slice(from, s).trimStart();
  const after = lineText.slice(e, to).trimEnd();
  return (
    (from > 0 ? '…' : '') +
    escapeMarkdown(before) +
    '**' +
    escapeMarkdown(lineText.slice(s, e)) +
    '**' +
    escapeMarkdown(after) +
    (to < lineText.length ? '…' : '')
  );
}

export interface EntityCardInput {
  entity: CorpusEntity;
  /** Path (as in core reports) of the document being hovered. */
  currentPath: string;
  /** URI string of a mention, built by the extension from the document's URI; undefined = no link. */
  linkFor(path: string, range: Range): string | undefined;
  /** The line around the first mention in another document, when known. */
  firstMentionElsewhere?: { path: string; lineText: string; range: Range };
  /** At most this many documents are listed; the rest are counted. */
  maxDocuments?: number;
  t?: Translate;
}

const TYPE_LABEL: Record<string, string> = {
  person: 'person',
  organization: 'organisation',
  location: 'place',
  other: 'other',
};

export const DEFAULT_MAX_DOCUMENTS = 10;

/** The entity hover card as Markdown (untrusted: the caller must not set isTrusted or supportHtml). */
export function entityCard(input: EntityCardInput): string {
  const t = input.t ?? formatMessage;
  const e = input.entity;
  const out: string[] = [];
  out.push(`**${escapeMarkdown(e.name)}** — ${escapeMarkdown(t(TYPE_LABEL[e.type] ?? e.type))}`);
  if (e.roles.length) out.push(escapeMarkdown(e.roles.join('; ')));
  if (e.description) out.push(escapeMarkdown(e.description));
  const aliases = e.aliases.filter((a) => a !== e.name);
  if (aliases.length) out.push(t('Also written: {0}', aliases.map(escapeMarkdown).join(', ')));
  out.push(
    [
      e.documents === 1 ? t('Mentioned in 1 document') : t('Mentioned in {0} documents', e.documents),
      e.mentions === 1 ? t('1 mention') : t('{0} mentions', e.mentions),
      e.citedAsSource === 1 ? t('cited as a source once') : t('cited as a source {0} times', e.citedAsSource),
    ].join(' · '),
  );

  // Documents in occurrence order, the hovered one marked, each linking to its first mention.
  const byPath = new Map<string, { range: Range; count: number }>();
  for (const o of e.occurrences) {
    const seen = byPath.get(o.path);
    if (seen) seen.count++;
    else byPath.set(o.path, { range: o.range, count: 1 });
  }
  const max = input.maxDocuments ?? DEFAULT_MAX_DOCUMENTS;
  const rows: string[] = [];
  for (const [path, { range, count }] of [...byPath].slice(0, max)) {
    const label = escapeMarkdown(baseName(path));
    const target = input.linkFor(path, range);
    const safe = target && safeLinkTarget(target);
    const name = safe ? `[${label}](${safe})` : label;
    const where = t('line {0}', range.start.line + 1);
    const times = count === 1 ? '' : ' · ' + t('{0} mentions', count);
    const here = path === input.currentPath ? ' · ' + t('this document') : '';
    rows.push(`- ${name} (${where}${times}${here})`);
  }
  if (byPath.size > max) rows.push(`- ${t('…and {0} more documents', byPath.size - max)}`);
  if (rows.length) out.push(rows.join('\n'));

  const f = input.firstMentionElsewhere;
  if (f) {
    const snippet = mentionSnippet(f.lineText, f.range.start.line === f.range.end.line ? f.range.start.character : 0, f.range.start.line === f.range.end.line ? f.range.end.character : f.lineText.length);
    out.push(`${t('First mention elsewhere ({0}, line {1}):', escapeMarkdown(baseName(f.path)), f.range.start.line + 1)} ${snippet}`);
  }
  return out.join('\n\n');
}

/** What the attribution hover explains about one flagged sentence (all text untrusted). */
export interface AttributionExplanation {
  rule: string;
  /** The flagged sentence. */
  sentence: string;
  /** Kind of claim ("evaluative", "causal", "statistic", …), when known. */
  claimType?: string;
  /** Words that made it a claim ("indications that", "latest"). */
  cues?: string[];
  /** The source found for it, if any, and how specific it is. */
  source?: { text: string; kind: 'named' | 'vague' };
  /** A source elsewhere in the paragraph that supports it ("support follows: …"). */
  support?: string;
}

/** The attribution analysis hover for a flagged sentence, as Markdown (untrusted). */
export function attributionCard(x: AttributionExplanation, t: Translate = formatMessage): string {
  const out: string[] = [];
  out.push(`**${escapeMarkdown(t('Attribution'))}** — ${escapeMarkdown(x.rule)}`);
  if (x.claimType) out.push(t('Claim type: {0}', escapeMarkdown(x.claimType)));
  if (x.cues?.length) out.push(t('Cue words: {0}', x.cues.map((c) => `“${escapeMarkdown(c)}”`).join(', ')));
  if (x.source) {
    out.push(
      x.source.kind === 'named'
        ? t('Source: {0} (named)', escapeMarkdown(x.source.text))
        : t('Source: {0} (vague: who exactly?)', escapeMarkdown(x.source.text)),
    );
  } else {
    out.push(t('Source: none found in this sentence'));
  }
  if (x.support) out.push(t('Support follows: {0}', escapeMarkdown(x.support)));
  out.push(`> ${escapeMarkdown(x.sentence.length > 300 ? x.sentence.slice(0, 299) + '…' : x.sentence)}`);
  return out.join('\n\n');
}

/** Reads the attribution data the core attaches to its findings (see core/rules/attribution/findings.ts). */
export function attributionExplanation(f: Finding): AttributionExplanation {
  const d = f.data ?? {};
  const str = (v: unknown) => (typeof v === 'string' && v ? v : undefined);
  const textOf = (v: unknown) => (typeof v === 'string' ? v : v && typeof v === 'object' ? str((v as { text?: unknown }).text) : undefined);
  const src = d.source as { text?: unknown; kind?: unknown } | undefined;
  const sourceText = textOf(src);
  const cues = Array.isArray(d.cues) ? d.cues.map(textOf).filter((x): x is string => !!x) : undefined;
  const types = Array.isArray(d.claimTypes) ? d.claimTypes.filter((x): x is string => typeof x === 'string') : [];
  const claimType = str(d.claimType);
  return {
    rule: f.rule,
    sentence: f.text,
    claimType: [...new Set([claimType, ...types].filter((x): x is string => !!x))].join(', ') || undefined,
    cues: cues?.length ? [...new Set(cues)] : undefined,
    source: sourceText ? { text: sourceText, kind: src?.kind === 'named' ? 'named' : 'vague' } : undefined,
    support: textOf(d.supportedBy),
  };
}

/** The hovered document's view of an entity: the corpus entry with this document's mentions taken live. */
export function entityForCard(found: { entity: DocumentEntity; corpus?: CorpusEntity }, path: string): CorpusEntity {
  const e = found.entity;
  const live = e.mentions.map((m) => ({ path, range: m.range, text: m.text }));
  const elsewhere = found.corpus?.occurrences.filter((o) => o.path !== path) ?? [];
  const occurrences = [...elsewhere, ...live].sort((a, b) => a.path.localeCompare(b.path) || a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
  const liveCited = e.mentions.filter((m) => m.citedAsSource).length;
  if (!found.corpus) {
    return { id: e.id, name: e.name, type: e.type, aliases: e.aliases, roles: e.roles, documents: 1, mentions: live.length, citedAsSource: liveCited, occurrences };
  }
  return {
    ...found.corpus,
    aliases: [...new Set([...found.corpus.aliases, ...e.aliases])],
    roles: [...new Set([...found.corpus.roles, ...e.roles])],
    documents: new Set(occurrences.map((o) => o.path)).size,
    mentions: occurrences.length,
    occurrences,
  };
}
