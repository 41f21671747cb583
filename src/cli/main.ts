import { parseArgs } from 'node:util';
import { InputError } from './inputs';
import { ALL_OPTIONS, COMMANDS, UsageError } from './commands';
import { startPoolWorkerIfRequested } from './pool/worker';
import { setCacheProfile } from '../core/cacheProfile';
import { TOOL_NAME, TOOL_VERSION } from './version';

const USAGE = `Usage: ${TOOL_NAME} check [paths…] [--format text|json|sarif|jsonl] [--fail-on error|warning|information|hint|none]
       ${TOOL_NAME} <command> … (see Commands)

Analyse corpus documents (.txt and .md; folders are walked) for boilerplate, unattributed claims,
entities and copies.

Commands:
${COMMANDS.map((c) => `  ${TOOL_NAME} ${c.synopsis}`).join('\n')}

Options:
  --format <f>     text (default), json, sarif (SARIF 2.1.0 for code-scanning tools), or jsonl
                   (one JSON object per line, streamed: header, documents, entities, copies, summary)
  --fail-on <s>    exit 1 when a finding at or above this severity exists (default: error)
  --shard i/n      only the documents in shard i of n (a stable hash of the path): a map step
  --facts FILE     corpus facts from \`cluster --facts-out\` (sharded runs then match a single run)
  --workers N      worker threads (default: one per core when there are many files; 1 = none)
  --time-budget T  per-document time budget in ms, or none (default 2000; none makes results
                   independent of machine load, as equality checks across runs need)
  --entities FILE  user entities (added names, types, aliases, not-entities); .corpus-review/entities.json
                   in the current folder and in each input's workspace root is read too
  --timings        (check) print the time of each phase and the peak memory to stderr at the end
  --facts-out FILE (cluster) write the corpus facts for \`check --facts\`
  -h, --help       show this help
  -v, --version    show the version

Exit codes: 0 nothing at or above --fail-on, 1 findings at or above it, 2 usage or input error.`;

/** Where the CLI writes; tests pass in-memory sinks. */
export interface CliIO {
  /** `written` is called once the chunk has been written (its buffer may then be reused). */
  out: {
    /** False (as a Node stream says) when the chunk was queued because the reader is behind. */
    write(chunk: string | Uint8Array, written?: () => void): unknown;
    /** 'drain': the queued output has been written (process.stdout). */
    once?(event: 'drain', listener: () => void): unknown;
  };
  err: { write(chunk: string): unknown };
}

export async function run(argv: string[], io: CliIO = { out: process.stdout, err: process.stderr }): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, allowPositionals: true, options: ALL_OPTIONS });
  } catch (e) {
    io.err.write(`${TOOL_NAME}: ${(e as Error).message}\n${USAGE}\n`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.version) {
    io.out.write(`${TOOL_VERSION}\n`);
    return 0;
  }
  if (values.help) {
    io.out.write(`${USAGE}\n`);
    return 0;
  }
  try {
    const [name, ...args] = positionals;
    const command = COMMANDS.find((c) => c.name === name);
    if (!command) throw new UsageError(name ? `unknown command '${name}'` : 'missing command');
    for (const option of Object.keys(values)) {
      if (option !== 'help' && option !== 'version' && !command.options.includes(option)) {
        throw new UsageError(`option --${option} does not apply to '${command.name}'`);
      }
    }
    return await command.run({ values, args, io });
  } catch (e) {
    if (e instanceof UsageError) {
      io.err.write(`${TOOL_NAME}: ${e.message}\n${USAGE}\n`);
      return 2;
    }
    if (e instanceof InputError) {
      io.err.write(`${TOOL_NAME}: ${e.message}\n`);
      return 2;
    }
    io.err.write(`${TOOL_NAME}: internal error: ${(e as Error).stack ?? e}\n`);
    return 2;
  }
}

if (!startPoolWorkerIfRequested() && require.main === module) {
  // Each document is read once: the core's caches only need what repeats across documents.
  setCacheProfile('batch');
  // A reader that stops early (`corpus-review check --format jsonl … | head`) is not an error.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw e;
  });
  run(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
