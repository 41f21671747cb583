// Issue 8: the rewrite carries a document-level diagnostic naming its original, and "Compare with
// original" opens a diff of the two.
import { expect, waitUntil } from '../lib/harness.mjs';

const ORIGINAL = '101_olive-oil-original.txt';
const COPY = '102_olive-oil-rewrite.txt';

export default {
  id: 'copies',
  title: 'Spun copy diagnostic + "Compare with original" diff',
  issue: 8,
  async run({ h, wb, page }) {
    let marker;
    await h.step(`${COPY} is reported as a copy of ${ORIGINAL}`, async () => {
      await wb.openFile(COPY);
      await wb.filterProblems('copies/');
      marker = await waitUntil(async () => (await wb.problems()).find((m) => m.code.startsWith('copies/') && m.message.includes(ORIGINAL)),
        `a copies/ diagnostic naming ${ORIGINAL}`);
      console.log(`        (${marker.code}, ${marker.severity}: ${marker.message.slice(0, 120)})`);
      await wb.filterProblems('');
      await wb.hidePanel();
    });

    await h.step('quick fix "Compare with original" opens the diff of original and copy', async () => {
      const [, line, col] = marker.line.match(/Ln (\d+), Col (\d+)/).map(Number);
      await wb.focusEditor();
      await wb.gotoLine(line, col);
      await wb.openQuickFix('Compare with original');
      await wb.chooseCodeAction('Compare with original');
      const diff = page.locator('.editor-group-container.active .monaco-diff-editor');
      await diff.waitFor();
      // `.lines-content > .view-lines`: the side's own lines, not the view zones that show deleted text.
      const sides = async (cls) => (await diff.locator(`.editor.${cls} .lines-content > .view-lines`).innerText()).replace(/\u00a0/g, ' ').replace(/\s+/g, ' ');
      await waitUntil(async () => (await sides('original')).includes('olive oil output will fall'), 'the original on the left', 20_000);
      await waitUntil(async () => (await sides('modified')).includes('olive oil production will drop'), 'the copy on the right', 20_000);
      const changes = await diff.locator('.char-insert, .char-delete, .line-insert, .line-delete').count();
      expect(changes > 0, 'changed text highlighted');
      await page.mouse.move(5, 5);
      await wb.setSideBarVisible(false); // the whole width for the two sides
      try {
        await waitUntil(async () => (await diff.locator('.editor.original').boundingBox())?.width > 500, 'the diff to use the width', 20_000);
        const area = await wb.editorArea();
        await h.screenshot('readme-copies-diff', { clip: { x: area.x, y: area.y, width: area.width, height: area.height } });
      } finally {
        await wb.setSideBarVisible(true);
      }
    });

    await h.step('"Corpus Review: Show Drift Report" renders the meaning changes (could → might)', async () => {
      await wb.closeAllEditorsDiscarding();
      await wb.openFile(COPY);
      await wb.runCommand('Corpus Review: Show Drift Report');
      // The report opens in the Markdown preview, a webview: two nested iframes.
      const body = page.frameLocator('iframe.webview').frameLocator('#active-frame').locator('body');
      const text = await waitUntil(async () => {
        const t = (await body.innerText({ timeout: 2000 })).replace(/\u00a0/g, ' ');
        return t.includes('Drift report') && t;
      }, 'the rendered drift report');
      expect(text.includes(ORIGINAL), `the report to name the original ${ORIGINAL}`);
      expect(/certainty changed/i.test(text) && /\bcould\b/.test(text) && /\bmight\b/.test(text), 'the could → might certainty change in the report');
    });
  },
};
