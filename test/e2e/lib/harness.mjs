// Step runner for the real-workbench suite: named steps, timings, a screenshot on every failure, and a
// summary whose last line is "N passed, N failed". A failing step ends its spec (later steps of that
// spec are reported as skipped, since they build on it); the next spec starts from a reset workbench.
import fs from 'node:fs';
import path from 'node:path';

export class SpecAborted extends Error {}

export class Harness {
  constructor({ shotsDir }) {
    this.shotsDir = shotsDir;
    this.results = [];
    this.page = undefined;
    this.started = Date.now();
  }

  /** Runs one step; on failure records it, takes a FAILED-… screenshot and aborts the current spec. */
  async step(name, fn) {
    const t0 = Date.now();
    try {
      const value = await fn();
      const ms = Date.now() - t0;
      this.results.push({ name, status: 'passed', ms });
      console.log(`  ok    ${name} (${ms} ms)`);
      return value;
    } catch (error) {
      const ms = Date.now() - t0;
      const message = String(error?.message ?? error).split('\n').slice(0, 6).join('\n        ');
      this.results.push({ name, status: 'failed', ms, error: message });
      console.log(`  FAIL  ${name} (${ms} ms)\n        ${message}`);
      await this.screenshot(`FAILED-${slug(name)}`).catch(() => {});
      throw new SpecAborted(name);
    }
  }

  skip(name, why) {
    this.results.push({ name, status: 'skipped', ms: 0, error: why });
    console.log(`  skip  ${name} (${why})`);
  }

  async screenshot(name, options = {}) {
    if (!this.page) return undefined;
    fs.mkdirSync(this.shotsDir, { recursive: true });
    const file = path.join(this.shotsDir, `${name}.png`);
    await this.page.screenshot({ path: file, animations: 'disabled', ...options });
    return file;
  }

  get failed() {
    return this.results.filter((r) => r.status === 'failed').length;
  }
  get passed() {
    return this.results.filter((r) => r.status === 'passed').length;
  }
  get skipped() {
    return this.results.filter((r) => r.status === 'skipped').length;
  }
}

export function expect(condition, message) {
  if (!condition) throw new Error(`expected ${message}`);
}

export function expectEqual(actual, wanted, what) {
  const a = JSON.stringify(actual);
  const w = JSON.stringify(wanted);
  if (a !== w) throw new Error(`expected ${what} to be ${w}, got ${a}`);
}

/** Polls `fn` until it returns a truthy value (returned) or the time runs out. */
export async function waitUntil(fn, what, timeoutMs = 20_000, everyMs = 100) {
  const end = Date.now() + timeoutMs;
  let last;
  for (;;) {
    try {
      last = await fn();
      if (last) return last;
    } catch (e) {
      last = e;
    }
    if (Date.now() > end) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}${last instanceof Error ? `: ${last.message}` : ''}`);
    await new Promise((r) => setTimeout(r, everyMs));
  }
}

export const slug = (s) => s.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '').toLowerCase();
