// After all the specs: the extension host logged no error from Corpus Review. Catches what the UI does not
// show: a provider that threw (VS Code then just shows nothing), a failed worker, a rejected promise.
import fs from 'node:fs';
import { findLogs } from '../lib/server.mjs';

export default {
  id: 'logs-clean',
  title: 'No errors or warnings from Corpus Review in the logs',
  always: true, // runs with --only too
  async run({ h, dirs, extensionId, consoleLines }) {
    await h.step('remoteexthost.log, the Corpus Review log channel and the console hold no Corpus Review error or warning', async () => {
      const problems = [];
      const ours = (l) => l.includes(extensionId) || /corpus-review\.corpus-review-[\d.]+\/dist\//.test(l);
      for (const file of findLogs(dirs.userData, 'remoteexthost.log')) {
        const lines = fs.readFileSync(file, 'utf8').split('\n');
        lines.forEach((line, i) => {
          // An [error] entry is followed by its stack; ours when the entry or its stack names the extension.
          if (!/\[error\]/.test(line)) return;
          const entry = [line, ...lines.slice(i + 1, i + 8).filter((l) => /^\s+at /.test(l))].join('\n');
          if (ours(entry)) problems.push(`remoteexthost.log: ${line.trim()}`);
        });
      }
      // The sample corpus is ordinary text: nothing in it should make the extension warn either
      // (a warning here has meant "analysis failed, document skipped").
      for (const file of findLogs(dirs.userData, 'Corpus Review.log')) {
        for (const line of fs.readFileSync(file, 'utf8').split('\n')) if (/\[(error|warning)\]/.test(line)) problems.push(`Corpus Review.log: ${line.trim()}`);
      }
      for (const line of consoleLines) {
        if (/\[(error|pageerror)\]/.test(line) && /Extension Host/.test(line) && /corpus/i.test(line)) problems.push(`console: ${line}`);
      }
      if (problems.length) throw new Error(`${problems.length} error(s):\n${problems.slice(0, 10).join('\n')}`);
    });
  },
};
