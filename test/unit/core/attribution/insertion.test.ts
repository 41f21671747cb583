// Where the "insert a source placeholder" fix puts its text, by how the sentence ends. The expected texts
// are the sentence after the fix, with the placeholder filled in as SOURCE.
import * as assert from 'node:assert/strict';
import { DocumentText } from '../../../../src/core/text/documentText';
import { analyzeAttribution, insertionPoint } from '../../../../src/core/attribution/analyze';
import { attributionData } from '../../../../src/core/rules/attribution/findings';

/** Apply the fix the way the extension does: insert the finding's snippet at its position. */
function applyFix(sentence: string): string {
  const doc = new DocumentText(sentence);
  const list = analyzeAttribution(doc);
  assert.equal(list.length, 1, `one sentence: ${sentence}`);
  const data = attributionData(list[0]);
  const at = doc.offsetAt(data.insertSourceAt as { line: number; character: number });
  const snippet = (data.insertSourceSnippet as string).replace('${1:source}', 'SOURCE');
  return doc.text.slice(0, at) + snippet + doc.text.slice(at);
}

const TABLE: Array<[ending: string, sentence: string, fixed: string]> = [
  ['.', 'Ferry fares will double by March.', 'Ferry fares will double by March, according to SOURCE.'],
  ['!', 'Ferry fares will double by March!', 'Ferry fares will double by March, according to SOURCE!'],
  ['…', 'Ferry fares could double by March…', 'Ferry fares could double by March, according to SOURCE…'],
  ['.”', 'The port chief said fares “will double by March.”', 'The port chief said fares “will double by March.” (according to SOURCE)'],
  ['."', 'The port chief said fares "will double by March."', 'The port chief said fares "will double by March." (according to SOURCE)'],
  ['?"', '"Will ferry fares double by March?"', '"Will ferry fares double by March?" (according to SOURCE)'],
  [".'", "The port chief said: 'Fares will double by March.'", "The port chief said: 'Fares will double by March.' (according to SOURCE)"],
  ['”.', 'The new ferry terminal is “the worst in Europe”.', 'The new ferry terminal is “the worst in Europe”, according to SOURCE.'],
  [').', 'Ferry fares will double (by March).', 'Ferry fares will double (by March), according to SOURCE.'],
  ['.)', '(Ferry fares will double by March.)', '(Ferry fares will double by March, according to SOURCE.)'],
  ['none', 'Ferry fares will double by March', 'Ferry fares will double by March, according to SOURCE'],
  ['” (none)', 'Ferry fares are “the worst in Europe”', 'Ferry fares are “the worst in Europe”, according to SOURCE'],
];

describe('source placeholder position', () => {
  for (const [ending, sentence, fixed] of TABLE) {
    it(`sentence ending ${ending}`, () => assert.equal(applyFix(sentence), fixed));
  }

  it('keeps trailing white space out of the sentence', () => {
    assert.deepEqual(insertionPoint('Fares will double.  '), { offset: 17, style: 'comma' });
  });
});
