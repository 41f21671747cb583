// `npm run eval copies`: precision and recall per copy kind on the generated corpus (corpus.ts), the
// original-vs-copy decision, recall of the meaning drifts the spinner injected, and the clustering time.
import { DocumentText } from '../../../src/core/text/documentText';
import { findCopies, compareWithOriginal } from '../../../src/core/copies';
import type { CopyKind, CopyPair } from '../../../src/core/types';
import { buildEvalCorpus, expectedKind, type EvalDoc } from './corpus';
import { measureScale, printScale } from './scale';

/** Targets from issue 8. */
export const TARGETS: Record<CopyKind, number> = { exact: 0.95, near: 0.95, partial: 0.95, spun: 0.9 };
const KINDS: CopyKind[] = ['exact', 'near', 'partial', 'spun'];

export interface CopyScores {
  perKind: Record<CopyKind, { expected: number; found: number; kindRight: number; reported: number; reportedCorrect: number }>;
  unrelatedReported: CopyPair[];
  originals: { decided: number; right: number; total: number };
  drifts: { injected: number; found: number };
  ms: number;
  documents: number;
}

export function scoreCopies(docs: EvalDoc[] = buildEvalCorpus()): CopyScores {
  const models = docs.map((d) => new DocumentText(d.text, d.path));
  const t0 = performance.now();
  const pairs = findCopies(models);
  const ms = performance.now() - t0;
  const byPath = new Map(docs.map((d) => [d.path, d]));
  const key = (a: string, b: string) => (a < b ? `${a}\n${b}` : `${b}\n${a}`);
  const reported = new Map(pairs.map((p) => [key(p.a, p.b), p]));

  const perKind = Object.fromEntries(KINDS.map((k) => [k, { expected: 0, found: 0, kindRight: 0, reported: 0, reportedCorrect: 0 }])) as CopyScores['perKind'];
  const originals = { decided: 0, right: 0, total: 0 };
  const drifts = { injected: 0, found: 0 };
  // Recall: every (original, variant) pair of a story.
  for (const d of docs) {
    const kind = expectedKind(d.variant);
    if (!kind) continue;
    const orig = `${d.story}/original.txt`;
    const p = reported.get(key(orig, d.path));
    perKind[kind].expected++;
    if (!p || p.kind !== kind) console.log(`  ${p ? `found as ${p.kind}` : 'missed'}: ${d.path} (${kind} copy of ${orig})`);
    if (p) {
      perKind[kind].found++;
      if (p.kind === kind) perKind[kind].kindRight++;
      originals.total++;
      if (p.original) originals.decided++;
      if (p.original === orig) originals.right++;
    } else {
      originals.total++;
    }
    if (d.drifts.length) {
      const cmp = compareWithOriginal(models[docs.indexOf(d)], models[docs.findIndex((x) => x.path === orig)]);
      const all = cmp.units.flatMap((u) => u.drifts);
      for (const inj of d.drifts) {
        drifts.injected++;
        const hit = all.some(
          (f) =>
            f.kind === inj.kind &&
            ((inj.to && (f.to ?? '').toLowerCase().includes(inj.to.toLowerCase())) || (inj.from && (f.from ?? '').toLowerCase() === inj.from.toLowerCase())),
        );
        if (hit) drifts.found++;
        else if (d.path.endsWith('handwritten.txt')) console.log(`  missed drift in ${d.path}: ${inj.kind} ${inj.from}→${inj.to}`);
      }
    }
  }
  // Precision: a reported pair is right when both documents come from the same story.
  const unrelatedReported: CopyPair[] = [];
  for (const p of pairs) {
    const a = byPath.get(p.a)!;
    const b = byPath.get(p.b)!;
    perKind[p.kind].reported++;
    if (a.story === b.story) perKind[p.kind].reportedCorrect++;
    else unrelatedReported.push(p);
  }
  return { perKind, unrelatedReported, originals, drifts, ms, documents: docs.length };
}

const f2 = (x: number) => (Number.isFinite(x) ? x.toFixed(2) : '—');

export async function evaluate(): Promise<boolean> {
  const s = scoreCopies();
  console.log(`${s.documents} documents (8 stories × original + 12 generated copies, 2 hand-written rewrites, 4 same-topic stories that quote another), clustered in ${s.ms.toFixed(0)} ms`);
  console.log('recall: share of (original, copy) pairs found; kind: share found with the right kind; precision: share of reported pairs within one story');
  console.log('kind      expected  recall    kind  reported  precision  target');
  let ok = true;
  for (const k of KINDS) {
    const r = s.perKind[k];
    const recall = r.found / r.expected;
    const precision = r.reported ? r.reportedCorrect / r.reported : 1;
    const kindRight = r.kindRight / r.expected;
    const pass = recall >= TARGETS[k] && kindRight >= TARGETS[k] && precision >= TARGETS[k];
    if (!pass) ok = false;
    console.log(`${k.padEnd(9)} ${String(r.expected).padStart(8)}  ${f2(recall).padStart(6)}  ${f2(kindRight).padStart(6)}  ${String(r.reported).padStart(8)}  ${f2(precision).padStart(9)}  ≥ ${TARGETS[k]} ${pass ? 'ok' : 'MISSED'}`);
  }
  console.log(`unrelated same-topic pairs reported: ${s.unrelatedReported.length}`);
  for (const p of s.unrelatedReported.slice(0, 5)) console.log(`  ${p.a} ~ ${p.b} (${p.kind} ${p.similarity})`);
  if (s.unrelatedReported.length) ok = false;
  console.log(`original decided for ${s.originals.decided}/${s.originals.total} pairs, right for ${s.originals.right} (${f2(s.originals.right / s.originals.total)})`);
  console.log(`injected meaning drifts found: ${s.drifts.found}/${s.drifts.injected} (${f2(s.drifts.found / s.drifts.injected)})`);
  // Speed on the benchmark's generated corpus (10k: `npx tsx test/eval/copies/scale.ts 10000`).
  const scale = await measureScale(Number(process.env.COPIES_SCALE_DOCS ?? 1000));
  if (scale) printScale(scale);
  else console.log('scale: skipped (no bench corpus generator)');
  return ok;
}
