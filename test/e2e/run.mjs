#!/usr/bin/env node
// Real-workbench end-to-end suite: installs the packaged .vsix into a throwaway code-server (= VS Code
// 1.100.3 server + web workbench), opens a copy of the sample corpus in Debian's Chromium through
// playwright-core, and drives the UI the way a reviewer does.
//
//   npm run test:e2e                      # setup (idempotent) + package + this driver
//   node test/e2e/run.mjs [--keep] [--update-screenshots] [--only <spec,spec…>] [--break-activation]
//
// --break-activation makes the installed extension throw in activate(): the run must then fail and print
// the extension-host log with that error (a check of the harness itself).
//
// Env: E2E_VSIX (default corpus-review.vsix), CHROMIUM (default /usr/bin/chromium), HEADED=1,
//      E2E_EXTRA_SPEC=<file.mjs> runs one more spec (handy while writing one),
//      E2E_PENDING=1 also runs the specs of features that are not in the product yet.
// Artifacts in test/e2e/out/: screenshots/, vscode-logs/ (the workbench's logs), browser-console.log,
// code-server.log, results.json. Exit 0 only when every step passed; last line "N passed, N failed".
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { Harness, SpecAborted } from './lib/harness.mjs';
import { CodeServer, createSandbox, findLogs, installVsix, listFiles, readLog } from './lib/server.mjs';
import { Workbench } from './lib/workbench.mjs';
import { specs } from './specs/index.mjs';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(HERE, '..', '..');
const OUT = path.join(HERE, 'out');
const SHOTS = path.join(OUT, 'screenshots');
const RUNS = path.join(HERE, 'runs');
const README_SHOTS = path.join(ROOT, 'media', 'screenshots');
const ENTRY = path.join(HERE, '.vscode-e2e', 'node_modules', 'code-server', 'out', 'node', 'entry.js');
const VSIX = path.resolve(ROOT, process.env.E2E_VSIX || 'corpus-review.vsix');
const WORKSPACE_SOURCE = path.join(ROOT, 'test', 'fixtures', 'sample-corpus');
const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';
const DEFAULT_WAIT_MS = 20_000;

const argv = process.argv.slice(2);
const KEEP = argv.includes('--keep');
const UPDATE_SHOTS = argv.includes('--update-screenshots');
const ONLY = argv.includes('--only') ? argv[argv.indexOf('--only') + 1] : undefined;
const PENDING = process.env.E2E_PENDING === '1';
const BREAK_ACTIVATION = argv.includes('--break-activation');

const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
const EXTENSION_ID = `${manifest.publisher}.${manifest.name}`;
const LOG_CHANNEL_FILE = 'Corpus Review.log';

function preflight() {
  if (!fs.existsSync(ENTRY)) {
    console.error(`e2e: code-server is not installed (${path.relative(ROOT, ENTRY)}); run: bash test/e2e/setup.sh`);
    process.exit(1);
  }
  if (!fs.existsSync(VSIX)) {
    console.error(`e2e: ${path.relative(ROOT, VSIX)} not found; run: npm run package`);
    process.exit(1);
  }
  const built = path.join(ROOT, 'dist', 'extension.js');
  // An explicit E2E_VSIX is taken as is (it may be a build of another checkout), and so is the package
  // `npm run test:e2e` has just built (--just-packaged: a rebuild of dist/ by someone else in the same
  // working tree a second later must not fail the run).
  if (!process.env.E2E_VSIX && !argv.includes('--just-packaged') && fs.existsSync(built) && fs.statSync(built).mtimeMs > fs.statSync(VSIX).mtimeMs + 1000) {
    console.error(`e2e: ${path.relative(ROOT, VSIX)} is older than dist/extension.js; run: npm run package`);
    process.exit(1);
  }
}

async function main() {
  preflight();
  fs.rmSync(OUT, { recursive: true, force: true });
  fs.mkdirSync(SHOTS, { recursive: true });
  const h = new Harness({ shotsDir: SHOTS });
  const sandbox = createSandbox(RUNS, WORKSPACE_SOURCE);
  const { dirs, env } = sandbox;
  const server = new CodeServer(ENTRY, sandbox, path.join(OUT, 'code-server.log'));
  const consoleLines = [];
  let browser;

  const stopAll = async () => {
    if (browser) await browser.close().catch(() => {});
    browser = undefined;
    await server.stop();
  };
  const onSignal = (sig) => {
    void stopAll().finally(() => process.exit(sig === 'SIGINT' ? 130 : 143));
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  // Last resort (crash, closed stdout): never leave a code-server process group behind.
  process.on('exit', () => {
    if (server.proc?.exitCode === null && server.proc.signalCode === null) {
      try {
        process.kill(-server.proc.pid, 'SIGKILL');
      } catch {
        /* already gone */
      }
    }
  });
  process.stdout.on('error', () => {});

  console.log(`e2e: ${EXTENSION_ID} ${manifest.version} from ${path.relative(ROOT, VSIX)}; run dir ${path.relative(ROOT, dirs.root)}`);
  let ready = false;
  try {
    console.log('start');
    await h.step('install the .vsix with --install-extension into a fresh extensions dir', async () => {
      installVsix(ENTRY, sandbox, VSIX);
      const installed = fs.readdirSync(dirs.extensions).filter((d) => d.startsWith(`${EXTENSION_ID}-`));
      if (installed.length !== 1) throw new Error(`extensions dir holds ${JSON.stringify(fs.readdirSync(dirs.extensions))}`);
      const files = listFiles(path.join(dirs.extensions, installed[0]));
      // Every file the installed manifest points at (main, icon, grammars, walkthrough pages, schemas…).
      const shippedManifest = JSON.parse(fs.readFileSync(path.join(dirs.extensions, installed[0], 'package.json'), 'utf8'));
      const wanted = manifestFiles(shippedManifest);
      const missing = wanted.filter((f) => !files.includes(f));
      // "l10n": "./l10n" names a folder of bundle.l10n.<locale>.json files.
      const l10n = shippedManifest.l10n?.replace(/^\.\//, '').replace(/\/$/, '');
      if (l10n && !files.some((f) => f.startsWith(`${l10n}/`))) missing.push(`${l10n}/ (l10n bundles)`);
      if (missing.length) throw new Error(`the .vsix lacks files package.json refers to: ${missing.join(', ')} (see .vscodeignore)`);
      // What users get: the bundle, no TypeScript sources, tests, node_modules or source maps.
      const unwanted = files.filter((f) => !wanted.includes(f) && /^(src|test|node_modules)\/|\.map$|\.ts$/.test(f));
      if (unwanted.length) throw new Error(`the .vsix ships files it should not: ${unwanted.slice(0, 8).join(', ')}`);
      if (BREAK_ACTIVATION) {
        const main = path.join(dirs.extensions, installed[0], 'dist', 'extension.js');
        const code = fs.readFileSync(main, 'utf8').replace(/function activate\(([^)]*)\) \{/, (m) => `${m} throw new Error('e2e --break-activation: activate() fails on purpose');`);
        if (!code.includes('fails on purpose')) throw new Error('--break-activation: no activate() found in dist/extension.js');
        fs.writeFileSync(main, code);
      }
    });
    await h.step('start code-server on a free port', () => server.start());
    const page = await h.step('launch Chromium and open the sample workspace', async () => {
      browser = await chromium.launch({
        executablePath: CHROMIUM,
        headless: !process.env.HEADED,
        env,
        args: [
          '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking',
          '--disable-component-update', '--disable-sync', '--no-first-run', '--no-default-browser-check',
        ],
      });
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1 });
      const p = await context.newPage();
      p.setDefaultTimeout(DEFAULT_WAIT_MS);
      // Registered before goto: the extension host's console output is forwarded here.
      p.on('console', (m) => consoleLines.push(`${new Date().toISOString()} [${m.type()}] ${m.text().replace(/%c/g, '')}`));
      p.on('pageerror', (e) => consoleLines.push(`${new Date().toISOString()} [pageerror] ${e.message}`));
      h.page = p;
      await p.goto(server.url(dirs.workspace));
      await p.locator('.monaco-workbench').waitFor();
      await p.locator('.explorer-folders-view [role=treeitem][aria-label="seeds"]').waitFor();
      // A side bar wide enough for the Corpus view's descriptions in the screenshots.
      await new Workbench(p).setSideBarWidth(390);
      return p;
    });
    ready = true;

    const wb = new Workbench(page);
    const ctx = {
      h, wb, page, dirs, consoleLines, extensionId: EXTENSION_ID,
      workspaceFile: (rel) => path.join(dirs.workspace, rel),
      readWorkspaceFile: (rel) => fs.readFileSync(path.join(dirs.workspace, rel), 'utf8'),
      extensionLog: () => readLog(dirs.userData, 'exthost1', EXTENSION_ID, LOG_CHANNEL_FILE),
      extHostLog: () => readLog(dirs.userData, 'exthost1', 'remoteexthost.log'),
      /** Developer: Reload Window, then wait until the workbench and the explorer are back. */
      async reloadWindow() {
        await wb.runCommand('Developer: Reload Window');
        await page.waitForEvent('load', { timeout: DEFAULT_WAIT_MS }).catch(() => {});
        await page.locator('.monaco-workbench .part.statusbar').waitFor();
        // The reloaded window restores whichever side bar view was open; wait for the remote connection.
        await page.locator('[id="status.problems"]').waitFor();
      },
    };

    // E2E_EXTRA_SPEC=<file.mjs>: one more spec after the listed ones (for writing and debugging specs).
    const extra = process.env.E2E_EXTRA_SPEC ? [(await import(path.resolve(process.env.E2E_EXTRA_SPEC))).default] : [];
    let critical = false;
    for (const spec of [...specs, ...extra]) {
      if (ONLY && !spec.always && !ONLY.split(',').includes(spec.id)) continue;
      console.log(`${spec.id}: ${spec.title}${spec.issue ? ` (issue ${spec.issue})` : ''}`);
      if (critical) {
        h.skip(spec.title, 'the extension did not come up; see the logs above');
        continue;
      }
      if (spec.pending && !PENDING) {
        console.log(`  (left out: ${spec.pending}; E2E_PENDING=1 runs it)`);
        continue;
      }
      try {
        await spec.run(ctx);
      } catch (e) {
        if (!(e instanceof SpecAborted)) {
          // A bug in the spec itself, not a failed expectation: still a failure, with its stack.
          h.results.push({ name: `${spec.title}: unexpected error`, status: 'failed', ms: 0, error: String(e?.stack ?? e) });
          console.log(`  FAIL  unexpected error: ${e?.stack ?? e}`);
        }
        if (spec.critical) critical = true;
      }
      if (!critical) await resetWorkbench(h, wb);
    }
  } catch (e) {
    if (!(e instanceof SpecAborted)) {
      h.results.push({ name: 'driver', status: 'failed', ms: 0, error: String(e?.stack ?? e) });
      console.log(`FAIL driver: ${e?.stack ?? e}`);
    }
  } finally {
    await stopAll();
    report({ h, dirs, consoleLines, ready });
    if (!KEEP) fs.rmSync(dirs.root, { recursive: true, force: true });
    else console.log(`kept ${dirs.root}`);
  }
  const total = ((Date.now() - h.started) / 1000).toFixed(1);
  if (UPDATE_SHOTS) updateReadmeScreenshots(h);
  console.log(`e2e: ${total} s; artifacts in ${path.relative(ROOT, OUT)}${h.skipped ? `; ${h.skipped} skipped` : ''}`);
  console.log(`${h.passed} passed, ${h.failed} failed`);
  // Exit explicitly: playwright's transport can hold the event loop open for seconds after close().
  process.exit(h.failed || !h.passed ? 1 : 0);
}

/** Relative file paths named in the manifest's main, icon and contributes (http URLs and globs left out). */
function manifestFiles(m) {
  const out = new Set([m.main, m.icon].filter(Boolean));
  const walk = (v, key) => {
    if (typeof v === 'string') {
      if (['path', 'markdown', 'image', 'icon', 'configuration', 'url', 'svg', 'light', 'dark', 'media'].includes(key)
        && /^(\.\/)?[\w.-]+(\/[\w.-]+)+\.\w+$/.test(v) && !/^https?:/.test(v)) out.add(v);
    } else if (Array.isArray(v)) v.forEach((x) => walk(x, key));
    else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) walk(x, k);
  };
  walk(m.contributes ?? {}, '');
  return [...out].map((f) => f.replace(/^\.\//, ''));
}

/** Leaves no menu, dialog or unsaved editor behind for the next spec. */
async function resetWorkbench(h, wb) {
  try {
    for (let i = 0; i < 3; i++) await wb.page.keyboard.press('Escape');
    const dialog = await wb.takeErrorDialog();
    if (dialog) console.log(`  (dismissed a dialog: ${dialog.replace(/\s+/g, ' ').slice(0, 200)})`);
    await wb.closeAllEditorsDiscarding();
    await wb.clearProblemsFilter();
  } catch (e) {
    h.results.push({ name: 'reset the workbench between specs', status: 'failed', ms: 0, error: String(e?.message ?? e) });
    console.log(`  FAIL  reset the workbench between specs: ${e?.message ?? e}`);
  }
}

function report({ h, dirs, consoleLines, ready }) {
  const logsRoot = path.join(dirs.userData, 'logs');
  if (fs.existsSync(logsRoot)) fs.cpSync(logsRoot, path.join(OUT, 'vscode-logs'), { recursive: true });
  fs.writeFileSync(path.join(OUT, 'browser-console.log'), consoleLines.join('\n') + '\n');
  fs.writeFileSync(
    path.join(OUT, 'results.json'),
    JSON.stringify({ extension: EXTENSION_ID, totalMs: Date.now() - h.started, results: h.results }, null, 2) + '\n',
  );
  if (!h.failed) return;
  // A failure report must carry what the extension host saw: activation errors, thrown commands,
  // the extension's own log channel, and what it printed to the console.
  const tail = (text, n) => text.split('\n').filter(Boolean).slice(-n).join('\n');
  const show = (title, text) => console.log(`---- ${title} ----\n${text || '(empty or missing)'}\n`);
  console.log(`\n==== extension-host logs (all copied to ${path.relative(ROOT, path.join(OUT, 'vscode-logs'))}) ====`);
  const exthost = findLogs(dirs.userData, 'remoteexthost.log');
  show(`remoteexthost.log, last 40 lines (${exthost[0] ? path.relative(logsRoot, exthost[0]) : 'not written'})`, exthost[0] ? tail(fs.readFileSync(exthost[0], 'utf8'), 40) : '');
  const channel = findLogs(dirs.userData, LOG_CHANNEL_FILE);
  show(`"Corpus Review" log channel, last 40 lines`, channel[0] ? tail(fs.readFileSync(channel[0], 'utf8'), 40) : '');
  const agent = findLogs(dirs.userData, 'remoteagent.log');
  const agentProblems = agent[0] ? fs.readFileSync(agent[0], 'utf8').split('\n').filter((l) => /error|not compatible|warn/i.test(l)) : [];
  if (agentProblems.length) show('remoteagent.log errors and warnings', agentProblems.slice(-20).join('\n'));
  const fromHost = consoleLines.filter((l) => /Extension Host|corpus|Corpus/.test(l) && /error|fail|warn|corpus/i.test(l));
  if (fromHost.length) show('browser console (extension host lines)', fromHost.slice(-20).join('\n'));
  const serverLog = path.join(OUT, 'code-server.log');
  if (!ready && fs.existsSync(serverLog)) show('code-server.log', tail(fs.readFileSync(serverLog, 'utf8'), 30));
}

/** Copies the README screenshots (readme-*.png) of a fully passing run into media/screenshots/. */
function updateReadmeScreenshots(h) {
  if (h.failed) {
    console.log('e2e: --update-screenshots ignored: the run had failures');
    return;
  }
  fs.mkdirSync(README_SHOTS, { recursive: true });
  for (const f of fs.readdirSync(SHOTS).filter((f) => f.startsWith('readme-'))) {
    fs.copyFileSync(path.join(SHOTS, f), path.join(README_SHOTS, f.replace(/^readme-/, '')));
    console.log(`e2e: updated media/screenshots/${f.replace(/^readme-/, '')}`);
  }
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});

