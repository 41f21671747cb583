// Corpus facts split into a map step (one part per document, computed wherever the document is read:
// a worker thread, a shard process, another machine) and a reduce step (sum the parts), so that the
// pooled and sharded runs give the same findings as the single-process `analyzeCorpus`.
import { countLinesAcrossDocuments } from '../../core/boilerplate/templateLines';
import { copiesByPath } from '../../core/corpus';
import { documentSignature, type DocumentSignature } from '../../core/copies';
import type { DocumentText } from '../../core/text/documentText';
import type { CorpusFacts } from '../../core/rules/rule';
import type { CopyPair } from '../../core/types';
import { loadDocumentSync } from './copies';
import { lruGetOrLoad } from '../../core/text/lru';

/** One document's contribution to the corpus facts. */
export interface FactsPart {
  path: string;
  /** Hashes of the document's distinct lines, as the template-line counter sees them. */
  lines: string[];
  /** Copy signature (band keys), for the copies reduce. */
  signature: DocumentSignature;
}

/** Corpus facts in a form that survives JSON and postMessage, and stays small at scale. */
export interface SharedFacts {
  format: 'corpus-review-facts';
  version: 1;
  documentCount: number;
  /**
   * Line hash → number of documents, only for lines seen in two or more documents. A line of the
   * analysed document that is missing here is in that document only (count 1): see `factsForDocument`.
   */
  repeatedLines: Record<string, number>;
  copies: CopyPair[];
}

/** The core's own line counter on a one-document corpus: whatever it counts per document, we count too. */
export function documentLines(doc: DocumentText): string[] {
  return [...countLinesAcrossDocuments([doc]).keys()];
}

export function factsPartOf(doc: DocumentText): FactsPart {
  return { path: doc.path, lines: documentLines(doc), signature: documentSignature(doc, doc.path) };
}

/** Sums line parts; feed parts in any order, then `finish` with the copies. */
export class FactsReducer {
  private readonly counts = new Map<string, number>();
  private documents = 0;

  add(part: Pick<FactsPart, 'lines'>): void {
    this.documents++;
    for (const h of part.lines) this.counts.set(h, (this.counts.get(h) ?? 0) + 1);
  }

  /** Like `finish`, yielding to the event loop every few thousand lines (keeps a host thread responsive). */
  async finishAsync(copies: CopyPair[], slice = 20_000): Promise<SharedFacts> {
    const repeatedLines: Record<string, number> = {};
    let n = 0;
    for (const [h, c] of this.counts) {
      if (c > 1) repeatedLines[h] = c;
      if (++n % slice === 0) await new Promise((r) => setImmediate(r));
    }
    return { format: 'corpus-review-facts', version: 1, documentCount: this.documents, repeatedLines, copies };
  }

  finish(copies: CopyPair[]): SharedFacts {
    const repeatedLines: Record<string, number> = {};
    for (const [h, n] of this.counts) if (n > 1) repeatedLines[h] = n;
    return { format: 'corpus-review-facts', version: 1, documentCount: this.documents, repeatedLines, copies };
  }
}

/** Line counts as the full corpus would have them, for lines of one document. */
class LineCounts extends Map<string, number> {
  constructor(
    private readonly repeated: Map<string, number>,
    private readonly own: ReadonlySet<string>,
  ) {
    super();
  }
  override get(key: string): number | undefined {
    return this.repeated.get(key) ?? (this.own.has(key) ? 1 : undefined);
  }
  override has(key: string): boolean {
    return this.repeated.has(key) || this.own.has(key);
  }
}

/** Models of copy partners kept per process: originals are shared by many copies. */
export const PARTNER_CACHE_SIZE = 256;

/**
 * Prepared once per process from SharedFacts; `forDocument` gives the CorpusFacts a rule sees. Copy
 * rules compare a document with its partners, so their models are loaded again (`load`, by reported
 * path) where the single run would hand over the ones it already built.
 */
export class FactsView {
  private readonly repeated: Map<string, number>;
  private readonly byPath: Map<string, CopyPair[]>;
  private readonly partners = new Map<string, DocumentText | undefined>();

  constructor(
    readonly shared: SharedFacts,
    private readonly load: (path: string) => DocumentText | undefined = (p) => loadDocumentSync(p),
  ) {
    this.repeated = new Map(Object.entries(shared.repeatedLines));
    this.byPath = copiesByPath(shared.copies);
  }

  private partner(path: string): DocumentText | undefined {
    return lruGetOrLoad(this.partners, path, PARTNER_CACHE_SIZE, (p) => this.load(p));
  }

  forDocument(doc: DocumentText): CorpusFacts {
    const own = new Set(countLinesAcrossDocuments([doc]).keys());
    const copyModels = new Map<string, DocumentText>();
    for (const c of this.byPath.get(doc.path) ?? []) {
      for (const p of [c.a, c.b]) {
        if (copyModels.has(p)) continue;
        const m = p === doc.path ? doc : this.partner(p);
        if (m) copyModels.set(p, m);
      }
    }
    return {
      documentCount: this.shared.documentCount,
      lineDocumentCounts: new LineCounts(this.repeated, own),
      copiesByPath: this.byPath,
      copyModels,
    };
  }
}

/** SharedFacts for postMessage: the line counts as one string (a string is copied, not walked). */
export type PackedFacts = Omit<SharedFacts, 'repeatedLines'> & { repeatedLinesPacked: string };

export function packFacts(f: SharedFacts): PackedFacts {
  const { repeatedLines, ...rest } = f;
  let packed = '';
  for (const h in repeatedLines) packed += `${h} ${repeatedLines[h]}\n`;
  return { ...rest, repeatedLinesPacked: packed };
}

export function unpackFacts(p: PackedFacts): SharedFacts {
  const { repeatedLinesPacked, ...rest } = p;
  const repeatedLines: Record<string, number> = {};
  for (const line of repeatedLinesPacked.split('\n')) {
    if (!line) continue;
    const sp = line.indexOf(' ');
    repeatedLines[line.slice(0, sp)] = Number(line.slice(sp + 1));
  }
  return { ...rest, repeatedLines };
}

export function isSharedFacts(x: unknown): x is SharedFacts {
  const f = x as SharedFacts;
  return !!f && f.format === 'corpus-review-facts' && f.version === 1 && typeof f.documentCount === 'number' && typeof f.repeatedLines === 'object' && Array.isArray(f.copies);
}
