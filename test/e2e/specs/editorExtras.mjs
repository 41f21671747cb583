// Editor features beyond the shared suite's specs (issues 4, 5, 6, 8, 11): entity-card links and
// navigation, highlights, the drift report, ignore/clear, template-line removal across the corpus with its
// confirmation and undo, mark-as-checked / disable-rule, and hostile text in a hover card.
// Specs that create documents remove them again (addDocuments/removeDocuments) so the sample corpus is the
// same for every later spec.
import { expect, expectEqual, waitUntil } from '../lib/harness.mjs';

const ORIGINAL = '101_olive-oil-original.txt';

/** Creates documents in seeds/ for one spec and waits until the Corpus view lists them (the extension
 *  indexes files created on disk through its file watcher). */
async function addDocuments({ wb, workspaceFile }, docs) {
  const fs = await import('node:fs');
  for (const [name, text] of Object.entries(docs)) fs.writeFileSync(workspaceFile(`seeds/${name}`), text);
  await wb.openViewContainer('Corpus Review', 'corpusReview');
  await waitUntil(async () => {
    const labels = new Set((await wb.treeRows('Corpus')).map((r) => r.label));
    return Object.keys(docs).every((n) => labels.has(n));
  }, `${Object.keys(docs).join(', ')} in the Corpus view`);
}

/** Takes a spec's documents out of the workspace again (closing their editors first, discarding changes)
 *  and waits until the index has dropped them, so later specs see the sample corpus they expect. */
async function removeDocuments({ wb, workspaceFile }, names) {
  const fs = await import('node:fs');
  await wb.closeAllEditorsDiscarding();
  for (const n of names) fs.rmSync(workspaceFile(`seeds/${n}`), { force: true });
  await wb.openViewContainer('Corpus Review', 'corpusReview');
  await waitUntil(async () => {
    const labels = new Set((await wb.treeRows('Corpus')).map((r) => r.label));
    return names.every((n) => !labels.has(n));
  }, `${names.join(', ')} gone from the Corpus view`);
}
const EDITOR_SELECTOR = '.editor-group-container.active .monaco-editor';
const REWRITE = '102_olive-oil-rewrite.txt';

export const entityHover = {
  id: 'entity-card-links',
  issue: 6,
  title: 'Entity card counts the corpus, quotes the first mention elsewhere, links to the exact mention',
  async run({ h, wb, page }) {
    await h.step(`open ${REWRITE}`, () => wb.openFile(REWRITE));
    await h.step('hovering "Madrid" shows the entity card', async () => {
      await wb.focusEditor();
      await page.keyboard.press('Control+Home');
      await page.waitForTimeout(800);
      const hover = await wb.hoverWord('Madrid', 'Mentioned in');
      const text = (await hover.innerText()).replace(/\u00a0/g, ' ');
      expect(/Madrid/.test(text) && /place/.test(text), 'name and type');
      expect(/Mentioned in 2 documents/.test(text), 'counted across the corpus');
      expect(/First mention elsewhere \(101_olive-oil-original\.txt, line 15\):.*Madrid/.test(text), 'snippet of the first mention elsewhere');
      await h.screenshot('entity-card');
      await hover.locator('a', { hasText: '101_olive-oil-original.txt' }).first().click();
      await wb.activeTab(ORIGINAL).waitFor();
      await page.locator('[id="status.editor.selection"]', { hasText: 'Ln 15, Col 56' }).waitFor({ timeout: 5000 });
    });
    await h.step('Find All References lists the mentions across the corpus', async () => {
      await wb.focusEditor();
      const madrid = await wb.wordCentre('Madrid');
      await page.mouse.click(madrid.x, madrid.y);
      await wb.runCommand('Go to References');
      const peek = page.locator('.peekview-widget').first();
      await peek.waitFor();
      const title = await waitUntil(async () => {
        const t = (await peek.locator('.peekview-title').innerText().catch(() => '')).replace(/\u00a0/g, ' ');
        return /References \(2\)/.test(t) ? t : null;
      }, 'the peek view counting 2 references', 20_000);
      expect(/References \(2\)/.test(title), 'two references');
      const list = (await peek.locator('.ref-tree').innerText()).replace(/\u00a0/g, ' ');
      expect(list.includes(ORIGINAL) && list.includes(REWRITE), `both documents listed, got ${JSON.stringify(list)}`);
      await h.screenshot('entity-references');
      await page.keyboard.press('Escape');
    });
  },
};

export const definition = {
  id: 'entity-definition',
  issue: 6,
  title: 'Go to Definition and highlights on an entity',
  // Needs the language's wordPattern as { "pattern": …, "flags": "u" }: as a plain string VS Code compiles
  // it without `u`, `\p{L}` matches nothing and the word highlighter never asks for highlights.
  async run({ h, wb, page, readWorkspaceFile }) {
    const text = readWorkspaceFile(`seeds/${ORIGINAL}`).split(/\r?\n/);
    const lastLine = text.findLastIndex((l) => /Márquez said/.test(l)) + 1;
    const firstLine = text.findIndex((l) => /Márquez/.test(l)) + 1;
    await h.step(`open ${ORIGINAL}`, () => wb.openFile(ORIGINAL));
    await h.step('F12 on the last "Márquez" jumps to the first mention', async () => {
      await wb.focusEditor();
      await wb.gotoLine(lastLine, text[lastLine - 1].indexOf('Márquez said') + 3);
      await page.waitForTimeout(500);
      await page.keyboard.press('F12');
      await page.locator('[id="status.editor.selection"]', { hasText: `Ln ${firstLine},` }).waitFor({ timeout: 5000 });
    });
    await h.step('clicking a mention highlights every mention of the entity in the document', async () => {
      const at = await wb.wordCentre('Márquez');
      await page.mouse.click(at.x, at.y); // an explicit cursor move: the word highlighter ignores jumps
      const classes = await waitUntil(async () => {
        const c = await page.locator(`${EDITOR_SELECTOR} .view-overlays div[class*="wordHighlight"]`).evaluateAll((els) => els.map((e) => e.className));
        return c.length >= 2 ? c : null;
      }, 'two highlighted mentions', 5000).catch(() => []);
      await h.screenshot('entity-highlights');
      expect(classes.length >= 2, 'the mentions are highlighted');
    });
  },
};

export const copies = {
  id: 'drift-report',
  issue: 8,
  title: 'Spun-copy diagnostic, Compare with original (diff), Show drift report',
  async run({ h, wb, page }) {
    await h.step(`open ${REWRITE} once the corpus is indexed`, async () => {
      await wb.openViewContainer('Corpus Review', 'corpusReview');
      await page.locator('[id="status.problems"]').waitFor();
      await wb.openFile(REWRITE);
    });
    await h.step('the document carries the copies diagnostic', async () => {
      await wb.showProblems();
      const markers = await waitUntil(async () => {
        const all = await wb.problems();
        const m = all.filter((x) => x.code.startsWith('copies/') && /copy of 101_olive-oil-original/.test(x.message));
        return m.length ? m : null;
      }, 'a copies marker', 20000);
      expect(markers.some((m) => /reworded/.test(m.message)), 'the summary says what changed');
    });
    await h.step('quick fix "Compare with original" opens a side-by-side diff of the aligned texts', async () => {
      await wb.focusEditor();
      await wb.gotoLine(1, 3);
      await wb.openQuickFix('Compare with original');
      await wb.chooseCodeAction('Compare with original');
      await page.locator('.monaco-diff-editor').first().waitFor();
      const tab = (await page.locator('.tabs-container .tab.active').innerText()).replace(/\u00a0/g, ' ');
      expect(/101_olive-oil-original\.txt ↔ 102_olive-oil-rewrite\.txt/.test(tab), 'diff title names both documents');
      // The diff editor appears before both sides are rendered: wait for the pair rather than read once.
      const sides = async () => ({
        left: (await page.locator('.monaco-diff-editor .editor.original .view-lines').first().innerText().catch(() => '')).replace(/\u00a0/g, ' '),
        right: (await page.locator('.monaco-diff-editor .editor.modified .view-lines').first().innerText().catch(() => '')).replace(/\u00a0/g, ' '),
      });
      const paired = (x) => /could rise again/.test(x.left) && /might rise again/.test(x.right);
      const shown = await waitUntil(async () => { const x = await sides(); return paired(x) ? x : null; }, 'the could→might pair in the diff', 10_000).catch(() => sides());
      expect(paired(shown), `the could→might pair faces each other (left ${JSON.stringify(shown.left.slice(0, 200))}, right ${JSON.stringify(shown.right.slice(0, 200))})`);
      await page.waitForTimeout(500);
      await h.screenshot('compare-aligned');
    });
    await h.step('"Show Drift Report" opens a Markdown report with the classified changes', async () => {
      await wb.runCommand('View: Close All Editors');
      await wb.openFile(REWRITE);
      await wb.runCommand('Corpus Review: Show Drift Report');
      await page.locator('.tabs-container .tab', { hasText: 'drift-report' }).first().waitFor();
      // The report renders in the Markdown preview (a webview frame).
      const previewText = await waitUntil(async () => {
        for (const f of page.frames()) {
          const t = await f.evaluate(() => document.body?.innerText ?? '').catch(() => '');
          if (/Drift report/.test(t)) return t;
        }
        return null;
      }, 'the Markdown preview showing the report', 15000);
      expect(/Copy: seeds\/102_olive-oil-rewrite\.txt/.test(previewText), 'names the copy');
      expect(/Original: seeds\/101_olive-oil-original\.txt/.test(previewText), 'names the original');
      expect(/could/.test(previewText) && /might/.test(previewText), 'the could→might pair is listed');
      expect(!/\\[.(]/.test(previewText), 'escapes render away (no visible backslashes)');
      await h.screenshot('drift-report');
    });
  },
};

export const templateLine = {
  id: 'template-line',
  issue: 4,
  title: 'Remove a template line from every document (modal count, one edit)',
  // Flaky in clean-clone runs: the template-line marker on a freshly added document sometimes takes longer
  // than the wait, and "Save All" once left the background documents unsaved. Passes most runs; kept out
  // of CI until the indexing race behind it is understood (run it with E2E_PENDING=1).
  pending: 'flaky in clean-clone runs (template marker timing on freshly added documents)',
  async run(ctx) {
    const { h, wb, page, readWorkspaceFile } = ctx;
    const bodies = [
      'The ferry to Kiel was cancelled on Tuesday after a storm damaged the pier, the port operator said.',
      'Dock workers in Gdansk voted to extend their strike by a week, union leaders told reporters.',
      'A new crane arrived at the container terminal in Rostock on Friday, officials said.',
    ];
    const LINE = 'Harbour Daily Briefing · Weekdays';
    const names = bodies.map((_, i) => `20${i + 1}_harbour.txt`);
    const FIX = `Remove this template line from every document in the corpus (${names.length} documents)`;
    try {
      await h.step('three documents sharing a chrome line appear in the corpus', async () => {
        await addDocuments(ctx, Object.fromEntries(names.map((n, i) => [n, `Harbour notes ${i + 1}\n\n${bodies[i]}\n\n${LINE}\n`])));
        await wb.openFile(names[0]);
        // The line is a template only once the corpus pass has seen all three documents: wait for the marker.
        await wb.showProblems();
        await waitUntil(async () => (await wb.problems()).some((m) => m.code.includes('boilerplate/template-line') && /Ln 5,/.test(m.line)), `the template-line marker on line 5 of ${names[0]}`);
      });
      await h.step('the quick fix names the count and asks for confirmation', async () => {
        await wb.focusEditor();
        await waitUntil(async () => {
          await wb.gotoLine(5, 3);
          await page.keyboard.press('Control+.');
          // The menu opens only when there are actions; otherwise "No code actions available": ask again.
          const opened = await page.locator('.action-widget').waitFor({ timeout: 3000 }).then(() => true, () => false);
          const t = opened ? await wb.codeActionTitles() : [];
          if (t.includes(FIX)) return t;
          await page.keyboard.press('Escape');
          await page.waitForTimeout(500);
          return null;
        }, `the fix "${FIX}"`, 20000);
        await wb.chooseCodeAction(FIX);
        const dialog = page.locator('.monaco-dialog-box[role=dialog]');
        await dialog.waitFor();
        const text = (await dialog.innerText()).replace(/\u00a0/g, ' ');
        expect(text.includes(`Remove "${LINE}" from 3 documents (3 lines)?`), 'count in the dialog');
        await h.screenshot('template-confirm');
        await dialog.locator('a.monaco-button', { hasText: 'Remove' }).first().click();
      });
      await h.step('every document loses the line in one edit; saving writes them', async () => {
        await page.locator('.tabs-container .tab.active.dirty').waitFor();
        // Save only once every edited document is unsaved: a clean-clone run saved the active one while the
        // other two were still being loaded into the edit (dirty tabs, or the Explorer's unsaved-files badge).
        await waitUntil(async () => {
          const dirtyTabs = await page.locator('.tabs-container .tab.dirty').count();
          const badge = await page.locator('.activitybar li:has(a.action-label[aria-label^="Explorer"]) .badge-content').first().innerText({ timeout: 500 }).catch(() => '');
          return dirtyTabs >= names.length || Number(badge) >= names.length || null;
        }, `all ${names.length} edited documents unsaved`, 20_000);
        // Save each document from its own tab, as a reviewer checking every edit would. (In clean-clone runs
        // "File: Save All Files" sometimes left the two background documents unsaved, with no error shown.)
        for (const n of names) {
          await page.locator(`.tabs-container .tab[data-resource-name="${n}"]`).click();
          await page.locator(`.tabs-container .tab.active[data-resource-name="${n}"]`).waitFor();
          await wb.focusEditor();
          await page.keyboard.press('Control+S');
          await page.locator(`.tabs-container .tab.active:not(.dirty)[data-resource-name="${n}"]`).waitFor();
        }
        for (const [i, n] of names.entries()) {
          const t = await waitUntil(() => { const x = readWorkspaceFile(`seeds/${n}`); return x.includes(LINE) ? null : x; }, `${n} saved without the line`, 20_000);
          expectEqual(t, `Harbour notes ${i + 1}\n\n${bodies[i]}\n`, `${n} content`);
        }
      });
      await h.step('Undo restores the line in every document', async () => {
        await wb.focusEditor();
        await page.keyboard.press('Control+Z');
        const dialog = page.locator('.monaco-dialog-box[role=dialog]');
        if (await dialog.waitFor({ timeout: 3000 }).then(() => true, () => false)) {
          await dialog.locator('a.monaco-button').first().click();
        }
        await wb.runCommand('File: Save All Files');
        for (const n of names) await waitUntil(() => readWorkspaceFile(`seeds/${n}`).includes(LINE) || null, `${n} has the line again`, 20_000);
      });
    } finally {
      await removeDocuments(ctx, names);
    }
  },
};

export const ignoreLine = {
  id: 'ignore-line',
  issue: 4,
  title: 'Ignore this line (review state), Clear Ignored Lines',
  async run({ h, wb, page, readWorkspaceFile, workspaceFile }) {
    const fs = await import('node:fs');
    const lineOf = (text) => readWorkspaceFile(`seeds/${REWRITE}`).split(/\r?\n/).findIndex((l) => l.trim() === text) + 1;
    await h.step(`open ${REWRITE}`, async () => {
      await wb.openFile(REWRITE);
      await wb.showProblems();
      await wb.waitForProblems('boilerplate/comment-form', 3);
    });
    await h.step('"Ignore this line" hides the warning and stores the line hash', async () => {
      await wb.focusEditor();
      await wb.gotoLine(lineOf('Leave a Reply'), 3);
      await wb.openQuickFix('Ignore this line');
      await wb.chooseCodeAction('Ignore this line');
      await wb.waitForProblems('boilerplate/comment-form', 2);
      const state = await waitUntil(() => { try { return fs.readFileSync(workspaceFile('.corpus-review/state.json'), 'utf8'); } catch { return null; } }, 'state.json', 20_000);
      expect(/Leave a Reply/.test(state), 'the ignored line recorded');
    });
    await h.step('"Clear Ignored Lines" brings it back', async () => {
      await wb.runCommand('Corpus Review: Clear Ignored Lines');
      const dialog = page.locator('.monaco-dialog-box[role=dialog]');
      await dialog.waitFor();
      await dialog.locator('a.monaco-button', { hasText: 'Clear' }).first().click();
      await wb.waitForProblems('boilerplate/comment-form', 3);
    });
  },
};

export const hostileHover = {
  id: 'hostile-hover',
  issue: 11,
  title: 'Hostile document text in a hover card renders as plain text',
  async run(ctx) {
    const { h, wb, page } = ctx;
    const docs = {
      '301_hostile.txt':
        'Ingrid Solberg [click](command:workbench.action.openSettings) <img src=x onerror=alert(1)> said the quay would reopen ![pixel](https://evil.example/p.png) <b>soon</b>.\n',
      '302_plain.txt': 'The quay in Tromsø stayed closed on Monday, Ingrid Solberg told reporters.\n',
    };
    try {
      await h.step('two documents name the same person; one carries a command link, HTML and an image', async () => {
        await addDocuments(ctx, docs);
        await wb.openFile('302_plain.txt');
      });
      await h.step('the card quotes the other document as text: no command link, no image, no HTML', async () => {
        await page.waitForTimeout(1500);
        const hover = await waitUntil(async () => {
          try {
            return await wb.hoverWord('Solberg', 'First mention elsewhere');
          } catch {
            await wb.dismissHover();
            return null;
          }
        }, 'the entity card with the first mention elsewhere', 20000);
        const text = (await hover.innerText()).replace(/\u00a0/g, ' ');
        expect(text.includes('[click](command:workbench.action.openSettings)'), 'the command link shown as text');
        expect(text.includes('<img src=x'), 'the HTML shown as text');
        const hrefs = await hover.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('data-href') || a.getAttribute('href') || ''));
        expect(!hrefs.some((x) => /^command:/i.test(x) || /evil\.example/.test(x)), 'no command or foreign links');
        expect((await hover.locator('img, b').count()) === 0, 'no image or bold tag from the document');
        await h.screenshot('hostile-hover');
        await wb.dismissHover();
      });
    } finally {
      await removeDocuments(ctx, Object.keys(docs));
    }
  },
};

export const claimChecked = {
  id: 'claim-checked',
  issue: 5,
  title: 'Mark this claim as checked; Disable a rule for this document',
  async run({ h, wb, page, readWorkspaceFile }) {
    const lines = readWorkspaceFile(`seeds/${REWRITE}`).split(/\r?\n/);
    const lineNo = lines.findIndex((l) => l.includes('There are signs that')) + 1;
    const col = lines[lineNo - 1].indexOf('There are signs that') + 5;
    const count = async (code) => (await wb.problems()).filter((m) => m.code === code).length;
    let before = 0;
    await h.step(`open ${REWRITE}`, async () => {
      await wb.openFile(REWRITE);
      await wb.showProblems();
      before = await waitUntil(async () => {
        const n = await count('attribution/unattributed-claim');
        return n >= 2 ? n : null;
      }, 'at least two unattributed-claim markers', 20000);
    });
    await h.step('"Mark this claim as checked" removes that warning only', async () => {
      await wb.focusEditor();
      await wb.gotoLine(lineNo, col);
      await wb.openQuickFix('Mark this claim as checked');
      await wb.chooseCodeAction('Mark this claim as checked');
      await wb.waitForProblems('attribution/unattributed-claim', before - 1);
    });
    await h.step('"Disable attribution/unattributed-claim for this document" removes the rest', async () => {
      const left = (await wb.problems()).find((m) => m.code === 'attribution/unattributed-claim');
      const [, ln, cl] = left.line.match(/Ln (\d+), Col (\d+)/);
      await wb.focusEditor();
      await wb.gotoLine(Number(ln), Number(cl) + 2);
      await wb.openQuickFix('Disable attribution/unattributed-claim for this document');
      await wb.chooseCodeAction('Disable attribution/unattributed-claim for this document');
      await waitUntil(async () => (await count('attribution/unattributed-claim')) === 0 || null, 'no unattributed-claim markers', 20_000);
      expect((await count('boilerplate/comment-form')) === 3, 'other rules unaffected');
    });
  },
};

export const editorExtraSpecs = [entityHover, definition, copies, ignoreLine, claimChecked, templateLine, hostileHover];
