// Issue 5: a claim that lost its source in the rewrite is flagged in category `attribution`, and the
// quick fix inserts a source placeholder as a snippet the reviewer types over.
import { expect, waitUntil } from '../lib/harness.mjs';

const DOC = '102_olive-oil-rewrite.txt';
const CLAIM = 'There are signs that the shortage will spread to other producers this year.';
const SOURCE = 'the Agriculture Ministry';

export default {
  id: 'attribution',
  title: 'Unattributed claim warning + "Insert a source placeholder"',
  issue: 5,
  async run({ h, wb, page }) {
    let marker;
    await h.step(`${DOC}: "There are signs that …" is flagged as a claim without a source`, async () => {
      await wb.openFile(DOC);
      await wb.filterProblems('attribution/');
      marker = await waitUntil(async () => {
        const all = await wb.problems();
        return all.find((m) => m.code.startsWith('attribution/') && m.severity === 'warning' && /There are signs that/i.test(m.message));
      }, 'an attribution warning quoting "There are signs that"');
      console.log(`        (${marker.code} at ${marker.line}: ${marker.message.slice(0, 110)})`);
    });

    await h.step('quick fix "Insert a source placeholder" inserts ", according to <source>" as a snippet', async () => {
      const [, line, col] = marker.line.match(/Ln (\d+), Col (\d+)/).map(Number);
      await wb.focusEditor();
      await wb.gotoLine(line, col + 2);
      await wb.openQuickFix('Insert a source placeholder');
      await wb.chooseCodeAction('Insert a source placeholder');
      // The snippet selects the placeholder, so typing replaces it.
      await waitUntil(() => wb.editorShows('this year, according to'), 'the placeholder after the claim', 20_000);
      await page.keyboard.type(SOURCE);
      await page.keyboard.press('Escape');
      await waitUntil(() => wb.editorShows(`this year, according to ${SOURCE}.`), `"…this year, according to ${SOURCE}." in the edited text`, 20_000);
      expect(await wb.editorShows('There are signs that the shortage will spread'), 'the claim itself kept');
      await page.locator('.tabs-container .tab.active.dirty').waitFor();
    });

    await h.step('the sourced claim is no longer flagged as unattributed', async () => {
      await waitUntil(async () => {
        const all = await wb.problems();
        return !all.some((m) => m.code === marker.code && m.severity === 'warning' && /There are signs that/i.test(m.message));
      }, `the "${marker.code}" warning on "${CLAIM.slice(0, 30)}…" to go`);
      await wb.filterProblems('');
    });
  },
};
