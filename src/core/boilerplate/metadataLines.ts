// Recognisers for provenance lines: source URL, byline, dateline and publication timestamps.
// English labels only ("By", "Updated:", month names): other languages get no metadata findings.
import { isSpace } from '../text/chars';

export type MetadataKind = 'source' | 'byline' | 'date' | 'date-label' | 'dateline' | 'url';

export interface MetadataLine {
  kind: MetadataKind;
  /** The value a reviewer wants (URL, names, timestamp), as written. */
  value: string;
}

const MONTH = '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
const WEEKDAY = '(?:mon(?:day)?|tue(?:s(?:day)?)?|wed(?:nesday)?|thu(?:r(?:s(?:day)?)?)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?)\\.?';
const MONTH_RE = new RegExp(`^${MONTH}$`, 'i');
const WEEKDAY_RE = new RegExp(`^${WEEKDAY}$`, 'i');
const TIME_RE = /^\d{1,2}[:.]\d{2}(?:[:.]\d{2})?(?:\s?(?:am|pm|a\.m\.|p\.m\.))?$/i;
const NUMERIC_DATE_RE = /^(?:\d{4}-\d{2}-\d{2}(?:t[\d:.]+(?:z|[+-]\d{2}:?\d{2})?)?|\d{1,2}[/.]\d{1,2}[/.]\d{2,4}|\d{1,2}\.\d{1,2}\.\d{2})$/i;
const YEAR_RE = /^(?:19|20)\d{2}$/;
const GLUE = new Set(['at', 'on', 'of', 'the', 'updated', 'published', 'posted', 'last', 'modified', 'first', 'date', 'time', 'ago', 'am', 'pm', 'a.m.', 'p.m.', 'and', 'hour', 'hours', 'minute', 'minutes', 'min', 'mins', 'day', 'days', 'week', 'weeks', 'month', 'months', 'yesterday', 'today', 'a', 'an', 'edt', 'est', 'cst', 'cdt', 'pst', 'pdt', 'mst', 'mdt', 'gmt', 'utc', 'bst', 'cet', 'cest', 'ist', 'hkt', 'jst', 'kst', 'aest', 'aedt', 'et', 'pt', 'ct', 'mt', 'z', 'wat', 'eat', 'sast', 'wib', 'sgt']);

const MAX_TIMESTAMP_TOKENS = 14;

/**
 * At least how many tokens isTimestamp would find: runs of characters between white space and the
 * separators it blanks out that hold a letter or digit (stripping - and : from their ends cannot empty
 * them). Sentences are decided here without building the token list; the count stops past `limit`, so
 * a paragraph is decided by its first words.
 */
function tokensAtLeast(text: string, limit: number): number {
  let n = 0;
  let inRun = false;
  let alnum = false;
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : 32;
    // white space, ( ) , | • · – —
    if (isSpace(c) || c === 40 || c === 41 || c === 44 || c === 124 || c === 0x2022 || c === 0xb7 || c === 0x2013 || c === 0x2014) {
      if (inRun && alnum && ++n > limit) return n;
      inRun = alnum = false;
    } else {
      inRun = true;
      if (!alnum && ((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122))) alnum = true;
    }
  }
  return n;
}

/** A line that is only a date and/or time ("11:36 PM EST, Sun January 21, 2024", "2019-11-18", "3 hours ago"). */
export function isTimestamp(text: string): boolean {
  if (tokensAtLeast(text, MAX_TIMESTAMP_TOKENS) > MAX_TIMESTAMP_TOKENS) return false;
  const tokens = text
    .replace(/\s\/\s/g, ' ')
    .replace(/[(),|•·–—]/g, ' ')
    .split(/\s+/)
    .map((t) => t.replace(/^[-:]+|[-:,]+$/g, ''))
    .filter(Boolean);
  if (!tokens.length || tokens.length > MAX_TIMESTAMP_TOKENS) return false;
  let strong = 0;
  for (const raw of tokens) {
    const t = raw.toLowerCase();
    if (MONTH_RE.test(t) || NUMERIC_DATE_RE.test(t) || TIME_RE.test(t) || YEAR_RE.test(t)) strong++;
    else if (t === 'ago' || /^\d{1,2}(?:h|hr|hrs|m|min|d)$/.test(t)) strong++;
    else if (WEEKDAY_RE.test(t) || GLUE.has(t) || /^\d{1,4}(?:st|nd|rd|th)?$/.test(t) || /^\d{3,4}$/.test(t)) continue;
    else if (/^[a-z]{2,4}t$/i.test(raw) && raw === raw.toUpperCase()) continue; // other time-zone abbreviations
    else return false;
  }
  return strong > 0;
}

const DATE_LABEL = /^(?:last\s+)?(?:medically\s+|fact[\s-]checked\s+)?(?:updated|published|posted|modified|reviewed|checked|first\s+published|date|created|released|originally\s+published|air\s+date|aired)(?:\s+on)?\s*:?\s*/i;
const BYLINE = /^(?:by|written\s+by|words\s+by|(?:medically\s+)?reviewed\s+by|fact[\s-]checked\s+by|(?:additional\s+)?reporting\s+by|edited\s+by|compiled\s+by|photos?\s+by|interview\s+by|analysis\s+by|opinion\s+by|commentary\s+by|review(?:ed)?\s+by|reporting\s+by|story\s+by|posted\s+by|author\s*:|authors\s*:|byline\s*:)\s+(.+)$/i;
const SOURCE = /^(?:source|url|link|original(?:ly)?(?:\s+published)?(?:\s+(?:at|on|in))?|canonical(?:\s+url)?|read\s+(?:it\s+)?(?:at|on)|via|archived\s+from|retrieved\s+from)\s*:\s*(.+)$/i;
const URL_ONLY = /^<?(?:https?:\/\/|www\.)\S+>?$/i;
const DATELINE = /^[A-Z][A-Z.'’ -]{2,40}(?:,\s*[A-Z][A-Za-z.'’ -]{1,30})?(?:,?\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2})?\s*(?:\([A-Z][A-Za-z&. ]{1,20}\)\s*[-—–:]?|[-—–])$/;
/** "Associated Press November 19, 2019, 9:02 AM", "By Jane Roe Nov. 3, 2020": up to five name words, then a date. */
const NAME_THEN_DATE = new RegExp(`^((?:[\\p{Lu}][\\p{L}.'’-]*\\s+){1,5}?)((?:${WEEKDAY},?\\s+)?(?:\\d{1,2}\\s+)?(?:${MONTH}\\s|\\d{1,2}[/.-]\\d).*)$`, 'iu');
const HAS_DIGIT = /\d/;
const LABEL_START = /^(?:source|url|link|original|canonical|read|via|archived|retrieved|by|written|words|additional|reporting|edited|compiled|photo|interview|analysis|opinion|commentary|review|medically|fact|story|posted|author|byline|last|updated|published|modified|reviewed|checked|first|date|created|released|air|aired|https?:|www\.|<)/i;
const UPPER_START = /^[A-Z][A-Z]/;

/** Newsroom roles after an author's name: "Jamie Holt, Transport Correspondent". */
const ROLE = /\b(?:correspondent|reporter|writer|editor|columnist|contributor|staff|journalist|producer|analyst|critic|bureau chief)\b/i;

/** "Posted on October 3, 2024 by Jenna". */
const POSTED_ON_BY = /^(?:posted|published|written|updated)\s+(?:on\s+)?(.+?)\s+by\s+(.+)$/i;
const NAME_GLUE = new Set(['and', '&', 'of', 'the', 'de', 'del', 'da', 'van', 'von', 'der', 'la', 'le', 'bin', 'al', 'in', 'for', 'at', 'with']);

function nameLike(value: string): boolean {
  const v = value.replace(/\s*[|•·].*$/, '');
  if (/[.!?]["”’]?$/.test(v) && !/\b[A-Z]\.$/.test(v)) return false;
  const words = v.split(/[\s,]+/).filter(Boolean);
  if (!words.length || words.length > 14) return false;
  if (!/^[\p{Lu}@]/u.test(words[0])) return false;
  let caps = 0;
  let other = 0;
  for (const w of words) {
    if (NAME_GLUE.has(w.toLowerCase())) continue;
    if (/^[\p{Lu}@]/u.test(w)) caps++;
    else other++;
  }
  return caps >= 1 && other <= Math.max(1, Math.floor(caps / 3));
}

/**
 * A bare author name ("Ellen Park", "Maria de la Cruz"): two to four capitalised words and nothing else.
 * Only meaningful next to a timestamp; the classifier checks that.
 */
export function isBareName(body: string): boolean {
  const words = body.trim().split(/\s+/);
  if (words.length < 2 || words.length > 4) return false;
  return words.every((w) => /^\p{Lu}[\p{Ll}'’-]+$/u.test(w) || NAME_GLUE.has(w));
}

/** Recognise a provenance line; `body` is the line without indentation or list bullet. */
export function matchMetadataLine(body: string): MetadataLine | undefined {
  if (!body || body.length > 240) return undefined;
  // Every pattern below needs a digit, a label word, a URL, an upper-case dateline or a newsroom role:
  // most lines have none.
  if (!HAS_DIGIT.test(body) && !LABEL_START.test(body) && !UPPER_START.test(body) && !(body.includes(', ') && ROLE.test(body))) return undefined;
  const t = /\s\s|[\t\u00a0]/.test(body) ? body.replace(/\s+/g, ' ').trim() : body.trim();
  const src = SOURCE.exec(t);
  if (src) {
    const value = src[1].trim();
    if (URL_ONLY.test(value)) return { kind: 'source', value: value.replace(/^<|>$/g, '') };
    if (value.split(' ').length <= 6 && !/[.!?]$/.test(value)) return { kind: 'source', value };
  }
  if (URL_ONLY.test(t)) return { kind: 'url', value: t.replace(/^<|>$/g, '') };
  const by = BYLINE.exec(t);
  if (by) {
    let value = by[1].trim();
    value = value
      .split(/\s+(?:[|•·—–]|-\s|updated|published|posted)\s*|;\s*|\s+on\s+(?=(?:\S+\s+){0,2}\d)/i)[0]
      .replace(/[,;:]+$/, '')
      .trim();
    if (nameLike(value)) return { kind: 'byline', value };
  }
  const postedBy = POSTED_ON_BY.exec(t);
  if (postedBy && isTimestamp(postedBy[1]) && nameLike(postedBy[2])) return { kind: 'date', value: postedBy[1] };
  const comma = t.indexOf(', ');
  if (comma > 0 && comma < 40 && isBareName(t.slice(0, comma)) && ROLE.test(t.slice(comma + 2)) && t.length - comma < 70 && !/[.!?]$/.test(t)) {
    return { kind: 'byline', value: t };
  }
  const label = DATE_LABEL.exec(t);
  if (label && label[0].trim()) {
    const rest = t.slice(label[0].length).trim();
    if (!rest) return { kind: 'date-label', value: '' };
    const head = rest.split(/\s+[|/•·]\s+/)[0];
    if (isTimestamp(head)) return { kind: 'date', value: head };
  }
  if (isTimestamp(t)) return { kind: 'date', value: t };
  const trailing = NAME_THEN_DATE.exec(t);
  if (trailing && isTimestamp(trailing[2]) && nameLike(trailing[1])) return { kind: 'date', value: trailing[2] };
  if (DATELINE.test(t)) return { kind: 'dateline', value: t.replace(/\s*[-—–:]$/, '') };
  return undefined;
}
