import fc from 'fast-check';

// Building blocks for generated corpus documents: news sentences, page chrome, and the hostile bits
// scraped text is full of (emoji, combining marks, RTL, lone surrogates, unclosed quotes, odd line ends).
const SENTENCES = [
  'The council voted on Tuesday to close the harbour.',
  'Officials said the plan “would cost 4.5 million euros,” according to the ministry.',
  'There are signs that the talks will fail.',
  'Analysts say prices could double by March.',
  'The U.S. Navy sent two ships to the Gulf of Aden at 3 p.m. on Jan. 4.',
  '“We will not stop,” said union leader Maria Santos.',
  'It is believed to be the largest strike in a decade.',
  'Kremlin spokesperson Dmitry Ivanov told the agency TASS that talks continue.',
];
const CHROME = ['Leave a Reply', 'Your email address will not be published.', 'Terms of Use', '|', '© 2025 Example News. All Rights Reserved.', 'Source: https://example.org/a/b', 'By Ana Costa, Example News', 'Updated: 9:12 AM CET, Fri March 14, 2025', 'See Full Web Article', 'Share this article: Facebook | X | Email'];
const HOSTILE = ['😀🇺🇦', 'e\u0301\u0301', 'مرحبا بالعالم', '\ud800', '\udfff', '“unclosed quote', '‘', '"', '[x](command:workbench.action.quit)', '<img src=x onerror=alert(1)>', '![i](http://e.x/i.png)', '\u202e', '\t', '\u0000', '\u00a0', 'ﬁ', 'İ'];
const EOL = ['\n', '\r\n', '\r', '\n\n', '\r\n\r\n', '\n \n'];

const piece = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...SENTENCES) },
  { weight: 2, arbitrary: fc.constantFrom(...CHROME) },
  { weight: 2, arbitrary: fc.constantFrom(...HOSTILE) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 40 }) },
);

const line = fc.array(piece, { minLength: 0, maxLength: 6 }).chain((parts) =>
  fc.constantFrom(' ', '', '  ').map((sep) => parts.join(sep)),
);

/** A generated document: lines of mixed pieces joined by mixed line endings. */
export const documentText = fc
  .array(fc.tuple(line, fc.constantFrom(...EOL)), { minLength: 0, maxLength: 25 })
  .map((lines) => lines.map(([l, e]) => l + e).join(''));
