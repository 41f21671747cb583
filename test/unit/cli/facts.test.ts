// Corpus facts split into per-document parts and merged again must give the rules what one process gives.
import * as assert from 'node:assert/strict';
import { countLinesAcrossDocuments } from '../../../src/core/boilerplate/templateLines';
import { DocumentText } from '../../../src/core/text/documentText';
import { FactsReducer, FactsView, factsPartOf, packFacts, unpackFacts } from '../../../src/cli/pool/facts';
import { parseShard, shardOf } from '../../../src/cli/commands/shard';

const docs = [
  new DocumentText('Sign in\nThe council met on Monday.\nShare this story\n', 'a.txt'),
  new DocumentText('Sign in\nA different article line here.\nShare this story\n', 'b.txt'),
  new DocumentText('Sign in\nOnly in the third document.\n', 'c.txt'),
];

describe('corpus facts map/reduce', () => {
  it('summed parts give every document the line counts of the whole corpus', () => {
    const whole = countLinesAcrossDocuments(docs);
    const reducer = new FactsReducer();
    for (const d of [...docs].reverse()) reducer.add(factsPartOf(d)); // order does not matter
    const shared = reducer.finish([]);
    assert.equal(shared.documentCount, 3);
    // Only repeated lines travel; a document's own single lines come back as 1.
    assert.ok(Object.values(shared.repeatedLines).every((n) => n > 1));
    const view = new FactsView(shared, () => undefined);
    for (const d of docs) {
      const counts = view.forDocument(d).lineDocumentCounts!;
      for (const h of countLinesAcrossDocuments([d]).keys()) assert.equal(counts.get(h), whole.get(h), `${d.path} ${h}`);
    }
    // A line of another document that appears once is not visible from this one.
    const onlyC = [...countLinesAcrossDocuments([docs[2]]).keys()].find((h) => whole.get(h) === 1)!;
    assert.equal(view.forDocument(docs[0]).lineDocumentCounts!.get(onlyC), undefined);
  });

  it('packed facts (for postMessage) unpack to the same facts', () => {
    const reducer = new FactsReducer();
    docs.forEach((d) => reducer.add(factsPartOf(d)));
    const shared = reducer.finish([{ a: 'a.txt', b: 'b.txt', kind: 'near', similarity: 0.9, original: 'a.txt' }]);
    assert.deepEqual(unpackFacts(packFacts(shared)), shared);
  });

  it('finishAsync equals finish', async () => {
    const r1 = new FactsReducer();
    const r2 = new FactsReducer();
    docs.forEach((d) => (r1.add(factsPartOf(d)), r2.add(factsPartOf(d))));
    assert.deepEqual(await r2.finishAsync([], 1), r1.finish([]));
  });

  it('copy partners are handed to copy rules as models, loaded by path', () => {
    const reducer = new FactsReducer();
    docs.forEach((d) => reducer.add(factsPartOf(d)));
    const loaded: string[] = [];
    const view = new FactsView(reducer.finish([{ a: 'a.txt', b: 'b.txt', kind: 'near', similarity: 0.9, original: 'a.txt' }]), (p) => {
      loaded.push(p);
      return docs.find((d) => d.path === p);
    });
    const facts = view.forDocument(docs[1]);
    assert.deepEqual([...(facts.copyModels as Map<string, DocumentText>).keys()].sort(), ['a.txt', 'b.txt']);
    view.forDocument(docs[1]);
    assert.deepEqual(loaded, ['a.txt'], 'partners are cached, the document itself is never reloaded');
    assert.equal((view.forDocument(docs[2]).copyModels as Map<string, DocumentText>).size, 0);
  });

  it('shards: stable, in range, and spread', () => {
    const counts = [0, 0, 0, 0];
    for (let i = 0; i < 400; i++) {
      const s = shardOf(`corpus/d00/${i}.txt`, 4);
      assert.equal(s, shardOf(`corpus/d00/${i}.txt`, 4));
      counts[s]++;
    }
    assert.ok(counts.every((n) => n > 60), counts.join(','));
    assert.deepEqual(parseShard('2/5'), { index: 2, count: 5 });
    assert.throws(() => parseShard('5/5'));
    assert.throws(() => parseShard('1/0'));
  });
});
