import * as assert from 'node:assert/strict';
import * as fs from 'node:fs/promises';
import * as os from 'node:os';
import * as path from 'node:path';
import { bundleIndexWorker } from './bundleIndexWorker';
import { IndexWorkerClient } from '../../../src/extension/worker/client';
import type { FileInput, IndexedDocument, JobSettings } from '../../../src/extension/worker/protocol';
import { contentHash } from '../../../src/extension/state/contentHash';
import { analyzeCorpus, hashLine } from '../../../src/core';
import { summarizeReport } from '../../../src/extension/state/corpusModel';
import { packEntityInput, unpackEntityInput } from '../../../src/extension/worker/entityInputs';
import { occurrencesIn, unpackEntityIndex } from '../../../src/extension/worker/entityIndexPack';
import { EntityIndexBuilder } from '../../../src/core/entities/corpusIndex';
import { analyseFiles, mapFiles, RetainedModels } from '../../../src/extension/worker/documentWork';
import type { DocumentEntity } from '../../../src/core';
import { generateDocument } from './bench/generateCorpus';

const ARTICLE = [
  'Harbour Workers Walk Out Over Night Shifts',
  'By Dana Example, Staff Reporter',
  '',
  'Dock workers at the northern terminal stopped work on Tuesday after talks on night-shift pay broke down.',
  '',
  'Leave a Reply',
  'Your email address will not be published.',
].join('\n');

/** Other rules evolve independently; these tests follow the comment-form rule only. */
const commentForm = (d: IndexedDocument) => d.report!.findings.filter((f) => f.rule === 'boilerplate/comment-form').map((f) => f.text);

const settings = (over: Partial<JobSettings> = {}): JobSettings => ({ rules: {}, maxFileSize: 1_000_000, ignoredLines: {}, checkedClaims: {}, includeReports: true, ...over });

describe('indexing job', () => {
  let dir: string;
  let files: FileInput[];
  /** A file in the job's folder, as the extension lists it. */
  const write = async (name: string, data: string | Uint8Array): Promise<FileInput> => {
    await fs.writeFile(path.join(dir, name), data);
    return { fsPath: path.join(dir, name), path: `seeds/${name}`, folder: 'w' };
  };
  /** `count` files `<prefix>-<i>.txt` with the texts `text(i)`. */
  const writeDocuments = async (prefix: string, count: number, text: (i: number) => string): Promise<FileInput[]> => {
    const out: FileInput[] = [];
    for (let i = 0; i < count; i++) out.push(await write(`${prefix}-${i}.txt`, text(i)));
    return out;
  };
  beforeEach(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'corpus-review-index-'));
    files = [
      await write('a.txt', ARTICLE),
      await write('b.txt', Buffer.concat([Buffer.from('Plain text then '), Buffer.from([0xff, 0xfe, 0x41]), Buffer.from(' more.\nLeave a Reply\n')])),
      await write('binary.txt', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x10])),
      await write('big.txt', 'x'.repeat(5000)),
    ];
  });
  afterEach(() => fs.rm(dir, { recursive: true, force: true }));

  async function runCorpus(client: IndexWorkerClient, s: JobSettings, fs2 = files) {
    const docs: IndexedDocument[] = [];
    const done = await client.run({ type: 'corpus', files: fs2, settings: s }, { onResults: (d) => docs.push(...d) });
    return { done, docs: new Map(docs.map((d) => [d.path.split('/').pop()!, d])) };
  }

  it('analyses text files and skips binary and oversized ones with a reason', async () => {
    const client = new IndexWorkerClient(undefined);
    const { done, docs } = await runCorpus(client, settings({ maxFileSize: 4000 }));
    assert.equal(done.cancelled, false);
    assert.equal(docs.size, 4, 'every file reported once');
    const a = docs.get('a.txt')!;
    assert.equal(a.contentHash, contentHash(ARTICLE));
    assert.deepEqual(commentForm(a), ['Leave a Reply', 'Your email address will not be published.']);
    assert.match(docs.get('b.txt')!.report!.notices.join(' '), /Invalid UTF-8/);
    assert.match(docs.get('binary.txt')!.skipped ?? '', /binary/);
    assert.equal(docs.get('binary.txt')!.report, undefined);
    assert.match(docs.get('big.txt')!.skipped ?? '', /over the .* limit/);
    assert.deepEqual({ files: done.stats.files, analysed: done.stats.analysed, skipped: done.stats.skipped }, { files: 4, analysed: 2, skipped: 2 });
    assert.ok(done.facts && done.facts.documentCount === 2);
  });

  it('applies review state: ignored lines per folder and rules disabled per document', async () => {
    const client = new IndexWorkerClient(undefined);
    const s = settings({ ignoredLines: { w: [hashLine('Leave a Reply')] } });
    const withDisabled = files.map((f) => (f.path.endsWith('b.txt') ? { ...f, disabledRules: ['boilerplate/comment-form'] } : f));
    const { docs } = await runCorpus(client, s, withDisabled);
    assert.deepEqual(commentForm(docs.get('a.txt')!), ['Your email address will not be published.']);
    assert.deepEqual(commentForm(docs.get('b.txt')!), []);
    assert.equal(commentForm(docs.get('b.txt')!).length, 0);
  });

  it('sends summaries only unless asked for reports, and gives the same report on request', async () => {
    const full = await runCorpus(new IndexWorkerClient(undefined), settings());
    const client = new IndexWorkerClient(undefined);
    const lean = await runCorpus(client, settings({ includeReports: false }));
    const a = lean.docs.get('a.txt')!;
    assert.equal(a.report, undefined);
    const fullReport = full.docs.get('a.txt')!.report!;
    assert.deepEqual(a.summary, summarizeReport(fullReport));
    assert.ok(a.summary!.categories.some((c) => c.category === 'boilerplate' && c.count >= 2));
    assert.match(lean.docs.get('binary.txt')!.skipped ?? '', /binary/);
    const asked: IndexedDocument[] = [];
    await client.run({ type: 'reports', files: [files[0]], settings: settings({ includeReports: false }) }, { onResults: (d) => asked.push(...d) });
    assert.deepEqual(asked[0].report, fullReport);
  });

  it('packs the entity index into typed arrays and gives the same entities back, occurrences made when read', () => {
    // Three documents; "Ann Lee" in all, "Lee" alone in two (joins her), a place in one.
    const mention = (line: number, text: string) => ({ range: { start: { line, character: 2 }, end: { line, character: 2 + text.length } }, text });
    const person = (name: string, lines: number[]): DocumentEntity => ({ id: `person:${name}`, name, type: 'person', aliases: [], roles: [], mentions: lines.map((l) => mention(l, name)) });
    const inputs = [
      { path: 'd0', entities: [person('Ann Lee', [1, 4]), person('Lee', [6])], sources: [] },
      { path: 'd1', entities: [person('Lee', [0, 2, 3]), { ...person('Castrevo', [5]), id: 'location:castrevo', type: 'location' as const }], sources: [] },
      { path: 'd2', entities: [person('Ann Lee', [9])], sources: [] },
    ];
    const builder = new EntityIndexBuilder();
    for (const d of inputs) builder.add(d);
    const all = builder.build();
    const packed = builder.buildPacked();
    assert.equal(packed.occurrences.length, 8 * 6);
    assert.deepEqual(packed.paths, ['d0', 'd1', 'd2']);
    assert.deepEqual(all.map((e) => [e.name, e.mentions]), [['Ann Lee', 7], ['Castrevo', 1]]);
    const back = unpackEntityIndex(packed);
    assert.deepEqual(back, all);
    assert.deepEqual(JSON.parse(JSON.stringify(back)), JSON.parse(JSON.stringify(all)));
    assert.deepEqual(occurrencesIn(back[0], 'd1'), all[0].occurrences.filter((o) => o.path === 'd1'));
    assert.deepEqual(occurrencesIn(back[0], 'nowhere'), []);
  });

  it('keeps mapped models for the analysis up to a budget of text, each taken once', async () => {
    const retained = new RetainedModels(ARTICLE.length * 2 + 10);
    const items = files.map((file, index) => ({ index, file }));
    const outcomes = await mapFiles(items, 1_000_000, retained);
    assert.equal(outcomes.filter((o) => 'part' in o).length, 3, 'a, b and big mapped; binary skipped');
    const a = retained.take(0);
    assert.ok(a?.model, 'a.txt kept (within the budget)');
    assert.equal(retained.take(0), undefined, 'taken once');
    assert.equal(retained.take(3), undefined, 'big.txt (5,000 characters) is over what is left of the budget');
    const analysed = await analyseFiles(items.slice(0, 2), undefined, settings(), retained);
    const direct = await analyseFiles(items.slice(0, 2), undefined, settings());
    const byIndex = (xs: { index: number; doc: IndexedDocument }[]) => [...xs].sort((x, y) => x.index - y.index).map((x) => x.doc);
    assert.deepEqual(byIndex(analysed), byIndex(direct), 'a kept model (b.txt) gives the report a fresh read gives');
  });

  it('packs entity inputs without losing what the entity index reads', () => {
    const report = {
      entities: [
        {
          id: 'person:dana-example',
          name: 'Dana Example',
          type: 'person' as const,
          aliases: ['Example'],
          roles: ['staff reporter'],
          mentions: [
            { range: { start: { line: 1, character: 3 }, end: { line: 1, character: 15 } }, text: 'Dana Example', role: 'Staff Reporter', citedAsSource: true },
            { range: { start: { line: 4, character: 0 }, end: { line: 4, character: 7 } }, text: 'Example' },
          ],
        },
      ],
      sources: [{ range: { start: { line: 1, character: 0 }, end: { line: 1, character: 30 } }, text: 'Dana Example, Staff Reporter', kind: 'named' as const }],
    };
    assert.deepEqual(unpackEntityInput(packEntityInput(report)), report);
  });

  it('re-analyses single documents and notices files deleted meanwhile', async () => {
    const client = new IndexWorkerClient(undefined);
    await runCorpus(client, settings());
    await fs.writeFile(files[0].fsPath, 'Only an article sentence now.\n');
    await fs.rm(files[1].fsPath);
    const docs: IndexedDocument[] = [];
    const done = await client.run({ type: 'documents', files: files.slice(0, 2), settings: settings() }, { onResults: (d) => docs.push(...d) });
    assert.equal(done.stats.analysed, 1);
    assert.deepEqual(commentForm(docs[0]), []);
    assert.equal(docs[0].contentHash, contentHash('Only an article sentence now.\n'));
    assert.equal(docs[1].skipped, 'deleted while indexing');
  });

  it('stops when cancelled', async () => {
    const many: FileInput[] = [];
    for (let i = 0; i < 300; i++) many.push({ ...files[0], path: `seeds/copy-${i}.txt` });
    const client = new IndexWorkerClient(undefined);
    let cancel: () => void = () => {};
    const p = client.run({ type: 'corpus', files: many, settings: settings() }, {}, { onCancel: (l) => (cancel = l) });
    cancel();
    const done = await p;
    assert.equal(done.cancelled, true);
  });

  it('runs on a real worker thread', async function () {
    this.timeout(20000);
    const script = await bundleIndexWorker(dir);
    const client = new IndexWorkerClient(script);
    try {
      const { done, docs } = await runCorpus(client, settings());
      assert.equal(done.stats.analysed, 3);
      assert.equal(done.stats.skipped, 1);
      assert.equal(commentForm(docs.get('a.txt')!).length, 2);
      assert.ok(done.facts!.lineDocumentCounts instanceof Map);
    } finally {
      client.dispose();
    }
  });

  it('restarts a worker that ran out of its heap cap with a larger cap and finishes the job', async function () {
    this.timeout(120000);
    const script = await bundleIndexWorker(dir);
    const many = await writeDocuments('oom', 60, (i) => generateDocument(i, 3000));
    const log: string[] = [];
    const client = new IndexWorkerClient(script, (m) => log.push(m), 4);
    try {
      const docs = new Set<string>();
      // A documents job: a corpus job would first fit the cap to the corpus (coordinatorHeapFor).
      const done = await client.run({ type: 'documents', files: many, settings: settings({ includeReports: false }) }, { onResults: (d) => d.forEach((x) => docs.add(x.path)) });
      assert.equal(done.cancelled, false);
      assert.equal(done.stats.analysed, 60);
      assert.equal(docs.size, 60);
      assert.ok(log.some((l) => /ran out of its 4 MB heap; restarting it with 8 MB/.test(l)), log.join('\n'));
    } finally {
      client.dispose();
    }
  });

  it('gives the same reports with analysis helper threads as on one thread', async function () {
    this.timeout(120000);
    const script = await bundleIndexWorker(dir);
    // Every 50th a light rewrite of the one before, as in the benchmark corpus: copy pairs on both threads.
    const many = await writeDocuments('gen', 220, (i) =>
      i % 50 === 49 ? generateDocument(i - 1, 1500).replace(/ said/g, ' stated').replace(/percent/g, 'per cent') : generateDocument(i, 1500),
    );
    const collect = async (client: IndexWorkerClient) => {
      const out = new Map<string, string>();
      const done = await client.run({ type: 'corpus', files: many, settings: settings() }, { onResults: (d) => d.forEach((x) => out.set(x.path, JSON.stringify(x.report?.findings))) });
      return { done, out };
    };
    const single = await collect(new IndexWorkerClient(undefined));
    // The helper count follows the machine's cores; force one so this path is tested everywhere.
    const saved = process.env.CORPUS_REVIEW_HELPERS;
    process.env.CORPUS_REVIEW_HELPERS = '1';
    const threaded = new IndexWorkerClient(script);
    try {
      const multi = await collect(threaded);
      assert.equal(multi.done.stats.helpers, 1, 'a helper thread took part');
      assert.equal(multi.out.size, 220);
      // Copy rules on a helper read their partners from disk as the coordinating thread does.
      assert.ok(single.done.facts!.copies.length > 0, 'the generated corpus has copies');
      for (const [p, findings] of single.out) assert.equal(multi.out.get(p), findings, p);
      assert.equal(multi.done.entities.length, single.done.entities.length, 'entity index joined from its chunks');
    } finally {
      threaded.dispose();
      if (saved === undefined) delete process.env.CORPUS_REVIEW_HELPERS;
      else process.env.CORPUS_REVIEW_HELPERS = saved;
    }
  });

  it('gives the reports, copies and entities of the core corpus analysis (map/reduce over re-read files)', async function () {
    this.timeout(120000);
    const texts: { path: string; text: string; fsPath: string }[] = [];
    for (let i = 0; i < 120; i++) {
      const text = i % 50 === 49 ? generateDocument(i - 1, 1500).replace(/ said/g, ' stated').replace(/percent/g, 'per cent') : generateDocument(i, 1500);
      const fsPath = path.join(dir, `eq-${i}.txt`);
      await fs.writeFile(fsPath, text);
      texts.push({ path: `seeds/eq-${i}.txt`, text, fsPath });
    }
    const core = analyzeCorpus(texts.map((t) => ({ path: t.path, text: t.text })));
    const reports = new Map<string, IndexedDocument>();
    const done = await new IndexWorkerClient(undefined).run(
      { type: 'corpus', files: texts.map((t) => ({ fsPath: t.fsPath, path: t.path, folder: 'w' })), settings: settings() },
      { onResults: (d) => d.forEach((x) => reports.set(x.path, x)) },
    );
    assert.ok(core.copies.length > 0, 'the generated corpus has copies');
    assert.deepEqual(done.facts!.copies, core.copies);
    for (const d of core.documents) {
      const { path: p, ...report } = d;
      assert.deepEqual(reports.get(p)!.report, report, p);
    }
    assert.deepEqual(done.entities, core.entities);
  });
});
