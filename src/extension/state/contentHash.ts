import { hashText } from '../../core/text/hash';

/**
 * Hash of a document's content for "changed since reviewed". Line endings are folded first so that a
 * CRLF↔LF conversion (git autocrlf, another editor) does not count as a change; the decoder already
 * drops a byte order mark.
 */
export function contentHash(text: string): string {
  return hashText(text.replace(/\r\n?/g, '\n'));
}
