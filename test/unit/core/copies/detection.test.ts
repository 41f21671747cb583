import * as assert from 'node:assert/strict';
import { DocumentText } from '../../../../src/core/text/documentText';
import { findCopies, documentSignature, clusterFromSignatures, candidatePairs, copyClusters } from '../../../../src/core/copies';
import { splitLine } from '../../../../src/core/copies/sentences';
import { minhash, estimateJaccard } from '../../../../src/core/copies/minhash';
import { bandKeys, candidateProbability, bandingThreshold } from '../../../../src/core/copies/lsh';
import { SHINGLE_BANDING } from '../../../../src/core/copies/signature';
import { hashedSet, overlap } from '../../../../src/core/copies/shingles';
import { decideOriginal, parseLooseDate } from '../../../../src/core/copies/original';
import { buildEvalCorpus, type EvalDoc } from '../../../eval/copies/corpus';

const corpus = buildEvalCorpus();
const pick = (...paths: string[]): EvalDoc[] => paths.map((p) => corpus.find((d) => d.path === p)!);
const models = (docs: EvalDoc[]) => docs.map((d) => new DocumentText(d.text, d.path));

describe('copies/sentences splitLine', () => {
  const split = (t: string) => splitLine(t).map(([s, e]) => t.slice(s, e));
  it('splits at full stops, keeps closing quotes with their sentence', () => {
    assert.deepEqual(split('He left. “We are done,” she said. Then it rained!'), ['He left.', '“We are done,” she said.', 'Then it rained!']);
  });
  it('does not split after titles, initials and month abbreviations', () => {
    assert.deepEqual(split('Dr. Ana Ruiz met J. K. Brandt on Jan. 4 in Tessin. They talked.'), ['Dr. Ana Ruiz met J. K. Brandt on Jan. 4 in Tessin.', 'They talked.']);
  });
  it('keeps decimals inside a sentence', () => {
    assert.deepEqual(split('Rates rose to 4.75 percent. Markets fell.'), ['Rates rose to 4.75 percent.', 'Markets fell.']);
  });
});

describe('copies/minhash and LSH', () => {
  const set = (from: number, to: number) => hashedSet(Array.from({ length: to - from }, (_, i) => `w${from + i}`));
  it('estimates Jaccard within 0.12 of the true value', () => {
    for (const [a, b] of [[set(0, 400), set(200, 600)], [set(0, 300), set(0, 300)], [set(0, 300), set(1000, 1300)]] as const) {
      const truth = overlap(a, b).jaccard;
      const est = estimateJaccard(minhash(a, 128), minhash(b, 128));
      assert.ok(Math.abs(est - truth) < 0.12, `estimate ${est} vs ${truth}`);
    }
  });
  it('is deterministic (the distributed map step relies on it)', () => {
    assert.deepEqual(minhash(set(0, 50), 128), minhash(set(0, 50), 128));
  });
  it('band keys: one per band, equal sets share all, disjoint sets share none', () => {
    const k1 = bandKeys(minhash(set(0, 300), 128), SHINGLE_BANDING, 'w');
    const k2 = bandKeys(minhash(set(0, 300), 128), SHINGLE_BANDING, 'w');
    const k3 = bandKeys(minhash(set(5000, 5300), 128), SHINGLE_BANDING, 'w');
    assert.equal(k1.length, SHINGLE_BANDING.bands);
    assert.deepEqual(k1, k2);
    assert.equal(k1.filter((k) => k3.includes(k)).length, 0);
    assert.deepEqual(bandKeys(minhash(new Uint32Array(0), 128), SHINGLE_BANDING, 'w'), []);
  });
  it('the S-curve catches near copies and not unrelated text', () => {
    assert.ok(candidateProbability(0.6, SHINGLE_BANDING) > 0.98);
    assert.ok(candidateProbability(0.05, SHINGLE_BANDING) < 0.001);
    const t = bandingThreshold(SHINGLE_BANDING);
    assert.ok(t > 0.35 && t < 0.5, `threshold ${t}`);
  });
});

describe('copies/findCopies', () => {
  const docs = pick(
    'port-a/original.txt', 'port-a/exact-farm.txt', 'port-a/near-cut.txt', 'port-a/partial-head.txt', 'port-a/spun-2.txt', 'port-a/reordered.txt',
    'port-b/original.txt', 'visit-a/original.txt', 'visit-a/spun-3.txt', 'visit-b/original.txt',
  );
  const pairs = findCopies(models(docs));
  const find = (a: string, b: string) => pairs.find((p) => (p.a === a && p.b === b) || (p.a === b && p.b === a));

  for (const [variant, kind] of [['exact-farm', 'exact'], ['near-cut', 'near'], ['partial-head', 'partial'], ['spun-2', 'spun'], ['reordered', 'near']]) {
    it(`finds the ${variant} copy as ${kind}, with the publisher's page as original`, () => {
      const p = find('port-a/original.txt', `port-a/${variant}.txt`);
      assert.ok(p, `pair missing; got ${JSON.stringify(pairs.map((x) => [x.a, x.b, x.kind]))}`);
      assert.equal(p.kind, kind);
      assert.equal(p.original, 'port-a/original.txt');
      assert.equal(p.a, 'port-a/original.txt', 'the original comes first');
      assert.ok(p.reasons?.length, 'says why');
      assert.ok(p.similarity > 0 && p.similarity <= 1);
    });
  }
  it('finds a spun copy of another story', () => {
    assert.equal(find('visit-a/original.txt', 'visit-a/spun-3.txt')?.kind, 'spun');
  });
  it('reports no pair between different stories on the same topic', () => {
    for (const p of pairs) assert.equal(p.a.split('/')[0], p.b.split('/')[0], `${p.a} ~ ${p.b} (${p.kind})`);
  });
  it('records what the copy changed (for processes that only see the copy)', () => {
    const p = find('port-a/original.txt', 'port-a/spun-2.txt')!;
    assert.match(String(p.changes), /sentences? reworded/);
    assert.ok(Array.isArray(p.drift) && typeof p.copyTextHash === 'string');
  });
  it('map + reduce (signatures through JSON) gives the same pairs as findCopies', () => {
    const ms = models(docs);
    const sigs = JSON.parse(JSON.stringify(ms.map((m) => documentSignature(m))));
    const fresh = models(docs);
    assert.deepEqual(clusterFromSignatures(sigs, (i) => fresh[i]), pairs);
  });
  it('candidate generation is sub-quadratic: unrelated documents are not candidates', () => {
    const sigs = models(pick('port-a/original.txt', 'port-b/original.txt', 'drought-a/original.txt', 'bank-a/original.txt', 'bank-b/original.txt')).map((m) => documentSignature(m));
    assert.deepEqual(candidatePairs(sigs), []);
  });
  it('groups pairs into clusters, original first', () => {
    const clusters = copyClusters(pairs);
    const port = clusters.find((c) => c.members.includes('port-a/original.txt'))!;
    assert.equal(port.members[0], 'port-a/original.txt');
    assert.equal(port.original, 'port-a/original.txt');
    assert.equal(port.members.length, 6);
  });
  it('documents without article text are never copies', () => {
    assert.deepEqual(findCopies([new DocumentText('', 'a'), new DocumentText('', 'b'), new DocumentText('Menu\nHome', 'c')]), []);
  });
});

describe('copies/original', () => {
  it('parses dates in news styles', () => {
    assert.equal(parseLooseDate('11:36 PM EST, Sun January 21, 2024'), parseLooseDate('2024-01-21'));
    assert.equal(parseLooseDate('Published 4 March 2025'), parseLooseDate('https://x.example/2025/03/04/story'));
    assert.equal(parseLooseDate('yesterday'), undefined);
  });
  const ev = (path: string, metadata: object, extraWords = 0) => ({ path, metadata, extraWords, words: 100 });
  it('an earlier date outweighs a byline', () => {
    const d = decideOriginal(ev('a', { date: 'March 5, 2025', byline: 'By X' }), ev('b', { date: 'March 4, 2025' }));
    assert.equal(d.original, 1);
    assert.match(d.reasons[0], /dated March 4, 2025/);
  });
  it('byline, source and extra text point at the original', () => {
    assert.equal(decideOriginal(ev('a', {}), ev('b', { byline: 'By Y', source: 'https://y.example' })).original, 1);
    assert.equal(decideOriginal(ev('a', {}, 40), ev('b', {}, 0)).original, 0);
  });
  it('in a cluster, the member closer to the others (fewer substitutions) is the original', () => {
    const d = decideOriginal({ ...ev('a', {}), centrality: 0.62 }, { ...ev('b', {}), centrality: 0.81 });
    assert.equal(d.original, 1);
    assert.match(d.reasons[0], /closer to the rest of its copy cluster/);
  });
  it('undecided when nothing tells them apart', () => {
    const d = decideOriginal(ev('a', {}), ev('b', {}));
    assert.equal(d.original, null);
    assert.ok(d.reasons.length);
  });
});

describe('copies/normalise tokenize', () => {
  // The scanner must give exactly what the Unicode word pattern gives, case and apostrophes folded.
  const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;
  const reference = (t: string) => [...t.toLowerCase().replace(/’/g, "'").matchAll(WORD)].map((m) => m[0]);
  for (const text of ["Russia’s Putin won't go", 'Café déjà-vu 4.75 percent, ŻÓŁW', "rock 'n' roll o'clock’s", '北京 and 東京', 'x’ y', '']) {
    it(`matches the word pattern on ${JSON.stringify(text)}`, async () => {
      const { tokenize } = await import('../../../../src/core/copies/normalise');
      assert.deepEqual(tokenize(text), reference(text));
    });
  }
});
