// Issue 7: marking a document reviewed from the Corpus view changes its icon, shows in the status bar
// totals, is written to .corpus-review/state.json, and is still there after a window reload.
import fs from 'node:fs';
import { expect, waitUntil } from '../lib/harness.mjs';

const DOC = '102_olive-oil-rewrite.txt';
const MARK_REVIEWED = /^Mark (as |Document )?Reviewed$/i;

export default {
  id: 'review',
  title: 'Mark reviewed: icon, status bar totals, survives a reload',
  issue: 7,
  async run({ h, wb, page, workspaceFile, reloadWindow }) {
    const row = () => wb.tree('Corpus').locator('[role=treeitem]').filter({ has: page.locator('.label-name', { hasText: DOC }) }).first();
    const iconOf = async () => (await wb.treeRows('Corpus')).find((r) => r.label === DOC);
    const statusText = async () => (await page.locator('.statusbar-item').allInnerTexts()).map((t) => t.replace(/\s+/g, ' ').trim());
    let before;
    let after;

    await h.step(`${DOC} starts unreviewed; the status bar shows the corpus totals`, async () => {
      await wb.openViewContainer('Corpus Review', 'corpusReview');
      await row().waitFor();
      before = await iconOf();
      const totals = await waitUntil(async () => (await statusText()).find((t) => /\b3 docs?\b/.test(t) && /finding/.test(t)), 'a status bar item with "3 docs" and findings');
      expect(/\b0 reviewed\b/.test(totals) || !/reviewed/.test(totals), `no document reviewed yet: "${totals}"`);
    });

    await h.step('"Mark Reviewed" from the document\'s context menu changes its icon', async () => {
      await wb.waitForTreeStable('Corpus');
      await row().click({ button: 'right' });
      await wb.chooseMenuItem(MARK_REVIEWED);
      after = await waitUntil(async () => {
        const r = await iconOf();
        return r && (r.icon !== before.icon || r.iconBackground !== before.iconBackground) && (r.icon || r.iconBackground) && r;
      }, `the icon of ${DOC} to change`);
      console.log(`        (icon ${before.icon || before.iconBackground} -> ${after.icon || after.iconBackground})`);
    });

    await h.step('the status bar counts 1 reviewed and the state file records it', async () => {
      await waitUntil(async () => (await statusText()).find((t) => /\b3 docs?\b/.test(t) && /\b1 reviewed\b/.test(t)), 'a status bar item with "1 reviewed"');
      const stateFile = workspaceFile('.corpus-review/state.json');
      await waitUntil(() => fs.existsSync(stateFile) && fs.readFileSync(stateFile, 'utf8').includes(DOC), `${DOC} in .corpus-review/state.json`, 20_000);
    });

    await h.step('after "Developer: Reload Window" the document is still reviewed', async () => {
      await reloadWindow();
      await wb.openViewContainer('Corpus Review', 'corpusReview');
      await row().waitFor();
      await waitUntil(async () => {
        const r = await iconOf();
        return r && r.icon === after.icon && r.iconBackground === after.iconBackground;
      }, `the reviewed icon on ${DOC} after the reload`);
      await waitUntil(async () => (await statusText()).find((t) => /\b1 reviewed\b/.test(t)), '"1 reviewed" in the status bar after the reload');
    });

    await h.step('README screenshot: the Corpus view with a document, its findings, entities and copies', async () => {
      await wb.expandTreeRow('Corpus', DOC, 2);
      await wb.expandTreeRow('Corpus', 'Entities', 1);
      await wb.expandTreeRow('Corpus', 'Copies', 1);
      await wb.waitForTreeStable('Corpus');
      await row().click();
      await wb.activeTab(DOC).waitFor();
      await page.locator('.editor-group-container.active .monaco-editor .squiggly-warning').first().waitFor();
      await wb.hidePanel();
      await page.mouse.move(5, 5);
      await h.screenshot('readme-tree');
    });
  },
};
