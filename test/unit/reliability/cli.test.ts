import * as assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync, mkdirSync, symlinkSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { cli } from '../cliHarness';


describe('CLI contract under faults', () => {
  let dir: string;
  before(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'corpus-review-cli-'));
    mkdirSync(path.join(dir, 'corpus', 'nested'), { recursive: true });
    writeFileSync(path.join(dir, 'corpus', 'a.txt'), 'A headline\n\nThe council met on Monday.\n\nLeave a Reply\n');
    writeFileSync(path.join(dir, 'corpus', 'empty.txt'), '');
    writeFileSync(path.join(dir, 'corpus', 'blob.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x01]));
    writeFileSync(path.join(dir, 'corpus', 'nested', 'crlf.md'), 'Title\r\n\r\nBe the first to comment\r\n');
    writeFileSync(path.join(dir, 'corpus', 'ignored.html'), '<p>not walked</p>');
    symlinkSync('..', path.join(dir, 'corpus', 'nested', 'loop'));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('exits 2 with one clear line on stderr for a missing path, and prints nothing on stdout', async () => {
    const r = await cli(['check', path.join(dir, 'nope'), '--format', 'json']);
    assert.equal(r.code, 2);
    assert.equal(r.out, '');
    assert.equal(r.err.trim().split('\n').length, 1);
    assert.match(r.err, /no such file or folder/);
  });

  for (const args of [['check', '--format', 'xml'], ['check', '--fail-on', 'fatal'], ['check', '--bogus'], ['frobnicate'], []]) {
    it(`exits 2 on bad usage: ${args.join(' ') || '(no arguments)'}`, async () => {
      const r = await cli(args);
      assert.equal(r.code, 2);
      assert.equal(r.out, '');
      assert.match(r.err.split('\n')[0], /^corpus-review: /);
    });
  }

  it('walks folders for .txt and .md, survives a symlink loop, skips binary files with a note', async () => {
    const r = await cli(['check', path.join(dir, 'corpus'), '--format', 'json']);
    assert.equal(r.code, 0);
    const report = JSON.parse(r.out);
    const names = report.documents.map((d: { path: string }) => path.basename(d.path)).sort();
    assert.deepEqual(names, ['a.txt', 'crlf.md', 'empty.txt']);
    assert.match(r.err, /blob\.txt: Binary file/);
  });

  it('keeps ranges exact on CRLF documents', async () => {
    const r = await cli(['check', path.join(dir, 'corpus', 'nested', 'crlf.md'), '--format', 'json']);
    const f = JSON.parse(r.out).documents[0].findings.find((x: { rule: string }) => x.rule === 'boilerplate/comment-form');
    assert.deepEqual(f.range, { start: { line: 2, character: 0 }, end: { line: 2, character: 'Be the first to comment'.length } });
  });

  it('--fail-on decides the exit code', async () => {
    assert.equal((await cli(['check', path.join(dir, 'corpus', 'a.txt'), '--fail-on', 'warning'])).code, 1);
    assert.equal((await cli(['check', path.join(dir, 'corpus', 'a.txt'), '--fail-on', 'none'])).code, 0);
  });

  it('an empty folder gives a valid empty report', async () => {
    mkdirSync(path.join(dir, 'void'));
    const r = await cli(['check', path.join(dir, 'void'), '--format', 'json']);
    assert.equal(r.code, 0);
    assert.deepEqual(JSON.parse(r.out).documents, []);
  });
});
