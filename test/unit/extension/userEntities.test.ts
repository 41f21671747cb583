import * as assert from 'node:assert/strict';
import * as fs from 'node:fs/promises';
import * as os from 'node:os';
import * as path from 'node:path';
import { corpusUserEntities, folderUserEntities, ProblemNotices } from '../../../src/extension/state/userEntityFiles';
import { IndexWorkerClient } from '../../../src/extension/worker/client';
import type { CorpusEntity } from '../../../src/core';
import type { FileInput, IndexedDocument, JobSettings } from '../../../src/extension/worker/protocol';

const bytes = (s: string) => new TextEncoder().encode(s);

const FILE = JSON.stringify({
  entities: [{ name: 'Tomas Brennick', type: 'person', aliases: ['the harbour chief'], description: 'Head of the port authority since 2019' }],
  notEntities: ['Night Shift'],
});

describe('user entities file in the extension', () => {
  describe('folderUserEntities', () => {
    it('is empty and silent when the folder has no file', () => {
      assert.deepEqual(folderUserEntities('news', undefined), { problems: [] });
    });

    it('parses a well-formed file (UTF-8 with BOM too) into analysis options', () => {
      for (const text of [FILE, '\uFEFF' + FILE]) {
        const r = folderUserEntities('news', bytes(text));
        assert.deepEqual(r.problems, []);
        assert.equal(r.entities?.entities?.[0].description, 'Head of the port authority since 2019');
        assert.deepEqual(r.entities?.notEntities, ['Night Shift']);
      }
    });

    it('names the folder and file in each problem, keeping the well-formed entries', () => {
      const r = folderUserEntities('news', bytes(JSON.stringify({ entities: [{ type: 'person' }, { name: 'Port Authority', type: 'agency' }] })));
      assert.deepEqual(r.problems, [
        'news/.corpus-review/entities.json: entities[0] has no name and was skipped',
        'news/.corpus-review/entities.json: entities[1] (Port Authority): unknown type "agency" ignored',
      ]);
      assert.deepEqual(r.entities?.entities, [{ name: 'Port Authority' }]);
    });

    it('reports invalid JSON without a doubled file name, and uses nothing from it', () => {
      const r = folderUserEntities('news', bytes('{ "entities": [ }'));
      assert.equal(r.entities, undefined);
      assert.equal(r.problems.length, 1);
      assert.match(r.problems[0], /^news\/\.corpus-review\/entities\.json is not valid JSON: /);
    });

    it('reports a binary file instead of parsing it', () => {
      const r = folderUserEntities('news', new Uint8Array([0x7b, 0x00, 0x7d]));
      assert.deepEqual(r.problems, ['news/.corpus-review/entities.json: not a text file; ignored']);
      assert.equal(r.entities, undefined);
    });

    it('treats a file that lists nothing like no file, but remembers its text', () => {
      const r = folderUserEntities('news', bytes('{}'));
      assert.equal(r.entities, undefined);
      assert.equal(r.text, '{}');
    });
  });

  it('corpusUserEntities merges folders in order and is undefined when no folder has a file', () => {
    assert.equal(corpusUserEntities({}), undefined);
    assert.equal(corpusUserEntities(undefined), undefined);
    const one = { entities: [{ name: 'A' }] };
    assert.equal(corpusUserEntities({ x: one }), one, 'a single folder is passed as is (its prepared index stays cached)');
    assert.deepEqual(corpusUserEntities({ x: one, y: { entities: [{ name: 'B' }], notEntities: ['C'] } }), {
      entities: [{ name: 'A' }, { name: 'B' }],
      notEntities: ['C'],
    });
  });

  it('ProblemNotices announces problems once per change, and again when they come back after a fix', () => {
    const n = new ProblemNotices();
    assert.deepEqual(n.take('w', ['p1']), ['p1']);
    assert.deepEqual(n.take('w', ['p1']), [], 'same problems, e.g. a re-index: not announced again');
    assert.deepEqual(n.take('other', ['p1']), ['p1'], 'per folder');
    assert.deepEqual(n.take('w', ['p1', 'p2']), ['p1', 'p2']);
    assert.deepEqual(n.take('w', []), []);
    assert.deepEqual(n.take('w', ['p1']), ['p1'], 'fixed then broken again');
    n.forget('other');
    assert.deepEqual(n.take('other', ['p1']), ['p1']);
  });

  describe('indexing job with the user entities of each folder', () => {
    let dir: string;
    let files: FileInput[];
    const ARTICLE = [
      'Port Strike Enters Second Week',
      '',
      'Tomas Brennick, who runs the harbour, said on Monday that talks would resume.',
      '',
      'Brennick added that cargo was being diverted to the southern terminal.',
    ].join('\n');

    beforeEach(async () => {
      dir = await fs.mkdtemp(path.join(os.tmpdir(), 'corpus-review-user-entities-'));
      await fs.writeFile(path.join(dir, 'a.txt'), ARTICLE);
      await fs.writeFile(path.join(dir, 'b.txt'), ARTICLE.replace('Monday', 'Tuesday'));
      files = ['a.txt', 'b.txt'].map((n) => ({ fsPath: path.join(dir, n), path: `seeds/${n}`, folder: 'w' }));
    });
    afterEach(() => fs.rm(dir, { recursive: true, force: true }));

    const settings = (over: Partial<JobSettings> = {}): JobSettings => ({ rules: {}, maxFileSize: 1_000_000, ignoredLines: {}, checkedClaims: {}, ...over });
    const brennick = (entities: CorpusEntity[]) => entities.find((e) => /Brennick/.test(e.name));

    it('gives the corpus index the description and aliases from the file, in full and incremental passes', async () => {
      const client = new IndexWorkerClient(undefined);
      const without = await client.run({ type: 'corpus', files, settings: settings() });
      assert.ok(brennick(without.entities), 'recognised without the file');
      assert.equal(brennick(without.entities)!.description, undefined);

      const entitiesByFolder = { w: folderUserEntities('w', bytes(FILE)).entities! };
      const docs: IndexedDocument[] = [];
      const withFile = await client.run({ type: 'corpus', files, settings: settings({ entitiesByFolder }) }, { onResults: (d) => docs.push(...d) });
      const e = brennick(withFile.entities);
      assert.equal(e?.description, 'Head of the port authority since 2019');
      assert.ok(e?.aliases.includes('the harbour chief'), e?.aliases.join(', '));
      assert.equal(e?.documents, 2);

      const again = await client.run({ type: 'documents', files: files.slice(0, 1), settings: settings({ entitiesByFolder }) });
      assert.equal(brennick(again.entities)?.description, 'Head of the port authority since 2019', 'a changed document keeps the file applied');
      const removed = await client.run({ type: 'remove', paths: ['seeds/b.txt'] });
      assert.equal(brennick(removed.entities)?.description, 'Head of the port authority since 2019', 'and so does a deletion');

      // Entities of another folder's file do not reach this folder's documents, but do reach the corpus index.
      const other = await client.run({ type: 'corpus', files, settings: settings({ entitiesByFolder: { elsewhere: entitiesByFolder.w } }) });
      assert.equal(brennick(other.entities)?.description, 'Head of the port authority since 2019');
      client.dispose();
    });
  });
});
