import { DocumentText } from '../../core/text/documentText';
import { readInputSync } from '../inputs';
import { line } from '../formats/jsonl';
import { TOOL_NAME, TOOL_VERSION } from '../version';
import { factsPartOf } from '../pool/facts';
import type { SignatureRecord } from '../pool/copies';
import type { Command, CommandContext } from './command';
import { selectFiles } from './check';
import { parseShard } from './shard';

export const SIGNATURES_FORMAT = 'corpus-review-signatures';

/**
 * Map step for the corpus facts: per document, the MinHash band keys (and signature) the copy finder
 * groups by, and the hashes of its lines (template-line counts). One JSON object per line:
 *   {"record":"header","format":"corpus-review-signatures","version":1,"tool":{…},"shard":…}
 *   {"record":"signature","index":n,"path":"…","exact":"…","keys":["w0:…","s3:…","p:…",…],"lines":["…",…]}
 *   {"record":"summary","documents":n,"skipped":n}
 */
export const signaturesCommand: Command = {
  name: 'signatures',
  synopsis: 'signatures [paths…] [--shard i/n]',
  options: ['shard'],
  async run({ values, args, io }: CommandContext): Promise<number> {
    const shard = parseShard(values.shard as string | undefined);
    const { files, positions } = await selectFiles(args, shard);
    io.out.write(line({ record: 'header', format: SIGNATURES_FORMAT, version: 1, tool: { name: TOOL_NAME, version: TOOL_VERSION }, shard: shard ?? null }));
    let documents = 0;
    let skipped = 0;
    for (let i = 0; i < files.length; i++) {
      const r = readInputSync(files[i]);
      if (!('text' in r)) {
        skipped++;
        io.err.write(`${TOOL_NAME}: ${r.path}: ${r.reason}\n`);
        continue;
      }
      const doc = new DocumentText(r.text, r.path);
      const part = factsPartOf(doc);
      const rec: SignatureRecord = { record: 'signature', index: positions[i], path: r.path, exact: part.signature.exact, keys: part.signature.keys, lines: part.lines };
      io.out.write(line(rec));
      documents++;
    }
    io.out.write(line({ record: 'summary', documents, skipped }));
    return 0;
  },
};
