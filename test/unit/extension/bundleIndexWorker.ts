import * as path from 'node:path';
import { build } from 'esbuild';

/** Bundle the worker entry as esbuild.mjs does for dist/indexWorker.js, to run it on a real worker thread. */
export async function bundleIndexWorker(dir: string): Promise<string> {
  const script = path.join(dir, 'indexWorker.js');
  await build({
    entryPoints: [path.resolve(__dirname, '../../../src/extension/worker/indexWorker.ts')],
    outfile: script,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    supported: { 'regexp-unicode-property-escapes': true },
    logLevel: 'silent',
  });
  return script;
}
