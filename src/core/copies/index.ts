import type { DocumentText } from '../text/documentText';
import type { CopyPair } from '../types';
import { documentSignature } from './signature';
import { clusterFromSignatures } from './cluster';

export { documentSignature, type DocumentSignature } from './signature';
export {
  clusterFromSignatures,
  candidatePairs,
  confirmPairs,
  rankPairs,
  decidePairs,
  copyClusters,
  type CopyCluster,
  type ConfirmedPair,
  type RankedPair,
} from './cluster';
export { compareWithOriginal, summariseChanges, matchPair, copyProfile, profilesRuleOut, type CopyComparison, type CopyProfile } from './compare';
export { alignSentences, type Alignment, type AlignedUnit } from './align';
export { classifyDrift, DRIFT_LABELS, type Drift, type DriftKind } from './drift';
export { alignedTexts, driftReportMarkdown } from './report';

/**
 * Copy pairs among the documents: exact, near, partial and spun copies, each with the document judged
 * original and why. Single-process form of the map (`documentSignature`) + reduce (`clusterFromSignatures`)
 * pipeline, so both give the same pairs.
 */
export function findCopies(docs: DocumentText[]): CopyPair[] {
  const signatures = docs.map((d, i) => documentSignature(d, d.path || String(i)));
  return clusterFromSignatures(signatures, (i) => docs[i]);
}
