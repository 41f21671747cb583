import { SEVERITIES, type AnalysisOptions, type Severity } from '../../core';
import { listInputFiles, type InputOptions } from '../inputs';
import { STREAM_FORMATS } from '../formats';
import { streamFiles, type RunPhase } from '../pool/analyzeFiles';
import { SpareBuffers } from '../pool/spareBuffers';
import type { OutputChunk } from '../formats/stream';
import { UsageError, type Command, type CommandContext, type OptionValues } from './command';
import { readFactsFile } from './factsFile';
import { parseShard, shardOf, type Shard } from './shard';
import { loadUserEntities } from '../userEntities';

export const JSONL = 'jsonl';

/** `--timings`: wall time per phase of the run and the process's peak memory, for sizing large runs. */
export class PhaseTimings {
  private readonly start = performance.now();
  private readonly phases: [RunPhase | 'start', number][] = [['start', this.start]];

  readonly onProgress = (phase: RunPhase): void => {
    if (this.phases[this.phases.length - 1][0] !== phase) this.phases.push([phase, performance.now()]);
  };

  report(documents: number): string {
    const end = performance.now();
    const seconds = (from: number, to: number) => `${((to - from) / 1000).toFixed(2)} s`;
    const parts = this.phases.map(([name, at], i) => `${name} ${seconds(at, this.phases[i + 1]?.[1] ?? end)}`);
    return `timings: ${parts.join(', ')}; ${documents} documents in ${seconds(this.start, end)}; peak RSS ${Math.round(process.resourceUsage().maxRSS / 1024)} MB`;
  }
}

export function parseFailOn(value: string): Severity | 'none' {
  if (value !== 'none' && !SEVERITIES.includes(value as Severity)) {
    throw new UsageError(`unknown severity '${value}' for --fail-on (expected: ${SEVERITIES.join(', ')}, none)`);
  }
  return value as Severity | 'none';
}

/** 1 when the most severe finding (its index in SEVERITIES) is at or above `failOn`. */
export function exitCodeForSeverity(worst: number, failOn: Severity | 'none'): number {
  return failOn !== 'none' && worst <= SEVERITIES.indexOf(failOn) ? 1 : 0;
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
  synopsis: 'check [paths…] [--format text|json|sarif|jsonl] [--fail-on <severity>|none] [--shard i/n] [--facts FILE] [--workers N|auto] [--time-budget ms|none] [--entities FILE] [--timings]',
  options: ['format', 'fail-on', 'shard', 'facts', 'workers', 'time-budget', 'entities', 'timings'],
  async run({ values, args, io }: CommandContext): Promise<number> {
    const formatName = String(values.format ?? 'text');
    const format = STREAM_FORMATS[formatName];
    if (!format) throw new UsageError(`unknown format '${formatName}' (expected: ${Object.keys(STREAM_FORMATS).join(', ')})`);
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
    // Every format is streamed: each document is written as soon as it and all before it are done, and
    // only counts, copies and the entity index are kept for the end (a 10k-document report held as
    // objects was ~630 MB of this process's heap).
    const timings = values.timings ? new PhaseTimings() : undefined;
    // Bytes from the workers go back to them once written (SpareBuffers). When the reader is behind (a
    // slow pipe: the write is queued), no new analysis starts until the output drains.
    const spare = new SpareBuffers();
    let behind: Promise<void> | undefined;
    const write = (chunk: OutputChunk) => {
      const written = typeof chunk === 'string' ? io.out.write(chunk) : io.out.write(chunk, () => spare.give(chunk.buffer as ArrayBuffer));
      if (written === false && !behind && io.out.once) {
        behind = new Promise((drained) =>
          io.out.once!('drain', () => {
            behind = undefined;
            drained();
          }),
        );
      }
    };
    const output = format.open(write, shard);
    const summary = await streamFiles(files, { workers, facts, onSkip, options, positions, output: formatName, spare, outputBehind: () => behind, onDocument: (d) => output.document(d.output), onProgress: timings?.onProgress });
    output.finish({ entities: summary.entities, copies: summary.copies, documents: summary.documents, findings: summary.findings, skipped, partial: !!shard });
    if (timings) io.err.write(`corpus-review: ${timings.report(summary.documents)}\n`);
    return exitCodeForSeverity(summary.worst, failOn);
  },
};
