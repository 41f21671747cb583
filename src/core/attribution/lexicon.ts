// Word lists and patterns of the attribution model, in one place so that they can be read and tuned
// together. Written for English news copy; every pattern is matched on a sentence whose direct quotations
// have been blanked out (what a speaker says inside quotation marks is theirs, not the writer's claim).

export type ClaimType = 'evidential' | 'evaluative' | 'causal' | 'predictive' | 'statistic' | 'superlative' | 'hedged';

export interface ClaimPattern {
  type: ClaimType;
  re: RegExp;
  /**
   * Words of which every match holds at least one, as a whole ASCII word-character run (what `\b`
   * delimits), lowercase: "word", a run that starts with "pre*" or ends with "*suf", "#digit" (an ASCII
   * digit anywhere), "#money" (a currency sign), "#percent" (a "%" sign). A sentence with none of them
   * skips the pattern (`claimCues` tests this with one scan of the sentence, see WordGates: most sentences
   * hold few of the cue words, and the patterns cost far more than the scan). Absent: the pattern always
   * runs.
   */
  needs?: readonly string[];
  /** A second list of the same kind: when given, a match also holds one of these (both gates must pass). */
  alsoNeeds?: readonly string[];
  /**
   * For a pattern anchored at the start of the sentence: the lowercase words one of which is the sentence's
   * first word-character run whenever it matches. Another first word skips the pattern.
   */
  needsFirst?: readonly string[];
}

const N = (words: string): string[] => words.trim().split(/\s+/);
/** The first word-character run of each entry of a word list ("world-class" -> "world"): what `needs` can test. */
const firstRuns = (list: string): string[] => {
  const runs = list.split('|').map((x) => x.toLowerCase().split(/[^a-z0-9_]/)[0]);
  if (runs.includes('')) throw new Error('firstRuns: a word list entry starts with a non-word character');
  return [...new Set(runs)];
};

const w = (words: string): string => words.trim().split(/\s+/).join('|');

const TREND = w('growing increasing increasingly deepening mounting escalating worsening intensifying strengthening weakening waning');
const TREND_NOUNS = w(
  'problem problems issue crisis number share demand gap divide backlash cooperation ties tension tensions concern concerns fear fears evidence threat threats influence pressure support opposition risk risks isolation anger frustration alarm hostility rivalry alliance partnership collaboration momentum discontent unrest instability',
);
const EVALUATIVE_WORDS = w(
  'unprecedented dramatic dramatically significant significantly substantial substantially massive massively enormous alarming alarmingly crucial vital controversial disastrous catastrophic devastating remarkable remarkably striking troubling worrying dangerous dangerously reckless recklessly provocative brutal clearly obviously undoubtedly undeniably inevitably inevitable so-called totalitarian draconian staggering shocking stunning egregious blatant flagrant sweeping sharply steeply rapidly deliberately intentionally huge embarrassment humiliation fiasco debacle triumph disgrace wildly grossly woefully utterly hopelessly fundamentally unrealistic unworkable unfair unjust unacceptable irresponsible incompetent inept chaotic shambolic misguided flawed ineffective inadequate excessive disproportionate illegitimate notorious infamous beleaguered embattled dire bleak grim crippling damning scathing doomed destined',
);
// Judgement words a reporter would not write without a source: a hand-written list, kept to words that
// plain narration rarely needs ("deadly", "poor", "serious", "win" and "defeat" are left out on purpose).
const JUDGEMENT_WORDS = w(
  'absurd appalling astonishing awful bizarre brilliant costly decisive deplorable disgraceful dubious egregious embarrassing encouraging essential extraordinary foolish fragile futile glaring harmful hopeless horrific humiliating hypocritical impressive inexcusable insufficient laughable lenient ludicrous meaningful misleading outrageous overdue pivotal pointless predictable problematic questionable ridiculous risky robust ruthless scandalous senseless shameful sluggish spectacular startling surprising terrible thriving toxic tragic unconvincing unnecessary unsustainable urgent vulnerable worthless surprisingly shockingly worryingly unfortunately fortunately sadly tragically ironically crucially predictably unsurprisingly vastly hugely enormously blunder gamble breakthrough u-turn climbdown snub rebuke',
);
const EVENT_NOUNS = w(
  'move decision deal agreement plan scheme policy reform ruling ban cut closure visit decree protest collapse launch pledge result merger takeover strike attack vote election talk summit law bill change departure resignation appointment announcement investment programme program project measure sanction tariff increase rise fall drop shift step initiative proposal offer verdict sentence settlement truce ceasefire withdrawal deployment operation crackdown',
);
// Opinion words: plainly subjective adjectives and stance adverbs (hand-written; words that news
// narration uses descriptively, such as "great", "important", "powerful", "weak" and "notably", are out).
const OPINION_WORDS = w(
  'admirable amazing brave clever commendable compelling courageous credible delightful dazzling elegant excellent exceptional exemplary fantastic fascinating formidable gifted glorious gorgeous heroic honourable honorable impeccable incredible ingenious inspiring invaluable legendary magnificent marvellous marvelous masterful memorable miraculous outstanding phenomenal praiseworthy prestigious promising sensible splendid stellar sublime superb talented terrific tremendous triumphant unrivalled unrivaled visionary wonderful world-class ' +
    'abysmal arrogant atrocious baffling baseless callous careless clumsy contemptible cowardly cruel cynical deceitful deceptive detrimental dishonest disappointing disgusting disturbing divisive dreadful erratic farcical feeble frightening grotesque hateful heartless horrendous horrible idiotic ill-conceived ill-judged immoral inappropriate incoherent inhumane insensitive insulting intolerable irrational lamentable lousy mediocre menacing miserable monstrous naive negligent nonsensical objectionable obscene offensive pathetic pitiful regrettable repugnant repulsive selfish shabby shoddy sinister sloppy stupid terrifying thoughtless unbearable unconscionable undemocratic unethical unhelpful unreasonable unreliable unwise useless vile woeful wretched ' +
    'admittedly astonishingly curiously disappointingly encouragingly frankly happily importantly incredibly interestingly luckily mercifully mistakenly oddly regrettably rightly wrongly strangely thankfully tellingly understandably unfairly unjustly wisely',
);
const SIGN_NOUNS = w('sign indication evidence example instance step move escalation setback blow twist salvo attempt effort chapter episode signal');
const SCHEDULED_VERBS = w('sail call decide go last sit rule hear debate consider review attend welcome receive reopen restart stay remain meet meets visit travel hold attend open close begin start resume return arrive leave fly sign host vote speak appear publish launch take convene gather reconvene perform play compete tour race') + '|be without|be played|be held|be heard|be closed|be open|be announced|be published|be released|be shown|be broadcast|be decided|be buried';
const SUPERLATIVES = w(
  'largest biggest highest lowest worst best deadliest strongest weakest fastest slowest greatest sharpest steepest longest richest poorest costliest bloodiest heaviest fiercest toughest',
);
const PLURAL_COUNT_NOUNS = w(
  'people persons civilians soldiers troops fighters workers children adults deaths dead killed injured wounded casualties cases infections residents refugees migrants jobs homes houses buildings missiles shells drones rockets bombs tonnes tons barrels vehicles cars students patients members employees users customers visitors protesters demonstrators arrests incidents attacks strikes companies firms countries schools hospitals doses households families jets aircraft ships',
);

/** What a count of people or things suffered ("12 people were killed", "300 jobs will be cut"). */
const HARM_VERBS = 'killed injured wounded hurt arrested detained displaced evacuated affected infected missing dead died stranded trapped lost cut destroyed damaged axed created';

/** Claim cues: what makes a sentence a claim that needs a source. */
export const CLAIM_PATTERNS: ClaimPattern[] = [
  // "the latest sign of …": a judgement that links this event to a trend
  { type: 'evaluative', needs: N('latest'), re: new RegExp(`\\blatest (?:${SIGN_NOUNS})\\b`, 'gi') },
  // intelligence-style inference
  { type: 'evidential', needs: N('indication indications sign signs evidence hint hints'), re: new RegExp(`\\b(?:there (?:is|are|was|were|have been|has been) )?(?:(?:growing|increasing|mounting|clear|strong|new|further|fresh|early) )?(?:indications?|signs?|evidence|hints?) (?:that|of)\\b`, 'gi') },
  { type: 'evidential', needs: N('believed thought suspected understood assumed presumed alleged rumoured rumored said reported feared estimated'), re: /\b(?:is|are|was|were|be|been|being) (?:widely |generally |now |also |still )?(?:believed|thought|suspected|understood|assumed|presumed|alleged|rumou?red|said|reported|feared|estimated) (?:to|that)\b/gi },
  { type: 'evidential', needs: N('believed thought suspected understood assumed said reported alleged rumoured rumored feared estimated known clear'), alsoNeeds: N('it'), re: /\bit is (?:widely |generally )?(?:believed|thought|suspected|understood|assumed|said|reported|alleged|rumou?red|feared|estimated|known|clear)\b/gi },
  { type: 'evidential', needs: N('suggest suggests suggesting indicate indicates indicating point points pointing'), re: /\b(?:suggests?|suggesting|indicates?|indicating|points? to|pointing to)\b/gi },
  { type: 'evidential', needs: N('seen observed detected spotted noticed recorded documented'), alsoNeeds: N('been'), re: /\b(?:has|have|had) been (?:seen|observed|detected|spotted|noticed|recorded|documented)\b/gi },
  { type: 'evidential', needs: N('widely generally universally'), re: /\b(?:widely|generally) (?:seen|regarded|considered|viewed)(?: [a-z]+){0,4} as\b|\b(?:is|are|was|were) (?:widely|generally|universally) (?:admired|praised|criticised|criticized|condemned|respected|acknowledged|accepted|recognised|recognized|known|blamed|credited)\b/gi },
  // evaluation by the writer
  { type: 'evaluative', needs: firstRuns(TREND), re: new RegExp(`\\b(?:${TREND}) (?:[a-z'’-]+ )?(?:${TREND_NOUNS})\\b`, 'gi') },
  { type: 'evaluative', needs: firstRuns(EVALUATIVE_WORDS), re: new RegExp(`\\b(?:${EVALUATIVE_WORDS})\\b`, 'gi') },
  { type: 'evaluative', needs: N('sign signal message warning blow victory defeat setback turning milestone test snub rebuke escalation'), alsoNeeds: N('is was are were mark marks marked represent represents represented'), re: /\b(?:is|was|are|were|marks?|marked|represents?|represented) (?:a|an|the) (?:[a-z]+ )?(?:sign|signal|message|warning|blow|victory|defeat|setback|turning point|milestone|test|snub|rebuke|escalation)\b/gi },
  { type: 'evaluative', needs: N('made make makes making'), re: /\b(?:made|make|makes|making) (?:[a-z'’-]+ ){1,4}(?:fairer|simpler|better|worse|safer|easier|harder|stronger|weaker|more|less)\b/gi },
  { type: 'evaluative', needs: N('historic landmark'), re: /\b(?:historic|landmark) (?:deal|agreement|victory|moment|decision|vote|win|day|step|ruling|summit|breakthrough|defeat|election|achievement|occasion|case|judgment|law|reform|legislation|low|high)s?\b/gi },
  { type: 'evaluative', needs: N('damag* hurt* harm* undermin* boost* strengthen* weaken* erod* dent* shatter* restor*'), re: /\b(?:damag|hurt|harm|undermin|boost|strengthen|weaken|erod|dent|shatter|restor)\w* (?:[a-z'’]+ ){0,2}(?:chances|reputation|credibility|standing|prospects|image|authority|hopes|confidence|trust|position|popularity|legitimacy|morale)\b/gi },
  { type: 'evaluative', needs: N('slash slashes slashed slashing gut guts gutted axed axes soar soars soared soaring plunge plunges plunged plummet plummets plummeted skyrocket skyrocketed ballooned surge surges surged surging tumbled slumped dwindled rocketed'), re: /\b(?:slash|slashes|slashed|slashing|gut|guts|gutted|axed|axes|soar|soars|soared|soaring|plunge|plunges|plunged|plummet|plummets|plummeted|skyrocket|skyrocketed|ballooned|surge|surges|surged|surging|tumbled|slumped|dwindled|rocketed)\b/gi },
  { type: 'evaluative', needs: N('brink verge edge breaking crisis turmoil disarray tatters freefall free control'), re: /\b(?:on the (?:brink|verge|edge) of|at breaking point|in (?:crisis|turmoil|disarray|tatters|freefall|free fall)|out of control)\b/gi },
  { type: 'evaluative', needs: N('devastat* transform* crippl* ravag* wreck* revolutioni* decimat* overhaul*'), re: /\b(?:devastat(?:ed|es|ing)|transform(?:ed|s|ing)|crippl(?:ed|es|ing)|ravag(?:ed|es|ing)|wreck(?:ed|s|ing)|revolutioni[sz](?:ed|es|ing)|decimat(?:ed|es|ing)|overhaul(?:ed|s))\b/gi },
  { type: 'evaluative', needs: N('race uphill perfect tip wake game sea white vanity waste money'), re: /\b(?:race against time|uphill (?:battle|struggle)|perfect storm|tip of the iceberg|wake-up call|game[- ]changer|sea change|white elephant|vanity project|waste of (?:money|time)|money pit)\b/gi },
  { type: 'evaluative', needs: N('failed'), re: /\b(?:has|have|had) (?:so far |largely |completely |repeatedly )?failed\b/gi },
  { type: 'evaluative', needs: firstRuns(JUDGEMENT_WORDS), re: new RegExp(`\\b(?:${JUDGEMENT_WORDS})\\b`, 'gi') },
  { type: 'evaluative', needs: firstRuns(OPINION_WORDS), re: new RegExp(`\\b(?:${OPINION_WORDS})\\b`, 'gi') },
  { type: 'evaluative', needs: N('become remain remains remained blow boost effect impact influence difference'), re: /\b(?:has|have|had) (?:now |quickly |rapidly |increasingly )?become\b|\b(?:remains?|remained) (?:one of|the|a|an|deeply|highly|far)\b|\b(?:a|the) (?:[a-z]+ )?(?:blow|boost) (?:to|for)\b|\b(?:little|no|limited|minimal|negligible|a (?:big|major|huge|significant|limited|lasting|profound|dramatic|real)) (?:effect|impact|influence|difference)\b/gi },
  { type: 'causal', needs: N('leaves leaving'), re: /\b(?:leaves|leaving) (?:[a-z'’]+ ){1,4}(?:without|with no|exposed|vulnerable|short of|unable)\b/gi },
  // "The move is a …", "The agreement marks …": the writer characterising an event or decision.
  { type: 'evaluative', needsFirst: N('the this that these its his her their'), re: new RegExp(`^(?:the|this|that|these|its|his|her|their) (?:[a-z-]+ ){0,2}(?:${EVENT_NOUNS})s? (?:(?:is|was|are|were|will be|would be|has been|could be|may be) (?:a|an|the|one|likely|unlikely|too|so|very|more|less|far|widely|bound|doomed)|marks|marked|represents|represented|signals|signalled|signaled|reflects|reflected|means|meant|underlines|underlined|highlights|highlighted)\\b`, 'gi') },
  { type: 'evaluative', needs: N('exploded boomed ballooned collapsed plummeted soared surged skyrocketed dried taken stalled'), re: /\b(?:has|have) (?:exploded|boomed|ballooned|collapsed|plummeted|soared|surged|skyrocketed|dried up|taken off|stalled)\b/gi },
  { type: 'evaluative', needs: N('risk danger threat jeopardy'), re: /\b(?:puts?|putting|placed?|placing|left|leaves|leaving) (?:[a-z'’]+ ){0,3}(?:at risk|in danger|under threat|in jeopardy)\b/gi },
  { type: 'evaluative', needs: N('exposed revealed highlighted laid'), re: /\b(?:exposed|revealed|highlighted|laid bare) (?:[a-z]+ ){0,2}(?:weaknesses|weakness|flaws|failings|failures|gaps|shortcomings|problems|divisions|cracks)\b/gi },
  { type: 'evaluative', needs: N('than'), alsoNeeds: N('higher lower greater bigger smaller cheaper dearer faster slower better worse stronger weaker safer riskier richer poorer costlier deadlier'), re: /\b(?:higher|lower|greater|bigger|smaller|cheaper|dearer|faster|slower|better|worse|stronger|weaker|safer|riskier|richer|poorer|costlier|deadlier) than\b/gi },
  { type: 'evaluative', needs: N('news pose poses killed spelled spelt sounded turmoil chaos uproar outrage furore furor backlash'), re: /\b(?:good|bad|welcome|grim|great) news (?:for|to)\b|\bposes? (?:a |an )?(?:[a-z]+ )?(?:threat|risk|danger|challenge)\b|\b(?:killed off|spelled the end|spelt the end|sounded the death knell|turmoil|chaos|uproar|outrage|furore|furor|backlash)\b/gi },
  { type: 'evaluative', needs: N('paper papers papered plagued beset dogged mired struggling struggles deep'), re: /\b(?:papers? over|papered over|plagued by|beset by|dogged by|mired in|(?:is|are|was|were) struggling to|struggles to|deep (?:divisions|rifts|splits|mistrust|divides))\b/gi },
  // A trend stated as fact: "tensions have been escalating", "prices have been rising".
  { type: 'evaluative', needs: N('rising escalating growing increasing falling declining mounting worsening surging soaring shrinking improving deteriorating intensifying'), re: /\b(?:has|have|had) been (?:rising|escalating|growing|increasing|falling|declining|mounting|worsening|surging|soaring|shrinking|improving|deteriorating|intensifying)\b/gi },
  { type: 'evaluative', needs: N('failure success disaster mess waste flop mistake'), re: /\b(?:complete|total|utter|abject|spectacular|dismal|resounding|qualified|huge|great) (?:failure|success|disaster|mess|waste|flop)\b|\b(?:is|was|has been|have been|proved|proved to be) an? (?:failure|success|disaster|mistake|flop)\b/gi },
  // cause, motive and consequence
  { type: 'causal', needs: N('forced forces forcing'), re: /\bforc(?:ed|es|ing)\b(?! entry| open)/gi },
  { type: 'causal', needs: N('because reason reasons cause causes blame due owing result resulted results resulting led leading leads caused causing driven fuelled fueled triggered sparked prompted blamed attributed thanks contributed contributing contributes retaliation response so which meaning therefore consequently'), re: /\b(?:because(?! of (?:the )?(?:snow|rain|weather|fog|high winds|strong winds|storms?|ice|flooding|floods|heat|strikes?|holidays?|maintenance|repairs|roadworks)\b)(?: of)?|(?:the |a )?(?:main |key |real |root )?(?:reason|reasons|cause|causes) (?:for|of|behind)|to blame for|(?<!\b(?:is|are|was|were|be) )due to(?! (?:be|start|begin|open|close|take|meet|arrive|leave|end|resume|return|appear|sign|vote)\b)|owing to|as a (?:direct )?result(?: of)?|result(?:ed|s|ing)? in|led to|leading to|leads to|caus(?:ed|es|ing)|driven by|fuell?ed by|triggered by|sparked by|prompted by|blamed (?:on|for)|attributed to|thanks to|contribut(?:ed|ing|es) to|in (?:retaliation|response) (?:for|to)|retaliation (?:for|against)|a retaliation|so that|which means|meaning that|therefore|consequently)\b/gi },
  { type: 'causal', needs: N('aim aims aimed seek seeks seeking sought intend intends intended wants effort attempt bid designed meant'), re: /\b(?:aims?|aimed|seeks?|seeking|sought|intends?|intended|wants) to\b|\bin an? (?:effort|attempt|bid) to\b|\b(?:designed|meant) to\b/gi },
  // prediction
  { type: 'predictive', needs: N('expected likely unlikely set poised projected forecast track bound'), alsoNeeds: N('is are was were'), re: new RegExp(`\\b(?:is|are|was|were) (?:widely |now |also )?(?:expected|likely|unlikely|set|poised|projected|forecast|on track|bound) to\\b(?! (?:${SCHEDULED_VERBS})\\b)`, 'gi') },
  // "will meet", "will visit": a schedule, not a forecast.
  { type: 'predictive', needs: N('will won would'), re: new RegExp(`(?<!\\b(?:a|an|the|strong|free|political|good|ill|own|popular|public|of|his|her|their|its)\\s)\\b(?:will|won['’]t|would)\\b(?! (?:later|go on|often|sometimes|(?:also |again |then |next |soon |now )?(?:${SCHEDULED_VERBS}))\\b)`, 'g') },
  { type: 'predictive', needs: N('coming threaten threatens'), re: /\b(?:in the coming (?:days|weeks|months|years)|threatens? to)\b/gi },
  // numbers that someone counted
  { type: 'statistic', needs: N('grown grew risen rose fallen fell dropped increased decreased declined climbed jumped shrunk shrank slipped gained lost'), re: /\b(?:grown|grew|risen|rose|fallen|fell|dropped|increased|decreased|declined|climbed|jumped|shrunk|shrank|slipped|gained|lost) by (?:a third|a quarter|a fifth|half|a tenth|\d)/gi },
  // A generalisation about a group ("Many pensioners are …", "Most voters want …").
  { type: 'statistic', needsFirst: N('many most few fewer a an growing increasing record rising more'), re: /^(?:many|most|few|fewer|a growing number of|an increasing number of|(?:growing|increasing|record|rising) numbers of|more and more|a majority of)\s+(?:[a-z]+\s+)?(?:[a-z]+s|people|men|women|children)\b/gi },
  // "5percent" is one word run, hence the suffixes.
  { type: 'statistic', needs: N('#percent *percent cent *percentage'), alsoNeeds: N('#digit'), re: /\b\d[\d,.]*\s*(?:%|percent\b|per cent\b|percentage points?\b)/gi },
  { type: 'statistic', needs: N('million billion trillion'), re: /(?:\b\d[\d,.]*\s*|\b(?:a|one|two|three|several|many)\s+)(?:million|billion|trillion)\b/gi },
  // Sums of money are figures when large ("$63 billion", "£4.5m"); a shop price is not a claim.
  { type: 'statistic', needs: N('#money'), re: /[$€£¥]\s?\d[\d,.]*\s*(?:million|billion|trillion|bn|m|mn)\b/gi },
  { type: 'statistic', needs: N('more less fewer least nearly almost roughly up many much estimated'), alsoNeeds: N('#digit million billion thousand hundred dozen dozens hundreds thousands millions half third quarter'), re: /\b(?:more than|less than|fewer than|at least|nearly|almost|roughly|up to|as many as|as much as|an estimated)\s+(?:\d[\d,.]*(?:\s*(?:%|percent|per cent|million|billion|trillion)\b)?|a (?:million|billion|thousand|hundred|dozen)\b|dozens\b|hundreds\b|thousands\b|millions\b|half\b|a third\b|a quarter\b)/gi },
  // Crowds of "dozens" or "hundreds" are description; "thousands" and more are counts someone made.
  { type: 'statistic', needs: N('thousands millions billions'), re: /\b(?:thousands|tens of thousands|hundreds of thousands|millions|billions) of\b/gi },
  { type: 'statistic', needs: N('twice times doubled tripled halved quadrupled tenfold'), re: /\b(?:twice|three times|four times|doubled|tripled|halved|quadrupled|tenfold)\b/gi },
  // Counts of harm, arrests and losses ("12 people were killed", "300 jobs will be cut"); a head count
  // ("employs 4,000 people", "with 300 passengers on board") is description, not a claim.
  { type: 'statistic', needs: N('deaths casualties cases infections arrests fatalities injuries victims'), alsoNeeds: N('#digit'), re: /\b\d[\d,]*\s+(?:[a-z-]+\s+)?(?:deaths|casualties|cases|infections|arrests|fatalities|injuries|victims)\b/g },
  { type: 'statistic', needs: N(HARM_VERBS), alsoNeeds: N('#digit'), re: new RegExp(`\\b\\d[\\d,]*\\s+(?:[a-z-]+\\s+)?(?:${PLURAL_COUNT_NOUNS})\\s+(?:(?:were|have been|had been|are|was|being|will be|would be)\\s+)?(?:${w(HARM_VERBS)})\\b`, 'g') },
  { type: 'statistic', needs: N('killed injured wounded arrested detained displaced evacuated infected affected destroyed damaged'), alsoNeeds: N('#digit'), re: /\b(?:killed|injured|wounded|arrested|detained|displaced|evacuated|infected|affected|destroyed|damaged)\s+(?:at least |more than |about |some |nearly |over |up to )?\d[\d,]*\b/g },
  // superlatives and firsts
  { type: 'superlative', needs: firstRuns(SUPERLATIVES), re: new RegExp(`\\b(?:${SUPERLATIVES})\\b`, 'gi') },
  // Any "the …est" adjective ("the boldest attempt yet"), except nouns and verbs that end in -est.
  { type: 'superlative', needs: N('*est'), re: /\b(?:the|its|their|his|her|our) (?:[a-z]+ )?(?!(?:latest|oldest|tallest|newest|nearest|eldest|youngest|closest|west|interest|forest|contest|protest|request|harvest|suggest|arrest|test|guest|chest|quest|nest|rest|pest|vest|crest|manifest|conquest|honest|modest|earnest|inquest|midwest|northwest|southwest|priest|breast|digest|unrest|behest|bequest|invest|attest|detest|infest|ingest|divest|protest)\b)[a-z]{2,}est\b/gi },
  { type: 'superlative', needs: N('most least yet first all record never'), re: /(?:\bthe|['’]s) (?:most|least) (?!of\b|senior\b|junior\b|recent\b)[a-z]+|\b[a-z]+(?:est| ever) yet\b|\b(?:first-ever|all-time|record-breaking|record (?:high|low|number|level|levels|amount))\b|\bnever before\b/gi },
  { type: 'superlative', needs: N('than since never first record'), re: /\bthan (?:at )?any (?:time|other)\b|\bthan ever\b|\bsince records began\b|\b(?:has|have|had) never been (?:better|stronger|higher|lower|worse|bigger|greater|more|less|so)\b|\b(?:the|its|their) first\b[^.,;]{0,40}\bsince\b|\brecord (?!label|company|shop|store|player|deal|(?:of|for|a|an|the|his|her|their|its|it|them|this|that|and|in|on|with)\b)[a-z]+/gi },
  // hedges: uncertain statements with nobody standing behind them
  { type: 'hedged', needs: N('could may might'), re: /\b(?:could(?! not\b| never\b)|may|might)\b/g },
  { type: 'hedged', needs: N('certainly'), re: /\b(?:almost|very|most) certainly\b/gi },
  { type: 'hedged', needs: N('likely possibly perhaps probably potentially apparently seemingly arguably presumably supposedly conceivably'), re: /\b(?:likely|possibly|perhaps|probably|potentially|apparently|seemingly|arguably|presumably|supposedly|conceivably)\b/gi },
  { type: 'hedged', needs: N('appear appears appeared seem seems seemed'), re: /\b(?:appears?|appeared|seems?|seemed) (?:to|that|likely)\b/gi },
];

/** Verbs that introduce what a source says ("Peskov said", "the report found"). */
export const SPEECH_VERBS = new Set(
  w(
    'said says say told tells tell informed informs briefed briefs assured announced announces announce reported reports report stated states added adds noted notes warned warns warn claimed claims claim confirmed confirms denied denies insisted insists argued argues argue signaled signalled signals cited cites wrote writes tweeted posted estimated estimates estimate predicted predicts predict acknowledged acknowledges explained explains revealed reveals disclosed discloses asserted asserts alleged alleges maintained maintains conceded concedes declared declares stressed stresses emphasized emphasised believe believes think thinks contend contends contended suggested found finds showed shows show indicated testified concluded conclude concludes projected projects forecast forecasts expect expects fear fears feared agreed agree agrees replied responded observed observes admitted admits accused accuses valued values calculated calculates counted tallied allege insist maintain deny confirm acknowledge admit complained complain complains objected lamented recorded questioned questions doubted doubts disputed disputes dispute question doubt called calls described describes dubbed labelled labeled vowed vows pledged pledges promised promises urged urges praised praises hailed hails condemned condemns criticized criticised criticizes criticises expressed thanked recalled recalls remembered recounted quipped joked asked asks wondered mused',
  ).split('|'),
);

/** Verbs that name a speaker only for a direct quotation or the words just quoted, not a source for a claim. */
export const SPEECH_ACT_ONLY = new Set(
  w('called calls dubbed labelled labeled urged urges praised praises hailed hails condemned condemns criticized criticised criticizes criticises expressed thanked accused accuses').split('|'),
);

/** Participles that attach a statement to the subject of the main clause ("…, saying the North will…"). */
export const SPEECH_PARTICIPLES = new Set(w('saying adding noting warning claiming insisting arguing stressing citing telling announcing declaring explaining writing stating').split('|'));

/** Nouns whose plain use names nobody in particular ("analysts say", "officials said", "sources told"). */
export const VAGUE_HEADS = new Set(
  w(
    'analyst analysts expert experts official officials source sources critic critics investigators observer observers insider insiders diplomat diplomats people person someone somebody some many others residents witnesses witness commentator commentators economist economists scientist scientists researcher researchers reports rumour rumours rumor rumors pundit pundits lawmakers politicians aide aides adviser advisers advisor advisors staffers employees investors traders watchers specialists studies observers activists campaigners supporters opponents skeptics sceptics speculation ' +
    'representatives negotiators protesters demonstrators charities organisations organizations unions ngos agencies leaders executives bosses employers relatives families friends neighbours neighbors colleagues doctors medics nurses teachers parents locals villagers farmers officers workers users fans citizens voters rights groups others observers',
  ).split('|'),
);

/** Heads of a source phrase that is vague without any name: "local media", "one estimate", "a report". */
export const VAGUE_FALLBACK_HEADS = new Set(
  w('media press television tv radio outlets outlet newspapers newspaper reports report estimate estimates accounts account rumours rumors tabloids websites channels footage reporting').split('|'),
);

/** Institutions and documents whose definite mention refers to an identified source ("the ministry said"). */
/** Heads of a definite description that can be a source ("the provincial governor", "the auction house"). */
export const ROLE_NOUNS = new Set(
  w('house authority governor city town defendant service minister president mayor chief director leader judge head secretary chairman chairwoman chair commissioner ambassador lawyer lawyers attorney author owner founder manager coach captain executive team club operator carrier airline force navy regime magazine station trust charity school officer general professor doctor spokesperson').split('|'),
);

export const INSTITUTION_NOUNS = new Set(
  w(
    'figures data study survey report poll research analysis images records statistics documents filings statement ministry agency department government company court document spokesperson spokesman spokeswoman newspaper paper broadcaster network police army military committee council commission survey poll data figures board bank office embassy prosecutor prosecutors authorities regulator watchdog union party campaign cabinet presidency kremlin pentagon administration firm group organisation organization institute university hospital coroner inquiry judge jury filing complaint indictment lawsuit letter memo release website channel',
  ).split('|'),
);

/** Words that read as a person or organisation on their own when lowercase ("police said"). */
export const BARE_INSTITUTIONS = new Set(w('police prosecutors authorities firefighters paramedics').split('|'));

/** Common words that start a source phrase with a capital only because they start the sentence. */
export const COMMON_MODIFIERS = new Set(
  w('local state official foreign western eastern senior government police security intelligence military independent unnamed anonymous federal regional national international several other most many some two three four five top former current leading prominent private public').split('|'),
);

/** Third-person pronouns (and the outlet's "we") that refer back to a source; "you" and "I" do not. */
export const PRONOUNS = new Set(w('he she they it we').split('|'));

/** Words that can end a subject phrase on the left: clause openers that are never part of it. */
export const CLAUSE_STOPS = new Set(
  w('that and but while whereas which who whom because as after before when where if though although so than then since until unless whether or nor also is are was were am be been being will would can should must does did').split('|'),
);

/** Leading adverbials that start a sentence but are never its subject. */
export const INTRO_WORDS = new Set(
  w(
    'last on in at during meanwhile however additionally after before earlier later yesterday today tonight this that separately still also moreover furthermore then now by since following according as while when with without',
  ).split('|'),
);

/** Adverbs and auxiliaries that may sit between a subject and its verb ("Peskov has also said"). */
export const VERB_FILLERS = new Set(w('has have had also later previously again then separately repeatedly recently publicly privately earlier once already did does do not never had reportedly initially first last further will would can could may might should must also still once').split('|'));

/** Verbs that name a source only when their subject is one ("figures show", not "the build-up suggests"). */
export const INFERENCE_VERBS = new Set(w('suggests suggested suggest indicates indicated indicate shows showed show found finds find means meant').split('|'));

/** A specific day or date: with it, "will" announces a schedule ("will be played at Wembley on 20 May"). */
export const SCHEDULE_TIME = /\b(?:on |next |this |last )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b|\b(?:in |on |from |until |by )(?:january|february|march|april|june|july|august|september|october|november|december|may)\b|\b\d{1,2}(?:st|nd|rd|th)? (?:january|february|march|april|may|june|july|august|september|october|november|december)\b|\b(?:january|february|march|april|may|june|july|august|september|october|november|december) \d{1,2}\b|\b(?:tomorrow|tonight|next week|this weekend|later today|later this week|at a meeting|at \d{1,2}(?::\d\d)?\s?(?:a\.m\.|p\.m\.|am|pm))/i;

/** Verbs that describe what something holds or has: a count after them is description ("houses 2,000 objects"). */
/** Disruptions: their stated cause is narration ("the storm forced the cancellation of 200 flights"). */
export const DISRUPTION = /\b(?:abandoned|cancell?ed|cancell?ations?|postponed|postponements?|delayed|delays?|suspended|suspensions?|closed|closures?|called off|halted|diverted|grounded|evacuated|evacuations?|stopped|shut|disrupted|disruptions?|interrupted)\b/i;

export const CONTAINMENT = /\b(?:houses|holds|contains|employs|seats|includes|features|owns|operates|runs|serves|covers|spans|measures|weighs|carries|carried|has room for)\b|\b(?:has|have|had) (?=(?:about |around |some |nearly |almost |more than |over |at least )?\d)/i;

export const DETERMINERS = new Set(w('the a an this that these those one another some several two three'). split('|'));

/** Adverbs that hand the claim to an unnamed source. */
export const VAGUE_ADVERBS = /\b(?:reportedly|allegedly|purportedly|rumou?redly|according to (?:reports|media reports|sources|some|rumou?rs|people familiar[^,.;]*|those familiar[^,.;]*))\b/gi;

/** Words of which every VAGUE_ADVERBS match holds one (see ClaimPattern.needs). */
export const VAGUE_ADVERBS_NEEDS = N('reportedly allegedly purportedly rumoredly rumouredly according');

/** Passive attribution with nobody named ("it is said", "is believed to", "was reported"). */
export const VAGUE_PASSIVE = /\b(?:it (?:is|was|has been) (?:widely |generally )?(?:said|believed|thought|understood|reported|claimed|alleged|rumou?red|feared|estimated)|(?:is|are|was|were) (?:widely |generally |also |now |still )?(?:believed|thought|said|reported|understood|alleged|rumou?red|suspected|claimed) to|(?:widely|generally) (?:seen|regarded|considered|viewed)(?: [a-z]+){0,4} as|(?:is|are|was|were) (?:widely|generally|universally) (?:admired|praised|criticised|criticized|condemned|respected|acknowledged|accepted|recognised|recognized|known|blamed|credited))\b/gi;

/** Words of which every VAGUE_PASSIVE match holds one (see ClaimPattern.needs). */
export const VAGUE_PASSIVE_NEEDS = N('said believed thought understood reported claimed alleged rumored rumoured feared estimated suspected widely generally universally');
/** A second list of the same kind: every VAGUE_PASSIVE match also holds one of these ("said" alone is in most news sentences). */
export const VAGUE_PASSIVE_ALSO_NEEDS = N('it is are was were widely generally');

/** Content words too common to show that two sentences talk about the same thing. */
export const TOPIC_STOPWORDS = new Set(
  w(
    'about after again against also among another because been before being between both could does during each from have having into just last like more most much must near only other over same should some such than that their them then there these they this those through under until very were what when where which while will with would year years month months week weeks said says according told more than',
  ).split('|'),
);
