// Issue 3: the Corpus view lists the sample corpus documents. Rows appear only after activate() has
// registered the tree provider, so this is also the activation check; when it fails, the run stops and
// prints the extension-host logs.
import { expect, waitUntil } from '../lib/harness.mjs';

export const SAMPLE_DOCUMENTS = ['101_olive-oil-original.txt', '102_olive-oil-rewrite.txt', '103_port-strike.txt'];

export default {
  id: 'corpus-view',
  title: 'Corpus view lists the sample corpus',
  issue: 3,
  critical: true,
  always: true, // runs with --only too
  async run({ h, wb, page, extensionId, extHostLog, extensionLog }) {
    await h.step('activity bar "Corpus Review" opens the Corpus view with the sample documents', async () => {
      await wb.openViewContainer('Corpus Review', 'corpusReview');
      const tree = wb.tree('Corpus');
      // Rows, or an activation error in the extension-host log (no point waiting the full timeout then).
      const outcome = await waitUntil(async () => {
        const failure = extHostLog().match(new RegExp(`Activating extension ${extensionId} failed[^\\n]*\\n[^\\n]*`));
        if (failure) return { failure: failure[0].replace(/\s+/g, ' ') };
        return (await tree.locator('[role=treeitem]').count()) > 0 && { rows: true };
      }, 'the first row of the Corpus tree');
      if (outcome.failure) throw new Error(`the extension failed to activate: ${outcome.failure}`);
      // Documents may sit at the root or under a folder row, depending on how the view groups them.
      const labels = await waitUntil(async () => {
        const rows = await wb.treeRows('Corpus');
        const found = SAMPLE_DOCUMENTS.filter((d) => rows.some((r) => r.label === d));
        if (found.length < SAMPLE_DOCUMENTS.length) {
          const folder = tree.locator('[role=treeitem][aria-expanded="false"]').first();
          if (await folder.count()) await folder.click();
          return false;
        }
        return rows;
      }, `all of ${SAMPLE_DOCUMENTS.join(', ')} in the Corpus tree`);
      expect(labels.length >= SAMPLE_DOCUMENTS.length, 'three rows');
    });

    await h.step('the extension activated cleanly (exthost log + its own log channel)', async () => {
      await waitUntil(() => extHostLog().includes(`_doActivateExtension ${extensionId}`), 'activation line in remoteexthost.log', 20_000);
      const failed = extHostLog().split('\n').filter((l) => l.includes(`Activating extension ${extensionId} failed`));
      expect(failed.length === 0, `no activation failure, got: ${failed.join(' | ')}`);
      await waitUntil(() => /\bactivated\b/i.test(extensionLog()), '"activated" in the Corpus Review log channel', 20_000);
    });
  },
};

/** Not critical: the analysis can fail while the view and everything else still work. */
export const corpusCounts = {
  id: 'corpus-counts',
  title: 'Corpus view shows finding counts once analysed',
  issue: 3,
  async run({ h, wb }) {
    await h.step('each document row shows its finding count once analysed', async () => {
      const rows = await waitUntil(async () => {
        const all = await wb.treeRows('Corpus');
        const docs = all.filter((r) => SAMPLE_DOCUMENTS.includes(r.label));
        return docs.every((r) => /\d+\s+finding/.test(r.description + ' ' + r.ariaLabel)) ? docs : false;
      }, 'a finding count on every document row');
      const rewrite = rows.find((r) => r.label === '102_olive-oil-rewrite.txt');
      const n = Number((rewrite.description + ' ' + rewrite.ariaLabel).match(/(\d+)\s+finding/)[1]);
      expect(n >= 3, `102 to show at least its 3 comment-form findings, shows ${n}`);
    });
  },
};
