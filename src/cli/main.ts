import { parseArgs } from 'node:util';
import { analyzeCorpus, SEVERITIES, type Severity } from '../core';
import { InputError, listInputFiles, readInput, type InputDocument } from './inputs';
import { FORMATTERS } from './formats';
import { TOOL_NAME, TOOL_VERSION } from './version';

const USAGE = `Usage: ${TOOL_NAME} check [paths…] [--format text|json|sarif] [--fail-on error|warning|information|hint|none]

Analyse corpus documents (.txt and .md; folders are walked) for boilerplate, unattributed claims,
entities and copies.

Options:
  --format <f>     text (default), json, or sarif (SARIF 2.1.0 for code-scanning tools)
  --fail-on <s>    exit 1 when a finding at or above this severity exists (default: error)
  -h, --help       show this help
  -v, --version    show the version

Exit codes: 0 nothing at or above --fail-on, 1 findings at or above it, 2 usage or input error.`;

class UsageError extends Error {}

function severityRank(s: Severity): number {
  return SEVERITIES.indexOf(s);
}

/** Where the CLI writes; tests pass in-memory sinks. */
export interface CliIO {
  out: { write(chunk: string): unknown };
  err: { write(chunk: string): unknown };
}

export async function run(argv: string[], io: CliIO = { out: process.stdout, err: process.stderr }): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        format: { type: 'string', default: 'text' },
        'fail-on': { type: 'string', default: 'error' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
      },
    });
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
    const [command, ...paths] = positionals;
    if (command !== 'check') throw new UsageError(command ? `unknown command '${command}'` : 'missing command');
    const format = FORMATTERS[values.format!];
    if (!format) throw new UsageError(`unknown format '${values.format}' (expected: ${Object.keys(FORMATTERS).join(', ')})`);
    const failOn = values['fail-on']!;
    if (failOn !== 'none' && !SEVERITIES.includes(failOn as Severity)) {
      throw new UsageError(`unknown severity '${failOn}' for --fail-on (expected: ${SEVERITIES.join(', ')}, none)`);
    }
    const files = await listInputFiles(paths.length ? paths : ['.']);
    const docs: InputDocument[] = [];
    for (const file of files) {
      const r = await readInput(file);
      if ('text' in r) docs.push(r);
      else io.err.write(`${TOOL_NAME}: ${r.path}: ${r.reason}\n`);
    }
    const report = analyzeCorpus(docs);
    report.documents.forEach((d, i) => d.notices.unshift(...docs[i].notices));
    io.out.write(format(report));
    if (failOn === 'none') return 0;
    const threshold = severityRank(failOn as Severity);
    const failing = report.documents.some((d) => d.findings.some((f) => severityRank(f.severity) <= threshold));
    return failing ? 1 : 0;
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

if (require.main === module) {
  run(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
