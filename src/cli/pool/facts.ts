// Corpus facts split into a map step (one part per document, computed wherever the document is read:
// a worker thread, a shard process, another machine) and a reduce step (sum the parts), so that the
// pooled and sharded runs give the same findings as the single-process `analyzeCorpus`.
import { countLinesAcrossDocuments } from '../../core/boilerplate/templateLines';
import { copiesByPath } from '../../core/corpus';
import type { DocumentText } from '../../core/text/documentText';
import type { CorpusFacts } from '../../core/rules/rule';
import type { CopyPair } from '../../core/types';

/** One document's contribution to the corpus facts. */
export interface FactsPart {
  path: string;
  /** Hashes of the document's distinct lines, as the template-line counter sees them. */
  lines: string[];
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

export function factsPartOf(doc: DocumentText): FactsPart {
  // The core's own counter on a one-document corpus: whatever it counts per document, we count too.
  return { path: doc.path, lines: [...countLinesAcrossDocuments([doc]).keys()] };
}

/** Sums line parts; feed parts in any order, then `finish` with the copies. */
export class FactsReducer {
  private readonly counts = new Map<string, number>();
  private documents = 0;

  add(part: FactsPart): void {
    this.documents++;
    for (const h of part.lines) this.counts.set(h, (this.counts.get(h) ?? 0) + 1);
  }

  /** Merge another reducer's partial sums (a combiner output). */
  addCounts(documents: number, repeated: Record<string, number>, single: string[]): void {
    this.documents += documents;
    for (const [h, n] of Object.entries(repeated)) this.counts.set(h, (this.counts.get(h) ?? 0) + n);
    for (const h of single) this.counts.set(h, (this.counts.get(h) ?? 0) + 1);
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

/** Prepared once per process from SharedFacts; `forDocument` gives the CorpusFacts a rule sees. */
export class FactsView {
  private readonly repeated: Map<string, number>;
  private readonly byPath: Map<string, CopyPair[]>;

  constructor(readonly shared: SharedFacts) {
    this.repeated = new Map(Object.entries(shared.repeatedLines));
    this.byPath = copiesByPath(shared.copies);
  }

  forDocument(doc: DocumentText): CorpusFacts {
    const own = new Set(factsPartOf(doc).lines);
    return {
      documentCount: this.shared.documentCount,
      lineDocumentCounts: new LineCounts(this.repeated, own),
      copiesByPath: this.byPath,
    };
  }
}

export function isSharedFacts(x: unknown): x is SharedFacts {
  const f = x as SharedFacts;
  return !!f && f.format === 'corpus-review-facts' && f.version === 1 && typeof f.documentCount === 'number' && typeof f.repeatedLines === 'object' && Array.isArray(f.copies);
}
