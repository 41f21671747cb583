// Copy clustering at scale on the benchmark's generated corpus (bench/corpus/generate.ts):
//   npx tsx --expose-gc test/eval/copies/scale.ts [documents=10000]
// Prints CPU and wall time of the map step (signatures, after the shared line classifier) and of the
// reduce step (candidates, confirmation, originals, recorded drift), the number of pairs, and peak RSS;
// with --expose-gc also the heap the signatures and the documents' copy sets hold per document.
// CPU time is the figure to compare: wall time on a shared machine includes other processes' load.
import { existsSync } from 'node:fs';
import * as path from 'node:path';
import { DocumentText } from '../../../src/core/text/documentText';
import { classifyLines } from '../../../src/core/boilerplate/classify';
import { documentSignature, clusterFromSignatures } from '../../../src/core/copies';

export interface ScaleFigures {
  documents: number;
  megabytes: number;
  classifyCpuMs: number;
  signaturesCpuMs: number;
  signaturesWallMs: number;
  clusterCpuMs: number;
  clusterWallMs: number;
  pairs: number;
  rssMb: number;
  /** Heap held by the signatures and the sets the pass leaves on the documents, per document (needs --expose-gc). */
  heldKbPerDocument?: number;
}

const GENERATOR = path.join(__dirname, '../../../bench/corpus/generate.ts');

export async function measureScale(count: number): Promise<ScaleFigures | undefined> {
  if (!existsSync(GENERATOR)) return undefined;
  const { generateCorpus } = (await import(GENERATOR)) as { generateCorpus(n: number): { path: string; text: string }[] };
  const generated = generateCorpus(count);
  const models = generated.map((d) => new DocumentText(d.text, d.path));
  const cpu = () => {
    const u = process.cpuUsage();
    return (u.user + u.system) / 1000;
  };
  let c = cpu();
  models.forEach((m) => classifyLines(m));
  const classifyCpuMs = cpu() - c;
  const gc = (globalThis as { gc?: () => void }).gc;
  gc?.();
  const heapBefore = process.memoryUsage().heapUsed;
  c = cpu();
  let t = performance.now();
  const signatures = models.map((m) => documentSignature(m));
  const signaturesCpuMs = cpu() - c;
  const signaturesWallMs = performance.now() - t;
  gc?.();
  const heldKbPerDocument = gc ? (process.memoryUsage().heapUsed - heapBefore) / count / 1024 : undefined;
  c = cpu();
  t = performance.now();
  const pairs = clusterFromSignatures(signatures, (i) => models[i]);
  return {
    documents: count,
    megabytes: generated.reduce((n, d) => n + d.text.length, 0) / 1e6,
    classifyCpuMs,
    signaturesCpuMs,
    signaturesWallMs,
    clusterCpuMs: cpu() - c,
    clusterWallMs: performance.now() - t,
    pairs: pairs.length,
    rssMb: process.memoryUsage().rss / 1e6,
    heldKbPerDocument,
  };
}

export function printScale(f: ScaleFigures): void {
  console.log(
    `${f.documents} generated documents (${f.megabytes.toFixed(1)} MB): signatures ${f.signaturesCpuMs.toFixed(0)} ms CPU ` +
      `(${(f.signaturesCpuMs / f.documents).toFixed(2)} ms/doc; wall ${f.signaturesWallMs.toFixed(0)}), cluster ${f.clusterCpuMs.toFixed(0)} ms CPU ` +
      `(wall ${f.clusterWallMs.toFixed(0)}), ${f.pairs} pairs, line classifier ${f.classifyCpuMs.toFixed(0)} ms CPU, RSS ${f.rssMb.toFixed(0)} MB` +
      (f.heldKbPerDocument === undefined ? '' : `, held after signatures ${f.heldKbPerDocument.toFixed(1)} KB/doc`),
  );
}

if (require.main === module) {
  void measureScale(Number(process.argv[2] ?? 10000)).then((f) => (f ? printScale(f) : console.log('skipped: bench/corpus/generate.ts not found')));
}
