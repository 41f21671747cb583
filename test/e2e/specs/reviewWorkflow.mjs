// Issue 7: the review workflow in the Corpus view. Marking a document reviewed (inline action) changes its
// icon and the status bar, is written to .corpus-review/state.json, survives a window reload, and an edit
// on disk afterwards shows as "changed since reviewed".
// It changes the workspace (review state, an appended line, a rename, a setting), puts back the files it
// touched, and runs after every other feature spec (see index.mjs).
import fs from 'node:fs';
import { expect, waitUntil } from '../lib/harness.mjs';

const DOC = '101_olive-oil-original.txt';
const STATUS_ID = 'corpusReview.status';

export default {
  id: 'review-workflow',
  title: 'Review state: inline "Mark as Reviewed", status bar, state file, reload, changed on disk',
  issue: 7,
  async run({ h, wb, page, workspaceFile, reloadWindow }) {
    const docRow = () => wb.tree('Corpus').locator('[role=treeitem]', { has: page.locator('.label-name', { hasText: DOC }) }).first();
    const rowOf = async (label) => (await wb.treeRows('Corpus')).find((r) => r.label === label);
    const statusText = async () => ((await (await wb.statusBarItem(STATUS_ID)).first().innerText().catch(() => '')) || '').replace(/\u00a0/g, ' ');

    const showView = async () => {
      await wb.openViewContainer('Corpus Review', 'corpusReview');
      await waitUntil(async () => (await docRow().count()) > 0, `${DOC} in the Corpus tree`);
    };

    // Other specs may have reviewed other documents in this workspace already: count from here. The
    // document count is the number of corpus files on disk now (.txt and .md, the default extensions).
    let reviewedBefore = 0;
    let renamed;
    const docsOnDisk = fs.readdirSync(workspaceFile('seeds'), { recursive: true }).filter((f) => /\.(txt|md)$/.test(f)).length;
    const docPath = workspaceFile(`seeds/${DOC}`);
    const docText = fs.readFileSync(docPath, 'utf8');
    try {
      await h.step('the status bar shows the corpus totals', async () => {
        await showView();
        const totals = new RegExp(`Corpus: ${docsOnDisk} docs · \\d+ findings · \\d+ reviewed`);
        const text = await waitUntil(async () => {
          const t = await statusText();
          return totals.test(t) && t;
        }, `status bar "Corpus: ${docsOnDisk} docs · N findings · N reviewed"`);
        reviewedBefore = Number(text.match(/(\d+) reviewed/)[1]);
        const n = Number(text.match(/(\d+) findings/)[1]);
        expect(n >= 3, `at least the 3 comment-form findings in the totals, got ${n}`);
        const row = await rowOf(DOC);
        expect(/circle-large-outline/.test(row.icon), `unreviewed icon on ${DOC}, got "${row.icon}"`);
      });

      await h.step('inline "Mark as Reviewed" changes the icon and the status bar, and writes state.json', async () => {
        await docRow().hover();
        await docRow().locator('.actions .action-label[aria-label="Mark as Reviewed"]').click();
        await waitUntil(async () => /pass-filled/.test((await rowOf(DOC))?.icon ?? ''), 'the reviewed icon on the row');
        await waitUntil(async () => new RegExp(` ${reviewedBefore + 1} reviewed`).test(await statusText()), `status bar "${reviewedBefore + 1} reviewed"`);
        const state = await waitUntil(() => {
          try {
            return JSON.parse(fs.readFileSync(workspaceFile('.corpus-review/state.json'), 'utf8'));
          } catch {
            return false;
          }
        }, '.corpus-review/state.json');
        const entry = state.documents[`seeds/${DOC}`];
        expect(state.version === 1 && entry?.status === 'reviewed' && /^[0-9a-f]{16}$/.test(entry.contentHash), `a reviewed entry with a content hash, got ${JSON.stringify(state)}`);
        await h.screenshot('review-marked');
      });

      await h.step('the reviewed state survives a window reload', async () => {
        await reloadWindow();
        await showView();
        await waitUntil(async () => /pass-filled/.test((await rowOf(DOC))?.icon ?? ''), 'the reviewed icon after reload');
        await waitUntil(async () => new RegExp(` ${reviewedBefore + 1} reviewed`).test(await statusText()), `status bar "${reviewedBefore + 1} reviewed" after reload`);
      });

      await h.step('an edit on disk shows the document as changed since reviewed', async () => {
        fs.appendFileSync(workspaceFile(`seeds/${DOC}`), '\nA late correction was appended to this article.\n');
        const row = await waitUntil(async () => {
          const r = await rowOf(DOC);
          return r && /changed since reviewed/.test(r.description) && r;
        }, '"changed since reviewed" on the row');
        expect(/history/.test(row.icon), `the changed icon, got "${row.icon}"`);
        await h.screenshot('review-changed-since');
      });

      await h.step('a reviewed document renamed outside VS Code keeps its state (matched by content)', async () => {
        const from = '103_port-strike.txt';
        const to = '103_port-strike-moved.txt';
        const row = wb.tree('Corpus').locator('[role=treeitem]', { has: page.locator('.label-name', { hasText: from }) }).first();
        await row.hover();
        await row.locator('.actions .action-label[aria-label="Mark as Reviewed"]').click();
        await waitUntil(async () => /pass-filled/.test((await rowOf(from))?.icon ?? ''), `${from} reviewed`);
        fs.renameSync(workspaceFile(`seeds/${from}`), workspaceFile(`seeds/${to}`));
        renamed = [from, to];
        await waitUntil(async () => /pass-filled/.test((await rowOf(to))?.icon ?? '') && !(await rowOf(from)), `${to} listed as reviewed, ${from} gone`);
        await waitUntil(() => {
          const state = JSON.parse(fs.readFileSync(workspaceFile('.corpus-review/state.json'), 'utf8'));
          return state.documents[`seeds/${to}`]?.status === 'reviewed' && !state.documents[`seeds/${from}`];
        }, 'the state file entry moved to the new path');
        fs.renameSync(workspaceFile(`seeds/${to}`), workspaceFile(`seeds/${from}`));
        renamed = undefined;
        await waitUntil(async () => !!(await rowOf(from)), `${from} back`);
      });

      await h.step('with no corpus folder, the view shows the welcome text with "Choose Corpus Folder"', async () => {
        const settingsFile = workspaceFile('.vscode/settings.json');
        const had = fs.existsSync(settingsFile) ? fs.readFileSync(settingsFile, 'utf8') : undefined;
        fs.mkdirSync(workspaceFile('.vscode'), { recursive: true });
        fs.writeFileSync(settingsFile, JSON.stringify({ 'corpusReview.corpusFolders': ['no-such-folder'] }));
        try {
          const welcome = page.locator('[id="workbench.view.extension.corpusReview"] .welcome-view-content');
          await welcome.getByRole('button', { name: 'Choose Corpus Folder' }).waitFor();
          expect(/No corpus folder found/.test(await welcome.innerText()), 'the welcome text explains what is missing');
          await h.screenshot('corpus-welcome');
        } finally {
          if (had === undefined) fs.rmSync(settingsFile);
          else fs.writeFileSync(settingsFile, had);
        }
        await waitUntil(async () => (await docRow().count()) > 0, `${DOC} back in the tree once the setting is restored`);
      });
    } finally {
      // Put the sample files back as they were (the review state itself stays: logs-clean follows).
      if (renamed) fs.renameSync(workspaceFile(`seeds/${renamed[1]}`), workspaceFile(`seeds/${renamed[0]}`));
      fs.writeFileSync(docPath, docText);
    }
  },
};
