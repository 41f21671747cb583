// The copies reduce in pieces (as the pool runs it): profiles rule out only pairs matchPair rejects, and
// confirm/rank/decide over slices of the pairs give clusterFromSignatures' pairs, in its order.
import * as assert from 'node:assert/strict';
import { DocumentText } from '../../../../src/core/text/documentText';
import {
  candidatePairs,
  clusterFromSignatures,
  confirmPairs,
  copyProfile,
  decidePairs,
  documentSignature,
  matchPair,
  profilesRuleOut,
  rankPairs,
} from '../../../../src/core/copies';
import { buildEvalCorpus } from '../../../eval/copies/corpus';

const corpus = buildEvalCorpus();
const fresh = () => corpus.map((d) => new DocumentText(d.text, d.path));

describe('copies reduce in slices', () => {
  it('profiles rule out only pairs that matchPair rejects, and do rule out unrelated ones', () => {
    const ms = fresh();
    const profiles = ms.map(copyProfile);
    let ruledOut = 0;
    let kept = 0;
    for (let i = 0; i < ms.length; i++) {
      for (let j = i + 1; j < ms.length; j++) {
        if (!profilesRuleOut(profiles[i], profiles[j])) {
          kept++;
          continue;
        }
        ruledOut++;
        assert.equal(matchPair(ms[i], ms[j]), null, `${ms[i].path} ~ ${ms[j].path} ruled out but matched`);
      }
    }
    assert.ok(ruledOut > kept, `ruled out ${ruledOut}, kept ${kept}`);
  });

  it('confirm and decide over slices, ranked on all confirmed pairs, equal the single pass', () => {
    const sigs = fresh().map((m) => documentSignature(m));
    const expected = clusterFromSignatures(sigs, (i) => fresh()[i]);
    assert.ok(expected.length > 5);
    let loads = 0;
    const docs = fresh();
    const load = (i: number) => (loads++, new DocumentText(docs[i].text, docs[i].path));
    const pairs = candidatePairs(sigs);
    const slice = <T>(xs: T[], n: number) => Array.from({ length: Math.ceil(xs.length / n) }, (_, k) => xs.slice(k * n, (k + 1) * n));
    const confirmed = slice(pairs, 3).flatMap((part) => confirmPairs(part, load));
    const ranked = rankPairs(confirmed);
    const pairsOut = slice(ranked, 2).flatMap((part) => decidePairs(part, load));
    assert.deepEqual(pairsOut, expected);
    assert.ok(loads > 0);
  });
});
