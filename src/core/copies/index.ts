import type { DocumentText } from '../text/documentText';
import type { CopyPair } from '../types';
import { addDocumentKeys, KeyTable } from './signature';
import { candidatePairsOfKeys, confirmPairs, decidePairs, rankPairs } from './cluster';

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
 * pipeline, so both give the same pairs: the signature keys are grouped by the hashes `candidatePairs`
 * takes of their strings, without writing the strings.
 */
export function findCopies(docs: DocumentText[]): CopyPair[] {
  const keys = new KeyTable();
  docs.forEach((d, i) => addDocumentKeys(keys, d, i));
  const load = (i: number) => docs[i];
  return decidePairs(rankPairs(confirmPairs(candidatePairsOfKeys(keys, docs.length), load)), load);
}
