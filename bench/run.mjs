// `npm run bench`: install the peers (bench-only devDependencies) when missing, bundle bench/main.ts with
// esbuild like the product, then run it. Extra arguments and BENCH_* variables pass through (see main.ts).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

const bench = path.dirname(fileURLToPath(import.meta.url));
if (!existsSync(path.join(bench, 'node_modules', 'textlint'))) {
  console.log('Installing the benchmark peers (bench/package.json)…');
  const r = spawnSync('npm', ['ci', '--prefix', bench, '--no-audit', '--no-fund'], { stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
}
await esbuild.build({
  entryPoints: [path.join(bench, 'main.ts')],
  outfile: path.join(bench, 'out', 'bench.cjs'),
  bundle: true,
  platform: 'node',
  target: 'node20',
  supported: { 'regexp-unicode-property-escapes': true }, // as in esbuild.mjs
  format: 'cjs',
  sourcemap: true,
  logLevel: 'warning',
  // Peers are loaded at run time from bench/node_modules; the product code is bundled as in dist/.
  external: ['textlint', 'compromise', 'vscode'],
});
const r = spawnSync(process.execPath, ['--max-old-space-size=4096', path.join(bench, 'out', 'bench.cjs'), ...process.argv.slice(2)], { stdio: 'inherit' });
process.exit(r.status ?? 1);
