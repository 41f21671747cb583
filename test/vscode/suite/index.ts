// Mocha inside the extension host. Runs under desktop VS Code (@vscode/test-electron) and under
// code-server's remote extension host (payload extensionTestsPath); in both cases it asserts through the
// `vscode` API only. Results also go to CORPUS_REVIEW_TEST_RESULTS as JSON, because a browser-hosted
// workbench has no process exit code to report them through.
import * as fs from 'node:fs';
import Mocha from 'mocha';
import { registerApiTests } from './api.test';

interface Outcome {
  title: string;
  state: 'passed' | 'failed';
  error?: string;
}

export function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'bdd', timeout: 30_000, color: false });
  mocha.suite.emit('pre-require', globalThis, 'api.test', mocha);
  registerApiTests();
  const outcomes: Outcome[] = [];
  return new Promise((resolve, reject) => {
    const runner = mocha.run((failures) => {
      const out = process.env.CORPUS_REVIEW_TEST_RESULTS;
      if (out) {
        fs.writeFileSync(out + '.tmp', JSON.stringify({ failures, outcomes }, null, 2));
        fs.renameSync(out + '.tmp', out);
      }
      if (failures) reject(new Error(`${failures} test(s) failed`));
      else resolve();
    });
    runner.on('pass', (t) => outcomes.push({ title: t.fullTitle(), state: 'passed' }));
    runner.on('fail', (t, err: Error) => outcomes.push({ title: t.fullTitle(), state: 'failed', error: String(err?.stack ?? err) }));
  });
}
