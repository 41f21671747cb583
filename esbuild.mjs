// Bundles the extension (cjs, `vscode` external) and the CLI (node script with a shebang).
// Type-checking is separate: `npm run typecheck` (tsc --noEmit).
import * as esbuild from 'esbuild';

const watch = process.argv.includes('--watch');
const production = process.argv.includes('--production');

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  // esbuild does not trust node20 with every Unicode property name, so it rewrites each /\p{…}/u literal
  // as new RegExp(…), which is compiled again on every call when the literal sits in a function. Node 20
  // (and the extension host) supports the properties we use, so keep them literals.
  supported: { 'regexp-unicode-property-escapes': true },
  format: 'cjs',
  sourcemap: !production,
  minify: production,
  legalComments: 'none',
  logLevel: 'info',
};

const builds = [
  { ...common, entryPoints: { extension: 'src/extension/extension.ts' }, outdir: 'dist', external: ['vscode'] },
  // Indexing runs on a worker thread (src/extension/worker): its own bundle, loaded by path at runtime.
  { ...common, entryPoints: { indexWorker: 'src/extension/worker/indexWorker.ts' }, outdir: 'dist' },
  { ...common, entryPoints: { cli: 'src/cli/main.ts' }, outdir: 'dist', banner: { js: '#!/usr/bin/env node' } },
];

if (watch) {
  for (const b of builds) await (await esbuild.context(b)).watch();
} else {
  await Promise.all(builds.map((b) => esbuild.build(b)));
}
