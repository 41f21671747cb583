#!/usr/bin/env node
// `npm run test:vscode`: the API-level integration suite (mocha inside the extension host).
//  1. Desktop VS Code through @vscode/test-electron, wherever VS Code can be downloaded. Where it cannot
//     (no network, as on our CI machines), this says so and goes on.
//  2. code-server's remote extension host: the web workbench is opened with a `payload` naming our
//     extensionDevelopmentPath and extensionTestsPath, so the same suite runs in CI. The suite writes its
//     results to a file because a browser tab has no exit code.
// Exit 0 only when every suite that could run passed; last line "N passed, N failed".
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';
import { chromium } from 'playwright-core';
import { CodeServer, createSandbox, findLogs } from '../e2e/lib/server.mjs';
import { waitUntil } from '../e2e/lib/harness.mjs';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(HERE, '..', '..');
const OUT = path.join(HERE, 'out');
const SUITE = path.join(OUT, 'suite.js');
const WORKSPACE = path.join(ROOT, 'test', 'fixtures', 'sample-corpus');
const CODE_SERVER_ENTRY = path.join(ROOT, 'test', 'e2e', '.vscode-e2e', 'node_modules', 'code-server', 'out', 'node', 'entry.js');
const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';

let passed = 0;
let failed = 0;

function tally(results, where) {
  for (const o of results.outcomes) {
    console.log(`${o.state === 'passed' ? 'ok  ' : 'FAIL'} [${where}] ${o.title}`);
    if (o.state === 'passed') passed++;
    else {
      failed++;
      console.log(`     ${o.error.split('\n').slice(0, 4).join('\n     ')}`);
    }
  }
}

async function buildSuite() {
  fs.mkdirSync(OUT, { recursive: true });
  await esbuild.build({
    entryPoints: [path.join(HERE, 'suite', 'index.ts')],
    outfile: SUITE,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    external: ['vscode', 'mocha'],
    logLevel: 'warning',
  });
  if (!fs.existsSync(path.join(ROOT, 'dist', 'extension.js'))) throw new Error('dist/extension.js is missing: run `npm run build` first');
}

async function runDesktop() {
  const { runTests } = await import('@vscode/test-electron');
  const sandbox = createSandbox(path.join(HERE, 'runs'), WORKSPACE);
  const results = path.join(sandbox.dirs.root, 'results.json');
  try {
    await runTests({
      extensionDevelopmentPath: ROOT,
      extensionTestsPath: SUITE,
      launchArgs: [sandbox.dirs.workspace, '--disable-extensions', `--user-data-dir=${sandbox.dirs.userData}`],
      extensionTestsEnv: { CORPUS_REVIEW_TEST_RESULTS: results },
      timeout: 60_000,
    });
  } catch (e) {
    if (!fs.existsSync(results)) {
      console.log(`desktop VS Code: skipped — it cannot be downloaded or started here (${String(e?.message ?? e).split('\n')[0]})`);
      return;
    }
  }
  tally(JSON.parse(fs.readFileSync(results, 'utf8')), 'desktop');
}

async function runCodeServer() {
  if (!fs.existsSync(CODE_SERVER_ENTRY)) throw new Error('code-server is not installed: run `bash test/e2e/setup.sh` first');
  const sandbox = createSandbox(path.join(HERE, 'runs'), WORKSPACE);
  const results = path.join(sandbox.dirs.root, 'results.json');
  sandbox.env.CORPUS_REVIEW_TEST_RESULTS = results;
  const server = new CodeServer(CODE_SERVER_ENTRY, sandbox, path.join(sandbox.dirs.root, 'code-server.log'));
  let browser;
  try {
    await server.start();
    const authority = `127.0.0.1:${server.port}`;
    const remote = (p) => `vscode-remote://${authority}${p}`;
    const payload = JSON.stringify([
      ['extensionDevelopmentPath', remote(ROOT)],
      ['extensionTestsPath', remote(SUITE)],
    ]);
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      env: sandbox.env,
      args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    });
    const page = await (await browser.newContext({ viewport: { width: 1280, height: 800 } })).newPage();
    await page.goto(`${server.url(sandbox.dirs.workspace)}&payload=${encodeURIComponent(payload)}`);
    await waitUntil(() => fs.existsSync(results), 'the extension-host suite to write its results', 120_000, 250);
    tally(JSON.parse(fs.readFileSync(results, 'utf8')), 'code-server');
  } catch (e) {
    failed++;
    console.log(`FAIL [code-server] ${e.message}`);
    for (const f of findLogs(sandbox.dirs.userData, 'remoteexthost.log')) console.log(`--- ${f}\n${fs.readFileSync(f, 'utf8').slice(-4000)}`);
  } finally {
    await browser?.close().catch(() => {});
    await server.stop();
  }
}

await buildSuite();
await runDesktop().catch((e) => console.log(`desktop VS Code: skipped (${e.message})`));
await runCodeServer();
console.log(`${passed} passed, ${failed} failed`);
process.exitCode = failed || !passed ? 1 : 0;
