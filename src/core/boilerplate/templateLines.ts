import type { DocumentText } from '../text/documentText';
import { hashLine } from '../text/hash';

/** Normalised line hash → number of documents that contain the line (each document counted once). */
export function countLinesAcrossDocuments(docs: DocumentText[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const doc of docs) {
    const seen = new Set<string>();
    for (const line of doc.lines) {
      if (line.trim() === '') continue;
      const h = hashLine(line);
      if (seen.has(h)) continue;
      seen.add(h);
      counts.set(h, (counts.get(h) ?? 0) + 1);
    }
  }
  return counts;
}
