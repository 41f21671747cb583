import * as assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync, mkdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { cli } from '../cliHarness';
import { workspaceRootOf } from '../../../src/cli/userEntities';


interface Entity {
  name: string;
  type: string;
  description?: string;
}
const entityNames = (out: string): Entity[] => (JSON.parse(out).entities as Entity[]);

// A document written for this test: the harbour trust is lower case, so only the user's file makes it an entity.
const DOC = 'Harbour dues to rise\n\nThe harbour trust said on Monday that dues would rise by a tenth, and Kestrel Point would close for repairs.\n';

describe('CLI: user entities file', () => {
  let dir: string;
  before(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'corpus-review-entities-'));
    // A workspace with its entities file, and the corpus two folders down.
    mkdirSync(path.join(dir, 'ws', '.corpus-review'), { recursive: true });
    mkdirSync(path.join(dir, 'ws', 'corpus', 'week1'), { recursive: true });
    writeFileSync(path.join(dir, 'ws', 'corpus', 'week1', 'a.txt'), DOC);
    writeFileSync(
      path.join(dir, 'ws', '.corpus-review', 'entities.json'),
      JSON.stringify({ entities: [{ name: 'harbour trust', type: 'organization', description: 'Port authority' }], notEntities: ['Kestrel Point'] }),
    );
    // A corpus outside any workspace, and loose entity files.
    mkdirSync(path.join(dir, 'loose'));
    writeFileSync(path.join(dir, 'loose', 'b.txt'), DOC);
    writeFileSync(path.join(dir, 'extra.json'), JSON.stringify({ entities: [{ name: 'harbour trust', type: 'organization', description: 'Harbour authority' }] }));
    writeFileSync(path.join(dir, 'flawed.json'), JSON.stringify({ entities: [{ type: 'person' }, { name: 'harbour trust', type: 'company' }] }));
    writeFileSync(path.join(dir, 'broken.json'), '{ "entities": [');
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('finds the workspace root as the nearest ancestor holding .corpus-review/', async () => {
    assert.equal(await workspaceRootOf(path.join(dir, 'ws', 'corpus', 'week1', 'a.txt')), path.join(dir, 'ws'));
    assert.equal(await workspaceRootOf(path.join(dir, 'ws', 'corpus')), path.join(dir, 'ws'));
    assert.equal(await workspaceRootOf(path.join(dir, 'loose')), undefined);
  });

  it('reads .corpus-review/entities.json of the input folder’s workspace root', async () => {
    const r = await cli(['check', path.join(dir, 'ws', 'corpus'), '--format', 'json']);
    assert.equal(r.code, 0, r.err);
    const entities = entityNames(r.out);
    const trust = entities.find((e) => e.name === 'harbour trust');
    assert.equal(trust?.type, 'organization');
    assert.equal(trust?.description, 'Port authority');
    assert.ok(!entities.some((e) => e.name === 'Kestrel Point'), 'notEntities applies');
    assert.equal(r.err, '');
  });

  it('without a file the lower-case name is no entity', async () => {
    const r = await cli(['check', path.join(dir, 'loose'), '--format', 'json']);
    assert.ok(!entityNames(r.out).some((e) => e.name === 'harbour trust'));
    assert.ok(entityNames(r.out).some((e) => e.name === 'Kestrel Point'));
  });

  it('takes an explicit --entities file', async () => {
    const r = await cli(['check', path.join(dir, 'loose'), '--format', 'json', '--entities', path.join(dir, 'extra.json')]);
    assert.equal(r.code, 0, r.err);
    assert.equal(entityNames(r.out).find((e) => e.name === 'harbour trust')?.type, 'organization');
  });

  it('prints each problem of a flawed file as one line on stderr and keeps the good entries', async () => {
    const r = await cli(['check', path.join(dir, 'loose'), '--format', 'json', '--entities', path.join(dir, 'flawed.json')]);
    assert.equal(r.code, 0);
    const lines = r.err.trim().split('\n');
    assert.equal(lines.length, 2, r.err);
    assert.ok(lines.every((l) => l.startsWith('corpus-review: ') && l.includes('flawed.json')));
    assert.match(lines[0], /entities\[0\] has no name/);
    assert.match(lines[1], /unknown type "company"/);
    assert.ok(entityNames(r.out).some((e) => e.name === 'harbour trust'));
  });

  it('does not fail the run for a file that is not JSON', async () => {
    const r = await cli(['check', path.join(dir, 'loose'), '--format', 'json', '--entities', path.join(dir, 'broken.json')]);
    assert.equal(r.code, 0);
    assert.equal(r.err.trim().split('\n').length, 1);
    assert.match(r.err, /not valid JSON/);
    assert.ok(JSON.parse(r.out).documents.length === 1);
  });

  it('exits 2 when the explicit --entities file does not exist', async () => {
    const r = await cli(['check', path.join(dir, 'loose'), '--entities', path.join(dir, 'missing.json')]);
    assert.equal(r.code, 2);
    assert.match(r.err, /cannot read entities file/);
  });

  it('merge rebuilds the index with the user entities too', async () => {
    const facts = path.join(dir, 'facts.json');
    const shard = path.join(dir, 'shard.jsonl');
    const extra = path.join(dir, 'extra.json');
    const signatures = path.join(dir, 'signatures.jsonl');
    writeFileSync(signatures, (await cli(['signatures', path.join(dir, 'loose')])).out);
    assert.equal((await cli(['cluster', signatures, '--facts-out', facts])).code, 0);
    const mapped = await cli(['check', path.join(dir, 'loose'), '--shard', '0/1', '--format', 'jsonl', '--facts', facts, '--entities', extra]);
    writeFileSync(shard, mapped.out);
    const with_ = await cli(['merge', shard, '--facts', facts, '--format', 'json', '--entities', extra]);
    assert.equal(with_.code, 0, with_.err);
    // The description lives only in the user's file: the merged index has it only if merge read the file.
    assert.equal(entityNames(with_.out).find((e) => e.name === 'harbour trust')?.description, 'Harbour authority');
    const without = await cli(['merge', shard, '--facts', facts, '--format', 'json']);
    assert.equal(entityNames(without.out).find((e) => e.name === 'harbour trust')?.description, undefined);
  });

  it('is refused by commands that do not use it', async () => {
    const r = await cli(['signatures', path.join(dir, 'loose'), '--entities', path.join(dir, 'extra.json')]);
    assert.equal(r.code, 2);
  });
});
