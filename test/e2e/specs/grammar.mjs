// Issue 10: corpus documents open as "Corpus Text" and the TextMate grammar scopes them in the real
// workbench (checked with Developer: Inspect Editor Tokens and Scopes on a curly quotation).
import { expect } from '../lib/harness.mjs';

const DOC = '102_olive-oil-rewrite.txt';
const QUOTE = '“at historic lows.”';

export default {
  id: 'grammar',
  title: 'Corpus Text language and grammar scopes',
  issue: 10,
  async run({ h, wb, page, readWorkspaceFile }) {
    await h.step(`${DOC} opens in the "Corpus Text" language`, async () => {
      await wb.openFile(DOC);
      await page.locator('[id="status.editor.mode"]', { hasText: 'Corpus Text' }).waitFor();
    });

    await h.step('a curly quotation carries the string.quoted scope of text.corpus-text', async () => {
      const lines = readWorkspaceFile(`seeds/${DOC}`).split(/\r?\n/);
      const line = lines.findIndex((l) => l.includes(QUOTE));
      expect(line >= 0, `the fixture to contain ${QUOTE}`);
      await wb.focusEditor();
      await wb.gotoLine(line + 1, lines[line].indexOf(QUOTE) + 4);
      await wb.runCommand('Developer: Inspect Editor Tokens and Scopes');
      const widget = page.locator('.token-inspect-widget');
      await widget.waitFor();
      const text = await widget.innerText();
      expect(text.includes('string.quoted.double.curly.corpus-text'), `the quote's scope in the inspector: ${text.replace(/\s+/g, ' ').slice(0, 300)}`);
      expect(text.includes('text.corpus-text'), 'the grammar\'s root scope');
      await page.keyboard.press('Escape');
      await widget.waitFor({ state: 'hidden' }).catch(() => {});
    });
  },
};
