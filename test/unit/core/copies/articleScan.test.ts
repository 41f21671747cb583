// The one-pass article scan (hashes folded in while scanning characters) must give exactly what the
// string form gives: tokens from `tokenize`, `hash32` of each, `stem`/`contentStems`, the facts regex.
// The reference below is that string form, written plainly; the texts are written for this test and
// pick awkward cases (curly apostrophes, possessives, letters that lower-case to two code units,
// astral letters, numbers with separators, headlines without a full stop).
import * as assert from 'node:assert/strict';
import { DocumentText } from '../../../../src/core/text/documentText';
import { articleLines, contentStems, hash32, stem } from '../../../../src/core/copies/normalise';
import { copySentences } from '../../../../src/core/copies/sentences';
import { scanArticle, endsSentence, SHINGLE_WORDS, sortUint32 } from '../../../../src/core/copies/articleScan';
import { minhash } from '../../../../src/core/copies/minhash';
import { base36 } from '../../../../src/core/copies/lsh';
import { buildEvalCorpus } from '../../../eval/copies/corpus';
import { rng } from '../../../../bench/corpus/generate';

function sortedSet(xs: number[]): number[] {
  return [...new Set(xs)].sort((a, b) => a - b);
}

function referenceShingles(tokens: string[]): number[] {
  const th = tokens.map(hash32);
  if (!th.length) return [];
  const combine = (from: number, k: number) => {
    let h = 0x9747b28c;
    for (let j = from; j < from + k; j++) {
      h = Math.imul(h ^ th[j], 0x5bd1e995);
      h ^= h >>> 13;
    }
    return h >>> 0;
  };
  if (th.length < SHINGLE_WORDS) return [combine(0, th.length)];
  return sortedSet(Array.from({ length: th.length - SHINGLE_WORDS + 1 }, (_, i) => combine(i, SHINGLE_WORDS)));
}

const FACT = /\p{Lu}[\p{L}'’-]+|\d[\d,.:]*\d|\d/gu;

function referenceFacts(text: string): string[] {
  const opening = /[\p{L}\p{N}]/u.exec(text)?.index ?? 0;
  const out: string[] = [];
  for (const m of text.matchAll(FACT)) {
    if (m.index === opening) continue;
    let f = m[0].toLowerCase();
    if (f.length > 2 && (f.endsWith("'s") || f.endsWith('’s'))) f = f.slice(0, -2);
    out.push(f);
  }
  return out;
}

function reference(doc: DocumentText) {
  const sentences = copySentences(doc);
  const lines = articleLines(doc);
  const body = new Set(lines.filter((l) => /[.!?…]["'”’)\]]*\s*$/.test(l.text)).map((l) => l.line));
  let h1 = 0x811c9dc5;
  let h2 = 0x9747b28c;
  for (const s of sentences) {
    if (body.size && !body.has(s.line)) continue;
    for (const t of s.tokens) {
      const x = hash32(t);
      h1 = Math.imul(h1 ^ x, 0x01000193);
      h2 = Math.imul(h2 ^ x, 0x5bd1e995);
      h2 ^= h2 >>> 15;
    }
  }
  const tokens = sentences.flatMap((s) => s.tokens);
  const facts = sentences.map((s) => referenceFacts(s.text));
  return {
    exact: (h1 >>> 0).toString(16).padStart(8, '0') + (h2 >>> 0).toString(16).padStart(8, '0'),
    shingles: referenceShingles(tokens),
    stems: sortedSet(contentStems(tokens).map(hash32)),
    facts: sortedSet(facts.flat().map(hash32)),
    sentences: sentences.length,
    sentenceWords: sentences.map((s) => s.tokens.length),
    sentenceHashes: sentences.map((s) => hash32(s.tokens.join(' '))),
    sentenceFactCounts: facts.map((f) => new Set(f).size),
    sentenceFactHashes: facts.map((f) => hash32([...new Set(f)].sort().join('|'))),
  };
}

function scanned(doc: DocumentText) {
  const s = scanArticle(doc);
  return {
    exact: s.sets.exact,
    shingles: [...s.sets.shingles],
    stems: [...s.sets.stems],
    facts: [...s.sets.facts],
    sentences: s.sets.sentences,
    sentenceWords: s.sentenceWords,
    sentenceHashes: s.sentenceHashes,
    sentenceFactCounts: s.sentenceFactCounts,
    sentenceFactHashes: s.sentenceFactHashes,
  };
}

const AWKWARD = [
  'Harbour Ledger',
  'Home | World | Business',
  '',
  'İstanbul ferry fares rise as O’Brien’s plan stalls',
  '',
  'By Mara Lindqvist',
  '',
  '“The ferries can’t run on promises,” said Dr. Ana Ruiz of the İzmir port authority on Tuesday. Fares rose 4,500 lira to 10:30 rates.',
  'ΟΔΥΣΣΕΑΣ Papadakis, the union’s chair, said the strike was “not over” and that it\'s the city’s third this year. Its leaders met at 3.',
  '𝐀𝐁𝐂 Holdings and Jean-Luc Moreau’s group hold 12.5% of the operator, which lost 1,200,000 euros in 2023.',
  'Passengers, commuters and students queued for hours at Kadıköy pier while the Mayor’s office stayed silent…',
  '12 boats were idle; the operators’ association said it was talking to Ankara.',
  'Officials in the province—among them Governor Selim Aydın—declined to comment',
  '',
  'Copyright 2026 Harbour Ledger. All rights reserved.',
].join('\n');

describe('copies/articleScan equals the string form', () => {
  it('on awkward text (apostrophes, İ, astral letters, separators, dashes)', () => {
    const doc = new DocumentText(AWKWARD, 'awkward.txt');
    assert.ok(copySentences(doc).length >= 8, 'the test text must have article sentences');
    assert.deepEqual(scanned(doc), reference(doc));
  });

  it('on every document of the copies eval corpus', () => {
    for (const d of buildEvalCorpus()) {
      const doc = new DocumentText(d.text, d.path);
      assert.deepEqual(scanned(doc), reference(doc), d.path);
    }
  });

  it('on random documents of names, possessives, numbers and non-ASCII letters', () => {
    const words = ['Ana', "O'Brien's", 'O’Neil’s', "JAMES'S", 'Jean-Luc', 'the', 'said', 'İzmir', 'Ölçek', 'ΟΔΟΣ', 'Σ', '𝐀bc', '4,500', '10:30', '3.', '1.2.3', "it's", 'Mr.', 'talks', 'Russian', 'is', 'a', "'s", 'x’s'];
    const ends = ['.', '.', ',', '!', ' —', '?”'];
    const r = rng(7);
    for (let d = 0; d < 200; d++) {
      const lines: string[] = [];
      for (let l = 0; l < 6; l++) {
        let line = '';
        for (let n = 3 + Math.floor(r() * 25); n > 0; n--) line += words[Math.floor(r() * words.length)] + (r() < 0.15 ? ends[Math.floor(r() * ends.length)] : '') + ' ';
        lines.push(line.trim() + (r() < 0.7 ? '.' : ''));
      }
      const doc = new DocumentText(lines.join('\n'), `random-${d}.txt`);
      assert.deepEqual(scanned(doc), reference(doc), lines.join('\n'));
    }
  });

  it('stem equals its string form on random words (possessives, -an, plurals, -ss -us -is)', () => {
    const referenceStem = (token: string) => {
      let t = token.endsWith("'s") ? token.slice(0, -2) : token;
      if (t.length > 5 && t.endsWith('an')) t = t.slice(0, -1);
      else if (t.length > 4 && t.endsWith('s') && !/(?:ss|us|is)$/.test(t)) t = t.slice(0, -1);
      return t.length > 6 ? t.slice(0, 6) : t;
    };
    const letters = ['a', 'n', 's', 'u', 'i', "'", 'x', 'é'];
    const r = rng(11);
    for (let k = 0; k < 50_000; k++) {
      let w = '';
      for (let m = Math.floor(r() * 10); m > 0; m--) w += letters[Math.floor(r() * letters.length)];
      assert.equal(stem(w), referenceStem(w), JSON.stringify(w));
    }
  });

  it('sortUint32 sorts as Uint32Array#sort, on both sides of the radix threshold', () => {
    const r = rng(5);
    for (const n of [0, 1, 7, 300, 511, 512, 900, 5000]) {
      for (const spread of [2 ** 32, 1000]) {
        const xs = Uint32Array.from({ length: n }, () => Math.floor(r() * spread));
        assert.deepEqual(sortUint32(xs.slice()), xs.slice().sort(), `${n} values below ${spread}`);
      }
    }
  });

  it('stems left to first use equal the stems read with the rest', () => {
    for (const d of buildEvalCorpus()) {
      const lazy = scanArticle(new DocumentText(d.text, d.path), false);
      const eager = scanArticle(new DocumentText(d.text, d.path));
      assert.deepEqual([...lazy.sets.stems], [...eager.sets.stems], d.path);
      assert.deepEqual(lazy.shingleHashes, eager.shingleHashes, d.path);
    }
  });

  it('MinHash of the shingles in text order equals MinHash of the sorted set', () => {
    for (const d of buildEvalCorpus().slice(0, 20)) {
      const scan = scanArticle(new DocumentText(d.text, d.path));
      assert.ok(scan.shingleHashes.length >= scan.sets.shingles.length);
      assert.deepEqual(minhash(scan.shingleHashes, 128), minhash(scan.sets.shingles, 128), d.path);
    }
  });

  it('base36 writes 32-bit numbers as toString(36) does', () => {
    const values = [0, 1, 35, 36, 37, 1295, 1296, 0x7fffffff, 0x80000000, 0xffffffff];
    for (let x = 12345, k = 0; k < 2000; k++) values.push((x = (Math.imul(x, 1103515245) + 12345) >>> 0));
    for (const v of values) assert.equal(base36(v), v.toString(36), String(v));
  });

  it('endsSentence reads the line end like the pattern it replaces', () => {
    const pattern = /[.!?…]["'”’)\]]*\s*$/;
    for (const t of ['Done.', 'Done.” ', 'Done!)\t', 'Wait…', 'Headline', 'Ends with quote”', '', ' . ', 'x.]"\u00a0', 'a?b']) {
      assert.equal(endsSentence(t), pattern.test(t), JSON.stringify(t));
    }
  });
});
