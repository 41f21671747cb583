import { SEVERITIES, type AnalysisOptions, type CorpusReport, type Severity } from '../../core';
import { listInputFiles, type InputOptions } from '../inputs';
import { FORMATTERS } from '../formats';
import { corpusRecords, documentRecord, headerRecord, line, summaryRecord } from '../formats/jsonl';
import { analyzeFiles } from '../pool/analyzeFiles';
import { UsageError, type Command, type CommandContext, type OptionValues } from './command';
import { readFactsFile } from './factsFile';
import { parseShard, shardOf, type Shard } from './shard';
import { loadUserEntities } from '../userEntities';

export const JSONL = 'jsonl';

export function parseFailOn(value: string): Severity | 'none' {
  if (value !== 'none' && !SEVERITIES.includes(value as Severity)) {
    throw new UsageError(`unknown severity '${value}' for --fail-on (expected: ${SEVERITIES.join(', ')}, none)`);
  }
  return value as Severity | 'none';
}

export function exitCodeFor(report: CorpusReport, failOn: Severity | 'none'): number {
  if (failOn === 'none') return 0;
  const threshold = SEVERITIES.indexOf(failOn);
  return report.documents.some((d) => d.findings.some((f) => SEVERITIES.indexOf(f.severity) <= threshold)) ? 1 : 0;
}

export function parseWorkers(value: OptionValues['workers']): number | undefined {
  if (value === undefined || value === 'auto') return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new UsageError(`--workers expects a whole number ≥ 1 or 'auto', got '${value}'`);
  return n;
}

/** The input files (folders walked), and for `--shard i/n` only this shard's, with their input positions. */
export async function selectFiles(paths: string[], shard: Shard | undefined, options?: InputOptions): Promise<{ files: string[]; positions: number[] }> {
  const all = await listInputFiles(paths.length ? paths : ['.'], options);
  const files: string[] = [];
  const positions: number[] = [];
  all.forEach((f, i) => {
    if (shard && shardOf(f.split('\\').join('/'), shard.count) !== shard.index) return;
    files.push(f);
    positions.push(i);
  });
  return { files, positions };
}

/** `--time-budget <ms>|none`: per-document time budget (none = results never depend on machine load). */
export function parseTimeBudget(value: OptionValues['time-budget']): AnalysisOptions {
  if (value === undefined) return {};
  if (value === 'none') return { timeBudgetMs: Infinity };
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0) throw new UsageError(`--time-budget expects milliseconds > 0 or 'none', got '${value}'`);
  return { timeBudgetMs: n };
}

/** The user's entities (`.corpus-review/entities.json` near the inputs and here, `--entities FILE`) into `options`; problems to stderr. */
export async function withUserEntities(options: AnalysisOptions, inputs: string[], values: OptionValues, io: CommandContext['io']): Promise<AnalysisOptions> {
  const explicit = values.entities === undefined ? undefined : String(values.entities);
  const loaded = await loadUserEntities(inputs, explicit, process.cwd());
  for (const p of loaded.problems) io.err.write(`corpus-review: ${p}\n`);
  return loaded.entities ? { ...options, entities: loaded.entities } : options;
}

export const checkCommand: Command = {
  name: 'check',
  synopsis: 'check [paths…] [--format text|json|sarif|jsonl] [--fail-on <severity>|none] [--shard i/n] [--facts FILE] [--workers N|auto] [--time-budget ms|none] [--entities FILE]',
  options: ['format', 'fail-on', 'shard', 'facts', 'workers', 'time-budget', 'entities'],
  async run({ values, args, io }: CommandContext): Promise<number> {
    const formatName = String(values.format ?? 'text');
    const format = FORMATTERS[formatName];
    if (!format && formatName !== JSONL) {
      throw new UsageError(`unknown format '${formatName}' (expected: ${[...Object.keys(FORMATTERS), JSONL].join(', ')})`);
    }
    const failOn = parseFailOn(String(values['fail-on'] ?? 'error'));
    const shard = parseShard(values.shard as string | undefined);
    const workers = parseWorkers(values.workers);
    const options = await withUserEntities(parseTimeBudget(values['time-budget']), args.length ? args : ['.'], values, io);
    const facts = values.facts ? await readFactsFile(String(values.facts)) : undefined;
    const { files, positions } = await selectFiles(args, shard);

    let skipped = 0;
    const onSkip = (path: string, reason: string) => {
      skipped++;
      io.err.write(`corpus-review: ${path}: ${reason}\n`);
    };
    if (formatName !== JSONL) {
      const report = await analyzeFiles(files, { workers, facts, onSkip, options });
      io.out.write(format(report));
      return exitCodeFor(report, failOn);
    }

    // JSON Lines: stream each document as soon as it (and all before it) are done.
    const partial = !!shard;
    io.out.write(line(headerRecord(shard)));
    const kept = new Map<string, number>();
    files.forEach((f, i) => kept.set(f.split('\\').join('/'), positions[i]));
    const report = await analyzeFiles(files, {
      workers,
      facts,
      onSkip,
      options,
      onDocument: (doc) => io.out.write(line(documentRecord(doc, kept.get(doc.path) ?? -1))),
    });
    if (!partial) for (const r of corpusRecords(report)) io.out.write(line(r));
    io.out.write(line(summaryRecord(report, skipped, partial)));
    return exitCodeFor(report, failOn);
  },
};
