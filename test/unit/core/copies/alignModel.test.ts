// alignSentences works on the documents' sentence models (stem ids, token ranges); alignSentenceLists on
// stem Sets and token strings. They must give the same alignment: on the eval corpus's copy pairs, and when
// two different stems share a 32-bit hash ("etyryl" and "mjidmt" do), where the model path must step aside.
import * as assert from 'node:assert/strict';
import { DocumentText } from '../../../../src/core/text/documentText';
import { alignSentences, alignSentenceLists } from '../../../../src/core/copies/align';
import { copySentences, sentenceModel } from '../../../../src/core/copies/sentences';
import { hash32 } from '../../../../src/core/copies/normalise';
import { buildEvalCorpus } from '../../../eval/copies/corpus';

function bothWays(a: DocumentText, b: DocumentText): void {
  const viaModels = alignSentences(a, b);
  const viaStrings = alignSentenceLists(copySentences(a), copySentences(b));
  assert.deepEqual(viaModels, viaStrings, `${a.path} → ${b.path}`);
}

function story(extra: string): string {
  return [
    'Harbour tolls rise again',
    '',
    `Port officials in Vell raised harbour tolls by nine percent on Friday, citing ${extra} repairs.`,
    'Fishing crews said the increase would cost each boat about 400 euros a month.',
    'The council will review the tolls in March after complaints from traders.',
  ].join('\n');
}

describe('copies: alignment on sentence models equals the string form', () => {
  it('on every copy/original pair of the eval corpus (both directions)', () => {
    const docs = buildEvalCorpus().map((d) => new DocumentText(d.text, d.path));
    const byStory = new Map<string, DocumentText[]>();
    for (const d of docs) byStory.set(d.path.split('/')[0], [...(byStory.get(d.path.split('/')[0]) ?? []), d]);
    let pairs = 0;
    for (const group of byStory.values()) {
      const original = group.find((d) => d.path.endsWith('/original.txt')) ?? group[0];
      for (const d of group) {
        if (d === original) continue;
        bothWays(d, original);
        bothWays(original, d);
        pairs++;
      }
    }
    assert.ok(pairs > 50, `${pairs} pairs`);
  });

  it('when two stems share a hash, within a document or across two', () => {
    assert.equal(hash32('etyryl'), hash32('mjidmt'), 'the test needs a real collision');
    const both = new DocumentText(story('etyryl and mjidmt'), 'both.txt');
    assert.equal(sentenceModel(both).stems.collision, true);
    bothWays(both, new DocumentText(story('etyryl'), 'one.txt'));
    bothWays(new DocumentText(story('etyryl'), 'a.txt'), new DocumentText(story('mjidmt'), 'b.txt'));
    const plain = new DocumentText(story('dock'), 'plain.txt');
    assert.equal(sentenceModel(plain).stems.collision, false);
  });
});
