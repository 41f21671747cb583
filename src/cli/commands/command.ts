/** Where a command writes: stdout for results, stderr for messages. */
export interface CommandIo {
  out: { write(chunk: string | Uint8Array, written?: () => void): unknown; once?(event: 'drain', listener: () => void): unknown };
  err: { write(chunk: string): unknown };
}

/** Option values as parsed by `node:util` parseArgs (every command's options are parsed together). */
export type OptionValues = Record<string, string | boolean | undefined>;

export interface CommandContext {
  values: OptionValues;
  /** Positional arguments after the command name. */
  args: string[];
  io: CommandIo;
}

/** One `corpus-review <name>` command. */
export interface Command {
  name: string;
  /** One line for the usage text. */
  synopsis: string;
  /** Long option names this command accepts (besides --help/--version). */
  options: readonly string[];
  run(ctx: CommandContext): Promise<number>;
}

/** A mistake in the command line: exit 2 with the message and the usage text. */
export class UsageError extends Error {}
