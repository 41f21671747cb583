import { hashText } from '../../core/text/hash';
import { UsageError } from './command';

/** `--shard i/n`: this process handles shard i (0-based) of n. */
export interface Shard {
  index: number;
  count: number;
}

export function parseShard(value: string | undefined): Shard | undefined {
  if (value === undefined) return undefined;
  const m = /^(\d+)\/(\d+)$/.exec(value.trim());
  if (!m) throw new UsageError(`--shard expects i/n (for example 0/4), got '${value}'`);
  const index = Number(m[1]);
  const count = Number(m[2]);
  if (count < 1 || index >= count) throw new UsageError(`--shard ${value}: need 0 ≤ i < n`);
  return { index, count };
}

/**
 * The shard a document belongs to: a hash of its reported path (forward slashes, as reached from the
 * argument), so every shard process, on any machine, agrees without coordination as long as they are
 * given the same arguments. FNV-style hash from the core, first 32 bits.
 */
export function shardOf(reportPath: string, count: number): number {
  return parseInt(hashText(reportPath).slice(0, 8), 16) % count;
}
