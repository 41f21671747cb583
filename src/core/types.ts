// Plain data shared by the core, the CLI and the extension. Nothing here knows about VS Code.

export type Severity = 'error' | 'warning' | 'information' | 'hint';
export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'information', 'hint'];

export type Category = 'boilerplate' | 'metadata' | 'attribution' | 'copies';

/** 0-based line and character; characters are UTF-16 code units, as in LSP and VS Code. */
export interface Position {
  line: number;
  character: number;
}

export interface Range {
  start: Position;
  end: Position;
}

/** A pointer to another place (possibly in another document) that explains a finding. */
export interface RelatedInformation {
  /** Path of the other document, or undefined for the same document. */
  path?: string;
  range: Range;
  message: string;
}

/**
 * Structured data that quick fixes and views use. Every field is optional; rules set what they know.
 * Text here comes from documents: consumers must treat it as untrusted.
 */
export interface FindingData {
  /** Stable hash of the normalised flagged line (boilerplate); used for "ignore" and "remove everywhere". */
  lineHash?: string;
  /** Hash of the normalised sentence (attribution); used for "mark claim as checked". */
  sentenceHash?: string;
  /** Whole lines [startLine, endLine] the fix "remove this line" deletes. */
  removeLines?: [number, number];
  /** Corpus template line: in how many documents it appears. */
  templateCount?: number;
  /** Path of the original when this document is a copy. */
  originalPath?: string;
  /** Free-form details (claim type, cue words, drift kind, …). */
  [key: string]: unknown;
}

export interface Finding {
  /** `category/name`, e.g. `boilerplate/comment-form`. */
  rule: string;
  category: Category;
  severity: Severity;
  message: string;
  range: Range;
  /** The flagged text, exactly as in the document. */
  text: string;
  data?: FindingData;
  related?: RelatedInformation[];
}

export interface DocumentMetadata {
  source?: string;
  byline?: string;
  date?: string;
  title?: string;
}

export type EntityType = 'person' | 'organization' | 'location' | 'other';

export interface EntityMention {
  range: Range;
  text: string;
  /** The role or title seen next to this mention ("Kremlin spokesperson"). */
  role?: string;
  /** True when this mention is the subject of an attribution cue ("Peskov said"). */
  citedAsSource?: boolean;
}

/** An entity as recognised inside one document, before corpus-wide merging. */
export interface DocumentEntity {
  /** Stable id derived from the canonical name, e.g. `person:vladimir-putin`. */
  id: string;
  name: string;
  type: EntityType;
  aliases: string[];
  roles: string[];
  mentions: EntityMention[];
}

/** An attributed source found in a sentence (used by entities for "cited as a source"). */
export interface SourceSpan {
  range: Range;
  text: string;
  kind: 'named' | 'vague';
}

export interface DocumentReport {
  words: number;
  metadata: DocumentMetadata;
  findings: Finding[];
  entities: DocumentEntity[];
  /** Sources named in attribution cues (who says so). */
  sources: SourceSpan[];
  /** Problems with the input itself (decoding, size, time budget), in plain words. */
  notices: string[];
}

export interface CorpusEntity {
  id: string;
  name: string;
  type: EntityType;
  aliases: string[];
  roles: string[];
  /** Number of documents it is mentioned in. */
  documents: number;
  /** Total mentions across the corpus. */
  mentions: number;
  citedAsSource: number;
  description?: string;
  /** Where it is mentioned: path and range of each mention. */
  occurrences: { path: string; range: Range; text: string }[];
}

export type CopyKind = 'exact' | 'near' | 'spun' | 'partial';

export interface CopyPair {
  a: string;
  b: string;
  kind: CopyKind;
  similarity: number;
  /** Path of the document judged original, or null when undecided. */
  original: string | null;
  /** Why that one is the original, in plain words. */
  reasons?: string[];
  /** What the copy (b) changed against the original (a): "9 sentences reworded, 3 paragraphs dropped, byline removed". */
  changes?: string;
  /** Sentences of the copy (b) whose meaning drifted from the original (a); ranges valid for `copyTextHash`. */
  drift?: CopyDriftSentence[];
  /** `hashText` of the copy's whole text when `drift` was computed. */
  copyTextHash?: string;
  [key: string]: unknown;
}

/** One reworded sentence of a copy and the meaning changes it carries (see core/copies/drift.ts). */
export interface CopyDriftSentence {
  copy: Range;
  original: Range;
  originalText: string;
  drifts: { kind: string; from?: string; to?: string; message: string }[];
}

export interface CorpusDocumentInput {
  /** Path as the caller wants it reported (forward slashes). */
  path: string;
  text: string;
}

export interface CorpusDocumentReport extends DocumentReport {
  path: string;
}

export interface CorpusReport {
  documents: CorpusDocumentReport[];
  entities: CorpusEntity[];
  copies: CopyPair[];
}
