import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { WordGates } from '../../../../src/core/attribution/wordGates';

/** The slow, obvious answer: slice every ASCII word run, lowercase it, test each entry. */
function reference(conditions: string[][], text: string): number[] {
  const runs = text.match(/[A-Za-z0-9_]+/g)?.map((r) => r.toLowerCase()) ?? [];
  return conditions.map((list) =>
    list.some((e) => {
      if (e === '#digit') return /[0-9]/.test(text);
      if (e === '#money') return /[$€£¥]/.test(text);
      if (e === '#percent') return text.includes('%');
      if (e.endsWith('*')) return runs.some((r) => r.startsWith(e.slice(0, -1)));
      if (e.startsWith('*')) return runs.some((r) => r.endsWith(e.slice(1)));
      return runs.includes(e);
    })
      ? 1
      : 0,
  );
}

function scan(conditions: string[][], text: string): number[] {
  const present = new Uint8Array(conditions.length);
  new WordGates(conditions).scan(text, present);
  return [...present];
}

/** Scan every line, check each condition against `reference` (and `also`), and count the conditions met. */
function hitsAgreeingWithReference(lists: string[][], lines: string[], also?: (gates: WordGates, line: string) => void): number {
  const gates = new WordGates(lists);
  const present = new Uint8Array(lists.length);
  let hits = 0;
  for (const line of lines) {
    gates.scan(line, present);
    const want = reference(lists, line);
    assert.deepEqual([...present], want, line);
    also?.(gates, line);
    hits += want.reduce((a, b) => a + b, 0);
  }
  return hits;
}

describe('WordGates', () => {
  const conditions = [['said', 'told'], ['damag*', 'boost*'], ['*est'], ['#digit'], ['#money', '#percent'], ['by'], ['said']];

  it('finds whole ASCII word runs, case-folded, as `\\b` delimits them', () => {
    assert.deepEqual(scan(conditions, 'Officials SAID on Monday.'), [1, 0, 0, 0, 0, 0, 1]);
    assert.deepEqual(scan(conditions, 'the unsaid words, said_x and saidx'), [0, 0, 0, 0, 0, 0, 0]);
    assert.deepEqual(scan(conditions, 'written by-election'), [0, 0, 0, 0, 0, 1, 0]);
  });

  it('finds prefixes, suffixes and marks', () => {
    assert.deepEqual(scan(conditions, 'It Damaged the boldest plan'), [0, 1, 1, 0, 0, 0, 0]);
    assert.deepEqual(scan(conditions, 'dam est'), [0, 0, 1, 0, 0, 0, 0]);
    assert.deepEqual(scan(conditions, 'up 5% to €3'), [0, 0, 0, 1, 1, 0, 0]);
  });

  it('agrees with slicing and lowercasing every word over the labelled sentences', () => {
    const dir = path.join(__dirname, '../../../eval/attribution');
    const lines = readdirSync(dir)
      .filter((f) => f.endsWith('.txt'))
      .flatMap((f) => readFileSync(path.join(dir, f), 'utf8').split(/\r?\n/));
    const words = [...new Set(lines.join(' ').toLowerCase().match(/[a-z]{3,}/g) ?? [])];
    // Conditions made of real words, prefixes and suffixes of them, so that many hit.
    const lists: string[][] = [];
    for (let i = 0; i + 6 < words.length && lists.length < 200; i += 7) {
      lists.push([words[i], words[i + 1], `${words[i + 2].slice(0, 4)}*`, `*${words[i + 3].slice(-3)}`]);
    }
    lists.push(['#digit'], ['#money'], ['#percent']);
    const hits = hitsAgreeingWithReference(lists, lines);
    assert.ok(lines.length > 500 && hits > 1000, `${lines.length} lines, ${hits} hits`);
  });

  it('refuses entries it cannot gate', () => {
    assert.throws(() => new WordGates([['won’t']]));
    assert.throws(() => new WordGates([['Said']]));
    assert.throws(() => new WordGates([['ab*']]));
    assert.throws(() => new WordGates([['*st']]));
  });

  it('reports double quotation marks, underscores and tracked words', () => {
    const gates = new WordGates(conditions, 0);
    const present = new Uint8Array(conditions.length);
    for (const [text, quote] of [['He said “no”.', true], ['"Fine," she said.', true], ['It’s fine, he said.', false], ['no marks', false]] as const) {
      gates.scan(text, present);
      assert.equal(gates.sawQuote, quote, text);
    }
    gates.scan('Told: they SAID so, said_x, and told.', present);
    assert.deepEqual(gates.trackedStarts, [0, 11, 32]);
    assert.equal(gates.sawUnderscore, true);
  });

  it('agrees with slicing and lowercasing every word on generated text and character soup', async () => {
    const { generateCorpus, rng } = await import('../../../../bench/corpus/generate');
    const lines = generateCorpus(60).flatMap((d) => d.text.split('\n'));
    const words = [...new Set(lines.join(' ').toLowerCase().match(/[a-z0-9_]{3,}/g) ?? [])];
    const lists: string[][] = [];
    for (let i = 0; i + 3 < words.length && lists.length < 150; i += 4) lists.push([words[i], `${words[i + 1].slice(0, 3)}*`, `*${words[i + 2].slice(-3)}`, `*${words[i + 3].slice(-4)}`]);
    lists.push(['#digit'], ['#money'], ['#percent'], ['a', 'i', 'x_y']);
    // Soup: word characters of both cases, digits, underscores, marks and non-ASCII letters in random runs.
    const r = rng(9);
    const alphabet = 'aAbBeEsStT09_ $%€£¥"“”’\'.,-éÉİ\u00a0';
    for (let k = 0; k < 2000; k++) {
      let soup = '';
      for (let j = 0; j < 40; j++) soup += r() < 0.3 ? words[Math.floor(r() * words.length)].toUpperCase() : alphabet[Math.floor(r() * alphabet.length)];
      lines.push(soup);
    }
    const hits = hitsAgreeingWithReference(lists, lines, (gates, line) => assert.equal(gates.sawQuote, /["“”]/.test(line), line));
    assert.ok(hits > 5000, `${hits} hits`);
  });
});

describe('attribution source cues found by the word scan', () => {
  // The scan reports cue words as whole ASCII word runs; an underscore joins a cue word to its neighbour in
  // that sense but not in the tokenizer's, so a sentence with one must fall back to looking at every token.
  it('keeps the tokenizer’s view of cue words next to an underscore', async () => {
    const { analyzeAttribution } = await import('../../../../src/core/attribution/analyze');
    const { DocumentText } = await import('../../../../src/core/text/documentText');
    const sourceOf = (t: string) => analyzeAttribution(new DocumentText(t))[0].source?.text;
    assert.equal(sourceOf('Peskov said_ by phone that the talks had failed.'), 'Peskov');
    assert.equal(sourceOf('Peskov said by phone that the talks had failed.'), 'Peskov');
    // No word that can introduce a source as the old trigger saw it: nothing is looked for.
    assert.equal(sourceOf('Peskov said_ that the talks had failed.'), undefined);
  });
});
