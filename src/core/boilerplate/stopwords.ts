/**
 * Common English function words. Article prose is dense in them (roughly 40–50 % of running words);
 * menus, headline lists, tags and credits are not. Written for this project: pronouns, articles,
 * auxiliaries, prepositions, conjunctions and the most frequent adverbs, all lower case, apostrophes straight.
 */
export const ENGLISH_STOPWORDS: ReadonlySet<string> = new Set(
  (
    'a about above after again against all also am an and any are as at be because been before being below ' +
    'between both but by can could did do does doing down during each either even ever every few for from ' +
    'further had has have having he her here hers herself him himself his how however i if in into is it its ' +
    'itself just least less let many may me might more most much must my myself neither no nor not now of off ' +
    'often on once one only or other our ours ourselves out over own per rather same several shall she should ' +
    'since so some still such than that the their theirs them themselves then there these they this those ' +
    'though through thus to too under until up upon us very was we were what whatever when where whether which ' +
    'while who whom whose why will with within without would yet you your yours yourself yourselves ' +
    "isn't aren't wasn't weren't hasn't haven't hadn't doesn't don't didn't won't wouldn't can't couldn't " +
    "shouldn't it's that's there's he's she's they're we're you're i'm i've we've they've you've i'd he'd " +
    "she'd they'd we'd i'll he'll she'll they'll we'll said says say told according also already another " +
    'because around across among against along although'
  ).split(/\s+/),
);
