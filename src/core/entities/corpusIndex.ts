import type { CorpusEntity, DocumentEntity, EntityType, Range, SourceSpan } from '../types';
import { nameKey } from './gazetteer';
import { FAMILY_NAME_FIRST } from './curated';
import type { PreparedUserEntities } from './user';

export interface EntityIndexInput {
  path: string;
  entities: DocumentEntity[];
  sources: SourceSpan[];
}

const FAMILY_FIRST = new Set(FAMILY_NAME_FIRST);

const isBefore = (p: Range['start'], q: Range['start']): boolean => p.line < q.line || (p.line === q.line && p.character < q.character);

function overlaps(a: Range, b: Range): boolean {
  return isBefore(a.start, b.end) && isBefore(b.start, a.end);
}

function tokenCount(name: string): number {
  return name.split(/\s+/).length;
}

/** Surnames a full person name is also written as: "Putin" for "Vladimir Putin", "Kim" for "Kim Jong Un". */
function surnames(name: string): string[] {
  const parts = name.split(/\s+/);
  if (parts.length < 2) return [];
  const out = [parts[parts.length - 1]];
  if (FAMILY_FIRST.has(parts[0])) out.push(parts[0]);
  return out;
}

/**
 * Merge the entities of every document into the corpus index: same id, then aliases across documents (a
 * document that only says "Putin" joins "Vladimir Putin" when exactly one full name fits; an acronym joins
 * the entity that lists it as an alias). Counts mentions, documents and how often a mention is cited as a
 * source (the mention is the subject of an attribution cue, or overlaps a named source span).
 */
export function indexEntities(docs: EntityIndexInput[], user?: PreparedUserEntities): CorpusEntity[] {
  const builder = new EntityIndexBuilder();
  for (const d of docs) builder.add(d);
  return builder.build(user);
}

/** One entity id's evidence over the documents added so far. */
interface Group {
  id: string;
  type: EntityType;
  names: Map<string, number>;
  aliases: Set<string>;
  roles: Map<string, string>;
  /** Documents (path ids) that list this id, one per listing. */
  members: number[];
  citedAsSource: number;
  mentions: number;
  /** With occurrences kept: each mention as OCCURRENCE_FIELDS numbers, in the order documents were added. */
  occurrences?: Rows;
}

/**
 * Per occurrence: path id, text id, start line, start character, end line, end character. At 10k
 * documents (~500k mentions) an occurrence as objects (occurrence, range, two positions) was ~190 MB of the
 * extension's index thread while the index was built; as rows it is 24 bytes.
 */
export const OCCURRENCE_FIELDS = 6;

/** An entity without its occurrences; they are rows `from`…`to` (exclusive) of a PackedEntityIndex. */
export type EntityHead = Omit<CorpusEntity, 'occurrences'> & { from: number; to: number };

/** The corpus entity index with every occurrence as OCCURRENCE_FIELDS numbers (EntityIndexBuilder.buildPacked). */
export interface PackedEntityIndex {
  entities: EntityHead[];
  /** Document paths the occurrences point into. */
  paths: string[];
  /** Distinct mention texts. */
  texts: string[];
  occurrences: Uint32Array;
}

/** Rows of numbers in one growing typed array. */
class Rows {
  data = new Uint32Array(OCCURRENCE_FIELDS * 4);
  count = 0;

  push(a: number, b: number, c: number, d: number, e: number, f: number): void {
    if ((this.count + 1) * OCCURRENCE_FIELDS > this.data.length) {
      const grown = new Uint32Array(this.data.length * 2);
      grown.set(this.data);
      this.data = grown;
    }
    const at = this.count++ * OCCURRENCE_FIELDS;
    this.data[at] = a;
    this.data[at + 1] = b;
    this.data[at + 2] = c;
    this.data[at + 3] = d;
    this.data[at + 4] = e;
    this.data[at + 5] = f;
  }
}

/**
 * The corpus entity index built one document at a time, as documents are analysed: what it keeps per
 * document is counted (mentions, citations, which documents), not the document's entities themselves. With
 * `{ occurrences: false }` (the CLI, whose outputs never list occurrences) every mention is only counted:
 * the 10k generated corpus's ~500k mention objects were held until the end to be merged before (~190 MB).
 * The result equals merging all documents at once (`indexEntities`).
 */
export class EntityIndexBuilder {
  private readonly groups = new Map<string, Group>();
  private readonly pathIds = new Map<string, number>();
  private readonly paths: string[] = [];
  private readonly textIds = new Map<string, number>();
  private readonly texts: string[] = [];
  /** Per path id, the position of the last document added with that path (occurrences sort by it). */
  private readonly order: number[] = [];
  private added = 0;

  constructor(private readonly keep: { occurrences: boolean } = { occurrences: true }) {}

  add(d: EntityIndexInput): void {
    let pathId = this.pathIds.get(d.path);
    if (pathId === undefined) {
      this.pathIds.set(d.path, (pathId = this.paths.length));
      this.paths.push(d.path);
    }
    this.order[pathId] = this.added++;
    const heads = sourceHeads(d);
    for (const e of d.entities) {
      let g = this.groups.get(e.id);
      if (!g) {
        g = { id: e.id, type: e.type, names: new Map(), aliases: new Set(), roles: new Map(), members: [], citedAsSource: 0, mentions: 0 };
        if (this.keep.occurrences) g.occurrences = new Rows();
        this.groups.set(e.id, g);
      }
      g.names.set(e.name, (g.names.get(e.name) ?? 0) + e.mentions.length);
      for (const a of e.aliases) g.aliases.add(a);
      for (const r of e.roles) g.roles.set(nameKey(r), g.roles.get(nameKey(r)) ?? r);
      g.members.push(pathId);
      g.mentions += e.mentions.length;
      for (const mention of e.mentions) {
        if (mention.citedAsSource || (heads.size && heads.has(mentionKey(mention.range)))) g.citedAsSource++;
        if (g.occurrences) {
          const { start, end } = mention.range;
          g.occurrences.push(pathId, this.textId(mention.text), start.line, start.character, end.line, end.character);
        }
      }
    }
  }

  private textId(text: string): number {
    let id = this.textIds.get(text);
    if (id === undefined) {
      this.textIds.set(text, (id = this.texts.length));
      this.texts.push(text);
    }
    return id;
  }

  /** The index, occurrences as objects (empty when they are not kept). */
  build(user?: PreparedUserEntities): CorpusEntity[] {
    return this.merge(user).map(({ head, members }) => {
      const { description, ...rest } = head;
      const entity: CorpusEntity = { ...rest, occurrences: [] };
      if (this.keep.occurrences) {
        const rows = this.sortedRows(members);
        for (let at = 0; at < rows.length; at += OCCURRENCE_FIELDS) entity.occurrences.push(this.occurrenceAt(rows, at));
      }
      if (description) entity.description = description;
      return entity;
    });
  }

  /** The index with its occurrences packed (the extension's index thread sends it to the host like this). */
  buildPacked(user?: PreparedUserEntities): PackedEntityIndex {
    const merged = this.merge(user);
    let total = 0;
    for (const { head } of merged) total += head.mentions;
    const occurrences = new Uint32Array(this.keep.occurrences ? total * OCCURRENCE_FIELDS : 0);
    let k = 0;
    const entities = merged.map(({ head, members }): EntityHead => {
      const from = k;
      if (this.keep.occurrences) {
        const rows = this.sortedRows(members);
        occurrences.set(rows, k * OCCURRENCE_FIELDS);
        k += rows.length / OCCURRENCE_FIELDS;
      }
      return { ...head, from, to: k };
    });
    return { entities, paths: this.paths.slice(), texts: this.texts.slice(), occurrences };
  }

  private occurrenceAt(rows: Uint32Array, at: number): CorpusEntity['occurrences'][number] {
    return {
      path: this.paths[rows[at]],
      range: { start: { line: rows[at + 2], character: rows[at + 3] }, end: { line: rows[at + 4], character: rows[at + 5] } },
      text: this.texts[rows[at + 1]],
    };
  }

  /**
   * The merged groups' occurrence rows in document order, then position (stable: mentions at the same
   * position keep the order they were added in). Usually they already are in that order (documents are
   * added in order and an entity's mentions are in text order), so a linear check comes first.
   */
  private sortedRows(members: Group[]): Uint32Array {
    const F = OCCURRENCE_FIELDS;
    let count = 0;
    for (const g of members) count += g.occurrences!.count;
    const rows = new Uint32Array(count * F);
    let at = 0;
    for (const g of members) {
      const o = g.occurrences!;
      rows.set(o.data.subarray(0, o.count * F), at);
      at += o.count * F;
    }
    const compare = (a: number, b: number): number => this.order[rows[a * F]] - this.order[rows[b * F]] || rows[a * F + 2] - rows[b * F + 2] || rows[a * F + 3] - rows[b * F + 3];
    let sorted = true;
    for (let r = 1; r < count && sorted; r++) sorted = compare(r - 1, r) <= 0;
    if (sorted) return rows;
    // Array.prototype.sort is stable.
    const order = Array.from({ length: count }, (_, r) => r).sort(compare);
    const out = new Uint32Array(rows.length);
    order.forEach((r, k) => out.set(rows.subarray(r * F, r * F + F), k * F));
    return out;
  }

  /** Groups merged into entities (heads without occurrences), in the index's order. */
  private merge(user?: PreparedUserEntities): { head: Omit<CorpusEntity, 'occurrences'>; members: Group[] }[] {
    const { groups } = this;
    // Union-find over groups that are the same entity under another name.
    const parent = new Map<string, string>();
    const find = (id: string): string => {
      let p = parent.get(id) ?? id;
      while (p !== (parent.get(p) ?? p)) p = parent.get(p)!;
      // Path compression: the root does not change, later look-ups are short.
      for (let q = id; q !== p; ) {
        const next = parent.get(q) ?? q;
        if (next !== p) parent.set(q, p);
        q = next;
      }
      return p;
    };
    const union = (child: string, into: string) => {
      const a = find(child);
      const b = find(into);
      if (a !== b) parent.set(a, b);
    };
    const list = [...groups.values()];
    // Names are final from here on: each group's main name is computed once.
    const mainNames = new Map<Group, string>();
    const mainName = (g: Group): string => {
      let name = mainNames.get(g);
      if (name === undefined) {
        name = [...g.names.keys()].sort((a, b) => tokenCount(b) - tokenCount(a) || b.length - a.length)[0];
        mainNames.set(g, name);
      }
      return name;
    };
    // One name typed differently in different documents ("Andalusia" a place in one, a person in another,
    // each from its own weak cues) is one entity: the type with the most evidence wins.
    const byName = new Map<string, Group[]>();
    for (const g of list) {
      if (user?.byName.get(mainName(g))) continue;
      addTo(byName, nameKey(mainName(g)), g);
    }
    for (const same of byName.values()) {
      if (new Set(same.map((g) => g.type)).size < 2) continue;
      const winner = [...same].sort((a, b) => typeEvidence(b) - typeEvidence(a) || b.members.length - a.members.length || TYPE_RANK[a.type] - TYPE_RANK[b.type])[0];
      for (const g of same) if (g !== winner) union(g.id, winner.id);
    }
    // Persons known only by a surname join the one full name that carries it.
    const bySurname = new Map<string, Group[]>();
    for (const g of list) {
      if (g.type !== 'person') continue;
      for (const s of surnames(mainName(g))) addTo(bySurname, s, g);
    }
    for (const g of list) {
      if (g.type !== 'person' || tokenCount(mainName(g)) > 1) continue;
      const owners = bySurname.get(mainName(g));
      if (owners?.length === 1) union(g.id, owners[0].id);
    }
    // An entity whose name is another's alias (acronym ↔ expansion), same type or untyped.
    const byAlias = new Map<string, Group[]>();
    for (const g of list) for (const a of g.aliases) addTo(byAlias, nameKey(a), g);
    for (const g of list) {
      const owners = (byAlias.get(nameKey(mainName(g))) ?? []).filter((o) => o !== g && (o.type === g.type || g.type === 'other'));
      const distinct = new Set(owners.map((o) => find(o.id)));
      if (distinct.size === 1 && tokenCount(mainName(owners[0])) >= tokenCount(mainName(g))) union(g.id, owners[0].id);
    }

    const merged = new Map<string, Group[]>();
    for (const g of list) addTo(merged, find(g.id), g);
    const out: { head: Omit<CorpusEntity, 'occurrences'>; members: Group[] }[] = [];
    for (const [rootId, members] of merged) {
      const root = groups.get(rootId)!;
      const name = mainName(root);
      const def = user?.byName.get(name);
      const aliases = new Set<string>();
      const roles = new Map<string, string>();
      const documents = new Set<number>();
      let mentions = 0;
      let cited = 0;
      for (const g of members) {
        for (const n of g.names.keys()) if (n !== name) aliases.add(n);
        g.aliases.forEach((a) => a !== name && aliases.add(a));
        g.roles.forEach((v, k) => roles.has(k) || roles.set(k, v));
        for (const pathId of g.members) documents.add(pathId);
        mentions += g.mentions;
        cited += g.citedAsSource;
      }
      for (const a of def?.aliases ?? []) if (a !== name) aliases.add(a);
      for (const r of def?.roles ?? []) roles.has(nameKey(r)) || roles.set(nameKey(r), r);
      const head: Omit<CorpusEntity, 'occurrences'> = {
        id: root.id,
        name,
        type: def?.type ?? root.type,
        aliases: dedupe([...aliases]),
        roles: [...roles.values()],
        documents: documents.size,
        mentions,
        citedAsSource: cited,
      };
      if (def?.description) head.description = def.description;
      out.push({ head, members });
    }
    out.sort(({ head: a }, { head: b }) => b.mentions - a.mentions || b.documents - a.documents || a.name.localeCompare(b.name));
    return out;
  }

}

/** Lists keyed by name grow by push (a spread per addition was quadratic in a key's group count). */
function addTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/**
 * A mention's start as one number (line, then character; entity lines are at most MAX_ENTITY_LINE_LENGTH =
 * 50,000 < 2^16 characters long): a Set of numbers instead of "line:character" strings built per mention.
 */
const mentionKey = (r: Range): number => r.start.line * 65536 + r.start.character;

/** Evidence for a group's type: its mentions, with "other" (no cue at all) counting least. */
function typeEvidence(g: { type: EntityType; names: Map<string, number> }): number {
  const mentions = [...g.names.values()].reduce((a, b) => a + b, 0);
  return g.type === 'other' ? mentions / 2 : mentions;
}

/** Tie-break between types with equal evidence: a name typed both ways is more often a place or a body. */
const TYPE_RANK: Record<EntityType, number> = { location: 0, organization: 1, person: 2, other: 3 };

/**
 * The mentions that the document's named source spans credit. A span such as "Kremlin spokesperson Dmitry
 * Peskov" overlaps two mentions; the source is its head, the last one ("Russian news agency TASS" → TASS).
 */
function sourceHeads(d: EntityIndexInput): Set<number> {
  const set = new Set<number>();
  for (const s of d.sources) {
    if (s.kind !== 'named') continue;
    let head: Range | undefined;
    for (const e of d.entities) {
      for (const { range: r } of e.mentions) {
        if (!overlaps(s.range, r)) continue;
        if (!head || isBefore(head.end, r.end)) head = r;
      }
    }
    if (head) set.add(mentionKey(head));
  }
  return set;
}

function dedupe(values: string[]): string[] {
  const seen = new Set<string>();
  return values.filter((v) => {
    const k = nameKey(v);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
