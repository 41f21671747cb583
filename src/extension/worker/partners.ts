import { readFileSync, statSync } from 'node:fs';
import { DocumentText } from '../../core';
import { decodeBytes } from '../../core/text/decode';
import { lruGetOrLoad } from '../../core/text/lru';

/** Partner models kept per thread: an original is shared by all its copies, and clusters are small. */
export const PARTNER_CACHE_SIZE = 64;

/**
 * The models of copy partners (`CorpusFacts.copyModels`), read again from disk when a copy rule asks for
 * one, instead of every model in a copy pair staying alive for the whole session. It is read as the pass
 * read it (same decoding, same size limit), so the copy rules see the same text as long as the file did
 * not change; a file that changed since gives the rule its current text, which is what the user sees.
 * Only `get` is used by the rules (`copyRelations`); the Map base stays empty.
 */
export class PartnerModels extends Map<string, DocumentText> {
  private readonly cache = new Map<string, DocumentText | undefined>();

  constructor(
    /** Report path (as in copy pairs) → file to read. */
    private readonly files: ReadonlyMap<string, string>,
    private readonly maxFileSize: number,
  ) {
    super();
  }

  override get(path: string): DocumentText | undefined {
    return lruGetOrLoad(this.cache, path, PARTNER_CACHE_SIZE, (p) => {
      const file = this.files.get(p);
      return file === undefined ? undefined : loadModel(p, file, this.maxFileSize);
    });
  }

  /** Forget a cached model whose file changed. */
  invalidate(path: string): void {
    this.cache.delete(path);
  }

  override has(path: string): boolean {
    return this.files.has(path);
  }
}

function loadModel(path: string, file: string, maxFileSize: number): DocumentText | undefined {
  try {
    if (statSync(file).size > maxFileSize) return undefined;
    const decoded = decodeBytes(readFileSync(file));
    return decoded.binary ? undefined : new DocumentText(decoded.text, path);
  } catch {
    return undefined;
  }
}
