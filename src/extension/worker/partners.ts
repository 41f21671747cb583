import { readFileSync, statSync } from 'node:fs';
import { DocumentText } from '../../core';
import { decodeBytes } from '../../core/text/decode';

/**
 * A copy partner's model, read again from disk when a copy rule (or the copies reduce) asks for it,
 * instead of every model in a copy pair staying alive for the session. It is read as the pass read it
 * (same decoding, same size limit), so the copy rules see the same text as long as the file did not
 * change; a file that changed since gives its current text, which is what the user sees. The facts view
 * (`FactsView`, shared with the CLI's pool) keeps the last few hundred in an LRU per thread.
 */
export function loadModel(path: string, file: string, maxFileSize: number): DocumentText | undefined {
  try {
    if (statSync(file).size > maxFileSize) return undefined;
    const decoded = decodeBytes(readFileSync(file));
    return decoded.binary ? undefined : new DocumentText(decoded.text, path);
  } catch {
    return undefined;
  }
}
