/**
 * Event trigger lexicon for stage 06 (data, not code). Each entry is a lowercase
 * phrase of whole words; inflections are listed rather than lemmatised so the list
 * stays readable and editable. The longest phrase starting at a word wins, so
 * "released a video" (video) beats "released" (release).
 *
 * Optional guards keep ambiguous words honest:
 * - `prev`: the word before must be one of these ("missile strike", not "miners' strike");
 * - `notPrev`: the word before must not be one of these ("press release");
 * - `notNext`: none of the next two words may be one of these ("ruling party");
 * - `context`: one of these words must stand within a dozen words of the phrase ("returned home"
 *   is a release only near "captivity", "detention", "hostage"…, not after a state visit);
 * - `nextCap`: the word right after the phrase must be capitalised ("landed in Doha", not "landed in trouble");
 * - `timeGap`: the phrase's gap holds only words of a time or a means ("spoke on Sunday night with B").
 * A phrase may hold one gap, written "…", for one to six words of an object: "took … hostage"
 * matches "took two nurses hostage" (the gap never crosses punctuation or a GAP_BREAKS word).
 * Plain reporting verbs ("said", "told") are deliberately absent: they would put a
 * "statement" event on nearly every sentence of the timeline.
 */
import type {EventType} from "../types.ts";

export interface TriggerEntry {
  phrase: string;
  type: EventType;
  prev?: string[];
  notPrev?: string[];
  notNext?: string[];
  context?: string[];
  /** The word right after the phrase is capitalised, a name ("flew into Kabul", not "flew into a rage"). */
  nextCap?: boolean;
  /** Session 33: the gap holds only words of a time or a means (TIME_GAP_WORDS: "spoke on Sunday night with B"). */
  timeGap?: boolean;
}

/** The gap word of a phrase ("took … hostage"). */
export const GAP = "…";

/** Words a gap may not cover: "took part in the hostage talks" is no abduction. */
export const GAP_BREAKS = [
  "in", "on", "at", "to", "for", "of", "with", "by", "from", "into", "about", "during", "after", "before", "since", "under",
  "part", "place", "up", "out", "off", "down", "aside", "that", "which", "who", "when", "while", "as", "than", "is", "was", "were", "are", "be", "been", "said"
];

/**
 * Session 33: the words a time-gap phrase's gap may hold ("spoke on Sunday night with B", "talked late on Tuesday with B",
 * "spoke by phone on Monday with B"): a day, a part of it, and a means of talking. Lowercase.
 */
export const TIME_GAP_WORDS = ["on", "late", "early", "last", "this", "that", "the", "night", "morning", "afternoon", "evening", "monday", "tuesday",
  "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday", "by", "phone", "telephone", "video", "again", "briefly", "twice"];

/** Words that make a return home a release (a hostage, detainee or prisoner coming back). */
const CAPTIVITY = [
  "captivity", "captive", "captives", "detention", "detained", "detainee", "detainees", "prison", "prisons", "jail", "jailed",
  "hostage", "hostages", "held", "custody", "kidnapped", "kidnapping", "abducted", "abduction", "released", "freed",
  "release", "exchange", "swap", "prisoners", "prisoner", "pows",
  // "the two whom the gang let go on Monday owe their freedom to a priest"
  "freedom"
];
/** The captivity words that make "let … go" a release: no "held", "released", "prison" (a firm's or a club's). */
const LET_GO_CAPTIVITY = [
  "captivity", "captive", "captives", "hostage", "hostages", "kidnapped", "kidnapping", "kidnappers", "abducted", "abduction",
  "abductors", "hijackers", "freedom"
];

/**
 * Session 32: the words that make "let … walk" a release ("Hamas let the two women walk to a Red Cross vehicle", "the
 * gang let 12 younger children walk down to a petrol station"): LET_GO_CAPTIVITY, "held" and captor nouns (not "the
 * police let the marchers walk to the square").
 */
const LET_WALK_CAPTIVITY = [...LET_GO_CAPTIVITY, "held", "gang", "gunmen", "captors", "kidnappers", "militants", "rebels", "pirates", "hijackers"];

const MILITARY_PREV = ["air", "missile", "drone", "rocket", "military", "artillery", "retaliatory", "israeli", "russian", "ukrainian", "us", "u.s", "deadly", "precision", "overnight", "naval"];
const FREE_PREV = ["to", "set", "be", "is", "are", "was", "were", "been", "help", "helped", "helping", "now", "finally", "walked", "could", "would", "will", "must", "should", "and", "eventually"];
const NOT_EVENT_OBJECT = ["video", "footage", "statement", "report", "list", "figures", "data", "details", "images", "photos", "photographs", "recording", "album", "film", "names", "document", "documents", "findings"];
const NOT_HOLDER = ["press", "news", "media"];
/** Words around "shooting" that make it a film, a sport or a sky, not gunfire. */
const SHOOTING_NOT_PREV = ["photo", "film", "movie", "video", "clay", "trap", "skeet", "sport", "olympic", "location", "night-sky"];
const SHOOTING_NOT_NEXT = ["star", "stars", "range", "ranges", "gallery", "galleries", "script", "schedule", "season", "day", "days", "location", "locations", "percentage", "guard", "pains", "pain", "competition", "club", "team", "video", "film", "scenes", "scene"];

const forms = (type: EventType, phrases: string[], guard: Omit<TriggerEntry, "phrase" | "type"> = {}): TriggerEntry[] =>
  phrases.map((phrase) => ({phrase, type, ...guard}));

/** Vehicles whose collision is an accident ("the bus collided with a lorry"). */
const COLLISION_VEHICLES = [
  "bus", "buses", "minibus", "lorry", "lorries", "truck", "trucks", "train", "trains", "tram", "car", "cars", "vehicle", "vehicles",
  "van", "ship", "ships", "vessel", "vessels", "boat", "boats", "ferry", "tanker", "plane", "planes", "aircraft", "jet", "helicopter",
  "motorcycle", "locomotive", "wagon", "wagons", "coach", "taxi", "trawler", "driver", "drivers", "motorist", "motorists"
];

/** Words of talk that make "by phone" a call between people ("spoke with the commander by telephone", "had spoken by phone"). */
const CALL_TALK = [
  "spoke", "spoken", "speak", "speaks", "speaking", "talked", "talk", "talks", "talking", "discussed", "discuss", "discusses",
  "discussing", "conversation", "conversed", "chatted", "conferred", "consulted",
  // Two parties on a call with a purpose: "the premier congratulated the winner by phone".
  "thanked", "thanking", "congratulated", "congratulating", "briefed", "briefing"
];

export const EVENT_TRIGGERS: TriggerEntry[] = [
  ...forms("release", ["release", "releases", "released", "releasing"], {notPrev: NOT_HOLDER, notNext: NOT_EVENT_OBJECT}),
  ...forms("release", ["freed", "freeing", "frees", "handed over", "hand over", "hands over", "handing over", "set free", "walked free", "handover", "hand-over"]),
  ...forms("release", ["free"], {prev: FREE_PREV}),
  ...forms("release", ["rescued", "rescuing", "handed … over", "hands … over", "handing … over", "hand … over", "set … free", "sets … free", "setting … free"]),
  // "the rebels handed B, a nurse held since May, to the Red Cross": a handover near a captivity word.
  ...forms("release", ["handed … to", "hands … to", "handing … to"], {context: CAPTIVITY}),
  // Session 33: the passive hand-over ("the two priests were handed by the rebels to the bishop", "was handed to the Red
  // Cross"), in a sentence of captivity too.
  ...forms("release", ["was handed to", "were handed to", "been handed to", "was handed by", "were handed by", "been handed by"], {context: CAPTIVITY}),
  ...forms("release", ["returned home", "return home", "returns home", "returning home", "came home", "come home", "brought home", "brought back home"], {context: CAPTIVITY}),
  // "the two hostages whom the gang let go on Tuesday", "the rebels let the nurses go after a year in captivity": a
  // release near a captivity word (not "the firm let 200 workers go", nor "let go of").
  // Only strong captivity words count (LET_GO_CAPTIVITY): "the bank let 300 staff go a day after it released its
  // results" or "let its coach go after he held talks" are no release (review 28 dropped an unguarded trigger).
  ...forms("release", ["let go", "lets go", "letting go", "let … go", "lets … go", "letting … go"], {context: LET_GO_CAPTIVITY, notNext: ["of"]}),
  ...forms("release", ["let … walk", "lets … walk", "letting … walk"], {context: LET_WALK_CAPTIVITY}),
  // "the crew crossed the border into Turkey after a year in captivity": a crossing near a captivity word is a release.
  ...forms("release", ["crossed … border", "crosses … border", "crossing … border", "crossed into"], {context: CAPTIVITY}),
  // A reunion is the return of a captive near a captivity word ("the freed sailor was reunited with his
  // mother"), else a dated event of its own ("flood survivors were reunited with their families").
  // "in reunited Germany" is an adjective.
  ...forms("release", ["reunited", "reunite", "reunites", "reuniting"], {context: CAPTIVITY, notPrev: ["in", "a", "the", "of", "newly"]}),
  ...forms("other", ["reunited", "reunite", "reunites", "reuniting", "reunion"], {notPrev: ["in", "a", "the", "of", "newly", "class", "school", "band", "family"]}),
  ...forms("abduction", [
    "abducted", "abduct", "abducts", "abducting", "abduction", "abductions",
    "kidnapped", "kidnap", "kidnaps", "kidnapping", "kidnappings",
    "taken hostage", "took hostage", "taking hostage", "take hostage", "taken hostages", "took hostages", "taking hostages",
    "taken captive", "taken prisoner", "seized", "captured", "hostage-taking",
    "took … hostage", "take … hostage", "takes … hostage", "taking … hostage", "took … captive", "taking … captive"
  ]),
  ...forms("attack", [
    "attack", "attacks", "attacked", "attacking", "raid", "raids", "raided", "raiding", "assault", "assaults", "assaulted",
    "airstrike", "airstrikes", "air strike", "air strikes", "bombed", "bombing", "bombings", "bombarded", "bombardment",
    "shelled", "shelling", "invasion", "invaded", "incursion", "offensive", "ambush", "ambushed", "stormed"
  ]),
  ...forms("attack", ["strike", "strikes", "struck"], {prev: MILITARY_PREV}),
  // "a 2019 shooting at a market", "accused of shooting prisoners"; not "a shooting star", "a film shooting schedule".
  ...forms("attack", ["shooting", "shootings", "opened fire", "open fire", "opens fire"], {notPrev: SHOOTING_NOT_PREV, notNext: SHOOTING_NOT_NEXT}),
  ...forms("killing", [
    "killed", "killing", "killings", "kill", "kills", "died", "dies", "shot dead", "massacre", "massacres", "massacred",
    "murdered", "murder", "murders", "executed", "lost their lives", "lost his life", "lost her life", "claimed the lives"
  ]),
  ...forms("meeting", ["meet", "meets", "met"], {notNext: ["standards", "standard", "requirements", "demands", "demand", "needs", "criteria", "deadline", "target", "targets", "expectations", "obligations", "costs"]}),
  // "the governor received a farmers' delegation": a reception is a meeting.
  ...forms("meeting", ["received … delegation", "receives … delegation", "receiving … delegation", "received … delegations", "hosted … delegation", "hosts … delegation"]),
  ...forms("meeting", ["meeting", "meetings", "talks", "held talks", "hold talks", "holds talks", "summit", "hosted", "hosts", "phone call", "telephone conversation", "phone conversation"]),
  // A call is a meeting at a distance ("discussed the strike with the minister by phone on 3 May", "telephoned the
  // governor on Friday"). A bare "discussed" is not one: it restates a meeting told already ("held a meeting …, where
  // they discussed") or none at all ("details of what was discussed").
  // "By phone" only with talk around it (review 12): "was threatened by phone", "demanded a ransom by phone",
  // "report sightings by phone" are no meeting.
  ...forms("meeting", ["by phone", "by telephone", "over the phone"], {context: CALL_TALK}),
  ...forms("meeting", ["telephoned", "phoned", "video call", "video conference", "videoconference"]),
  // Session 31: a call told as being on the line, "was on the phone to the head of the unity government on Monday",
  // after a form of "be" ("put on the phone to …" and "the number on the phone to call" are no call).
  ...forms("meeting", ["on the phone to", "on the phone with", "on the telephone to", "on the telephone with"], {prev: ["was", "were", "is", "are", "been", "be"]}),
  // "the president rang his Uzbek counterpart Shavkat Mirziyoyev on Thursday": a call to a named person or place (not
  // "rang the bell", "rang out", "rang true", "rang alarm bells").
  ...forms("meeting", ["rang"], {nextCap: true}),
  ...forms("visit", ["visit", "visits", "visited", "visiting", "trip to", "travelled to", "traveled to", "arrived in", "flew to"]),
  // A trip to come ("the envoy is to travel to Accra on Monday", "will fly to Nairobi on Friday"): only after a modal
  // or "to" (review 26 F6: "banned travel to Iran", "airlines that fly to London" tell no trip).
  ...forms("visit", ["travel to", "fly to"], {prev: ["will", "would", "shall", "to", "'ll", "’ll"]}),
  // Session 28: more ways to tell a trip: "flew into Kabul on Monday", "landed in Doha", "arrived
  // at the border crossing" (not "arrived at a decision"); and a return to come, "is expected to return to Accra in
  // May" (only after a modal or "to", and not "to return to work / power / normal / the table").
  ...forms("visit", ["flew into", "flown into", "landed in"], {nextCap: true}),
  // "will be back in Lagos on Thursday": a trip to come, to a named place (not "back in a few weeks / in stock").
  ...forms("visit", ["be back in"], {nextCap: true, prev: ["will", "would", "shall", "to", "'ll", "’ll"], notNext: ["congress", "parliament", "senate", "office", "power", "court", "the", "action", "business", "training", "school", "work", "charge"]}),
  // "the foreign minister is due in Batumi on Sunday": a trip to come to a named place (not "due in March", "due in
  // Court"; not "expected in": "heavy rain is expected in Nairobi on Sunday").
  ...forms("visit", ["due in"], {nextCap: true, prev: ["is", "are", "was", "were", "be", "now", "also"],
    notNext: ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
      "congress", "parliament", "senate", "court", "the", "office", "power", "spring", "summer", "autumn", "winter", "mid", "early", "late"]}),
  ...forms("visit", ["arrived at"], {notNext: ["a", "an", "the", "conclusion", "decision", "agreement", "figure", "estimate", "verdict", "consensus", "number", "total", "compromise", "deal", "settlement", "result"]}),
  ...forms("visit", ["return to", "travel back to", "fly back to"], {nextCap: true, prev: ["will", "would", "shall", "to", "'ll", "’ll"], notNext: ["congress", "parliament", "senate", "office", "court", "government", "work", "normal", "normality", "normalcy", "power", "office", "school", "the", "talks", "negotiations", "duty", "service", "court", "prison", "jail", "custody", "captivity", "violence", "war", "fighting", "growth", "profit", "form"]}),
  ...forms("call", ["called on", "calls on", "call on", "calling on", "called for", "calls for", "call for", "calling for", "urged", "urges", "urging", "appealed", "appealing", "demanded", "demands"]),
  // Session 32: a plea or a letter to someone is an appeal ("pleading with the president in an open letter in March",
  // "In the spring he wrote a letter to the minister asking him to help"; not "wrote a letter of resignation", not "wrote
  // to the paper": a letter to the editor is no appeal, nor is writing "to a deadline").
  ...forms("call", ["pleaded with", "pleading with", "pleads with", "plead with", "begged", "begging", "implored", "imploring"]),
  ...forms("call", ["wrote a letter to", "wrote an open letter to", "sent a letter to", "written a letter to"], {notNext: ["the editor", "editor", "editors", "newspaper", "newspapers"]}),
  ...forms("call", ["wrote to", "written to", "writes to"], {nextCap: true}),
  // Session 32: a call with someone told by "spoke with" ("spoke with the governor on Friday"); not talk with reporters,
  // nor "spoke with emotion".
  // Session 33: the same with a time or a means between ("spoke on Sunday night with Noa Lind", "spoke by phone on Monday with B").
  ...forms("meeting", ["spoke … with", "spoken … with", "talked … with"], {timeGap: true, nextCap: true}),
  ...forms("meeting", ["spoke with", "spoken with", "speaks with"], {notNext: ["reporters", "journalists", "the press", "media", "correspondents",
    "emotion", "tears", "pride", "confidence", "authority", "anger", "passion", "difficulty", "conviction", "one", "a", "an"], nextCap: true}),
  // Session 32: a court hearing to come or held ("is due before an investigating judge on Monday", "appeared before a
  // magistrate on Friday"), next to a court word.
  ...forms("ruling", ["due before", "appear before", "appeared before", "appears before", "appearing before", "brought before"],
    {context: ["judge", "judges", "court", "courts", "magistrate", "magistrates", "tribunal", "prosecutor", "prosecutors"]}),
  // Session 31: not the noun compound of "the appeals court overturned the conviction".
  ...forms("call", ["appeals"], {notNext: ["court", "courts", "judge", "judges", "chamber", "tribunal", "panel", "process", "body"]}),
  ...forms("agreement", ["agreed", "agree", "agrees", "agreement", "agreements", "ceasefire", "cease-fire", "truce", "accord", "accords", "signed"]),
  ...forms("agreement", ["deal", "deals"], {notPrev: ["to", "great", "good"], notNext: ["with"]}),
  ...forms("video", ["video", "videos", "footage", "released a video", "released footage", "published a video", "posted a video", "aired a video", "released a new video"], {notPrev: ["press"]}),
  ...forms("ruling", ["ruled", "ruling", "verdict", "court ordered", "sentenced", "convicted", "acquitted"], {notNext: ["party", "coalition", "class", "elite", "elites", "family"]}),
  // Session 31: a court undoing or keeping a judgment, "overturned the conviction", "quashed his sentence", "upheld the
  // ban" (a capsized boat "overturned in heavy swell" is the disaster's, below).
  ...forms("ruling", ["overturned … conviction", "overturned … convictions", "overturned … sentence", "overturned … ban", "overturned … decision",
    "quashed … conviction", "quashed … convictions", "quashed … sentence", "upheld … conviction", "upheld … sentence", "upheld … ban", "upheld … decision"]),
  // "the miners' union will give a press conference on Friday": a dated statement to come.
  ...forms("statement", ["press conference", "news conference", "press briefing", "news briefing", "press conferences", "news conferences"]),
  // The base form is a statement to come ("the coach will speak to journalists in Lyon on Friday", "is due to brief
  // reporters on Monday"); past forms ("told reporters") stay out, like "said".
  ...forms("statement", ["speak to reporters", "speak to journalists", "speak to the press", "speak to the media", "address reporters", "address journalists", "brief reporters", "brief journalists"]),
  // "testified by video link on Tuesday", "addressed the rally via video link": a dated statement.
  ...forms("statement", ["by video link", "via video link", "by videolink", "via videolink"], {context: ["spoke", "speaking", "spoken", "speaks", "addressed", "addressing", "appeared", "appearing", "testified", "told"]}),
  ...forms("statement", ["issued a statement", "said in a statement", "in a statement", "released a statement", "announced", "announces", "announcement", "declared", "statement"]),
  // Session 31: blame said in public, "Speaking in Rome on Monday, he accused the charity of …", "the ministry
  // condemned the attack" (not "the accused", "a condemned man", "condemned to death": a sentence; not the passive "was
  // accused of shooting", an allegation, whose act is the event). Thanks stay out: "The singer, who was treated in a
  // clinic in 2021, thanked her doctors" must leave 2021 to the clause it sits in.
  ...forms("statement", ["accused", "accuses", "condemned", "condemns", "criticised", "criticized", "criticises", "criticizes", "denounced",
    "denounces", "blamed", "blames"], {notPrev: ["the", "a", "an", "his", "her", "their", "its", "many", "our", "of", "was", "were", "is", "are", "been", "being", "be"],
    notNext: ["to", "man", "woman", "men", "women", "prisoner", "prisoners", "building", "buildings"]}),
  ...forms("promise", ["promised", "promises", "promise", "vowed", "vows", "vow", "pledged", "pledges", "pledge", "assured"]),
  ...forms("petition", ["petition", "petitions", "petitioned", "appealed to the court", "filed a lawsuit", "filed a complaint", "filed a petition", "lawsuit"]),
  ...forms("negotiation", ["negotiated", "negotiate", "negotiates", "negotiating", "negotiation", "negotiations", "mediation", "mediated", "mediating", "mediate", "brokered"]),
  // Disasters and accidents: no dedicated type, so "other" (still dated and on the timeline).
  ...forms("other", [
    "sank", "capsized", "crashed", "collapsed", "exploded", "explosion", "erupted", "eruption", "broke out", "derailed",
    "shook", "burst", "went on strike", "on strike", "walked out", "evacuated", "evacuation", "landslide", "plane crash",
    "left the tracks", "came off the tracks"
  ]),
  // Session 31: "a boat overturned in heavy swell late on Sunday", "the bus overturned on a bend", "the ferry caught
  // fire" (not "the court overturned the ruling": a judgment after it; the longer ruling phrases above win too).
  ...forms("other", ["overturned"], {notNext: ["decision", "decisions", "ruling", "rulings", "verdict", "law", "laws", "result", "results", "election", "policy", "order"]}),
  ...forms("other", ["flipped over", "caught fire", "ran aground"]),
  // "the bus collided with a lorry on Friday", "disciplined in 2019 for a minor collision of two trains": only with a
  // vehicle near (not "a collision of interests", "collided with reality", a footballer's collision: review 27 F14).
  ...forms("other", ["collided", "collides", "collision", "collisions"], {notNext: ["course"], context: COLLISION_VEHICLES}),
  // "when rescuers recovered the bodies of two climbers", "divers retrieved the body on Monday": a dated find of the dead.
  ...forms("other", ["recovered … bodies", "recovered … body", "retrieved … bodies", "retrieved … body", "recovering … bodies", "retrieving … bodies"]),
  // Session 28: a disaster named by its day's possessive, "Wednesday's flood is the worst in years", "Sunday's blaze
  // killed 12": dated by the weekday (not "the town's flood defences", "a Monday's fire drill").
  // Session 29: more of them, "after Saturday's breach of an earthen dam", "Tuesday's derailment", "Friday's capsizing".
  ...forms("other", ["flood", "floods", "flooding", "fire", "blaze", "quake", "earthquake", "stampede", "crush", "siege", "blast", "avalanche",
    "breach", "collapse", "crash", "explosion", "derailment", "sinking", "capsizing", "eruption", "mudslide", "landslide", "storm", "tornado", "cyclone"], {
    prev: ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "yesterday"].flatMap((d) => [`${d}'s`, `${d}’s`]),
    notNext: ["defences", "defenses", "defence", "defense", "insurance", "risk", "risks", "warning", "warnings", "plain", "plains", "season", "alarm", "alarms", "safety",
      "brigade", "brigades", "department", "service", "services", "exit", "exits", "door", "doors", "escape", "station", "drill", "drills", "sale", "wall", "walls", "zone", "zones", "barrier", "barriers", "control", "management"]
  }),
  // Session 28: a call named by its day's possessive, "a readout of Friday's call between the two leaders".
  ...forms("meeting", ["call", "phone call", "telephone call", "video call"], {
    prev: ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "yesterday"].flatMap((d) => [`${d}'s`, `${d}’s`]),
    notNext: ["centre", "center", "centres", "centers", "for", "of", "sign", "to"]
  }),
  // "40 convicts escaped over the wall on Sunday" (not "escaped injury", "escaped unhurt", "escaped notice", "escaped
  // relegation").
  ...forms("other", ["escaped", "escape from", "escaped from"], {notNext: ["injury", "injuries", "unhurt", "unharmed", "unscathed", "death", "punishment", "notice", "attention", "justice", "prosecution", "blame", "scrutiny", "poverty", "the", "with", "relegation", "arrest", "detection", "conviction", "sanctions", "fine", "fines", "penalty", "serious", "being", "unpunished", "censure"]}),
  // Session 32: an arrest or a detention dates its clause however far the date stands ("Police arrested the site's
  // owner, a cousin of the mayor, and two foremen late on Friday night"); the fallback's nearest verb does not reach
  // that far. Active with its object after it, or passive after a form of "be"; not the adjective ("the detained
  // men", "an arrested suspect") nor a participle describing someone's state ("a nurse detained during the unrest
  // that followed the 2019 vote" leaves 2019 to the vote; "aid workers detained since March", "held without charge").
  ...forms("other", ["arrested", "detained"], {notPrev: ["the", "a", "an", "his", "her", "their", "its", "those", "newly", "wrongfully", "unlawfully", "was", "were", "been", "being", "is", "are", "be"],
    notNext: ["since", "during", "without", "until", "under"]}),
  ...forms("other", ["arrested", "detained"], {prev: ["was", "were", "been", "being", "is", "are", "be"]}),
  // "The roof caved in on Monday" (not "caved in to pressure").
  ...forms("other", ["caved in"], {notNext: ["to"]}),
  // A collapse or a derailment told as a noun right after "the" ("the collapse happened at dawn"): not "the
  // collapse of the talks", "the economic collapse", "near collapse", "the derailment of the peace process"
  // (review 26 F6).
  ...forms("other", ["collapse", "derailment"], {prev: ["the"], notNext: ["of"]}),
  ...forms("other", ["struck", "hit"], {prev: ["earthquake", "quake", "storm", "tremor", "cyclone", "typhoon", "hurricane", "tornado", "flood", "floods", "floodwaters", "tsunami", "fire", "wildfire", "aftershock", "landslide", "avalanche"]}),
  ...forms("killing", ["drowned", "perished", "were killed", "was killed"]),
  ...forms("exchange", ["exchange", "exchanges", "exchanged", "swap", "swaps", "swapped", "prisoner exchange", "prisoner swap"], {notNext: ["fire", "missile", "strikes", "blows", "views", "rate", "rates", "letters", "gunfire"]})
];
