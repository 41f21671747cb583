import * as assert from 'node:assert/strict';
import { hashLine, hashText, normalizeForHash } from '../../../../src/core/text/hash';
import { rng } from '../../../../bench/corpus/generate'; // deterministic (mulberry32), so a failure can be replayed

/** The definition the fast paths implement; line hashes are stored in review state and must never change. */
function normalizeByDefinition(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[‘’‚‛′]/g, "'")
    .replace(/[“”„‟″]/g, '"')
    .replace(/[‐‑‒–—―]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
}

// Characters each path treats differently: ASCII, Unicode spaces, folded quotes and dashes (and ″, ‑ that
// NFKC changes first), ‖ and ‗, letters whose lower case or NFKC form is special (İ, Σ, ẞ, ǅ, ﬁ, ª, ²),
// a combining accent that composes with the letter before it, Hangul jamo that compose, emoji and a lone
// surrogate.
const ALPHABET = [
  'a', 'B', 'z', '1', ' ', ' ', '  ', '\t', '\n', '\u00a0', '\u2003', '\u3000', '\ufeff', '\u2028',
  '‘', '’', '‚', '‛', '′', '″', '“', '”', '„', '‟', '‐', '‑', '‒', '–', '—', '―', '‖', '‗', '…',
  'É', 'é', 'İ', 'Σ', 'ẞ', 'ǅ', 'ﬁ', 'ª', '²', 'e\u0301', '\u0301', '\u1100\u1161', '😀', '\ud800', '.', '"', "'", '-',
];

describe('normalizeForHash and hashLine', () => {
  const fixed = [
    '',
    '   ',
    'Leave a Reply',
    '  Share   this\tarticle  ',
    'It’s “fine” — she said – ok',
    'CAFÉ ﬁle ª² Σ ΟΔΟΣ',
    'İstanbul',
    '\u00a0Menu\u00a0',
    'Privacy Policy | Terms of Use',
  ];
  for (const text of fixed) {
    it(`match the definition on ${JSON.stringify(text)}`, () => {
      assert.equal(normalizeForHash(text), normalizeByDefinition(text));
      assert.equal(hashLine(text), hashText(normalizeByDefinition(text)));
    });
  }

  it('match the definition on 20,000 generated strings', () => {
    const r = rng(7);
    for (let k = 0; k < 20_000; k++) {
      let s = '';
      const len = Math.floor(r() * 16);
      for (let i = 0; i < len; i++) s += ALPHABET[Math.floor(r() * ALPHABET.length)];
      const want = normalizeByDefinition(s);
      assert.equal(normalizeForHash(s), want, JSON.stringify(s));
      assert.equal(hashLine(s), hashText(want), JSON.stringify(s));
    }
  });

  it('keep the hashes earlier versions wrote to review state', () => {
    // Values computed by the regex implementation (commit 807812d).
    assert.equal(hashLine('  Leave a Reply '), '48f1d96327e2c835');
    assert.equal(hashLine('It’s “fine” — she said'), 'e0d25284c7735ae8');
    assert.equal(hashLine('Ｃａｆé ﬁle'), 'ab5b3c62711f8bc1');
  });
});
