import { promises as fs } from 'node:fs';
import { InputError } from '../inputs';
import { isSharedFacts, type SharedFacts } from '../pool/facts';

/** Read corpus facts written by `corpus-review cluster --facts-out` (input errors exit 2). */
export async function readFactsFile(file: string): Promise<SharedFacts> {
  let text: string;
  try {
    text = await fs.readFile(file, 'utf8');
  } catch (e) {
    throw new InputError(`cannot read facts file '${file}': ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new InputError(`facts file '${file}' is not JSON`);
  }
  if (!isSharedFacts(parsed)) throw new InputError(`'${file}' is not a corpus-review facts file (version 1)`);
  return parsed;
}

/** Write atomically: a half-written facts file must never be read by a map task. */
export async function writeFactsFile(file: string, facts: SharedFacts): Promise<void> {
  const tmp = `${file}.${process.pid}.tmp`;
  await fs.writeFile(tmp, JSON.stringify(facts));
  await fs.rename(tmp, file);
}
