// Phrase lists for page furniture, written for this project from what scraped news, blog and content-farm
// pages carry. Each list is matched against a whole line segment (a line split at separators such as
// "|" or "•"), never against a substring of running text, so an article sentence that mentions a
// privacy policy or asks readers to comment is not matched.
import { lazy } from '../text/lazy';

export type LexiconCategory = 'comment-form' | 'legal' | 'page-chrome';

export interface LexiconHit {
  category: LexiconCategory;
  /** What the line is, in plain words ("copyright notice", "share buttons"). */
  label: string;
  /** Matched only a generic word (see Entry.weak). */
  weak?: boolean;
}

interface Entry {
  pattern: RegExp;
  label: string;
  /** A second test the line must also pass. */
  requires?: RegExp;
  /** Longer segments never match this entry. */
  maxChars?: number;
  /** A generic word: the classifier ignores the match between two paragraphs of prose. */
  weak?: boolean;
}

/**
 * Segments longer than this are compared only with entries that can match long text (copyright, cookie
 * and consent notices, disclaimers): short phrase lists cannot match them, and skipping them keeps the
 * pass fast on paragraphs.
 */
export const SHORT_SEGMENT_CHARS = 160;

const alt = (parts: string[]): string => parts.join('|');
const whole = (src: string): RegExp => new RegExp(`^(?:${src})$`, 'i');

const COMMENT_FORM: Entry[] = [
  { label: 'comment-form prompt', pattern: whole(alt([
    'be the first to comment[.!]?', 'leave a (?:reply|comment)(?: cancel reply)?', 'post a comment', 'add a comment',
    'join the (?:discussion|conversation)', 'share your thoughts(?: cancel reply)?', 'cancel reply',
    'what do you think\\?', 'have your say', 'comments? (?:are|is) closed\\.?', 'comments? policy',
    'view comments', 'show comments', 'hide comments', 'load (?:more )?comments', '\\(?\\d+\\)? comments?',
    'comments?(?: \\(\\d+\\))?', 'no comments(?: yet)?[.!]?', 'there are no comments(?: yet)?[.!]?',
    'you must be logged in to post a comment[.]?', 'log in to (?:comment|reply)', 'sign in to comment',
    '\\d+ (?:thoughts|responses|replies|comments|reactions) (?:on|to) .{1,200}',
    '(?:as you comment|please (?:keep|be) (?:your )?(?:comments?|respectful)|comments are moderated|we welcome (?:your )?comments)\\b.{0,600}', "[\\w.@'-]{1,30}(?: [\\w.@'-]{1,30})? says",
    '(?:\\d+ )?(?:likes?|upvotes?|replies)', 'report(?: comment| abuse)?', 'flag(?: as inappropriate)?',
  ])) },
  { label: 'comment-form field', pattern: whole(alt([
    'your email address will not be published[.]?(?: required fields are marked \\*)?', 'required fields are marked \\*',
    'comment ?[*:]?', 'name ?[*:]?(?: ?\\(required\\))?', 'e-?mail ?[*:]?(?: ?\\(required\\))?(?: ?\\(will not be published\\))?',
    'website ?[*:]?', 'post comment', 'submit comment', 'name ?\\(required\\) e-?mail ?\\(required\\)(?: website)?',
    'save my name,? e-?mail,? and website in this browser for the next time i comment[.]?',
    'notify me of (?:follow-up comments|new posts|new comments)(?: by e-?mail| via e-?mail)?[.]?',
    'this site uses akismet to reduce spam[.]?.*',
  ])) },
];

const LEGAL: Entry[] = [
  { label: 'copyright notice', pattern: /^(?:©|\(c\)\s*\d{4}|copyright\b\s*(?:©|\(c\)|\d{4}))|\ball rights reserved\b/i },
  { label: 'copyright notice', pattern: /©\s*(?:\d{4}|[A-Z])/, maxChars: 160 },
  { label: 'legal link', pattern: whole(alt([
    'terms(?: of (?:use|service|sale))?', 'terms (?:and|&) rules', 'terms (?:and|&) conditions', 't&cs?', 'terms(?: of use)? (?:and|&) privacy(?: policy)?',
    'privacy(?: policy| notice| statement| settings| centre| center| preferences| choices| rights| dashboard| hub)?',
    'your (?:privacy|ad) choices', '(?:your )?(?:california |ca |us state )?privacy rights', 'privacy (?:and|&) cookies?(?: policy)?',
    'cookies?(?: policy| settings| preferences| notice| choices| statement)?', 'manage (?:cookie )?(?:preferences|consent|cookies)',
    'ad ?choices', 'about our ads', 'do not sell(?: or share)? my (?:personal )?info(?:rmation)?',
    'legal(?: notice| notices| information| terms)?', 'disclaimer', 'imprint', 'impressum', 'accessibility(?: statement| & cc)?',
    'modern slavery(?: act)?(?: statement)?', 'gdpr', 'ccpa', 'community (?:guidelines|standards)', 'code of (?:conduct|ethics)',
    'copyright(?: policy| notice)?', 'dmca(?: policy)?', 'editorial (?:standards|guidelines)', 'corrections(?: policy)?',
    'reprints?(?: (?:and|&) permissions)?', 'licensing', 'license footage', 'permissions',
  ])) },
  { label: 'cookie notice', pattern: /^(?:we use cookies|this (?:web)?site uses cookies|by (?:continuing to use|using) (?:this|our) (?:web)?site,? you (?:agree|consent)|accept(?: all)? cookies|reject(?: all)? cookies|i accept|got it!?|allow all)\b.{0,200}$/i },
  { label: 'cookie notice', pattern: /^(?:strictly )?(?:necessary|non-necessary|functional|performance|analytics|advertising|marketing|targeting) cookies(?: always enabled)?$|^(?:\[x\]\s*)?(?:necessary|non-necessary)(?: always enabled)?$|^(?:necessary|non-necessary|functional|analytics|performance) cookies (?:are|is)\b/i, maxChars: 700 },
  { label: 'cookie notice', pattern: /^(?:we value your privacy|your privacy matters(?: to us)?|manage (?:your )?(?:privacy|consent) (?:settings|preferences)|(?:we|this (?:web)?site|our (?:web)?site)(?: and (?:our|its) (?:\d+ )?(?:partners|vendors))? (?:use|store)s? cookies\b)/i, maxChars: 700 },
  { label: 'consent notice', pattern: /^by (?:signing up|subscribing|registering|clicking|continuing|submitting)\b/i, requires: /\b(?:privacy|terms|policy|consent)\b/i, maxChars: 400 },
  { label: 'affiliate disclosure', pattern: /\b(?:may|might|will) (?:earn|receive|get|be paid) (?:a )?(?:small |an? )?(?:affiliate )?(?:commission|compensation|share of (?:the )?sales)\b/i, maxChars: 500 },
  { label: 'cookie notice', pattern: /^(?:privacy (?:&|and) cookies:\s*)?(?:this (?:web)?site|we|our (?:web)?site) uses? cookies\b/i, maxChars: 700 },
  { label: 'disclaimer', pattern: /\b(?:(?:are|is) (?:provided )?for (?:general )?informational purposes only|(?:do not|does not|doesn't|don't) (?:provide|constitute|offer) (?:medical|legal|financial|investment|professional) advice)\b/i, maxChars: 500 },
  { label: 'disclaimer', pattern: /^disclaimer\s*:/i, maxChars: 500 },
  { label: 'reuse notice', pattern: /^this material may not be (?:published|reproduced)[, ]+broadcast/i },
];

const PLATFORMS = 'facebook|twitter|x|linkedin|whatsapp|pinterest|reddit|instagram|youtube|tiktok|telegram|flipboard|tumblr|email|e-mail|messenger|sms|copy link|threads|bluesky|mastodon';

const PAGE_CHROME: Entry[] = [
  { label: 'link to the full page', pattern: whole(alt([
    'see (?:the )?full (?:web )?(?:article|story|page)', 'go to (?:the )?full .{1,40} (?:experience|site|version)',
    'view (?:the )?(?:full|desktop|mobile) (?:site|version)', '(?:read|view) (?:the )?(?:full|original) (?:article|story|post)(?: here| on .{1,30})?',
    'continue reading(?: (?:the )?(?:main )?(?:story|article))?(?: below)?', 'read more(?: here| below| about .{1,60})?',
    'read (?:the )?rest of (?:the|this) (?:article|story)', 'click here(?: .{1,80})?', 'tap here(?: .{1,80})?', 'more »', '»',
    'show more', 'see more', 'load more', 'view more', 'view all', 'see all',
  ])) },
  { label: 'related link', pattern: whole(alt([
    'read (?:more|also|next)(?::| -) .{1,120}', 'see also: .{1,120}', 'related(?: articles?| stories| posts?| coverage| content| reading)?: .{1,120}',
  ])) },
  { label: 'share or print buttons', pattern: whole(alt([
    `share(?: this| the)?(?: article| story| post| page| video| link)?(?: (?:on|via|to) (?:${PLATFORMS}))?`,
    `(?:${PLATFORMS})(?: (?:${PLATFORMS}))*`, 'tweet(?: this)?', 'pin(?: it)?', 'print(?: this)?(?: article| page| story)?',
    'e-?mail (?:this|the) (?:article|story|link)', 'copy(?: the)? link', 'link copied!?', 'save(?: article| story| for later)?',
    'bookmark', 'gift (?:this )?article', 'share(?: this)?(?: article| story| post| page)?:.{0,60}',
  ])) },
  { label: 'subscription prompt', pattern: whole(alt([
    'subscribe(?: now| today| here)?', 'subscribe (?:to|for) .{1,120}', 'sign up(?: now| today| here)?',
    'sign up (?:for|to) .{0,60}(?:newsletter|emails?|updates|alerts|briefing|digest)[.!]?(?: .{0,80})?',
    '(?:get|join|receive) (?:our|the) .{0,40}newsletter.{0,80}', "(?:[\\w&'’-]+ ){0,3}newsletters?", 'unsubscribe.{0,60}',
    'get (?:the )?(?:latest|best) .{0,60} (?:in|to|delivered to) your inbox[.!]?', 'enter your e-?mail(?: address)?(?: here)?',
    'your e-?mail(?: address)?', 'thanks? (?:you )?for (?:signing up|subscribing)[.!]?', 'already (?:a )?subscriber\\??(?: .{0,40})?',
    'become a (?:member|subscriber|supporter)', 'support (?:our|independent) journalism.{0,80}', 'donate(?: now)?', 'start (?:your )?free trial',
  ])) },
  { label: 'navigation', pattern: whole(alt([
    'skip to (?:main )?(?:content|navigation|search)', 'skip navigation', 'jump to (?:content|navigation)', 'toggle (?:navigation|menu)',
    '(?:main )?menu', 'navigation', 'search(?: for)?:?', 'search (?:this site|the site)', 'home(?: ?page)?', 'back to top',
    'top of page', 'go to top', 'log ?in', 'log ?out', 'sign in', 'sign out', 'my account', 'previous(?: article| story| post| page| slide)?', 'next(?: article| story| post| page| slide)?',
    'prev', 'site ?map', 'sitemap', 'rss(?: feeds?)?',
    'contact(?: us)?', 'about(?: us)?', 'advertise(?: with us)?', 'faqs?', 'feedback', 'live tv', 'watch live', 'listen live', 
    '(?:latest|breaking|top|more) (?:news|stories|headlines)', 'trending(?: now| stories)?', 'most (?:popular|read|viewed|shared|emailed)',
    'popular(?: now| stories)?', 'recommended(?: for you| stories)?', 'related(?: articles| stories| posts| content| coverage| links| news| topics)?:?',
    'more (?:from|on|in|about|stories from) .{1,40}', 'you (?:may|might) (?:also )?(?:like|enjoy|be interested in)',
    'don\'t miss', 'editor\'?s picks?', 'sponsored(?: content| stories| links)?', 'paid content', 'promoted(?: stories| content)?',
    'advertisement', 'advertising', 'ad', 'ads', 'recommends', 'recommended by', 'promoted', 'partner content', 'get short url', 'previous next', 'next previous', 'story continues below(?: advertisement)?', 'article continues below(?: advertisement)?',
    'continue reading below', 'scroll to continue(?: with content)?', 'up next', 'next up', 'watch next', 'just watched', 'must watch',
    'replay', 'more videos(?: \\.\\.\\.)?', 'play(?: video)?', 'watch(?: now| video)?', 'listen(?: now)?', 'loading\\.*…?',
    'download (?:our|the) app.{0,60}', 'get (?:our|the) app.{0,60}', 'follow us(?: on .{1,40})?', 'connect with us',
    `follow .{1,40} on (?:${PLATFORMS})`, 'find us on .{1,30}', 'like us on facebook', 'enable javascript.{0,80}',
    'javascript (?:is )?(?:disabled|required).{0,80}', 'your browser does not support.{0,80}', 'this video is (?:not )?available.{0,60}',
    'video player', 'close (?:ad|menu|modal|x)', 
  ])) },
  // Single words that a site menu uses but an article could use as a sub-heading: furniture only when the
  // line is not between two paragraphs of prose (see classify).
  { label: 'navigation', weak: true, pattern: whole(alt([
    'register', 'account', 'close', 'open', 'expand', 'collapse', 'back', 'sections', 'edition', 'topics', 'categories',
    'tags', 'archives?', 'careers', 'jobs', 'help', 'store', 'shop', 'apps?', 'podcasts?', 'weather', 'videos?', 'photos?',
    'gallery', 'latest', 'image', 'x', 'opinion', 'analysis', 'live', 'breaking news', 'more', 'less', 'reply', 'submit',
  ])) },
  { label: 'account prompt', pattern: whole(alt([
    'forgot (?:your )?password\\??', 'reset (?:your )?password', 'check your e-?mail .{0,80}', 'password has been .{0,60}',
    'thanks? (?:you )?for (?:signing up|subscribing|registering|verifying .{0,40}|your (?:feedback|interest))[.!]?',
    'for signing up[.!]?', '(?:create|sign up for|register for) (?:a |an |your )?(?:free )?account.{0,60}', 'username', 'password',
    'remember me', 'keep me (?:logged|signed) in', 'not a (?:member|subscriber)\\??.{0,60}', 'already have an account\\?.{0,40}',
  ])) },
  { label: 'subscription prompt', pattern: /\b(?:our|the|a) (?:free |daily |weekly )?newsletters?\b|\b(?:to|in) your inbox\b/i, requires: /\b(?:sign up|subscrib\w*|delivered|get|receive)\b/i, maxChars: 240 },
  { label: 'ad-blocker prompt', pattern: /\b(?:disable|turn off|whitelist|pause) (?:your |the )?ad ?-?blocker\b/i, maxChars: 600 },
  { label: 'review note', pattern: /^how we (?:reviewed|fact-checked|checked|sourced|tested) this (?:article|story|product)s?:?$/i },
  { label: 'read time', pattern: /^\d{1,3}\s*(?:-\s*)?min(?:ute)?s?\.?\s*(?:read|watch|listen)$/i },
  { label: 'filed-under tags', pattern: /^(?:tags?|topics?|filed under|categories|category|posted in|related topics|keywords)\s*:\s*.{0,200}$/i },
  { label: 'image credit', pattern: /^(?:(?:photo|image|picture|video|main image|top image|header image|graphic)\s*(?:credit|by|courtesy(?: of)?|source)?\s*:|credit\s*:|\(?(?:photo|image) (?:by|courtesy of)\b).{0,120}$/i },
  { label: 'image credit', pattern: /^(?:getty images?|ap photo|reuters(?:\/[a-z .]+)?|afp(?: via getty images)?|shutterstock|istock(?:photo)?|alamy)(?:\s*[/|,].{0,60})?$/i },
  { label: 'button or form control', pattern: /^(?:\(BUTTON\).*|.*\(BUTTON\)|\[(?:BUTTON|INPUT|SUBMIT)\].*|IFRAME:.*|\(?submit\)?|\[x\])$/i },
  // lynx prints images as [alt text]; only alt texts that look like file names or say "image" are furniture.
  // Ad and tracking script residue only: code in a programming article is article text.
  { label: 'ad script residue', pattern: /\badsbygoogle\b|\bgoogletag\.|\bdataLayer\.push\(|\b_gaq\.push\(|\bfbq\(|\bdocument\.write\(|\b__tcfapi\(/, maxChars: 300 },
  { label: 'image placeholder', pattern: /^(?:\[[^\]]{0,160}\]\s*)+$/ , requires: /^\[\s*\]|\.(?:jpe?g|png|gif|svg|webp|bmp)\b|\b(?:image|img|photo|logo|icon|avatar|banner|advert|pixel|spacer|javascript|thumbnail|placeholder)\b|[\w]+[_-][\w]+[_-][\w]+|\d{5,}/i },
];

/** Entries without maxChars whose patterns can match a long line. */
const LONG_LABELS = new Set(['copyright notice', 'cookie notice', 'reuse notice', 'disclaimer', 'subscription prompt', 'filed-under tags', 'comment-form prompt']);

const LISTS: [LexiconCategory, Entry[]][] = [
  ['comment-form', COMMENT_FORM],
  ['legal', LEGAL],
  ['page-chrome', PAGE_CHROME],
];

/** Only short segments are compared with the lists; chrome phrases are short, prose is not. */
export const MAX_SEGMENT_CHARS = 350;

const SPLIT_HINT = /\||\s[•·»›/–—-]\s/;

/** Characters that split a menu line into its items. */
export const SEGMENT_SPLIT = /\s+[|•·»›/]\s+|\s*\|\s*|\s+[–—-]\s+(?=[A-Z])/;

const LEAD = /^[\s*+•·◦▪‣>»›#-]+/;
const TRAIL = /[\s:›»>→|]+$/;
/** TRAIL matches exactly when the last code unit is one of its characters: tested there alone (sticky). */
const TRAIL_LAST = /[\s:›»>→|]/y;

function endsWithTrail(t: string): boolean {
  if (t.length === 0) return false;
  TRAIL_LAST.lastIndex = t.length - 1;
  return TRAIL_LAST.test(t);
}

const SINGLE_CURLY_QUOTE = /[‘’]/;

function normaliseSegment(s: string): string {
  let t = s;
  // One class test: includes() of a U+20xx character is slow on two-byte strings (see text/sentences.ts).
  if (SINGLE_CURLY_QUOTE.test(t)) t = t.replace(/[‘’]/g, "'");
  if (/\s\s|[\t\u00a0]/.test(t)) t = t.replace(/\s+/g, ' ');
  if (LEAD.test(t)) t = t.replace(LEAD, '');
  if (endsWithTrail(t)) t = t.replace(TRAIL, '');
  return t.trim();
}

const LONG_LISTS: [LexiconCategory, Entry[]][] = LISTS.map(([c, entries]) => [
  c,
  entries.filter((e) => (e.maxChars ?? 0) > SHORT_SEGMENT_CHARS || LONG_LABELS.has(e.label)),
]);

/**
 * Every long-capable entry needs one of these words (or ©, or "tag:"/"topic:"); one scan rules most
 * paragraphs out. The words are grouped by first letter, which the regex engine tests faster than the
 * flat alternation (rights reserved, disclaimer, cookie, privacy, terms, consent, as you comment, comments
 * are, respectful, commission, compensation, informational, advice, blocker, newsletter, inbox, filed
 * under, categor, posted in, material may not): 13.4 -> 11.2 ms over the long lines of the 1k corpus. Split in three because the regex engine skips ahead by the length of the shortest word:
 * with "©" (one character) and "tag:" in the alternation it tried every position. © and the colon are
 * found by indexOf. Over the 11,778 lines of 161-700 characters of the 1k corpus: 22 -> 15 ms (min of 12),
 * the same answer on every line.
 */
const LONG_HINT_WORDS =
  /c(?:ookie|onsent|omments are|ommission|ompensation|ategor)|p(?:rivacy|osted in)|r(?:ights reserved|espectful)|disclaimer|terms|a(?:s you comment|dvice)|i(?:nformational|nbox)|blocker|newsletter|filed under|material may not/i;
const LONG_HINT_LABELS = /tags?:|topics?:/i;

function longHint(text: string): boolean {
  return text.includes('©') || LONG_HINT_WORDS.test(text) || (text.includes(':') && LONG_HINT_LABELS.test(text));
}

/** The source of a pattern that must match at the start of the text (starts with ^, no top-level |), without the ^. */
function anchoredBody(pattern: RegExp): string | undefined {
  const src = pattern.source;
  if (!src.startsWith('^') || !/^i?$/.test(pattern.flags)) return undefined;
  let depth = 0;
  let inClass = false;
  for (let i = 1; i < src.length; i++) {
    const c = src[i];
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) return undefined;
  }
  return src.slice(1);
}

/**
 * A test that rules most segments out before the in-order pass over the lists (~34 regex tests): the
 * patterns anchored at the start joined into one case-insensitive alternation that is itself anchored
 * (only position 0 is tried), plus the few unanchored patterns on their own (each keeps V8's fast scan
 * for its literal). It accepts a superset of what the entries match: case folded, without maxChars or
 * requires; matches still go through the lists in order.
 */
function anyPattern(lists: [LexiconCategory, Entry[]][]): (segment: string, othersMayMatch: boolean) => boolean {
  const entries = lists.flatMap(([, e]) => e);
  const bodies = entries.map((e) => anchoredBody(e.pattern));
  const anchored = new RegExp(`^(?:${bodies.filter((b) => b !== undefined).map((b) => `(?:${b})`).join('|')})`, 'i');
  const others = entries.filter((_, k) => bodies[k] === undefined).map((e) => e.pattern);
  return (segment, othersMayMatch) => anchored.test(segment) || (othersMayMatch && others.some((p) => p.test(segment)));
}
const anyShort = lazy(() => anyPattern(LISTS));
const anyLong = lazy(() => anyPattern(LONG_LISTS));

/**
 * A word every match of an unanchored pattern (the "others" of anyPattern: copyright and cookie notices
 * with a top-level alternation, affiliate and advice disclaimers, newsletter and inbox prompts, ad-blocker
 * prompts, ad script residue) and of the trailing copyright test contains. One scan rules an ordinary line
 * out instead of one scan per pattern (seven, each over the whole segment). Keep it in step with those
 * patterns: the lexicon equivalence test splices every listed phrase into lines.
 */
const OTHERS_HINT = /©|\(c\)|copyright|rights reserved|cookies|necessary|commission|compensation|share of|informational|advice|newsletter|inbox|blocker|adsbygoogle|googletag|datalayer|_gaq|fbq\(|document\.write|__tcfapi/i;

/** `hinted`: the caller found longHint true on this very string. */
function matchSegment(segment: string, othersMayMatch = OTHERS_HINT.test(segment), hinted = false): LexiconHit | undefined {
  const long = segment.length > SHORT_SEGMENT_CHARS;
  if (long && !hinted && !longHint(segment)) return undefined;
  if (!(long ? anyLong() : anyShort())(segment, othersMayMatch)) return undefined;
  for (const [category, entries] of long ? LONG_LISTS : LISTS) {
    for (const e of entries) {
      if (e.maxChars !== undefined && segment.length > e.maxChars) continue;
      if (e.pattern.test(segment) && (!e.requires || e.requires.test(segment))) return e.weak ? { category, label: e.label, weak: true } : { category, label: e.label };
    }
  }
  return undefined;
}

/**
 * Match a line (already stripped of indentation and bullet) against the phrase lists. A line matches when
 * it is one listed phrase, or a menu whose every item is a listed phrase; the strongest category wins
 * (legal over comment-form over page chrome) so "Terms of Use | Privacy Policy | Contact" is legal.
 */
export function matchLexicon(body: string): LexiconHit | undefined {
  if (body.length > MAX_SEGMENT_CHARS * 2) return undefined;
  // Paragraph-length lines: only long notices or a long menu can match.
  let hinted = false;
  if (body.length > SHORT_SEGMENT_CHARS && !body.includes('|')) {
    if (!longHint(body)) return undefined;
    hinted = true;
  }
  const whole = normaliseSegment(body);
  if (!whole) return undefined;
  const othersMayMatch = OTHERS_HINT.test(whole);
  if (whole.length <= MAX_SEGMENT_CHARS) {
    const hit = matchSegment(whole, othersMayMatch, hinted && whole === body);
    if (hit) return hit;
  }
  // Copyright notices may trail other footer text on the same line.
  if (othersMayMatch && /©\s*\d{4}|\ball rights reserved\b/i.test(whole)) return { category: 'legal', label: 'copyright notice' };
  if (!SPLIT_HINT.test(whole)) return undefined;
  const parts = whole.split(SEGMENT_SPLIT).map(normaliseSegment).filter(Boolean);
  if (parts.length < 2) return undefined;
  let best: LexiconHit | undefined;
  for (const p of parts) {
    const hit = p.length <= MAX_SEGMENT_CHARS ? matchSegment(p) : undefined;
    if (!hit) return undefined;
    if (!best || rank(hit.category) < rank(best.category)) best = hit;
  }
  return best && { category: best.category, label: best.category === 'legal' ? 'legal links' : best.label };
  // (a menu of several items is furniture even when each item alone is a generic word)
}

function rank(c: LexiconCategory): number {
  return c === 'legal' ? 0 : c === 'comment-form' ? 1 : 2;
}
