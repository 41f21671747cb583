import * as assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { DocumentText } from '../../../../src/core/text/documentText';
import { clearSentenceCache, sentenceCacheStats, sentencesOf, splitFast, splitLine, splitReference } from '../../../../src/core/text/sentences';

const ROOT = path.resolve(__dirname, '../../../..');
const FIXTURES = path.join(ROOT, 'test/fixtures/sentences');
const UPDATE = process.env.UPDATE_GOLDEN === '1';

const texts = (line: string, spans: ReadonlyArray<readonly [number, number]>): string[] => spans.map(([s, e]) => line.slice(s, e));

function linesOf(file: string): string[] {
  return readFileSync(file, 'utf8').split(/\r?\n/).filter((l) => l.trim() && !l.startsWith('#'));
}

describe('sentences: golden splits', () => {
  for (const name of readdirSync(FIXTURES).filter((f) => f.endsWith('.txt'))) {
    it(name, () => {
      // Per line, so that the golden files test the splitter alone (not the boilerplate classifier).
      const actual = linesOf(path.join(FIXTURES, name)).map((line) => texts(line, splitLine(line)));
      const goldenPath = path.join(FIXTURES, name.replace(/\.txt$/, '.golden.json'));
      if (UPDATE || !existsSync(goldenPath)) writeFileSync(goldenPath, JSON.stringify(actual, null, 2) + '\n');
      assert.deepEqual(actual, JSON.parse(readFileSync(goldenPath, 'utf8')));
    });
  }
});

describe('sentences: news fixes', () => {
  const cases: [string, string[]][] = [
    ['The U.S. Army said on Jan. 5 that it would act. Gen. Smith agreed.', ['The U.S. Army said on Jan. 5 that it would act.', 'Gen. Smith agreed.']],
    ['He arrived at 3 p.m. Monday. Dr. Jones met him.', ['He arrived at 3 p.m. Monday.', 'Dr. Jones met him.']],
    ['He arrived at 3 p.m. The next day he left.', ['He arrived at 3 p.m.', 'The next day he left.']],
    ['John F. Kennedy was there. J. R. Ward too.', ['John F. Kennedy was there.', 'J. R. Ward too.']],
    ['The U.S. is big. The U.K. is small.', ['The U.S. is big.', 'The U.K. is small.']],
    ['Sanctions hit the U.S. Officials said so.', ['Sanctions hit the U.S.', 'Officials said so.']],
    ['Smith said: “It is over.” Jones disagreed.', ['Smith said: “It is over.”', 'Jones disagreed.']],
    ['“Why now?” he asked. Nobody answered.', ['“Why now?” he asked.', 'Nobody answered.']],
    ['Prices rose 3.5% in Jan. 2024. Next came May.', ['Prices rose 3.5% in Jan. 2024.', 'Next came May.']],
    ['Sen. Warren, D-Mass., said no. Rep. Jones said yes.', ['Sen. Warren, D-Mass., said no.', 'Rep. Jones said yes.']],
  ];
  for (const [input, want] of cases) {
    it(input, () => assert.deepEqual(texts(input, splitReference(input)), want));
  }

  it('straight and curly quotes split the same way', () => {
    const curly = '“We will win. They will lose,” he said. Then he left.';
    const straight = curly.replace(/[“”]/g, '"');
    assert.deepEqual(splitReference(curly), splitReference(straight));
    assert.equal(splitReference(curly).length, 3);
  });

  it('tracks a quotation that spans sentences', () => {
    const doc = new DocumentText('“We will win. They will lose,” he said. Then he left.');
    const s = sentencesOf(doc);
    assert.deepEqual(s.map((x) => [x.quoteOpenAtStart, x.quoteOpenAtEnd]), [[false, true], [true, false], [false, false]]);
  });
});

describe('sentences: fast path agrees with the reference path', () => {
  const files = [
    ...readdirSync(FIXTURES).filter((f) => f.endsWith('.txt')).map((f) => path.join(FIXTURES, f)),
    ...readdirSync(path.join(ROOT, 'test/eval/attribution')).filter((f) => f.endsWith('.txt')).map((f) => path.join(ROOT, 'test/eval/attribution', f)),
    ...readdirSync(path.join(ROOT, 'test/fixtures/sample-corpus/seeds')).map((f) => path.join(ROOT, 'test/fixtures/sample-corpus/seeds', f)),
  ];
  it('on every line of the fixtures, the labelled sets and the sample corpus', () => {
    let fast = 0;
    let total = 0;
    for (const file of files) {
      for (const raw of linesOf(file)) {
        const line = raw.replace(/^[a-z-]+ \| /, '');
        total++;
        const f = splitFast(line);
        if (!f) continue;
        fast++;
        assert.deepEqual(texts(line, f), texts(line, splitReference(line)), `${path.basename(file)}: ${line}`);
      }
    }
    assert.ok(fast > total / 2, `fast path taken on only ${fast} of ${total} lines`);
  });

  it('on the shared seeds when present', function () {
    const dir = path.join(ROOT, '../shared/seeds');
    if (!existsSync(dir)) return this.skip();
    for (const file of readdirSync(dir)) {
      for (const line of linesOf(path.join(dir, file))) {
        const f = splitFast(line);
        if (f) assert.deepEqual(texts(line, f), texts(line, splitReference(line)));
      }
    }
  });

  it('refuses lines with abbreviations, initials and ellipses', () => {
    for (const line of ['Gen. Smith agreed.', 'He met J. Doe.', 'He paused... Then left.', 'It hit the U.S. Then it ended.', 'Talks (begun in May. Ended in June.) failed.']) {
      assert.equal(splitFast(line), undefined, line);
    }
  });

  // isAmbiguousStop looks ASCII tokens up by a numeric code of their lower case: capitals, openers, closers
  // and tokens outside ASCII (the slice-and-lower-case path) must answer as the word list says.
  it('refuses abbreviations in any case and with quotes around them, and accepts ordinary short words', () => {
    for (const line of ['GOV. Lee spoke. Then he left.', 'She met “Dr. Ruiz” today. It went well.', 'Prices rose approx. 5 percent. Then fell.', 'Find it on Main St. Then turn.', 'Plan B. Then plan C.', 'We saw Ü. Then we left.']) {
      assert.equal(splitFast(line), undefined, line);
    }
    for (const [line, n] of [['He was out. Then he came back.', 2], ['It was done! Was it? Yes.', 3], ['They said so. Müller. Then nothing.', 3], ['It costs 3.5 million. Officials agreed.', 2]] as const) {
      const spans = splitFast(line);
      assert.ok(spans, line);
      assert.equal(spans.length, n, line);
      assert.deepEqual(texts(line, spans), texts(line, splitReference(line)), line);
    }
  });

  it('finds stops in any order of . ! and ? (found by three searches)', () => {
    const line = 'Really? Yes! It is. Why? Because! Done.';
    assert.deepEqual(texts(line, splitFast(line)!), ['Really?', 'Yes!', 'It is.', 'Why?', 'Because!', 'Done.']);
  });
});

describe('sentencesOf', () => {
  it('never crosses a line break and gives document offsets', () => {
    const text = 'First line without a stop\nsecond line. Third sentence.\r\n\r\nNew paragraph here.';
    const doc = new DocumentText(text);
    const s = sentencesOf(doc);
    assert.deepEqual(s.map((x) => x.text), ['First line without a stop', 'second line.', 'Third sentence.', 'New paragraph here.']);
    for (const x of s) {
      assert.equal(text.slice(x.start, x.end), x.text);
      assert.equal(doc.textOf(x.range), x.text);
    }
    assert.deepEqual(s.map((x) => x.paragraph), [0, 0, 0, 1]);
  });

  it('skips lines that are not article text', () => {
    const doc = new DocumentText('The vote was held on Sunday.\n\nLeave a Reply\n\nYour email address will not be published.');
    assert.deepEqual(sentencesOf(doc).map((x) => x.text), ['The vote was held on Sunday.']);
  });

  it('is memoised per document', () => {
    const doc = new DocumentText('One. Two.');
    assert.equal(sentencesOf(doc), sentencesOf(doc));
  });

  it('re-splits only the paragraph an edit touched', () => {
    clearSentenceCache();
    const paragraphs = Array.from({ length: 20 }, (_, i) => `Paragraph ${i} opened on a Monday. It closed on the same day.`);
    sentencesOf(new DocumentText(paragraphs.join('\n\n')));
    assert.equal(sentenceCacheStats().misses, 20);
    paragraphs[7] = 'Paragraph 7 was edited by the desk. Nothing else changed.';
    sentencesOf(new DocumentText(paragraphs.join('\n\n')));
    const stats = sentenceCacheStats();
    assert.equal(stats.misses, 21);
    assert.equal(stats.hits, 19);
  });

  it('splitLine returns the same spans from the cache', () => {
    const line = 'Dr. Ann Lee spoke at 9 a.m. Tuesday. She left early.';
    assert.deepEqual(splitLine(line), splitLine(line));
    assert.equal(splitLine(line).length, 2);
  });
});
