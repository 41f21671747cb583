import { buildEntityIndex } from '../../core/entities';
import type { CorpusDocumentReport, CorpusReport } from '../../core';
import { FORMATTERS } from '../formats';
import { formatJsonl, reportFromRecord, type DocumentRecord } from '../formats/jsonl';
import { InputError } from '../inputs';
import { UsageError, type Command, type CommandContext } from './command';
import { exitCodeFor, JSONL, parseFailOn, withUserEntities } from './check';
import { readFactsFile } from './factsFile';
import { readJsonlRecords } from './jsonlInput';

/**
 * The final reduce of a sharded run: documents from every shard's `check --shard i/n --format jsonl
 * --facts F` output, put back in input order, with the corpus-level entity index rebuilt and the copies
 * from the facts file. Prints the same report a single `check` over all inputs prints.
 */
export const mergeCommand: Command = {
  name: 'merge',
  synopsis: 'merge [shard.jsonl…|-] --facts FILE [--format jsonl|json|text|sarif] [--fail-on <severity>|none] [--entities FILE]',
  options: ['facts', 'format', 'fail-on', 'entities'],
  async run({ values, args, io }: CommandContext): Promise<number> {
    const formatName = String(values.format ?? JSONL);
    const format = formatName === JSONL ? null : FORMATTERS[formatName];
    if (format === undefined) throw new UsageError(`unknown format '${formatName}'`);
    const failOn = parseFailOn(String(values['fail-on'] ?? 'error'));
    if (!values.facts) throw new UsageError('merge needs --facts FILE (from `cluster --facts-out`)');
    const facts = await readFactsFile(String(values.facts));
    // The shards' documents were recognised with the user's entities; the index needs their types and roles too.
    const options = await withUserEntities({}, [], values, io);
    const docs: { index: number; report: CorpusDocumentReport }[] = [];
    const seen = new Set<string>();
    for await (const r of readJsonlRecords(args)) {
      if (r.record !== 'document') continue;
      const rec = r as unknown as DocumentRecord;
      if (typeof rec.path !== 'string' || typeof rec.index !== 'number') throw new InputError('document record without path or index');
      if (seen.has(rec.path)) throw new InputError(`document '${rec.path}' appears in more than one shard output`);
      seen.add(rec.path);
      docs.push({ index: rec.index, report: reportFromRecord(rec) });
    }
    docs.sort((a, b) => a.index - b.index);
    const documents = docs.map((d) => d.report);
    const report: CorpusReport = { documents, entities: buildEntityIndex(documents, options), copies: facts.copies };
    io.out.write(format ? format(report) : formatJsonl(report, docs.map((d) => d.index)));
    return exitCodeFor(report, failOn);
  },
};
