import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { InputError } from '../inputs';

/** Every JSON record in these JSON Lines files ('-' = stdin), in file order; blank lines skipped. */
export async function* readJsonlRecords(files: string[], stdin: NodeJS.ReadableStream = process.stdin): AsyncGenerator<Record<string, unknown>> {
  for (const file of files.length ? files : ['-']) {
    let input: NodeJS.ReadableStream = stdin;
    if (file !== '-') {
      const stream = createReadStream(file);
      await new Promise<void>((resolve, reject) => {
        stream.once('open', () => resolve());
        stream.once('error', (e: NodeJS.ErrnoException) => reject(new InputError(`cannot read '${file}': ${e.code ?? e.message}`)));
      });
      input = stream;
    }
    let n = 0;
    for await (const text of createInterface({ input, crlfDelay: Infinity })) {
      n++;
      if (!text.trim()) continue;
      let record: unknown;
      try {
        record = JSON.parse(text);
      } catch {
        throw new InputError(`${file}:${n}: not a JSON line`);
      }
      if (!record || typeof record !== 'object' || Array.isArray(record)) throw new InputError(`${file}:${n}: expected a JSON object`);
      yield record as Record<string, unknown>;
    }
  }
}
