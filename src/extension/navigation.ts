import * as vscode from 'vscode';
import type { CorpusEntity, DocumentEntity, DocumentReport, Range } from '../core';
import { isCorpusDocument } from './config';
import { occurrencesIn } from './worker/entityIndexPack';
import { toRange } from './convert';
import { corePathOf, uriOfCorePath, type DiagnosticsPublisher, type EditorServices } from './diagnostics';

export interface EntityAt {
  entity: DocumentEntity;
  mention: DocumentEntity['mentions'][number];
  /** The corpus-wide entry, when the index knows it (looked up only when asked). */
  corpus?: CorpusEntity;
}

function contains(r: Range, line: number, character: number): boolean {
  if (line < r.start.line || line > r.end.line) return false;
  if (line === r.start.line && character < r.start.character) return false;
  if (line === r.end.line && character > r.end.character) return false;
  return true;
}

/** Report for the document's current version: the live one from diagnostics, else the index's if it has that text. */
export function liveReport(publisher: DiagnosticsPublisher, services: EditorServices, document: vscode.TextDocument): DocumentReport | undefined {
  const live = publisher.reportFor(document.uri);
  if (live && live.version === document.version) return live.report;
  if (!document.isDirty) return services.index?.reportFor(document.uri);
  return undefined;
}

interface EntityLookup {
  byId: Map<string, CorpusEntity>;
  /**
   * Per document path, its mentions' entities, built for a path when first asked: one map over every
   * occurrence of the corpus (~500k at 10k documents) took ~60 MB and blocked the first hover.
   */
  byMention: Map<string, Map<string, CorpusEntity>>;
}

// Built once per entity list the index hands out (hovers and highlights run on every cursor move).
const lookups = new WeakMap<readonly CorpusEntity[], EntityLookup>();

const mentionKey = (path: string, r: Range) => `${path}#${r.start.line}:${r.start.character}-${r.end.line}:${r.end.character}`;

function lookupFor(all: readonly CorpusEntity[]): EntityLookup {
  let l = lookups.get(all);
  if (!l) {
    l = { byId: new Map(), byMention: new Map() };
    for (const e of all) l.byId.set(e.id, e);
    lookups.set(all, l);
  }
  return l;
}

function mentionsIn(all: readonly CorpusEntity[], l: EntityLookup, path: string): Map<string, CorpusEntity> {
  let here = l.byMention.get(path);
  if (!here) {
    here = new Map();
    for (const e of all) for (const o of occurrencesIn(e, path)) here.set(mentionKey(o.path, o.range), e);
    l.byMention.set(path, here);
  }
  return here;
}

/** The corpus entry of a document entity: same id, else the one listing one of its mentions. */
export function corpusEntityOf(services: EditorServices, entity: DocumentEntity, path: string): CorpusEntity | undefined {
  const all = services.index?.entities();
  if (!all?.length) return undefined;
  const l = lookupFor(all);
  const byId = l.byId.get(entity.id);
  if (byId) return byId;
  const here = mentionsIn(all, l, path);
  for (const m of entity.mentions) {
    const e = here.get(mentionKey(path, m.range));
    if (e) return e;
  }
  return undefined;
}

export function entityAt(
  publisher: DiagnosticsPublisher,
  services: EditorServices,
  document: vscode.TextDocument,
  position: vscode.Position,
): EntityAt | undefined {
  if (!isCorpusDocument(document.uri)) return undefined;
  const report = liveReport(publisher, services, document);
  if (!report) return undefined;
  for (const entity of report.entities) {
    const mention = entity.mentions.find((m) => contains(m.range, position.line, position.character));
    if (mention) {
      const path = corePathOf(services, document.uri);
      return {
        entity,
        mention,
        get corpus() {
          return corpusEntityOf(services, entity, path);
        },
      };
    }
  }
  return undefined;
}

/** Every mention of the entity in the corpus; the current document's mentions come from its live text. */
export function mentionLocations(services: EditorServices, document: vscode.TextDocument, found: EntityAt): vscode.Location[] {
  const here = corePathOf(services, document.uri);
  const out: vscode.Location[] = found.entity.mentions.map((m) => new vscode.Location(document.uri, toRange(m.range)));
  for (const o of found.corpus?.occurrences ?? []) {
    if (o.path === here) continue;
    const uri = uriOfCorePath(services, o.path);
    if (uri) out.push(new vscode.Location(uri, toRange(o.range)));
  }
  return out;
}

function compareLocations(a: vscode.Location, b: vscode.Location): number {
  return a.uri.toString().localeCompare(b.uri.toString()) || a.range.start.compareTo(b.range.start);
}

/** Go to Definition: the first mention of the entity in the corpus (document order, then position). */
export class EntityDefinitionProvider implements vscode.DefinitionProvider {
  constructor(
    private readonly publisher: DiagnosticsPublisher,
    private readonly services: EditorServices,
  ) {}

  provideDefinition(document: vscode.TextDocument, position: vscode.Position): vscode.Location | undefined {
    const found = entityAt(this.publisher, this.services, document, position);
    if (!found) return undefined;
    return mentionLocations(this.services, document, found).sort(compareLocations)[0];
  }
}

/**
 * Find All References: every mention across the corpus. Every mention is a reference, the first one
 * included (leaving it out when `includeDeclaration` is false made a two-mention entity jump straight to
 * the other mention instead of listing both).
 */
export class EntityReferenceProvider implements vscode.ReferenceProvider {
  constructor(
    private readonly publisher: DiagnosticsPublisher,
    private readonly services: EditorServices,
  ) {}

  provideReferences(document: vscode.TextDocument, position: vscode.Position): vscode.Location[] | undefined {
    const found = entityAt(this.publisher, this.services, document, position);
    if (!found) return undefined;
    return mentionLocations(this.services, document, found).sort(compareLocations);
  }
}

/** Highlights the other mentions of the entity under the cursor in the same document. */
export class EntityHighlightProvider implements vscode.DocumentHighlightProvider {
  constructor(
    private readonly publisher: DiagnosticsPublisher,
    private readonly services: EditorServices,
  ) {}

  provideDocumentHighlights(document: vscode.TextDocument, position: vscode.Position): vscode.DocumentHighlight[] | undefined {
    const found = entityAt(this.publisher, this.services, document, position);
    if (!found) return undefined;
    return found.entity.mentions.map(
      (m) => new vscode.DocumentHighlight(toRange(m.range), m.citedAsSource ? vscode.DocumentHighlightKind.Write : vscode.DocumentHighlightKind.Read),
    );
  }
}
