import { buildEntityIndex } from '../../core/entities';
import { SEVERITIES } from '../../core';
import { STREAM_FORMATS } from '../formats';
import { reportFromRecord, type DocumentRecord } from '../formats/jsonl';
import { InputError } from '../inputs';
import { analysedDocument, type AnalysedDocument } from '../pool/worker';
import { unpackEntityInput } from '../pool/entityInputs';
import { UsageError, type Command, type CommandContext } from './command';
import { exitCodeForSeverity, JSONL, parseFailOn, withUserEntities } from './check';
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
    const format = STREAM_FORMATS[formatName];
    if (!format) throw new UsageError(`unknown format '${formatName}'`);
    const failOn = parseFailOn(String(values['fail-on'] ?? 'error'));
    if (!values.facts) throw new UsageError('merge needs --facts FILE (from `cluster --facts-out`)');
    const facts = await readFactsFile(String(values.facts));
    // The shards' documents were recognised with the user's entities; the index needs their types and roles too.
    const options = await withUserEntities({}, [], values, io);
    // Each document is rendered as it is read and only its text, counts and packed entity-index input are
    // kept (not the report objects, ~2.5 times the size of its JSON); the output is written piece by piece,
    // so a report larger than the longest string V8 allows (~0.5 GB) is still written.
    const docs: { index: number; document: AnalysedDocument }[] = [];
    const seen = new Set<string>();
    for await (const r of readJsonlRecords(args)) {
      if (r.record !== 'document') continue;
      const rec = r as unknown as DocumentRecord;
      if (typeof rec.path !== 'string' || typeof rec.index !== 'number') throw new InputError('document record without path or index');
      if (seen.has(rec.path)) throw new InputError(`document '${rec.path}' appears in more than one shard output`);
      seen.add(rec.path);
      docs.push({ index: rec.index, document: analysedDocument(reportFromRecord(rec), rec.index, formatName) });
    }
    docs.sort((a, b) => a.index - b.index);
    const entities = buildEntityIndex(docs.map((d) => unpackEntityInput(d.document.entities)), options);
    const output = format.open((chunk) => io.out.write(chunk));
    let findings = 0;
    let worst = SEVERITIES.length;
    for (const { document } of docs) {
      output.document(document.output);
      findings += document.findings;
      worst = Math.min(worst, document.worst);
    }
    output.finish({ entities, copies: facts.copies, documents: docs.length, findings, skipped: 0, partial: false });
    return exitCodeForSeverity(worst, failOn);
  },
};
