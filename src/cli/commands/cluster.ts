import { InputError } from '../inputs';
import { line } from '../formats/jsonl';
import { FactsReducer } from '../pool/facts';
import { clusterRecords, corpusCopiesFromSignatures, type SignatureRecord } from '../pool/copies';
import type { Command, CommandContext } from './command';
import { writeFactsFile } from './factsFile';
import { readJsonlRecords } from './jsonlInput';

/**
 * Reduce step: reads every shard's `signatures` output (files or stdin), finds the copies exactly as a
 * single-process run does, and prints them as JSON Lines:
 *   {"record":"cluster","id":n,"documents":["…",…],"original":"…"|null}   groups of copies of one text
 *   {"record":"copy", …the JSON contract's copies[] entry…}
 *   {"record":"summary","documents":n,"clusters":n,"copies":n}
 * With `--facts-out FILE` it also writes the corpus facts (template-line counts, copies) that
 * `check --facts FILE --shard i/n` needs for its findings to equal a single run's.
 */
export const clusterCommand: Command = {
  name: 'cluster',
  synopsis: 'cluster [signatures.jsonl…|-] [--facts-out FILE]',
  options: ['facts-out'],
  async run({ values, args, io }: CommandContext): Promise<number> {
    const reducer = new FactsReducer();
    const records: SignatureRecord[] = [];
    const seen = new Set<string>();
    for await (const r of readJsonlRecords(args)) {
      if (r.record !== 'signature') continue;
      const rec = r as unknown as SignatureRecord;
      if (typeof rec.path !== 'string' || typeof rec.index !== 'number' || !Array.isArray(rec.lines) || !Array.isArray(rec.keys)) throw new InputError('signature record without path, index or lines');
      if (seen.has(rec.path)) throw new InputError(`document '${rec.path}' appears in more than one signatures output`);
      seen.add(rec.path);
      records.push(rec);
    }
    // Input order, as a single run sees the documents (copy decisions may depend on it).
    records.sort((a, b) => a.index - b.index);
    for (const rec of records) reducer.add({ lines: rec.lines });
    const copies = corpusCopiesFromSignatures(records);
    const facts = reducer.finish(copies);
    if (values['facts-out']) await writeFactsFile(String(values['facts-out']), facts);
    const clusters = clusterRecords(copies);
    for (const c of clusters) io.out.write(line(c));
    for (const c of copies) io.out.write(line({ record: 'copy', ...c }));
    io.out.write(line({ record: 'summary', documents: records.length, clusters: clusters.length, copies: copies.length }));
    return 0;
  },
};
