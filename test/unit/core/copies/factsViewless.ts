import { copiesByPath } from '../../../../src/core/corpus';
import type { CorpusFacts } from '../../../../src/core/rules/rule';
import type { CopyPair } from '../../../../src/core/types';

/** Corpus facts as a worker or shard sees them: the pairs (through JSON), but no other document's model. */
export function FactsViewless(copies: CopyPair[]): CorpusFacts {
  const pairs = JSON.parse(JSON.stringify(copies)) as CopyPair[];
  return { documentCount: 0, copiesByPath: copiesByPath(pairs) };
}
