// A Dask scheduler and workers as separate processes on 127.0.0.1, for the distributed test and the
// benchmark. Each process is started in its own process group and the whole group is killed on stop(),
// on a timeout, or when this process exits, so nothing is left running.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';

/** A Python that can import Dask distributed (Debian's python3-distributed lives in /usr/bin/python3). */
export function findDaskPython(): string | undefined {
  for (const py of ['/usr/bin/python3', 'python3']) {
    const r = spawnSync(py, ['-c', 'import distributed'], { stdio: 'ignore' });
    if (r.status === 0) return py;
  }
  return undefined;
}

/** Install Debian's python3-distributed when missing and we are root (CI); returns the Python or undefined. */
export function ensureDask(log: (s: string) => void = () => {}): string | undefined {
  let py = findDaskPython();
  if (py) return py;
  if (process.getuid?.() === 0 && existsSync('/usr/bin/apt-get')) {
    log('installing python3-distributed with apt-get…');
    spawnSync('apt-get', ['update', '-qq'], { stdio: 'ignore' });
    spawnSync('apt-get', ['install', '-y', '-qq', 'python3-distributed'], { stdio: 'ignore', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
    py = findDaskPython();
  }
  return py;
}

export interface LocalCluster {
  schedulerFile: string;
  address: string;
  python: string;
  stop(): void;
}

export interface LocalClusterOptions {
  workers?: number;
  /** Threads per worker (each task runs one CLI process). */
  threads?: number;
  /** Kill everything after this long, whatever happens. */
  maxSeconds?: number;
  log?: (s: string) => void;
}

const live = new Set<ChildProcess>();
function killGroup(p: ChildProcess): void {
  if (p.pid && p.exitCode === null && p.signalCode === null) {
    try {
      process.kill(-p.pid, 'SIGTERM');
    } catch {
      /* already gone */
    }
    setTimeout(() => {
      try {
        process.kill(-p.pid!, 'SIGKILL');
      } catch {
        /* gone */
      }
    }, 2000).unref();
  }
  live.delete(p);
}
process.on('exit', () => {
  for (const p of live) {
    try {
      process.kill(-p.pid!, 'SIGKILL');
    } catch {
      /* gone */
    }
  }
});

export async function startLocalCluster(python: string, o: LocalClusterOptions = {}): Promise<LocalCluster> {
  const log = o.log ?? (() => {});
  const dir = mkdtempSync(path.join(tmpdir(), 'cr-dask-'));
  const schedulerFile = path.join(dir, 'scheduler.json');
  const procs: ChildProcess[] = [];
  const start = (args: string[], name: string) => {
    // `python -m distributed.cli.…` is what the `dask scheduler` / `dask worker` commands run.
    const p = spawn(python, args, { detached: true, stdio: ['ignore', 'ignore', 'pipe'], cwd: dir });
    let tail = '';
    p.stderr!.on('data', (d) => (tail = (tail + d).slice(-4000)));
    p.on('exit', (code) => {
      live.delete(p);
      if (code && code !== 0 && !stopped) log(`${name} exited ${code}: ${tail}`);
    });
    live.add(p);
    procs.push(p);
    return p;
  };
  let stopped = false;
  const stop = () => {
    if (stopped) return;
    stopped = true;
    clearTimeout(guard);
    for (const p of procs.reverse()) killGroup(p);
    rmSync(dir, { recursive: true, force: true });
  };
  const guard = setTimeout(() => {
    log(`local Dask cluster stopped after ${o.maxSeconds ?? 900} s`);
    stop();
  }, (o.maxSeconds ?? 900) * 1000);
  guard.unref();

  start(['-m', 'distributed.cli.dask_scheduler', '--host', '127.0.0.1', '--port', '0', '--no-dashboard', '--no-show', '--scheduler-file', schedulerFile], 'dask scheduler');
  const deadline = Date.now() + 60_000;
  while (!existsSync(schedulerFile)) {
    if (Date.now() > deadline) {
      stop();
      throw new Error('dask scheduler did not start within 60 s');
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  await new Promise((r) => setTimeout(r, 200));
  const address = JSON.parse(readFileSync(schedulerFile, 'utf8')).address as string;
  for (let i = 0; i < (o.workers ?? 2); i++) {
    start(
      ['-m', 'distributed.cli.dask_worker', address, '--host', '127.0.0.1', '--nworkers', '1', '--nthreads', String(o.threads ?? 1), '--no-dashboard', '--memory-limit', '2GB', '--name', `w${i}`, '--local-directory', dir],
      `dask worker ${i}`,
    );
  }
  log(`Dask scheduler at ${address} with ${o.workers ?? 2} workers`);
  return { schedulerFile, address, python, stop };
}
