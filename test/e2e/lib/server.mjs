// One throwaway code-server per run: isolated HOME/XDG dirs, user data, extensions dir and a copy of the
// sample workspace; the .vsix installed the way users install it; stopped by process group; logs kept.
import fs from 'node:fs';
import net from 'node:net';
import http from 'node:http';
import path from 'node:path';
import { spawn, spawnSync } from 'node:child_process';
import { waitUntil } from './harness.mjs';

/** Quiet, deterministic user settings for the workbench under test. */
const USER_SETTINGS = {
  'workbench.startupEditor': 'none', // no Welcome tab
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'workbench.colorTheme': 'Default Light Modern', // screenshots for the README
  'workbench.reduceMotion': 'on', // menus and hovers appear at once, never half-faded in a screenshot
  'workbench.layoutControl.enabled': false,
  'window.commandCenter': false,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'files.autoSave': 'off', // the web workbench defaults to afterDelay, which would hide dirty state
  'git.enabled': false,
  'security.workspace.trust.enabled': false,
  'remote.autoForwardPorts': false, // else "Your application running on port … is available" toasts
  'editor.hover.delay': 300,
  'editor.minimap.enabled': false,
  'editor.wordWrap': 'on', // corpus paragraphs are one long line each
  'diffEditor.renderSideBySide': true,
  'diffEditor.useInlineViewWhenSpaceIsLimited': false,
  'chat.commandCenter.enabled': false,
  'chat.disableAIFeatures': true,
};

const STALE_RUN_MS = 6 * 3600_000; // a run dir this old belongs to a run that was killed

export function createSandbox(runsDir, workspaceSource) {
  fs.mkdirSync(runsDir, { recursive: true });
  for (const d of fs.readdirSync(runsDir)) {
    const p = path.join(runsDir, d);
    if (d.startsWith('run-') && Date.now() - fs.statSync(p).mtimeMs > STALE_RUN_MS) fs.rmSync(p, { recursive: true, force: true });
  }
  const root = fs.mkdtempSync(path.join(runsDir, 'run-'));
  const dirs = {
    root,
    home: path.join(root, 'home'),
    userData: path.join(root, 'user-data'),
    extensions: path.join(root, 'extensions'),
    workspace: path.join(root, 'workspace'),
  };
  for (const d of Object.values(dirs)) fs.mkdirSync(d, { recursive: true });
  fs.cpSync(workspaceSource, dirs.workspace, { recursive: true });
  fs.mkdirSync(path.join(dirs.userData, 'User'), { recursive: true });
  fs.writeFileSync(path.join(dirs.userData, 'User', 'settings.json'), JSON.stringify(USER_SETTINGS, null, 2));
  // code-server writes ~/.config/code-server and ~/.local/share on every call, VS Code ~/.cache, Chromium
  // ~/.config/chromium: all of it goes into the sandbox, never the real home.
  const env = {
    ...process.env,
    HOME: dirs.home,
    XDG_CONFIG_HOME: path.join(dirs.home, '.config'),
    XDG_DATA_HOME: path.join(dirs.home, '.local', 'share'),
    XDG_CACHE_HOME: path.join(dirs.home, '.cache'),
  };
  delete env.VSCODE_IPC_HOOK_CLI;
  return { dirs, env };
}

export function installVsix(entry, sandbox, vsix) {
  const { dirs, env } = sandbox;
  const r = spawnSync(
    process.execPath,
    [entry, '--user-data-dir', dirs.userData, '--extensions-dir', dirs.extensions, '--install-extension', vsix],
    { env, encoding: 'utf8', timeout: 60_000 },
  );
  if (r.status !== 0 || !/successfully installed/.test(r.stdout)) {
    throw new Error(`--install-extension ${path.basename(vsix)} failed (exit ${r.status}): ${(r.stdout + r.stderr).trim()}`);
  }
  return r.stdout.trim();
}

export function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

function httpStatus(url) {
  return new Promise((resolve) => {
    const req = http.get(url, { agent: false }, (res) => {
      res.resume();
      resolve(res.statusCode);
    });
    req.on('error', () => resolve(0));
    req.setTimeout(1000, () => {
      req.destroy();
      resolve(0);
    });
  });
}

export class CodeServer {
  constructor(entry, sandbox, logFile) {
    this.entry = entry;
    this.sandbox = sandbox;
    this.logFile = logFile;
    this.proc = undefined;
    this.port = 0;
  }

  async start() {
    const { dirs, env } = this.sandbox;
    this.port = await freePort();
    const log = fs.openSync(this.logFile, 'a');
    this.proc = spawn(
      process.execPath,
      [
        this.entry,
        '--auth', 'none',
        '--bind-addr', `127.0.0.1:${this.port}`,
        '--disable-telemetry',
        '--disable-update-check',
        '--disable-workspace-trust',
        '--disable-getting-started-override',
        '--user-data-dir', dirs.userData,
        '--extensions-dir', dirs.extensions,
        dirs.workspace,
      ],
      // Own process group, so stop() reaches the extension host, pty host and file watcher too.
      { env, stdio: ['ignore', log, log], detached: true },
    );
    fs.closeSync(log);
    const exited = new Promise((resolve) => this.proc.once('exit', resolve));
    await Promise.race([
      waitUntil(async () => (await httpStatus(`http://127.0.0.1:${this.port}/healthz`)) === 200, 'code-server /healthz', 30_000),
      exited.then((code) => {
        throw new Error(`code-server exited with ${code} before it was ready; see ${this.logFile}`);
      }),
    ]);
  }

  url(folder) {
    return `http://127.0.0.1:${this.port}/?folder=${encodeURIComponent(folder)}`;
  }

  async stop() {
    const p = this.proc;
    if (!p || p.exitCode !== null || p.signalCode !== null) return;
    const gone = new Promise((resolve) => p.once('exit', resolve));
    try {
      process.kill(-p.pid, 'SIGTERM');
    } catch {
      return;
    }
    const timer = new Promise((resolve) => setTimeout(() => resolve('timeout'), 5000));
    if ((await Promise.race([gone, timer])) === 'timeout') {
      try {
        process.kill(-p.pid, 'SIGKILL');
      } catch {
        /* already gone */
      }
    }
  }
}

/** Every file under `dir`, relative paths. */
export function listFiles(dir) {
  const out = [];
  const walk = (d) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else out.push(path.relative(dir, p));
    }
  };
  if (fs.existsSync(dir)) walk(dir);
  return out;
}

/** Text of the newest `<user-data>/logs/<session>/<rel>` file, or '' when it does not exist (yet). */
export function readLog(userData, ...rel) {
  const root = path.join(userData, 'logs');
  if (!fs.existsSync(root)) return '';
  for (const session of fs.readdirSync(root).sort().reverse()) {
    const p = path.join(root, session, ...rel);
    if (fs.existsSync(p)) return fs.readFileSync(p, 'utf8');
  }
  return '';
}

/** All files named `name` under the logs dir (every session and extension host), newest session first. */
export function findLogs(userData, name) {
  const root = path.join(userData, 'logs');
  return listFiles(root)
    .filter((f) => path.basename(f) === name)
    .sort()
    .reverse()
    .map((f) => path.join(root, f));
}
