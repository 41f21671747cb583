import type { DocumentText } from '../text/documentText';
import { articleLines, contentStems, tokenize } from './normalise';

/** A sentence of the article text, with its place in the document. */
export interface CopySentence {
  /** Index in the document's sentence list. */
  index: number;
  /** Offsets into the document text (end exclusive). */
  start: number;
  end: number;
  line: number;
  /** Paragraph index in `doc.paragraphs`. */
  paragraph: number;
  text: string;
  tokens: string[];
  /** Distinct content stems (computed on first use: only sentences of candidate pairs need them). */
  readonly stems: Set<string>;
}

class Sentence implements CopySentence {
  private stemCache?: Set<string>;
  constructor(
    readonly index: number,
    readonly start: number,
    readonly end: number,
    readonly line: number,
    readonly paragraph: number,
    readonly text: string,
    readonly tokens: string[],
  ) {}
  get stems(): Set<string> {
    return (this.stemCache ??= new Set(contentStems(this.tokens)));
  }
}

// Words that end with a full stop without ending the sentence. Written for this project.
const ABBREVIATIONS = new Set(
  ('mr mrs ms dr prof sen rep gov gen col lt sgt capt cmdr adm st jr sr inc corp ltd co vs etc jan feb mar apr jun jul ' +
    'aug sep sept oct nov dec no nos fig approx dept est mt ft u.s u.k u.n e.g i.e a.m p.m').split(' '),
);

// A sentence ends at . ! or ? (plus closing quotes/brackets) followed by white space and a capital, digit or quote.
const BOUNDARY = /[.!?]+["'”’)\]]*(?=\s+["'“‘(\[]?[\p{Lu}\p{N}])/gu;

const WORD_OR_DOT = /[\p{L}.]/u;

/** Split one line into sentence spans [start, end) relative to the line. Fast, rule-based, news-oriented. */
export function splitLine(text: string): [number, number][] {
  const spans: [number, number][] = [];
  let start = 0;
  BOUNDARY.lastIndex = 0;
  for (let m = BOUNDARY.exec(text); m; m = BOUNDARY.exec(text)) {
    if (m[0][0] === '.') {
      let from = m.index;
      while (from > start && WORD_OR_DOT.test(text[from - 1])) from--;
      const word = text.slice(from, m.index).toLowerCase();
      // Initials ("J. Smith") and known abbreviations do not end a sentence.
      if (/^\p{L}$/u.test(word) || ABBREVIATIONS.has(word.replace(/\.$/, ''))) continue;
    }
    const end = m.index + m[0].length;
    pushTrimmed(text, start, end, spans);
    start = end;
  }
  pushTrimmed(text, start, text.length, spans);
  return spans;
}

function pushTrimmed(text: string, start: number, end: number, out: [number, number][]): void {
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  if (end > start) out.push([start, end]);
}

/** The sentences of a document's article text (see `articleLines`), computed once per document. */
export function copySentences(doc: DocumentText): CopySentence[] {
  let cached = heavy.get(doc);
  if (!cached) {
    cached = computeSentences(doc);
    heavy.set(doc, cached);
  }
  return cached;
}

/**
 * Sentences with their tokens are the bulky part of copy detection (several times the text's size). They
 * are cached outside the document's memo so that the signature pass over a large corpus can let go of
 * them (`releaseSentences`); the few documents that become candidates compute them again.
 */
const heavy = new WeakMap<DocumentText, CopySentence[]>();

export function hasSentences(doc: DocumentText): boolean {
  return heavy.has(doc);
}

export function releaseSentences(doc: DocumentText): void {
  heavy.delete(doc);
}

function computeSentences(doc: DocumentText): CopySentence[] {
  const paragraphOfLine = new Map<number, number>();
  for (const p of doc.paragraphs) for (let l = p.startLine; l <= p.endLine; l++) paragraphOfLine.set(l, p.index);
  const out: CopySentence[] = [];
  for (const { line, text } of articleLines(doc)) {
    const base = doc.lineStarts[line];
    for (const [s, e] of splitLine(text)) {
      const sentenceText = text.slice(s, e);
      const tokens = tokenize(sentenceText);
      if (!tokens.length) continue;
      out.push(new Sentence(out.length, base + s, base + e, line, paragraphOfLine.get(line) ?? -1, sentenceText, tokens));
    }
  }
  return out;
}
