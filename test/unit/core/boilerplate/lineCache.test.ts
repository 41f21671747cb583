import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { DocumentText } from '../../../../src/core/text/documentText';
import { classifyLines, clearVerdictCache } from '../../../../src/core/boilerplate/classify';
import { lineHashAt } from '../../../../src/core/boilerplate/templateLines';
import { extractMetadata } from '../../../../src/core/boilerplate/metadata';
import { documentWordCount } from '../../../../src/core/boilerplate/lineRecords';
import { clearSentenceCache, sentencesOf } from '../../../../src/core/text/sentences';
import { hashLine } from '../../../../src/core/text/hash';

const FIXTURES = path.join(__dirname, '../../../fixtures/boilerplate');
/** Fixture text without its gold labels ("n|Skip to main content"). */
const fixtureText = (file: string): string =>
  readFileSync(path.join(FIXTURES, file), 'utf8')
    .split('\n')
    .map((l) => l.replace(/^[a-z-]+\|/, ''))
    .join('\n');

/** Everything the per-line caches feed, as plain data. */
function analysis(text: string): unknown {
  const doc = new DocumentText(text);
  assert.equal(documentWordCount(doc), doc.wordCount, 'words summed over cached lines = words of the whole text');
  return {
    words: documentWordCount(doc),
    classes: classifyLines(doc),
    metadata: extractMetadata(doc),
    sentences: sentencesOf(doc).map((s) => [s.start, s.end, s.text, s.quoteOpenAtStart, s.quoteOpenAtEnd]),
    hashes: doc.lines.map((_, i) => lineHashAt(doc, i)),
  };
}

/** Edits a reader makes: change a letter, indent a line, repeat a line elsewhere, join two lines. */
function edits(text: string): string[] {
  const lines = text.split('\n');
  const out: string[] = [];
  for (let k = 1; k < lines.length; k += 5) {
    const l = lines[k];
    const changed = [...lines];
    changed[k] = l.length > 3 ? l.slice(0, 2) + (l[2] === 'e' ? 'a' : 'e') + l.slice(3) : l + ' x';
    out.push(changed.join('\n'));
    const indented = [...lines];
    indented[k] = '   ' + l;
    out.push(indented.join('\n'));
    out.push([...lines.slice(0, k), lines[lines.length - 2] ?? '', ...lines.slice(k)].join('\n'));
    out.push([...lines.slice(0, k - 1), lines[k - 1] + ' ' + l, ...lines.slice(k + 1)].join('\n'));
  }
  return out;
}

describe('per-line caches (line records: verdicts, words, sentences, hashes)', () => {
  const files = readdirSync(FIXTURES).filter((f) => f.endsWith('.txt'));

  it('give the same verdicts, metadata, sentences and hashes as a cold run after edits', () => {
    clearVerdictCache();
    clearSentenceCache();
    for (const f of files) analysis(fixtureText(f)); // fill the caches with every fixture
    for (const f of files) {
      for (const edited of edits(fixtureText(f))) {
        const warm = analysis(edited);
        clearVerdictCache();
        clearSentenceCache();
        assert.deepEqual(warm, analysis(edited), f);
      }
    }
  });

  it('hash a line as hashLine does', () => {
    const doc = new DocumentText('  Share this   article \n\nPrivacy Policy');
    for (let i = 0; i < doc.lineCount; i++) assert.equal(lineHashAt(doc, i), hashLine(doc.lines[i]));
  });
});
