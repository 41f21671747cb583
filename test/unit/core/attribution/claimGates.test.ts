import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { textFilesUnder } from '../../helpers';
import { analyzeAttribution, claimGateMisses, clearAttributionCache, vagueGateMisses } from '../../../../src/core/attribution/analyze';
import { DocumentText } from '../../../../src/core/text/documentText';

const ROOT = path.join(__dirname, '../../../..');

describe('claim pattern gates (needs words)', () => {
  it('never skip a pattern that matches: every labelled sentence and fixture line', () => {
    const files = [...textFilesUnder(path.join(ROOT, 'test/eval/attribution')), ...textFilesUnder(path.join(ROOT, 'test/fixtures'))];
    let pieces = 0;
    for (const f of files) {
      for (const line of readFileSync(f, 'utf8').split(/\r?\n/)) {
        for (const piece of [line, ...line.split(/(?<=[.!?])\s+/)]) {
          pieces++;
          assert.deepEqual(claimGateMisses(piece), [], `${path.relative(ROOT, f)}: ${piece.slice(0, 120)}`);
        }
      }
    }
    assert.ok(pieces > 1000, `only ${pieces} pieces read`);
  });

  it('never skip a vague-source pattern that matches: labelled sentences, fixture lines, generated documents', async () => {
    const { generateCorpus } = await import('../../../../bench/corpus/generate');
    const files = [...textFilesUnder(path.join(ROOT, 'test/eval/attribution')), ...textFilesUnder(path.join(ROOT, 'test/fixtures'))];
    const lines = [...files.flatMap((f) => readFileSync(f, 'utf8').split(/\r?\n/)), ...generateCorpus(200).flatMap((d) => d.text.split('\n'))];
    let matched = 0;
    for (const line of lines) {
      for (const piece of [line, ...line.split(/(?<=[.!?])\s+/)]) {
        assert.deepEqual(vagueGateMisses(piece), [], piece.slice(0, 120));
        assert.deepEqual(claimGateMisses(piece), [], piece.slice(0, 120));
        if (/\b(?:is|are|was|were) (?:widely |generally )?(?:believed|thought|said|reported) to\b|\bit is (?:said|believed)\b/i.test(piece)) matched++;
      }
    }
    for (const s of ['IT IS SAID the port will close.', 'It has been said that the port will close.', 'It was widely reported to be over.', 'The plan is Widely Seen by many as a failure.', 'They were generally criticised.', 'Costs are thought to be rising.']) {
      assert.deepEqual(vagueGateMisses(s), [], s);
      assert.ok(analyzeAttribution(new DocumentText(s))[0].sources.some((x) => x.via === 'passive'), s);
    }
    assert.ok(matched > 20, `only ${matched} passive attributions read`);
  });

  it('never skip a pattern for the case, digit and currency forms the gates must see', () => {
    for (const s of [
      'The Plan Will Be A DISASTER, Officials Fear.',
      'Prices ROSE BY 5% in March.',
      'The deal is worth €4bn, or £3.5m a month.',
      'It was the BOLDEST attempt yet to revive the talks.',
      'The move DAMAGED his reputation and Revolutionised the market.',
      'A world-class team, the so-called reformers, won’t say.',
      '12 people were killed and 300 jobs will be cut.',
      'THE DECISION IS A BLOW to the league.',
      'More and more drivers want cheaper fuel.',
      'A growing number of pensioners are struggling.',
    ]) {
      assert.deepEqual(claimGateMisses(s), [], s);
    }
  });

  it('the sentence model cache gives the same records as a cold analysis', () => {
    const text = 'Prices rose by 5% last year, officials said. The move is a blow to the party.\n\n“It will fail,” Kim said. Critics say the plan could collapse.\n';
    clearAttributionCache();
    const cold = JSON.stringify(analyzeAttribution(new DocumentText(text)));
    const warm = JSON.stringify(analyzeAttribution(new DocumentText(text)));
    // Shifted by a new first line: offsets move, the rest stays.
    const shifted = analyzeAttribution(new DocumentText('Headline\n' + text));
    assert.equal(warm, cold);
    assert.equal(shifted.length, JSON.parse(cold).length + 1);
    assert.deepEqual(shifted.slice(1).map((a) => [a.range.start.line - 1, a.cues.map((c) => c.text), a.source?.text]), JSON.parse(cold).map((a: { range: { start: { line: number } }; cues: { text: string }[]; source?: { text: string } }) => [a.range.start.line, a.cues.map((c) => c.text), a.source?.text]));
  });
});
