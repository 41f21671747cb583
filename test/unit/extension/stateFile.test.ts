import * as assert from 'node:assert/strict';
import * as fs from 'node:fs/promises';
import * as os from 'node:os';
import * as path from 'node:path';
import { contentHash } from '../../../src/extension/state/contentHash';
import { FolderReviewStore, ReadOnlyStateError } from '../../../src/extension/state/folderStore';
import { changedSinceReview, detectRenames } from '../../../src/extension/state/renames';
import { emptyState, isSafeRelativePath, parseState, serializeState, STATE_SCHEMA_VERSION } from '../../../src/extension/state/schema';
import { atomicWrite, isInside, loadStateFile, statePath, writeStateFile } from '../../../src/extension/state/stateFile';

async function tempFolder(): Promise<string> {
  return fs.realpath(await fs.mkdtemp(path.join(os.tmpdir(), 'corpus-review-state-')));
}

describe('review state file', () => {
  let folder: string;
  beforeEach(async () => {
    folder = await tempFolder();
  });
  afterEach(async () => {
    await fs.rm(folder, { recursive: true, force: true });
  });

  describe('schema', () => {
    it('round-trips through serialise and parse with the current version', () => {
      const state = emptyState();
      state.documents['news/b.txt'] = { status: 'reviewed', contentHash: 'abc', updated: '2026-01-01T00:00:00.000Z' };
      state.documents['news/a.txt'] = { status: 'rejected', disabledRules: ['boilerplate/comment-form'] };
      state.ignoredLines['00ff'] = { text: 'Share this story', path: 'news/a.txt' };
      const text = serializeState(state);
      assert.equal(JSON.parse(text).version, STATE_SCHEMA_VERSION);
      assert.deepEqual(Object.keys(JSON.parse(text).documents), ['news/a.txt', 'news/b.txt'], 'keys sorted for stable diffs');
      const back = parseState(text);
      assert.ok(back.ok);
      assert.deepEqual(back.state, state);
    });

    it('rejects text that is not a state file', () => {
      for (const bad of ['', '{', '[]', 'null', '{"documents":{}}', '{"version":"1"}', '{"version":0}', '{"version":1,"documents":[]}']) {
        assert.equal(parseState(bad).ok, false, bad);
      }
    });

    it('drops invalid entries one by one and counts them', () => {
      const r = parseState(
        JSON.stringify({
          version: 1,
          documents: {
            'ok.txt': { status: 'reviewed' },
            'bad-status.txt': { status: 'done' },
            '../escape.txt': { status: 'reviewed' },
            '/abs.txt': { status: 'reviewed' },
          },
          ignoredLines: { abcd: { text: 'x' }, 'not hex': { text: 'y' }, ef01: { nope: 1 } },
        }),
      );
      assert.ok(r.ok);
      assert.deepEqual(Object.keys(r.state.documents), ['ok.txt']);
      assert.deepEqual(Object.keys(r.state.ignoredLines), ['abcd']);
      assert.equal(r.dropped, 5);
    });

    it('marks a file from a newer schema version', () => {
      const r = parseState(JSON.stringify({ version: STATE_SCHEMA_VERSION + 1, documents: { 'a.txt': { status: 'reviewed' } }, extra: {} }));
      assert.ok(r.ok && 'newerVersion' in r);
      assert.equal(r.state.documents['a.txt'].status, 'reviewed');
    });

    it('accepts only relative paths inside the folder as keys', () => {
      assert.ok(isSafeRelativePath('seeds/a.txt'));
      for (const p of ['', '/etc/passwd', 'C:/x.txt', '../x', 'a/../../x', 'a//b', 'a\\b', './a']) assert.ok(!isSafeRelativePath(p), p);
    });
  });

  describe('atomic write', () => {
    it('replaces the file in one rename and leaves no temp files', async () => {
      const file = path.join(folder, 'x.json');
      await fs.writeFile(file, 'old');
      await atomicWrite(file, 'new contents');
      assert.equal(await fs.readFile(file, 'utf8'), 'new contents');
      assert.deepEqual(await fs.readdir(folder), ['x.json']);
    });

    it('leaves the target intact and removes the temp file when the final rename fails', async () => {
      // Renaming a file over a non-empty directory fails: the target must stay as it was.
      const dirTarget = path.join(folder, 'dir');
      await fs.mkdir(dirTarget);
      await fs.writeFile(path.join(dirTarget, 'inner'), '1');
      await assert.rejects(atomicWrite(dirTarget, 'new'));
      assert.equal(await fs.readFile(path.join(dirTarget, 'inner'), 'utf8'), '1');
      assert.deepEqual(await fs.readdir(folder), ['dir'], 'temp file removed');
    });

    it('concurrent changes all end up in the file', async () => {
      const store = new FolderReviewStore(folder, () => true);
      await store.load();
      await Promise.all(
        Array.from({ length: 20 }, (_, i) => store.setStatus(`d/${i}.txt`, i % 2 ? 'reviewed' : 'rejected', 'h' + i)),
      );
      await store.flush();
      const r = parseState(await fs.readFile(statePath(folder), 'utf8'));
      assert.ok(r.ok);
      assert.equal(Object.keys(r.state.documents).length, 20);
      assert.deepEqual((await fs.readdir(path.join(folder, '.corpus-review'))), ['state.json']);
    });
  });

  describe('loading', () => {
    it('starts empty when no file exists, and creates nothing', async () => {
      const r = await loadStateFile(folder, true);
      assert.equal(r.existed, false);
      assert.deepEqual(r.state, emptyState());
      await assert.rejects(fs.stat(path.join(folder, '.corpus-review')));
    });

    it('backs up a corrupt file, warns, and writes a fresh valid one', async () => {
      await fs.mkdir(path.join(folder, '.corpus-review'));
      await fs.writeFile(statePath(folder), '{"version": 1, "documents": {"a.txt": {"status": "revi');
      const store = new FolderReviewStore(folder, () => true);
      const r = await store.load(new Date('2026-03-04T05:06:07.089Z'));
      assert.match(r.warning ?? '', /corrupt/);
      assert.ok(r.backupPath);
      assert.equal(path.basename(r.backupPath), 'state.corrupt-2026-03-04T05-06-07-089Z.json');
      assert.equal(await fs.readFile(r.backupPath, 'utf8'), '{"version": 1, "documents": {"a.txt": {"status": "revi', 'original bytes kept');
      const fresh = parseState(await fs.readFile(statePath(folder), 'utf8'));
      assert.ok(fresh.ok, 'state.json replaced with a valid file');
      // A second corrupt load at the same instant does not clobber the first backup.
      await fs.writeFile(statePath(folder), 'garbage');
      const again = await loadStateFile(folder, true, new Date('2026-03-04T05:06:07.089Z'));
      assert.notEqual(again.backupPath, r.backupPath);
      assert.equal(await fs.readFile(r.backupPath, 'utf8'), '{"version": 1, "documents": {"a.txt": {"status": "revi');
    });

    it('leaves a corrupt file untouched when writing is not allowed (untrusted workspace)', async () => {
      await fs.mkdir(path.join(folder, '.corpus-review'));
      await fs.writeFile(statePath(folder), 'not json');
      const store = new FolderReviewStore(folder, () => false);
      const r = await store.load();
      assert.match(r.warning ?? '', /left untouched/);
      assert.deepEqual(await fs.readdir(path.join(folder, '.corpus-review')), ['state.json']);
      assert.equal(await fs.readFile(statePath(folder), 'utf8'), 'not json');
    });

    it('does not overwrite a file written by a newer version', async () => {
      await fs.mkdir(path.join(folder, '.corpus-review'));
      const future = JSON.stringify({ version: 99, documents: { 'a.txt': { status: 'reviewed' } }, future: true });
      await fs.writeFile(statePath(folder), future);
      const store = new FolderReviewStore(folder, () => true);
      const r = await store.load();
      assert.ok(r.readOnly);
      assert.equal(store.entry('a.txt')?.status, 'reviewed');
      await assert.rejects(store.setStatus('a.txt', 'rejected', 'h'), ReadOnlyStateError);
      assert.equal(await fs.readFile(statePath(folder), 'utf8'), future);
    });

    it('refuses a state directory that is a symlink out of the workspace folder', async function () {
      const outside = await tempFolder();
      try {
        await fs.symlink(outside, path.join(folder, '.corpus-review'));
        await assert.rejects(writeStateFile(folder, emptyState()), /outside the workspace folder/);
        assert.deepEqual(await fs.readdir(outside), []);
      } finally {
        await fs.rm(outside, { recursive: true, force: true });
      }
    });

    it('reloads when the file changes on disk, not after its own writes', async () => {
      const store = new FolderReviewStore(folder, () => true);
      await store.load();
      await store.setStatus('a.txt', 'reviewed', 'h1');
      assert.equal(await store.reloadIfChangedOnDisk(), undefined);
      const other = emptyState();
      other.documents['b.txt'] = { status: 'rejected' };
      await writeStateFile(folder, other);
      assert.ok(await store.reloadIfChangedOnDisk());
      assert.equal(store.entry('a.txt'), undefined);
      assert.equal(store.entry('b.txt')?.status, 'rejected');
    });
  });

  describe('store', () => {
    it('persists status, ignored lines, checked claims and disabled rules across a reload', async () => {
      const store = new FolderReviewStore(folder, () => true);
      await store.load();
      await store.setStatus('news/a.txt', 'reviewed', contentHash('Body.\n'), new Date('2026-01-02T00:00:00Z'));
      await store.ignoreLine('0a0b', 'Share on social media', 'news/a.txt');
      await store.markClaimChecked('0c0d', 'Prices rose, experts say.', 'news/a.txt');
      await store.disableRule('news/b.txt', 'boilerplate/comment-form');
      const again = new FolderReviewStore(folder, () => true);
      await again.load();
      assert.deepEqual(again.entry('news/a.txt'), { status: 'reviewed', contentHash: contentHash('Body.\n'), updated: '2026-01-02T00:00:00.000Z' });
      assert.equal(again.state.ignoredLines['0a0b'].text, 'Share on social media');
      assert.equal(again.state.checkedClaims['0c0d'].path, 'news/a.txt');
      assert.deepEqual(again.entry('news/b.txt'), { status: 'unreviewed', disabledRules: ['boilerplate/comment-form'] });
    });

    it('writes nothing when not writable, and says why', async () => {
      const store = new FolderReviewStore(folder, () => false);
      await store.load();
      await assert.rejects(store.setStatus('a.txt', 'reviewed', 'h'), /not trusted/);
      await assert.rejects(store.ignoreLine('aa', 'x', 'a.txt'), ReadOnlyStateError);
      await assert.rejects(fs.stat(path.join(folder, '.corpus-review')));
    });

    it('setting a document back to unreviewed removes its entry', async () => {
      const store = new FolderReviewStore(folder, () => true);
      await store.load();
      await store.setStatus('a.txt', 'reviewed', 'h');
      await store.setStatus('a.txt', 'unreviewed', 'h');
      assert.equal(store.entry('a.txt'), undefined);
    });
  });

  describe('content hash and renames', () => {
    it('ignores line-ending conversions but notices edits', () => {
      assert.equal(contentHash('a\r\nb\r\n'), contentHash('a\nb\n'));
      assert.notEqual(contentHash('a\nb\n'), contentHash('a\nc\n'));
    });

    it('reports a document as changed since reviewed only when its content differs', () => {
      assert.equal(changedSinceReview({ status: 'reviewed', contentHash: 'h1' }, 'h1'), false);
      assert.equal(changedSinceReview({ status: 'reviewed', contentHash: 'h1' }, 'h2'), true);
      assert.equal(changedSinceReview({ status: 'unreviewed', contentHash: 'h1' }, 'h2'), false);
      assert.equal(changedSinceReview(undefined, 'h2'), false);
    });

    it('moves an entry to a new path holding the same content', async () => {
      const store = new FolderReviewStore(folder, () => true);
      await store.load();
      await store.setStatus('old/a.txt', 'reviewed', 'h-a');
      await store.setStatus('old/b.txt', 'rejected', 'h-b');
      const moves = await store.reconcile(new Map([['new/a.txt', 'h-a'], ['old/b.txt', 'h-b']]));
      assert.deepEqual(moves, [{ from: 'old/a.txt', to: 'new/a.txt' }]);
      const again = new FolderReviewStore(folder, () => true);
      await again.load();
      assert.equal(again.entry('new/a.txt')?.status, 'reviewed');
      assert.equal(again.entry('old/a.txt'), undefined);
    });

    it('does not guess when the content match is ambiguous, and keeps entries of missing files', () => {
      const entries = { 'x.txt': { status: 'reviewed' as const, contentHash: 'h' }, 'y.txt': { status: 'reviewed' as const, contentHash: 'h' } };
      assert.deepEqual(detectRenames(entries, new Map([['z.txt', 'h']])), []);
      assert.deepEqual(detectRenames({ 'x.txt': entries['x.txt'] }, new Map([['z.txt', 'h'], ['w.txt', 'h']])), []);
      assert.deepEqual(detectRenames({ 'x.txt': entries['x.txt'] }, new Map([['z.txt', 'other']])), []);
      // A new document that already has its own entry is not a rename target.
      assert.deepEqual(detectRenames({ 'x.txt': entries['x.txt'], 'z.txt': { status: 'rejected', contentHash: 'q' } }, new Map([['z.txt', 'h']])), []);
    });

    it('isInside accepts the folder and below only', () => {
      assert.ok(isInside('/w', '/w'));
      assert.ok(isInside('/w', '/w/.corpus-review/state.json'));
      assert.ok(!isInside('/w', '/w2/x'));
      assert.ok(!isInside('/w', '/x'));
    });
  });
});
