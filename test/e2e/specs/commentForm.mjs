// Issue 3: comment-form boilerplate shows as warnings in the Problems panel; "Remove this line" removes
// exactly that line as an edit the user can undo.
import { expect, expectEqual, waitUntil } from '../lib/harness.mjs';

const DOC = '102_olive-oil-rewrite.txt';
const RULE = 'boilerplate/comment-form';
const COMMENT_FORM_LINES = ['Be the first to comment', 'Leave a Reply', 'Your email address will not be published.'];

export default {
  id: 'comment-form',
  title: 'Comment-form warning, "Remove this line", Undo',
  issue: 3,
  async run({ h, wb, page, readWorkspaceFile }) {
    const original = readWorkspaceFile(`seeds/${DOC}`);
    const lineOf = (text) => original.split(/\r?\n/).findIndex((l) => l.trim() === text) + 1;

    await h.step(`clicking ${DOC} in the Corpus view opens it`, async () => {
      await wb.openViewContainer('Corpus Review', 'corpusReview');
      await wb.waitForTreeStable('Corpus');
      await wb.tree('Corpus').locator('[role=treeitem]').filter({ has: page.locator('.label-name', { hasText: DOC }) }).first().click();
      await wb.activeTab(DOC).waitFor();
    });

    await h.step('the Problems panel shows the three comment-form warnings', async () => {
      await page.locator('.monaco-editor .squiggly-warning').first().waitFor();
      await wb.filterProblems(RULE); // other findings (attribution, copies) would push these below the fold
      const markers = await wb.waitForProblems(RULE, COMMENT_FORM_LINES.length);
      for (const m of markers) {
        expectEqual(m.severity, 'warning', 'severity');
        expect(/Corpus Review/.test(m.source), `source "Corpus Review", got "${m.source}"`);
      }
      const lines = markers.map((m) => Number(m.line.match(/Ln (\d+)/)?.[1])).sort((a, b) => a - b);
      expectEqual(lines, COMMENT_FORM_LINES.map(lineOf).sort((a, b) => a - b), 'marker lines');
      expect(markers.some((m) => m.message.includes('Leave a Reply')), 'a message quoting "Leave a Reply"');
    });

    await h.step('quick fix "Remove this line" removes the "Leave a Reply" line', async () => {
      await wb.focusEditor();
      await wb.gotoLine(lineOf('Leave a Reply'), 3);
      await wb.openQuickFix('Remove this line');
      await page.mouse.move(5, 5);
      await h.screenshot('readme-quick-fix');
      await wb.chooseCodeAction('Remove this line');
      await waitUntil(async () => !(await wb.editorText()).includes('Leave a Reply'), '"Leave a Reply" gone from the editor', 20_000);
      const text = await wb.editorText();
      for (const kept of ['Be the first to comment', 'Your email address will not be published.', 'Experts believe']) {
        expect(text.includes(kept), `"${kept}" to stay`);
      }
      await page.locator('.tabs-container .tab.active.dirty').waitFor();
      await wb.waitForProblems(RULE, 2);
      expectEqual(readWorkspaceFile(`seeds/${DOC}`), original, 'the file on disk (an unsaved edit, nothing written behind the user)');
    });

    await h.step('Undo restores the line and its warning', async () => {
      await page.keyboard.press('Control+Z');
      await waitUntil(async () => (await wb.editorText()).includes('Leave a Reply'), '"Leave a Reply" back in the editor', 20_000);
      await page.locator('.tabs-container .tab.active:not(.dirty)').waitFor();
      await wb.waitForProblems(RULE, 3);
      await wb.filterProblems('');
    });
  },
};
