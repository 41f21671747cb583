// Page-object helpers for the VS Code 1.100 web workbench. Selectors and key sequences checked against
// code-server 4.100.3; keep them here so a workbench upgrade is fixed in one place.
import { expect, waitUntil } from './harness.mjs';

export const EDITOR = '.editor-group-container.active .monaco-editor';

export class Workbench {
  constructor(page) {
    this.page = page;
  }

  // ---- quick input and commands ------------------------------------------------------------------

  /** Opens a quick input with `keys`, types `text`, waits until the list shows `rowMatch` focused, Enter. */
  async quickInput(keys, text, rowMatch) {
    const { page } = this;
    await page.keyboard.press(keys);
    await page.locator('.quick-input-widget .quick-input-box input').waitFor({ state: 'visible' });
    await page.keyboard.type(text);
    if (rowMatch) {
      // Enter before the list re-filtered would pick a stale row (e.g. a recently opened file).
      await page.locator('.quick-input-list .monaco-list-row.focused', { hasText: rowMatch }).first().waitFor();
    }
    await page.keyboard.press('Enter');
    await page.locator('.quick-input-widget').waitFor({ state: 'hidden' });
  }

  /** Runs a command from the palette by its exact title ("Category: Title"). */
  async runCommand(title) {
    const { page } = this;
    await page.keyboard.press('Control+Shift+P');
    const input = page.locator('.quick-input-widget .quick-input-box input');
    await input.waitFor({ state: 'visible' });
    await page.keyboard.type(title);
    const row = page.locator('.quick-input-list .monaco-list-row.focused', { hasText: title }).first();
    await row.waitFor();
    // The focused row must be this very command, not one whose title merely contains it.
    const label = (await row.locator('.label-name').first().innerText()).replace(/\u00a0/g, ' ').trim();
    expect(label === title, `the palette's focused row to be "${title}", got "${label}"`);
    await page.keyboard.press('Enter');
    await page.locator('.quick-input-widget').waitFor({ state: 'hidden' });
  }

  /** Titles of the commands the palette offers for `text` (to tell "missing" from "broken"). */
  async paletteTitles(text) {
    const { page } = this;
    await page.keyboard.press('Control+Shift+P');
    await page.locator('.quick-input-widget .quick-input-box input').waitFor({ state: 'visible' });
    await page.keyboard.type(text);
    await page.waitForTimeout(300);
    const titles = await page.locator('.quick-input-list .monaco-list-row .label-name').allInnerTexts();
    await page.keyboard.press('Escape');
    await page.locator('.quick-input-widget').waitFor({ state: 'hidden' });
    return titles.map((t) => t.replace(/\u00a0/g, ' ').trim());
  }

  /** A modal "Command … resulted in an error" dialog, if any: its text (and dismisses it). */
  async takeErrorDialog() {
    const dialog = this.page.locator('.monaco-dialog-box[role=dialog]');
    if (!(await dialog.count())) return undefined;
    const text = await dialog.innerText();
    await this.page.keyboard.press('Escape');
    return text;
  }

  // ---- editors -----------------------------------------------------------------------------------

  async openFile(name) {
    await this.quickInput('Control+P', name, name);
    await this.activeTab(name).waitFor();
    await this.page.locator(`${EDITOR} .view-lines`).waitFor();
  }

  activeTab(name) {
    return this.page.locator(`.tabs-container .tab.active[data-resource-name="${name}"]`);
  }

  /** The active editor's rendered lines (NBSP normalised; a wrapped line comes back as several). */
  async editorText() {
    const lines = await this.page.locator(`${EDITOR} .view-lines .view-line`).allInnerTexts();
    return lines.map((l) => l.replace(/\u00a0/g, ' ')).join('\n');
  }

  async gotoLine(line, column = 1) {
    await this.quickInput('Control+G', `${line}:${column}`, null);
    await this.page.locator('[id="status.editor.selection"]', { hasText: `Ln ${line}, Col ${column}` }).waitFor();
  }

  async focusEditor() {
    await this.runCommand('View: Focus Active Editor Group');
  }

  /** Closes every editor, reverting unsaved changes first so no "Save?" dialog blocks the next spec. */
  async closeAllEditorsDiscarding() {
    const { page } = this;
    for (let i = 0; i < 20 && (await page.locator('.tabs-container .tab.dirty').count()) > 0; i++) {
      await page.locator('.tabs-container .tab.dirty').first().click();
      await this.runCommand('View: Revert and Close Editor');
    }
    if (await page.locator('.tabs-container .tab').count()) await this.runCommand('View: Close All Editors');
  }

  /** Screen centre of the first occurrence of `word` in the active editor. */
  async wordCentre(word) {
    return this.page.evaluate(
      ({ selector, word }) => {
        const root = document.querySelector(selector);
        if (!root) return null;
        for (const line of root.querySelectorAll('.view-line')) {
          const walker = document.createTreeWalker(line, NodeFilter.SHOW_TEXT);
          for (let n = walker.nextNode(); n; n = walker.nextNode()) {
            const i = n.textContent.replace(/\u00a0/g, ' ').indexOf(word);
            if (i >= 0) {
              const r = document.createRange();
              r.setStart(n, i);
              r.setEnd(n, i + word.length);
              const b = r.getBoundingClientRect();
              return { x: b.x + b.width / 2, y: b.y + b.height / 2 };
            }
          }
        }
        return null;
      },
      { selector: `${EDITOR} .view-lines`, word },
    );
  }

  /** Hovers `word` with the mouse and returns the visible hover's text once it contains `expected`. */
  async hoverWord(word, expected) {
    const { page } = this;
    const at = await waitUntil(() => this.wordCentre(word), `"${word}" on screen`, 5000);
    await page.mouse.move(at.x - 30, at.y + 40);
    await page.mouse.move(at.x, at.y, { steps: 3 });
    const hover = page.locator('.monaco-hover:not(.hidden)', { hasText: expected }).first();
    await hover.waitFor();
    return hover;
  }

  async dismissHover() {
    await this.page.mouse.move(5, 5);
    await this.page.keyboard.press('Escape');
    await this.page.locator('.monaco-editor .monaco-hover:not(.hidden)').waitFor({ state: 'detached', timeout: 3000 }).catch(() => {});
  }

  // ---- code actions ------------------------------------------------------------------------------

  /** Opens the quick-fix menu at the cursor and returns the row for `title` (waits for it). */
  async openQuickFix(title) {
    await this.page.keyboard.press('Control+.');
    const row = this.codeActionRow(title);
    await row.waitFor();
    return row;
  }

  codeActionRow(title) {
    return this.page.locator('.action-widget .monaco-list-row.action', { hasText: title }).filter({
      has: this.page.locator(`.title`, { hasText: title }),
    });
  }

  async codeActionTitles() {
    return (await this.page.locator('.action-widget .monaco-list-row.action .title').allInnerTexts()).map((t) => t.trim());
  }

  /** Picks `title` in the open code-action menu (arrow keys, so the menu's own focus handling runs). */
  async chooseCodeAction(title) {
    const { page } = this;
    const titles = await this.codeActionTitles();
    const index = titles.indexOf(title);
    expect(index >= 0, `code action "${title}" among ${JSON.stringify(titles)}`);
    const focused = titles.indexOf(
      (await page.locator('.action-widget .monaco-list-row.action.focused .title').first().innerText().catch(() => '')).trim(),
    );
    const from = focused < 0 ? 0 : focused;
    for (let i = from; i < index; i++) await page.keyboard.press('ArrowDown');
    for (let i = from; i > index; i--) await page.keyboard.press('ArrowUp');
    await page.locator('.action-widget .monaco-list-row.action.focused', { hasText: title }).waitFor();
    await page.keyboard.press('Enter');
    await page.locator('.action-widget').waitFor({ state: 'hidden' }).catch(() => {});
  }

  // ---- panels and views --------------------------------------------------------------------------

  async showProblems() {
    const { page } = this;
    if (!(await page.locator('.markers-panel').isVisible().catch(() => false))) {
      await page.keyboard.press('Control+Shift+M');
    }
    await page.locator('.markers-panel').waitFor();
  }

  /** Marker rows of the Problems panel as plain objects. */
  async problems() {
    const rows = this.page.locator('.markers-panel .monaco-list-row[aria-level="2"]');
    const out = [];
    for (let i = 0; i < (await rows.count()); i++) {
      const row = rows.nth(i);
      out.push({
        message: (await row.locator('.marker-message').innerText().catch(() => '')).trim(),
        code: (await row.locator('.marker-code').innerText().catch(() => '')).trim(),
        source: (await row.locator('.marker-source').innerText().catch(() => '')).trim(),
        line: (await row.locator('.marker-line').innerText().catch(() => '')).trim(),
        severity: ((await row.locator('.marker-icon').getAttribute('class')) ?? '').match(/\b(error|warning|info|hint)\b/)?.[1] ?? '',
      });
    }
    return out;
  }

  /** Waits until the Problems panel holds exactly `count` markers whose code contains `code`. */
  async waitForProblems(code, count) {
    return waitUntil(async () => {
      const all = await this.problems();
      const hits = all.filter((p) => p.code.includes(code));
      return hits.length === count ? hits : false;
    }, `${count} "${code}" marker(s) in the Problems panel`);
  }

  /** Shows a view container of the activity bar (clicking its icon when it is open would close it). */
  async openViewContainer(title, id) {
    const container = this.page.locator(`[id="workbench.view.extension.${id}"]`);
    if (await container.isVisible().catch(() => false)) return;
    await this.page.locator(`.activitybar a.action-label[aria-label="${title}"]`).click();
    await container.waitFor({ state: 'visible' });
  }

  tree(name) {
    return this.page.getByRole('tree', { name, exact: true });
  }

  /** Rows of a tree view: label, description, aria-label, level and the icon classes. */
  async treeRows(name) {
    return this.tree(name)
      .locator('[role=treeitem]')
      .evaluateAll((rows) =>
        rows.map((r) => ({
          label: r.querySelector('.label-name')?.textContent?.trim() ?? '',
          description: r.querySelector('.label-description')?.textContent?.trim() ?? '',
          ariaLabel: r.getAttribute('aria-label') ?? '',
          level: Number(r.getAttribute('aria-level')),
          icon: [...r.querySelectorAll('.custom-view-tree-node-item-icon, .monaco-icon-label, .codicon')]
            .map((e) => e.className)
            .join(' '),
          iconBackground: r.querySelector('.custom-view-tree-node-item-icon')?.style.backgroundImage ?? '',
        })),
      );
  }

  async statusBarItem(idPart) {
    return this.page.locator(`.statusbar-item[id*="${idPart}"]`);
  }
}
