// Issue 10: the getting-started walkthrough is contributed and opens with its six steps.
import { expect, waitUntil } from '../lib/harness.mjs';

const TITLE = 'Review a corpus with Corpus Review';
const STEPS = ['Open a corpus', 'Read a diagnostic', 'Apply a quick fix', 'Hover an entity', 'Mark a document reviewed', 'Compare a copy'];

export default {
  id: 'walkthrough',
  title: 'Getting-started walkthrough',
  issue: 10,
  async run({ h, wb, page }) {
    await h.step(`"Welcome: Open Walkthrough..." offers "${TITLE}" and it opens with its steps`, async () => {
      await wb.runCommand('Welcome: Open Walkthrough...', { opensPicker: true });
      await page.locator('.quick-input-list .monaco-list-row', { hasText: TITLE }).first().waitFor();
      await page.keyboard.type(TITLE);
      await page.locator('.quick-input-list .monaco-list-row.focused', { hasText: TITLE }).first().waitFor();
      await page.keyboard.press('Enter');
      await page.locator('.quick-input-widget').waitFor({ state: 'hidden' });
      const container = page.locator('.gettingStartedContainer').first();
      await container.waitFor();
      const text = await waitUntil(async () => {
        const t = (await container.innerText()).replace(/\u00a0/g, ' ');
        return t.includes(STEPS[0]) && t;
      }, 'the walkthrough steps');
      const missing = STEPS.filter((s) => !text.includes(s));
      expect(missing.length === 0, `every step shown, missing: ${missing.join(', ')}`);
    });
  },
};
