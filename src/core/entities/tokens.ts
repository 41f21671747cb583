/** A word of one line, with what the recogniser needs to know about its shape and position. */
export interface Token {
  /** The word without a trailing possessive ('s / ’s). */
  text: string;
  /** Offsets in the line; `end` excludes a possessive. */
  start: number;
  end: number;
  /** End including the possessive, when there is one. */
  fullEnd: number;
  possessive: boolean;
  /** Starts with an upper-case letter (or is an "al-Qaeda"-style particle name). */
  cap: boolean;
  /** Two or more letters, all upper case ("KCNA", "U.S."). */
  allCaps: boolean;
  /** First word of a sentence (line start, or after . ! ? : and closing quotes). */
  sentenceStart: boolean;
  /** Characters between this token and the next one (or the end of line). */
  gapAfter: string;
  /** Lower-cased text. */
  lower: string;
  index: number;
}

const TOKEN = /(?:\p{Lu}\.){2,}|[\p{L}\p{M}\p{N}]+(?:[-'’&][\p{L}\p{M}\p{N}]+)*/gu;
const POSSESSIVE = /['’]s$/;
const CONTRACTION = /n['’]t$|['’](?:m|ve|re|ll|d)$/i;
const UPPER = /^\p{Lu}/u;
const PARTICLE_NAME = /^(?:al|el|ad|as|ash|ibn|bin|de|da|van|von|d)['’-]\p{Lu}/u;
/** Abbreviations whose full stop does not end a sentence ("Mr. Putin", "Gen. Smith", "Jan. 5"). */
const NO_BREAK_ABBREVIATIONS = new Set([
  'Mr', 'Mrs', 'Ms', 'Dr', 'Gen', 'Lt', 'Col', 'Sgt', 'Capt', 'Adm', 'Maj', 'Sen', 'Rep', 'Gov', 'St', 'Prof', 'Rev', 'Jr', 'Sr',
  'Jan', 'Feb', 'Mar', 'Apr', 'Aug', 'Sept', 'Sep', 'Oct', 'Nov', 'Dec', 'No', 'Vol', 'Mt', 'Ft', 'Corp', 'Inc', 'Co', 'Ltd', 'vs',
]);

/** A plain lower-case ASCII word: no capital, no apostrophe or hyphen, so most shape tests are known. */
const PLAIN_LOWER = /^[a-z0-9]+$/;
const OPENING_QUOTE_GAP = /[“]|(?:^|\s)["‘]\s*$/;
const STOP_GAP = /[.!?:;…]/;
const NON_LETTER = /[^\p{L}]/gu;
const LONE_CAPITAL = /^\p{Lu}$/u;
const ABBREVIATION_GAP = /^\.\s*$/;

export function tokenize(line: string): Token[] {
  const out: Token[] = [];
  TOKEN.lastIndex = 0;
  let prevEnd = 0;
  for (let m = TOKEN.exec(line); m; m = TOKEN.exec(line)) {
    let text = m[0];
    const start = m.index;
    const fullEnd = start + text.length;
    let possessive = false;
    // Contractions and possessives need an apostrophe; most words have none.
    if (text.includes("'") || text.includes('’')) {
      const contraction = CONTRACTION.exec(text);
      if (contraction && text.length > contraction[0].length) {
        // "I’m", "We’ve", "Don’t": the word before the contraction is what counts.
        text = text.slice(0, text.length - contraction[0].length);
      } else if (POSSESSIVE.test(text) && text.length > 2) {
        text = text.slice(0, -2);
        possessive = true;
      }
    }
    const prev = out[out.length - 1];
    let sentenceStart = !prev;
    // A single space (the usual gap) neither opens a quote nor ends a sentence.
    if (prev && !(start === prevEnd + 1 && line.charCodeAt(prevEnd) === 32)) {
      const gapBefore = line.slice(prevEnd, start);
      prev.gapAfter = gapBefore;
      // An opening quote starts a quoted sentence: “Make Trump just go away.”
      sentenceStart = OPENING_QUOTE_GAP.test(gapBefore);
      if (!sentenceStart && STOP_GAP.test(gapBefore)) {
        const abbreviation = ABBREVIATION_GAP.test(gapBefore) && (NO_BREAK_ABBREVIATIONS.has(prev.text) || LONE_CAPITAL.test(prev.text));
        sentenceStart = !abbreviation;
      }
    } else if (prev) {
      prev.gapAfter = ' ';
    }
    let cap = false;
    let allCaps = false;
    if (!PLAIN_LOWER.test(text)) {
      cap = UPPER.test(text) || PARTICLE_NAME.test(text);
      const letters = text.replace(NON_LETTER, '');
      allCaps = letters.length >= 2 && letters === letters.toUpperCase() && letters !== letters.toLowerCase();
    }
    out.push({
      text,
      start,
      end: start + text.length,
      fullEnd,
      possessive,
      cap,
      allCaps,
      sentenceStart,
      gapAfter: '',
      lower: text.toLowerCase(),
      index: out.length,
    });
    prevEnd = fullEnd;
  }
  const last = out[out.length - 1];
  if (last) last.gapAfter = line.slice(last.fullEnd);
  return out;
}
