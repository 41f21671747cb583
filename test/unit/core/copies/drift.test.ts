import * as assert from 'node:assert/strict';
import { classifyDrift, type DriftKind } from '../../../../src/core/copies/drift';

interface DriftCase {
  name: string;
  original: string;
  copy: string;
  /** Expected drifts as `kind:from→to` (from or to may be empty); empty = nothing may fire. */
  expect: string[];
}

const show = (d: { kind: DriftKind; from?: string; to?: string }) => `${d.kind}:${d.from ?? ''}→${d.to ?? ''}`;

const CASES: DriftCase[] = [
  { name: 'hedge swapped', original: 'The shells could be used in the offensive.', copy: 'The shells might be used in the offensive.', expect: ['modality:could→might'] },
  { name: 'possibility made certain', original: 'The council may approve the plan in May.', copy: 'The council will approve the plan in May.', expect: ['modality:may→will'] },
  { name: 'the noun "will" is not a modal', original: 'They showed a strong will to cooperate.', copy: 'They were strongly willing to cooperate.', expect: [] },
  { name: 'negation dropped', original: 'The union did not accept the offer.', copy: 'The union accepted the offer.', expect: ['negation:not→'] },
  { name: 'number changed', original: 'About 1,800 workers joined the strike.', copy: 'About 3,600 workers joined the strike.', expect: ['number:1,800→3,600'] },
  { name: '"a million" is "1 million"', original: 'It supplied more than 1 million shells.', copy: 'It supplied over a million shells.', expect: [] },
  { name: 'loaded word swapped', original: 'The two authoritarian leaders met again.', copy: 'The two totalitarian leaders met again.', expect: ['evaluative:authoritarian→totalitarian'] },
  { name: 'friendly return visit made hostile', original: 'A visit would reciprocate one she made in May.', copy: 'A visit would be a retaliation for her trip in May.', expect: ['evaluative:reciprocate→retaliation'] },
  { name: 'attribution dropped', original: 'Prices will rise, the Finance Ministry said.', copy: 'Prices will rise.', expect: ['attribution:Finance Ministry→'] },
  { name: 'source swapped', original: 'The talks failed, according to Reuters.', copy: 'The talks failed, according to Interfax.', expect: ['attribution:Reuters→Interfax'] },
  { name: 'hedged verb made assertive', original: 'The minister signaled a willingness to help the farmers.', copy: 'The minister said that she would help the farmers.', expect: ['attribution:signaled→said'] },
  { name: 'place made vague', original: 'He travelled by train to Calda’s southern port, visiting a shipyard.', copy: 'He made a trip there, visiting a shipyard.', expect: ['deixis:to Calda’s southern port→there'] },
  { name: 'existential "there" is not deixis', original: 'Signs of cooperation have been seen.', copy: 'There are signs of cooperation.', expect: [] },
  { name: 'vague source swapped, made certain', original: 'Market analysts say the price of bread could rise again if the harvest fails.', copy: 'Experts believe the price of bread will rise again if the harvest fails.', expect: ['modality:could→will', 'attribution:Market analysts say→Experts believe'] },
  { name: 'named source made vague', original: 'Minister Ana Ruiz said the dam was full.', copy: 'Experts say the dam was full.', expect: ['attribution:Minister Ana Ruiz→Experts say'] },
  { name: 'same vague source, other tense', original: 'Analysts say prices will fall in May.', copy: 'Analysts said prices will fall in May.', expect: [] },
  { name: 'synonyms and clause order only', original: 'Officials said the talks would resume on Monday, TASS reported.', copy: 'According to TASS, officials stated the negotiations would restart on Monday.', expect: [] },
];

describe('copies/drift classifyDrift', () => {
  for (const c of CASES) {
    it(`${c.expect.length ? 'flags' : 'passes'}: ${c.name}`, () => {
      assert.deepEqual(classifyDrift(c.original, c.copy).map(show), c.expect);
    });
  }
  it('every drift carries a message', () => {
    for (const c of CASES) for (const d of classifyDrift(c.original, c.copy)) assert.ok(d.message.length > 3);
  });
});
