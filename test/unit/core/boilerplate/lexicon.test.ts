import * as assert from 'node:assert/strict';
import { matchLexicon } from '../../../../src/core/boilerplate/lexicon';

// The unanchored phrase-list patterns run only when OTHERS_HINT finds one of its words on the line: each
// row exercises one of those patterns (in upper and lower case), so a hint that falls out of step with
// them fails here.
describe('matchLexicon: unanchored patterns behind the word hint', () => {
  const rows: [string, string][] = [
    ['Harbor Ledger Media. All rights reserved.', 'copyright notice'],
    ['© 2025 Valley Post', 'copyright notice'],
    ['(c) 2024 Northgate Wire', 'copyright notice'],
    ['Copyright 2023 Northgate Wire', 'copyright notice'],
    ['Northgate © Wire', 'copyright notice'],
    ['Strictly necessary cookies always enabled', 'cookie notice'],
    ['[x] Necessary always enabled', 'cookie notice'],
    ['Analytics cookies are used to count visits to the site.', 'cookie notice'],
    ['We may earn a commission when you buy through links on this page.', 'affiliate disclosure'],
    ['Editors might receive compensation for some of the products below.', 'affiliate disclosure'],
    ['This guide is provided for informational purposes only.', 'disclaimer'],
    ['The site does not provide medical advice.', 'disclaimer'],
    ['Sign up for the weekly newsletter from our city desk.', 'subscription prompt'],
    ['Get the best stories delivered to your inbox.', 'subscription prompt'],
    ['Please disable your ad blocker to keep reading.', 'ad-blocker prompt'],
    ['(adsbygoogle = window.adsbygoogle || []).push({});', 'ad script residue'],
    ['googletag.cmd.push(function() { googletag.display("ad-slot"); });', 'ad script residue'],
    ['window.dataLayer.push({ event: "pageview" });', 'ad script residue'],
  ];
  for (const [line, label] of rows) {
    it(`${line} -> ${label}`, () => {
      assert.equal(matchLexicon(line)?.label, label);
      if (!/[a-z]{3,}\(|\.push|\.cmd/.test(line)) assert.equal(matchLexicon(line.toUpperCase())?.label, label);
    });
  }

  it('leaves ordinary lines alone', () => {
    for (const line of ['The committee met on Tuesday.', 'Cookies and cakes sold out at the fair', 'Council approves harbour budget']) {
      assert.equal(matchLexicon(line), undefined);
    }
  });

  it('takes a copyright notice off the end of a footer line', () => {
    assert.equal(matchLexicon('Contact the newsroom at the harbour office every weekday © 2024 Harbor Ledger Media')?.label, 'copyright notice');
  });
});
