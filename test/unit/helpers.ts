import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { DocumentText } from '../../src/core/text/documentText';
import type { Rule } from '../../src/core/rules/rule';
import type { Severity } from '../../src/core/types';

export interface RuleCase {
  /** Short name shown in the test title. */
  name: string;
  text: string;
  /** Expected flagged texts (trimmed), in order; empty = must not fire. */
  flags: string[];
}

/** Run a rule's table of cases: each case lists exactly the texts it must flag (none for valid text). */
export function ruleTable(rule: Rule, cases: RuleCase[], severity: Severity = rule.defaultSeverity): void {
  describe(rule.id, () => {
    for (const c of cases) {
      it(`${c.flags.length ? 'flags' : 'passes'}: ${c.name}`, () => {
        const doc = new DocumentText(c.text);
        const found = rule.check(doc, { options: {}, severity });
        assert.deepEqual(
          found.map((f) => f.text),
          c.flags,
        );
        for (const f of found) assert.equal(doc.textOf(f.range), f.text, 'range covers the flagged text');
      });
    }
  });
}

/** Every .txt file (or file ending in one of `extensions`) below `dir`, in sorted path order (fixture and corpus folders nest by topic). */
export function textFilesUnder(dir: string, extensions: readonly string[] = ['.txt']): string[] {
  const out: string[] = [];
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...textFilesUnder(p, extensions));
    else if (extensions.some((x) => e.name.endsWith(x))) out.push(p);
  }
  return out.sort();
}

/** Every line of the .txt and .md files below `dir` (scanner equivalence tests read the fixtures this way). */
export function textLinesUnder(dir: string): string[] {
  return textFilesUnder(dir, ['.txt', '.md']).flatMap((f) => readFileSync(f, 'utf8').split(/\r\n|\r|\n/));
}

/** CPU milliseconds of `f`, the best of `runs`: CPU time, because other processes on a shared machine add noise but never remove it. */
export function bestCpuMs(f: () => void, runs = 2): number {
  let best = Infinity;
  for (let i = 0; i < runs; i++) {
    const start = process.cpuUsage();
    f();
    const used = process.cpuUsage(start);
    best = Math.min(best, (used.user + used.system) / 1000);
  }
  return best;
}
