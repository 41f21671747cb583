// What the four attribution rules share: the finding's data (for quick fixes and the hover), the
// pointer to the nearest named source, and the wording of "why".
import type { DocumentText } from '../../text/documentText';
import type { RelatedInformation } from '../../types';
import type { RuleFinding } from '../rule';
import { nearestNamedSource, type ClaimType, type Cue, type SentenceAttribution, type SourceInfo, type SourceInsertionStyle } from '../../attribution/analyze';

/** Snippet the extension inserts at `data.insertSourceAt` (VS Code snippet syntax), in most sentences. */
export const SOURCE_PLACEHOLDER_SNIPPET = ', according to ${1:source}';
/** The snippet after a quotation that ends the sentence with its own full stop: `…lows.” (according to …)`. */
export const SOURCE_PLACEHOLDER_AFTER_QUOTE_SNIPPET = ' (according to ${1:source})';

/** The snippet for a sentence's insertion style (see `insertionPoint` in attribution/analyze). */
export function sourcePlaceholderSnippet(style: SourceInsertionStyle): string {
  return style === 'parenthesis' ? SOURCE_PLACEHOLDER_AFTER_QUOTE_SNIPPET : SOURCE_PLACEHOLDER_SNIPPET;
}

/** Longest trigger quoted in a message; longer ones are cut with an ellipsis. */
const MAX_QUOTED = 60;

export function quoteTrigger(text: string): string {
  const t = text.replace(/\s+/g, ' ').trim();
  return t.length > MAX_QUOTED ? t.slice(0, MAX_QUOTED - 1) + '…' : t;
}

/** Why a claim of this kind needs a source, in plain words. */
export const CLAIM_WHY: Record<ClaimType, string> = {
  evidential: 'it infers something from evidence the reader cannot see',
  evaluative: 'it is a judgement, not an observed fact',
  causal: 'it asserts a cause, motive or consequence',
  predictive: 'it predicts what will happen',
  statistic: 'it gives a figure somebody counted',
  superlative: 'it ranks something or calls it a first',
  hedged: 'it is stated as uncertain',
};

function cueData(c: Cue): { kind: string; text: string; range: Cue['range'] } {
  return { kind: c.kind, text: c.text, range: c.range };
}

function sourceData(s: SourceInfo | undefined): Record<string, unknown> | undefined {
  if (!s) return undefined;
  return { kind: s.kind, text: s.text, range: s.range, via: s.via, refersTo: s.refersTo };
}

/** The data every attribution finding carries (see FindingData). */
export function attributionData(a: SentenceAttribution): Record<string, unknown> {
  return {
    sentenceHash: a.sentenceHash,
    claimType: a.claimType ?? (a.directQuote ? 'quote' : undefined),
    claimTypes: a.claimTypes,
    cues: a.cues.map(cueData),
    source: sourceData(a.source),
    supportedBy: a.supportedBy ? { ...sourceData(a.supportedBy.source), sentence: a.supportedBy.sentence } : undefined,
    insertSourceAt: a.insertSourceAt,
    insertSourceSnippet: sourcePlaceholderSnippet(a.insertSourceStyle),
    sentenceRange: a.range,
  };
}

/** Related information: the nearest named source in the paragraph and the support that follows. */
export function relatedFor(list: SentenceAttribution[], a: SentenceAttribution): RelatedInformation[] | undefined {
  const out: RelatedInformation[] = [];
  if (a.supportedBy) out.push({ range: a.supportedBy.source.range, message: `Support follows, attributed to ${quoteTrigger(a.supportedBy.source.text)}` });
  const near = nearestNamedSource(list, a.index);
  if (near && !(a.supportedBy && near.start === a.supportedBy.source.start)) out.push({ range: near.range, message: `Nearest named source in this paragraph: ${quoteTrigger(near.text)}` });
  return out.length ? out : undefined;
}

/** A finding that covers the whole sentence. */
export function sentenceFinding(doc: DocumentText, list: SentenceAttribution[], a: SentenceAttribution, message: string): RuleFinding {
  return {
    message,
    range: a.range,
    text: doc.text.slice(a.start, a.end),
    data: attributionData(a),
    related: relatedFor(list, a),
  };
}

/** " Support follows: US Defense Department." when the next sentence supplies it. */
export function supportNote(a: SentenceAttribution): string {
  return a.supportedBy ? ` Support follows: ${quoteTrigger(a.supportedBy.source.text.replace(/^the\s+/i, ''))}.` : '';
}
