import type { Command } from './command';
import { checkCommand } from './check';
import { signaturesCommand } from './signatures';
import { clusterCommand } from './cluster';
import { mergeCommand } from './merge';

/** Every `corpus-review <command>`; `check` is the everyday one, the others are map/reduce steps. */
export const COMMANDS: readonly Command[] = [checkCommand, signaturesCommand, clusterCommand, mergeCommand];

/** Long options of all commands, for one parse of the command line (options may come before the command). */
export const ALL_OPTIONS = {
  format: { type: 'string' },
  'fail-on': { type: 'string' },
  shard: { type: 'string' },
  facts: { type: 'string' },
  'facts-out': { type: 'string' },
  workers: { type: 'string' },
  'time-budget': { type: 'string' },
  entities: { type: 'string' },
  timings: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
} as const;

export { UsageError, type Command, type CommandIo } from './command';
