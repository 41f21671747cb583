import type { DocumentText } from '../../text/documentText';
import type { CopyDriftSentence, CopyKind, CopyPair, Range } from '../../types';
import type { Rule, RuleContext, RuleFinding } from '../rule';
import { articleLines } from '../../copies/normalise';
import { copyChanges } from '../../copies/cluster';
import { hashText } from '../../text/hash';

/** At most this many "copy of" diagnostics on one document (a page copied into many clusters is rare). */
export const MAX_COPY_FINDINGS = 5;

export interface CopyRelation {
  pair: CopyPair;
  otherPath: string;
  /** The other document's model when the corpus pass kept it (single process, editor). */
  other?: DocumentText;
  /** True when the other document was judged the original; false when undecided. */
  otherIsOriginal: boolean;
}

/**
 * The pairs in which `doc` is the copy (or the original is undecided). In a cluster (original, copy 1,
 * copy 2) copy 2 is also paired with copy 1; it is reported against the cluster's original only: pairs
 * whose other side is itself a copy of something are dropped when a pair with an original remains.
 */
export function copyRelations(doc: DocumentText, ctx: RuleContext): CopyRelation[] {
  const byPath = ctx.corpus?.copiesByPath;
  const pairs = byPath?.get(doc.path) ?? [];
  const isCopy = (p: string) => (byPath?.get(p) ?? []).some((x) => x.original !== null && x.original !== p);
  const out: CopyRelation[] = [];
  for (const pair of pairs) {
    if (pair.original === doc.path) continue;
    const otherPath = pair.a === doc.path ? pair.b : pair.a;
    const other = ctx.corpus?.copyModels?.get(otherPath);
    out.push({ pair, otherPath, other: other === doc ? undefined : other, otherIsOriginal: pair.original === otherPath });
  }
  out.sort((x, y) => y.pair.similarity - x.pair.similarity || x.otherPath.localeCompare(y.otherPath));
  const roots = out.filter((r) => !isCopy(r.otherPath));
  return roots.length ? roots : out.slice(0, 1);
}

export interface CopyChanges {
  changes?: string;
  drift: CopyDriftSentence[];
}

/**
 * What this copy changed against its original: recomputed on the current text when the original's model
 * is at hand, otherwise taken from the pair as the reduce step recorded it (only if the copy's text is
 * still the one it was computed on — ranges would be wrong otherwise).
 */
export function changesOf(doc: DocumentText, rel: CopyRelation): CopyChanges {
  if (!rel.otherIsOriginal || rel.pair.kind === 'exact') return { drift: [] };
  if (rel.other) return copyChanges(doc, rel.other);
  if (rel.pair.copyTextHash && rel.pair.copyTextHash === doc.memo('copies/textHash', () => hashText(doc.text))) {
    return { changes: rel.pair.changes, drift: rel.pair.drift ?? [] };
  }
  return { drift: [] };
}

/** Where a document-level finding sits: the first line of article text (the headline, usually). */
export function headlineRange(doc: DocumentText): Range {
  const first = articleLines(doc)[0]?.line ?? doc.lines.findIndex((l) => l.trim() !== '');
  return doc.lineRange(Math.max(0, first));
}

export const fileName = (p: string) => p.split('/').pop() || p;

const KIND_WORD: Record<CopyKind, string> = { exact: 'Exact', near: 'Near', partial: 'Partial', spun: 'Spun' };

const DESCRIPTIONS: Record<CopyKind, string> = {
  exact: 'The article text is the same as another document’s (page chrome aside).',
  near: 'The article text is a lightly edited copy of another document.',
  partial: 'The article text is contained in a longer document.',
  spun: 'The article text is a reworded ("spun") copy of another document: most sentences align, with many word substitutions.',
};

const ZERO: Range = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };

function copyRule(kind: CopyKind): Rule {
  return {
    id: `copies/${kind}-copy`,
    category: 'copies',
    defaultSeverity: 'information',
    description: DESCRIPTIONS[kind],
    check(doc: DocumentText, ctx: RuleContext): RuleFinding[] {
      const range = headlineRange(doc);
      const text = doc.textOf(range);
      return copyRelations(doc, ctx)
        .filter((r) => r.pair.kind === kind)
        .slice(0, MAX_COPY_FINDINGS)
        .map((rel): RuleFinding => {
          const { pair, otherPath, otherIsOriginal } = rel;
          const summary = kind === 'exact' ? 'same article text' : changesOf(doc, rel).changes;
          const of = otherIsOriginal ? `of ${fileName(otherPath)}` : `of ${fileName(otherPath)} (which one is the original is undecided)`;
          return {
            message: `${KIND_WORD[kind]} copy ${of} (similarity ${pair.similarity.toFixed(2)})${summary ? `: ${summary}` : ''}`,
            range,
            text,
            data: {
              ...(otherIsOriginal ? { originalPath: otherPath } : {}),
              otherPath,
              copyKind: kind,
              similarity: pair.similarity,
              reasons: pair.reasons ?? [],
            },
            related: [
              {
                path: otherPath,
                range: rel.other ? headlineRange(rel.other) : ZERO,
                message: otherIsOriginal ? `Original${pair.reasons?.length ? ` (${pair.reasons.join('; ')})` : ''}` : 'The other copy',
              },
            ],
          };
        });
    },
  };
}

export const exactCopyRule = copyRule('exact');
export const nearCopyRule = copyRule('near');
export const partialCopyRule = copyRule('partial');
export const spunCopyRule = copyRule('spun');
