import type { DocumentText } from '../../text/documentText';
import type { Rule, RuleContext, RuleFinding } from '../rule';
import { DRIFT_LABELS, type DriftKind } from '../../copies/drift';
import { changesOf, copyRelations, fileName } from './copyOf';

export const meaningDriftRule: Rule = {
  id: 'copies/meaning-drift',
  category: 'copies',
  defaultSeverity: 'hint',
  description:
    'A sentence of a copy changes what its original sentence says: certainty, negation, numbers, names, attribution, loaded words or a place made vague.',
  check(doc: DocumentText, ctx: RuleContext): RuleFinding[] {
    const out: RuleFinding[] = [];
    // Direction matters: drift is only reported against a document judged the original.
    for (const rel of copyRelations(doc, ctx)) {
      for (const s of changesOf(doc, rel).drift) {
        out.push({
          message:
            `Meaning drift from ${fileName(rel.otherPath)}: ` +
            s.drifts.map((d) => `${d.message} (${DRIFT_LABELS[d.kind as DriftKind] ?? d.kind})`).join('; '),
          range: s.copy,
          text: doc.textOf(s.copy),
          data: { originalPath: rel.otherPath, drifts: s.drifts, driftKinds: [...new Set(s.drifts.map((d) => d.kind))] },
          related: [{ path: rel.otherPath, range: s.original, message: `Original sentence: ${s.originalText}` }],
        });
      }
    }
    return out;
  },
};
