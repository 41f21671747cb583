// Issue 4: "Remove all boilerplate in this document" takes out every chrome line of the scraped original
// in one edit, keeps all article text, and a single Undo brings the document back byte for byte.
// Checked on disk (save, read, undo, save, read): the editor only renders the lines in view.
import { expect, expectEqual, waitUntil } from '../lib/harness.mjs';

const DOC = '101_olive-oil-original.txt';
const CHROME = ['See Full Web Article', 'Go to the full Example News experience', '© 2025 Example'];
const ARTICLE = [
  'Spain’s olive oil output will fall by about a third this season',
  'Agriculture Minister Elena Márquez told reporters in Madrid',
  'According to the European Commission, Spain produces nearly half',
  '“We have never seen two dry winters like this in a row,” said Antonio Ruiz',
  'The cooperative group Dcoop said on Wednesday',
];

export default {
  id: 'boilerplate-all',
  title: 'Remove all boilerplate in this document + Undo',
  issue: 4,
  async run({ h, wb, page, readWorkspaceFile }) {
    const file = `seeds/${DOC}`;
    const original = readWorkspaceFile(file);
    const lines = original.split(/\r?\n/);
    const lineOf = (text) => lines.findIndex((l) => l.trim().startsWith(text)) + 1;
    for (const t of [...CHROME, ...ARTICLE]) expect(original.includes(t), `the fixture to contain "${t}"`);

    await h.step(`${DOC}: page chrome is flagged as boilerplate in the Problems panel`, async () => {
      await wb.openFile(DOC);
      await wb.filterProblems('boilerplate/');
      const n = await waitUntil(async () => {
        const c = await wb.problemCount(DOC);
        return c >= CHROME.length ? c : false;
      }, `at least ${CHROME.length} boilerplate markers for ${DOC}`);
      console.log(`        (${n} boilerplate markers)`);
    });

    await h.step('quick fix "Remove all boilerplate in this document" removes the chrome, keeps the article', async () => {
      await wb.focusEditor();
      await wb.gotoLine(lineOf('See Full Web Article'), 3);
      await wb.openQuickFix('Remove all boilerplate in this document');
      await wb.chooseCodeAction('Remove all boilerplate in this document');
      await page.locator('.tabs-container .tab.active.dirty').waitFor();
      await page.keyboard.press('Control+S');
      await page.locator('.tabs-container .tab.active:not(.dirty)').waitFor();
      const cleaned = await waitUntil(() => {
        const t = readWorkspaceFile(file);
        return t !== original && t;
      }, 'the saved file on disk', 20_000);
      for (const t of CHROME) expect(!cleaned.includes(t), `"${t}" to be removed`);
      for (const t of ARTICLE) expect(cleaned.includes(t), `article text "${t}" to be kept`);
      expect(longestBlankRun(cleaned) <= longestBlankRun(original), 'no longer runs of blank lines than the original had');
      await wb.waitForProblemCount(DOC, 0, 'boilerplate');
    });

    await h.step('one Undo restores the document exactly', async () => {
      await wb.focusEditor();
      await page.keyboard.press('Control+Z');
      await page.locator('.tabs-container .tab.active.dirty').waitFor();
      await page.keyboard.press('Control+S');
      await page.locator('.tabs-container .tab.active:not(.dirty)').waitFor();
      await waitUntil(() => readWorkspaceFile(file) === original, 'the file to be back to its original bytes', 20_000);
      expectEqual(readWorkspaceFile(file), original, 'file after undo');
      await waitUntil(async () => (await wb.problemCount(DOC)) >= CHROME.length, 'the boilerplate markers to come back');
      await wb.filterProblems('');
    });
  },
};

function longestBlankRun(text) {
  let best = 0;
  let run = 0;
  for (const line of text.split(/\r?\n/)) {
    run = line.trim() ? 0 : run + 1;
    best = Math.max(best, run);
  }
  return best;
}
