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
