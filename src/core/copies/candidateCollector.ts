import { KeyTable, type DocumentSignature } from './signature';
import { candidatePairsOfKeys } from './cluster';
import { profilesRuleOut, type CopyProfile } from './compare';

/**
 * The reduce's candidate step fed one document at a time, as map results arrive: each signature's keys go
 * straight into a table of hashes (what `candidatePairs` groups them by), so the thread that collects
 * them does not hold the key strings (~5 KB a document, ~50 MB at 10k documents; the table is ~1.4 KB).
 */
export class CopyCandidates {
  private keys = new KeyTable();
  private profiles: CopyProfile[] = [];

  get size(): number {
    return this.profiles.length;
  }

  add(signature: DocumentSignature, profile: CopyProfile): void {
    const owner = this.profiles.length;
    for (const key of signature.keys) this.keys.addString(owner, key);
    this.profiles.push(profile);
  }

  /**
   * Candidate pairs of the documents added, in the order `candidatePairs` gives them, flat
   * [i0, j0, i1, j1, …], without those the documents' profiles already rule out: most candidates share only
   * template sentences, and reading them again to confirm nothing was most of the reduce. Empties the set.
   */
  take(): number[] {
    const flat: number[] = [];
    for (const [i, j] of candidatePairsOfKeys(this.keys, this.profiles.length)) if (!profilesRuleOut(this.profiles[i], this.profiles[j])) flat.push(i, j);
    this.keys = new KeyTable();
    this.profiles = [];
    return flat;
  }
}
