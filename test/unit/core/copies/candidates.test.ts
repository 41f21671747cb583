// candidatePairs groups keys by sorting their numbers; this checks it against the plain definition (a map
// from key to the documents that have it) on synthetic signatures with the awkward cases: buckets above
// MAX_BUCKET of both kinds, a key repeated within one document, pairs linked by one or two sentence keys.
import * as assert from 'node:assert/strict';
import { candidatePairs, MAX_BUCKET, MIN_SHARED_SENTENCES } from '../../../../src/core/copies/cluster';
import { addDocumentKeys, documentSignature, KeyTable, KEY_PREFIX, type DocumentSignature } from '../../../../src/core/copies/signature';
import { clusterFromSignatures, findCopies } from '../../../../src/core/copies';
import { DocumentText } from '../../../../src/core/text/documentText';
import { generateCorpus } from '../../../../bench/corpus/generate';
import { buildEvalCorpus } from '../../../eval/copies/corpus';

function reference(signatures: DocumentSignature[]): [number, number][] {
  const buckets = new Map<string, number[]>();
  signatures.forEach((s, i) => {
    for (const k of s.keys) {
      const b = buckets.get(k) ?? [];
      if (b[b.length - 1] !== i) b.push(i);
      buckets.set(k, b);
    }
  });
  const n = signatures.length;
  const strong = new Set<number>();
  const sentence = new Map<number, number>();
  for (const [key, members] of buckets) {
    const isSentence = key.startsWith(KEY_PREFIX.sentence) || key.startsWith(KEY_PREFIX.sentenceFacts);
    if (members.length < 2) continue;
    if (members.length > MAX_BUCKET) {
      if (!isSentence) for (const m of members.slice(1)) strong.add(members[0] * n + m);
      continue;
    }
    for (let x = 0; x < members.length; x++) {
      for (let y = x + 1; y < members.length; y++) {
        const id = members[x] * n + members[y];
        if (isSentence) sentence.set(id, (sentence.get(id) ?? 0) + 1);
        else strong.add(id);
      }
    }
  }
  for (const [id, c] of sentence) if (c >= MIN_SHARED_SENTENCES) strong.add(id);
  return [...strong].sort((a, b) => a - b).map((id) => [Math.floor(id / n), id % n]);
}

/** A small deterministic generator (the same signatures on every run). */
function generator(seed: number) {
  let x = seed;
  return (m: number) => {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0;
    return x % m;
  };
}

function signatures(count: number): DocumentSignature[] {
  const next = generator(7);
  const sigs: DocumentSignature[] = [];
  for (let i = 0; i < count; i++) {
    const keys: string[] = [];
    // Band keys from a small pool (many shared), a band key every document has (one bucket above the cap),
    // a stock sentence every document has (ignored above the cap), sentence and fact keys from small pools.
    for (let b = 0; b < 4; b++) keys.push(`${KEY_PREFIX.shingle}${b}:${next(40)}`);
    keys.push(`${KEY_PREFIX.shingle}9:common`);
    if (i <= MAX_BUCKET) keys.push(`${KEY_PREFIX.shingle}8:just-above-the-cap`);
    keys.push(`${KEY_PREFIX.sentence}stock`);
    for (let s = 0; s < 3; s++) keys.push(`${KEY_PREFIX.sentence}${next(60)}`);
    for (let s = 0; s < 2; s++) keys.push(`${KEY_PREFIX.sentenceFacts}${next(50)}`);
    if (i % 5 === 0) keys.push(keys[0]); // a key twice in one document
    sigs.push({ id: `d${i}`, exact: '', keys });
  }
  return sigs;
}

describe('copies/candidatePairs', () => {
  it('equals the map-of-keys definition, caps and sentence thresholds included', () => {
    const sigs = signatures(MAX_BUCKET * 3);
    const expected = reference(sigs);
    assert.ok(expected.length > 100, `${expected.length} pairs`);
    assert.deepEqual(candidatePairs(sigs), expected);
  });

  it('pairs two documents on one shared band key but not on one shared sentence key', () => {
    const sig = (id: string, keys: string[]) => ({ id, exact: '', keys });
    const sigs = [sig('a', ['w0:1', 'p:x']), sig('b', ['w0:1']), sig('c', ['p:x']), sig('d', ['p:x', 'q:y']), sig('e', ['q:y'])];
    assert.deepEqual(candidatePairs(sigs), [[0, 1]]);
    assert.deepEqual(candidatePairs([sig('a', ['p:x', 'q:y']), sig('b', ['q:y', 'p:x'])]), [[0, 1]]);
    assert.deepEqual(candidatePairs([]), []);
  });

  it('hashes the keys of a document without writing them exactly as it hashes their strings', () => {
    const docs = [...buildEvalCorpus(), ...generateCorpus(150, 3)].map((d) => new DocumentText(d.text, d.path));
    const fromParts = new KeyTable();
    const fromStrings = new KeyTable();
    docs.forEach((d, i) => {
      addDocumentKeys(fromParts, d, i);
      for (const key of documentSignature(d).keys) fromStrings.addString(i, key);
    });
    assert.ok(fromParts.count > 10_000, `${fromParts.count} keys`);
    const view = (t: KeyTable) => [t.high, t.low, t.owner, t.sentence].map((xs) => Array.from(xs.subarray(0, t.count)));
    assert.deepEqual(view(fromParts), view(fromStrings));
    const pairs = findCopies(docs);
    assert.ok(pairs.length > 20, `${pairs.length} pairs`);
    assert.deepEqual(pairs, clusterFromSignatures(docs.map((d) => documentSignature(d)), (i) => docs[i]));
  });
});
