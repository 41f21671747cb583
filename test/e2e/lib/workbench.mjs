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

  /** Runs a command from the palette by its exact title ("Category: Title"). With `opensPicker`, the
   *  command shows a quick pick of its own, so the quick input stays open. */
  async runCommand(title, { opensPicker = false } = {}) {
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
    if (opensPicker) {
      await page.locator('.quick-input-list .monaco-list-row .label-name', { hasText: title }).first().waitFor({ state: 'detached' });
      return;
    }
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

  /** Opens a workspace file through Quick Open. Quick Open answers from the file list it cached when it was
   *  last shown and reloads that list in the background, without re-filtering the open picker: a file
   *  created on disk since then shows "No matching results" once. So when the row does not come, close the
   *  picker and ask again (by then the new list is loaded); a file that really is missing still fails. */
  async openFile(name, attempts = 4) {
    const { page } = this;
    const row = page.locator('.quick-input-list .monaco-list-row.focused', { hasText: name }).first();
    for (let attempt = 1; ; attempt++) {
      await page.keyboard.press('Control+P');
      await page.locator('.quick-input-widget .quick-input-box input').waitFor({ state: 'visible' });
      await page.keyboard.type(name);
      const found = await row.waitFor({ timeout: attempt < attempts ? 4000 : 20_000 }).then(() => true, (e) => (attempt < attempts ? false : Promise.reject(e)));
      if (found) break;
      await page.keyboard.press('Escape');
      await page.locator('.quick-input-widget').waitFor({ state: 'hidden' });
      await page.waitForTimeout(500);
    }
    await page.keyboard.press('Enter');
    await page.locator('.quick-input-widget').waitFor({ state: 'hidden' });
    await this.activeTab(name).waitFor();
    await this.page.locator(`${EDITOR} .view-lines`).waitFor();
  }

  activeTab(name) {
    return this.page.locator(`.tabs-container .tab.active[data-resource-name="${name}"]`);
  }

  /** The active editor's rendered lines in screen order (NBSP normalised; a wrapped line comes back as
   *  several). */
  async editorText() {
    // Monaco recycles line elements: DOM order is not screen order, so sort by position.
    const lines = await this.page.locator(`${EDITOR} .view-lines .view-line`).evaluateAll((ls) =>
      ls.map((l) => ({ top: l.getBoundingClientRect().top, text: l.textContent ?? '' })).sort((a, b) => a.top - b.top).map((l) => l.text),
    );
    return lines.map((l) => l.replace(/\u00a0/g, ' ')).join('\n');
  }

  /** True when the active editor shows `needle`, comparing without whitespace: word wrap splits a line
   *  into several view lines and drops the space at the break. */
  async editorShows(needle) {
    const squash = (t) => t.replace(/\s+/g, '');
    return squash(await this.editorText()).includes(squash(needle));
  }

  async gotoLine(line, column = 1) {
    await this.quickInput('Control+G', `${line}:${column}`, null);
    await this.page.locator('[id="status.editor.selection"]', { hasText: `Ln ${line}, Col ${column}` }).waitFor();
  }

  async focusEditor() {
    await this.runCommand('View: Focus Active Editor Group');
  }

  /** Closes every editor and discards unsaved changes ("Don't Save"), so no dialog blocks the next spec. */
  async closeAllEditorsDiscarding() {
    const { page } = this;
    if (!(await page.locator('.tabs-container .tab').count())) return;
    await this.runCommand('View: Close All Editors');
    const dontSave = page.locator('.monaco-dialog-box .dialog-buttons a.monaco-button', { hasText: /Don.t Save/ });
    await dontSave.waitFor({ timeout: 1500 }).then(() => dontSave.click(), () => {});
    await page.locator('.tabs-container .tab').first().waitFor({ state: 'detached', timeout: 5000 }).catch(() => {});
  }

  /** Picks a menu entry (context menus, "…" menus) by its label, with the keyboard once it is focused. */
  async chooseMenuItem(label) {
    const { page } = this;
    const item = page.locator('.monaco-menu .action-item:not(.disabled)').filter({ has: page.locator('.action-label', { hasText: label }) }).first();
    await item.waitFor();
    await item.hover();
    await page.locator('.monaco-menu .action-item.focused').filter({ has: page.locator('.action-label', { hasText: label }) }).first().waitFor();
    await page.keyboard.press('Enter');
    await item.waitFor({ state: 'detached' });
  }

  /** Screen centre of the `nth` (0-based) rendered occurrence of `word` in the active editor. */
  async wordCentre(word, nth = 0) {
    return this.page.evaluate(
      ({ selector, word, nth }) => {
        const root = document.querySelector(selector);
        if (!root) return null;
        const lines = [...root.querySelectorAll('.view-line')].sort((a, b) => a.getBoundingClientRect().top - b.getBoundingClientRect().top);
        let seen = 0;
        for (const line of lines) {
          const walker = document.createTreeWalker(line, NodeFilter.SHOW_TEXT);
          for (let n = walker.nextNode(); n; n = walker.nextNode()) {
            const i = n.textContent.replace(/\u00a0/g, ' ').indexOf(word);
            if (i >= 0 && seen++ === nth) {
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
      { selector: `${EDITOR} .view-lines`, word, nth },
    );
  }

  /** Hovers `word` with the mouse and returns the visible hover's text once it contains `expected`. */
  async hoverWord(word, expected, nth = 0) {
    const { page } = this;
    const at = await waitUntil(() => this.wordCentre(word, nth), `"${word}" on screen`, 5000);
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

  /** Clears the Problems filter if one is set (between specs). */
  async clearProblemsFilter() {
    const box = this.page.locator('.part.panel .viewpane-filter input[placeholder^="Filter"]').first();
    if ((await box.count()) && (await box.isVisible()) && (await box.inputValue())) await this.filterProblems('');
  }

  /** Marker rows of the Problems panel (those rendered: the list is virtual) as plain objects. */
  async problems() {
    return this.page.locator('.markers-panel .monaco-list-row').evaluateAll((rows) =>
      rows
        .filter((r) => r.querySelector('.marker-message'))
        .sort((a, b) => a.getBoundingClientRect().top - b.getBoundingClientRect().top)
        .map((r) => {
          const text = (sel) => (r.querySelector(sel)?.textContent ?? '').trim();
          return {
            message: text('.marker-message'),
            code: text('.marker-code'),
            source: text('.marker-source'),
            line: text('.marker-line'),
            severity: (r.querySelector('.marker-icon')?.className ?? '').match(/\b(error|warning|info|hint)\b/)?.[1] ?? '',
          };
        }),
    );
  }

  /** Types `text` into the Problems panel's filter box ('' clears it). It matches message, source and code. */
  async filterProblems(text) {
    await this.showProblems();
    const box = this.page.locator('.part.panel .viewpane-filter input[placeholder^="Filter"]').first();
    // focus(), not click(): the "Showing 3 of 8" badge sits over the input once a filter is set.
    await box.focus();
    await this.page.keyboard.press('Control+A');
    if (text) await this.page.keyboard.type(text);
    else await this.page.keyboard.press('Backspace');
    await this.page.mouse.move(5, 5); // no "Filter (e.g. …)" tooltip left over the screenshots
    await this.page.waitForTimeout(400); // the filter is debounced
  }

  /** Markers the Problems panel counts for `file` under the current filter (from the file row, which is
   *  always rendered, unlike marker rows below the fold of the virtual list). */
  async problemCount(file) {
    const rows = await this.page.locator('.markers-panel .monaco-list-row[aria-level="1"]').evaluateAll((rs) => rs.map((r) => r.getAttribute('aria-label') ?? ''));
    const row = rows.find((l) => l.includes(` in file ${file} `) || l.endsWith(` in file ${file}`));
    return row ? Number(row.match(/^(\d+) problems? /)?.[1] ?? NaN) : 0;
  }

  async waitForProblemCount(file, count, what) {
    return waitUntil(async () => (await this.problemCount(file)) === count, `${count} ${what} marker(s) for ${file}`);
  }

  /** Waits until the Problems panel holds exactly `count` markers whose code contains `code`. */
  async waitForProblems(code, count) {
    return waitUntil(async () => {
      const all = await this.problems();
      const hits = all.filter((p) => p.code.includes(code));
      return hits.length === count ? hits : false;
    }, `${count} "${code}" marker(s) in the Problems panel`);
  }

  // ---- layout for screenshots -------------------------------------------------------------------

  async hidePanel() {
    if (await this.page.locator('.part.panel').isVisible().catch(() => false)) {
      await this.runCommand('View: Toggle Panel Visibility');
      await this.page.locator('.part.panel').waitFor({ state: 'hidden' });
    }
  }

  /** Drags the side bar's edge so that it is `width` pixels wide. */
  async setSideBarWidth(width) {
    const { page } = this;
    const box = await page.locator('.part.sidebar').boundingBox();
    if (!box) return;
    const y = box.y + box.height / 2;
    await page.mouse.move(box.x + box.width + 1, y);
    await page.mouse.down();
    await page.mouse.move(box.x + width + 1, y, { steps: 6 });
    await page.mouse.up();
    await page.mouse.move(5, 5);
  }

  async setSideBarVisible(visible) {
    const bar = this.page.locator('.part.sidebar');
    if ((await bar.isVisible()) !== visible) {
      await this.runCommand('View: Toggle Primary Side Bar Visibility');
      await bar.waitFor({ state: visible ? 'visible' : 'hidden' });
    }
  }

  /** The editor area's rectangle (for cropped screenshots). */
  async editorArea() {
    return this.page.locator('.part.editor').boundingBox();
  }

  /** Expands a tree row (by label, at a given level) if it is collapsed. The list recycles row elements
   *  when the tree refreshes, so the row is looked up afresh on every try. */
  async expandTreeRow(treeName, label, level) {
    const row = () => this.tree(treeName).locator(`[role=treeitem][aria-level="${level}"]`).filter({ has: this.page.locator('.label-name', { hasText: label }) }).first();
    await waitUntil(async () => {
      const r = row();
      const state = await r.getAttribute('aria-expanded', { timeout: 2000 });
      if (state === 'true') return true;
      if (state === 'false') await r.locator('.monaco-tl-twistie').click({ timeout: 2000 });
      await this.page.waitForTimeout(200);
      return (await row().getAttribute('aria-expanded', { timeout: 2000 })) === 'true';
    }, `${label} expanded`, 10_000);
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

  /** Waits until a tree view stops changing (indexing and refreshes re-render it and recycle row
   *  elements, so a click in that moment can land on another row). */
  async waitForTreeStable(name, quietMs = 600) {
    let last = '';
    let since = Date.now();
    await waitUntil(async () => {
      const now = JSON.stringify(await this.treeRows(name));
      if (now !== last) {
        last = now;
        since = Date.now();
        return false;
      }
      return Date.now() - since >= quietMs;
    }, `the ${name} tree to settle`);
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
          // The item's own icon: a codicon (ThemeIcon) class, or a background image (file icon / SVG).
          icon: (r.querySelector('.custom-view-tree-node-item-icon')?.className.match(/codicon-[\w-]+/g) ?? []).join(' '),
          iconBackground: r.querySelector('.custom-view-tree-node-item-icon')?.style.backgroundImage ?? '',
          iconColor: r.querySelector('.custom-view-tree-node-item-icon')?.style.color ?? '',
        })),
      );
  }

  async statusBarItem(idPart) {
    return this.page.locator(`.statusbar-item[id*="${idPart}"]`);
  }
}
