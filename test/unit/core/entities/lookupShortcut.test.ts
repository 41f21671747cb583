import * as assert from 'node:assert/strict';
import { DocumentText } from '../../../../src/core/text/documentText';
import { recognize } from '../../../../src/core/entities/recognize';

// The recogniser skips the gazetteer look-up of a run of words whose first word starts no gazetteer name.
// That word must be compared as the look-up key would have it: curly apostrophes straightened, a possessive
// kept, any white space between words. Synthetic sentences around names the gazetteer lists.
const CASES: { text: string; name: string; type: string }[] = [
  // A curly apostrophe inside the first word ("arkhangel’sk" is keyed "arkhangel'sk").
  { text: 'The mayor of Arkhangel’sk said the port would reopen.', name: 'Arkhangel’sk', type: 'location' },
  { text: 'Arkhangel’sk Port Authority said the port would reopen.', name: 'Arkhangel’sk Port Authority', type: 'organization' },
  // A no-break space between the words of a name.
  { text: 'Officials from New\u00a0York Stock Exchange said trading would resume.', name: 'New York Stock Exchange', type: 'organization' },
  // A possessive inside a listed name.
  { text: 'Delegates of the Supreme People’s Assembly met on Monday.', name: 'Supreme People’s Assembly', type: 'organization' },
];

describe('entities: gazetteer look-up shortcut', () => {
  for (const c of CASES) {
    it(`finds "${c.name}" in: ${c.text}`, () => {
      const entities = recognize(new DocumentText(c.text), { everyLine: true });
      const found = entities.find((e) => e.mentions.some((m) => m.text.replace(/\s/g, ' ') === c.name));
      assert.ok(found, `mentions: ${entities.map((e) => e.mentions.map((m) => m.text).join('/')).join(', ')}`);
      assert.equal(found.type, c.type);
    });
  }
});
