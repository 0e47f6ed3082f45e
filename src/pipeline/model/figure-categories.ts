/**
 * Cue words that decide a figure's category. Data for src/pipeline/figures/category.ts.
 * Each phrase is matched case-insensitively on word boundaries, spaces standing for any whitespace;
 * a trailing "*" matches any word ending ("kill*" = kill, kills, killed, killing).
 * The cue nearest to the number phrase wins (see category.ts for the tie rules).
 */
import type {FigureCategory} from "../types.ts";

/** Verbs and nouns around a number that say what happened to the people counted. */
export const CATEGORY_CUES: Partial<Record<FigureCategory, string[]>> = {
  killed: [
    "kill*", "dead", "died", "die", "dying", "deaths", "death toll", "toll", "lives", "fatalities", "fatality",
    "martyrs", "martyred", "perished", "massacred", "slain", "slaughtered", "murdered", "executed", "lost their lives",
    "bodies", "body count", "drowned", "buried", "lost",
    // "received the remains of 300 soldiers": remains returned are the dead (of hostages: hostages_dead)
    "remains of",
    // "four may no longer be alive": a death told as a lost state (the "alive" inside is no held cue then)
    "no longer alive", "no longer be alive", "not be alive", "not alive", "not be alive anymore", "no longer living"
  ],
  wounded: [
    "wounded", "wounding", "injur*", "hurt", "maimed", "hospitali*", "casualties", "treated in hospital",
    "treated in hospitals", "treated at hospital", "treated for", "received treatment", "receiving treatment",
    "needed treatment", "needed medical treatment", "burns", "in hospital", "in hospitals",
    // Session 33: "41 of them remain in intensive care", "Seven firefighters were among those treated".
    "in intensive care", "among those treated", "among those hurt",
    // Session 32: "Between 30 and 40 people remain in critical condition".
    "in critical condition", "in a critical condition", "in serious condition", "in a serious condition", "critically injured", "seriously injured",
    // "11 were rushed to the district hospital", "30 were airlifted to hospital": patients brought to hospital after
    // the event are its wounded. (Not "taken to hospital": freed hostages are taken to hospital for checks, and a bare
    // "Twelve were taken to hospital" stays no figure. Not "discharged" or "admitted to hospital": soldiers are
    // discharged from the army, and flu patients admitted every winter; review 26 F2.)
    "rushed to hospital", "rushed to hospitals", "rushed to a hospital", "rushed to the hospital", "moved to hospital",
    "moved to hospitals", "airlifted to hospital", "ferried to hospital", "discharged from hospital", "discharged from hospitals",
    "discharged from the hospital"
  ],
  abducted: [
    // Session 28: "some 40 festivalgoers dragged into Gaza", "dragged away by gunmen".
    "dragged into", "dragged away", "dragged off",
    // Session 31: "90 were carried off to the hills as hostages" (not "carried off by the floodwaters", "out to sea").
    "carried off to", "carried off into",
    // Session 32: "gunmen boarded the rig before dawn and took away nine workers" (not "took away their phones": a
    // count of people must follow, and the category is read only for counts).
    "took away", "taking away", "takes away",
    "abduct*", "kidnap*", "taken hostage", "taken captive", "taken into captivity", "taken to Gaza", "seized", "seizing", "seize",
    "snatched", "captured", "hostage-taking",
    // "Those taken included the mayor, two Dutch nationals and six farm workers": the list is of the abducted
    // (with its verb only: "those taken to hospital" are patients).
    "those taken were", "those taken are", "those taken include", "those taken included"
  ],
  hostages_held: ["remain", "remains in", "remaining", "still held", "held", "being held", "in captivity", "holding", "hold", "captive", "alive"],
  hostages_released: [
    "releas*", "freed", "free", "frees", "freeing", "set free", "handed over", "hand over", "hands over", "handing over", "returned", "return", "returns",
    "exchang*", "swap*", "let go", "liberated", "repatriated", "came home", "come home",
    // Session 31: a freedom sought or won for people, "had sought freedom for the three citizens still in Gaza" (the
    // modality column says it was sought).
    "freedom for",
    "brought home", "brought back", "bring home", "bringing home",
    "returning home", "returned home", "return home", "returns home", "are returning", "were returning", "back home",
    // "the army gets back 60 soldiers from captivity" ("got back to work" is in NOT_CUES)
    "gets back", "get back", "got back", "getting back",
    // "412 detainees went home in a similar swap", "flown home on Tuesday", "were reunited with their families"
    "went home", "go home", "goes home", "going home", "flown home", "flew home", "flown back", "reunited",
    // Session 31: "All but two of the seven were back with their families on Wednesday night".
    "back with their families", "back with their relatives", "back with their loved ones",
    // "Fourteen of the villagers are home": a copula with "home" is a return (round 22), and so is a
    // reported one ("the envoy said the nine pilots would be home by Easter"). Not the past "were home"
    // ("Five of the parents were home when the gunmen came": where they were): review 22, F1.
    "are home", "are now home", "are safely home", "are finally home", "will be home", "would be home",
    // "handed three hostages to the Red Cross" (handing out, down or in is no transfer: see NOT_CUES)
    "handed",
    // "in the swap, the other side sent back 12 of its nationals": a return told from the releasing side (without
    // swap or custody words around, "sent back 40 migrants" finds no release kind and stays other)
    // Session 32: a crossing out of the place of captivity, in a story of a release ("The two nurses crossed out of the
    // Sahel on Tuesday"; without a release around, it finds no release kind and stays other).
    "crossed out of",
    // Session 32: freed people coming home by air, in a story of a release ("The two Kenyans landed at the capital's
    // airport early on Wednesday"; a plane's passengers landing in a crash story find no release kind).
    "landed at", "landed in", "touched down at", "touched down in",
    // Session 32: a handover told by who collected them ("the two nurses were collected by Red Cross vehicles").
    "collected by the red cross", "collected by red cross", "picked up by the red cross", "picked up by red cross",
    "handed to the red cross", "transferred to the red cross", "collected by the icrc", "handed to the icrc",
    // Session 33: "were passed to Red Cross officials on Monday".
    "passed to the red cross", "passed to red cross", "passed to the icrc",
    "sent back", "send back", "sends back", "sending back", "handed back", "hand back", "hands back", "handing back"
  ],
  hostages_dead: ["bodies", "body", "remains of", "deceased", "dead", "killed", "died", "slain", "murdered", "corpses"],
  displaced: [
    // "flee", "flees", "fleeing" spelled out: "flee*" also read "fleet" ("supplies 9,000 sailors to the fleet").
    "displac*", "evacuat*", "fled", "flee", "flees", "fleeing", "homeless", "refugees", "refugee", "uprooted", "forced from their homes",
    "left homeless", "driven from", "sheltering", "in shelters", "evacuees",
    // "forcing 4,000 people to leave their homes", "spent the night in tents", "arrived in camps"
    "leave their homes", "left their homes", "from their homes", "forced from", "forced out of their homes", "leaving their homes", "fled their homes", "lost their homes",
    "in tents", "in camps", "in relief camps", "in makeshift", "in temporary shelters", "in emergency shelters",
    "spent the night outdoors", "spent the night outside", "sleeping outdoors", "sleeping outside",
    // Session 30: evacuations told by how people were taken out ("340 villagers have been airlifted out", "another 600
    // were moved out by road", "40 people have been lifted out of the valley"), and shelters reached. Not "flown out of":
    // freed captives are flown out of a country ("Nine freed engineers were flown out of Niamey").
    "airlifted out", "lifted out of", "moved out of", "moved out by", "forced into shelters",
    "to relief camps", "into relief camps", "to shelters", "into shelters",
    // Session 31: an airlift counted over time or to safety ("350 residents have been airlifted since Sunday"; not
    // "airlifted to <city>", which is where crash survivors go), people escorted out of danger, staying in schools or
    // with relatives, and leaving for fear of attack ("over 300 villagers left for the coast, fearing reprisals").
    "airlifted since", "airlifted so far", "airlifted to safety", "airlifted off", "escorted out", "staying in schools", "staying in churches", "staying with relatives",
    "fearing reprisals", "fearing reprisal", "fearing attacks", "fearing further attacks",
    // Session 31: people who fled and have not come back ("nearly 100 have not yet returned", "26,000 people have been
    // unable to return to their homes"): still displaced. The negated "returned" alone is dropped (negated-cues.ts).
    "not yet returned", "yet to return", "unable to return", "cannot return", "could not return", "not been able to return",
    // "Some 3,000 people sought refuge in schools after the flood".
    "sought refuge", "seeking refuge", "took refuge", "taking refuge", "taken refuge",
    // Session 33: an evacuation order obeyed ("About 12,000 people were ordered out of the town"), and nights in a
    // shelter told by its building ("some 800 are sleeping in school gyms").
    "ordered out of", "ordered to leave", "ordered from their homes", "sleeping in school", "sleeping in gyms", "sleeping in churches", "sleeping in mosques",
    // Round 34: a move out told with the danger it escapes or the night it took, as a headline's bare count has it
    // ("Two dead, 9,000 moved out as fire rages", "1,500 moved out overnight"); not a bare "moved out" ("300
    // residents moved out last year" is a migration) nor one "as rents rose".
    "moved out overnight", "moved out as fire", "moved out as the fire", "moved out as flames", "moved out as wildfire",
    "moved out as floods", "moved out as flood", "moved out as floodwaters", "moved out as the river", "moved out as waters",
    "moved out as the storm", "moved out as smoke", "moved out as the blaze", "moved out as the dam"
  ],
  // Things that happen to people that are none of the above: they stop a farther cue from applying
  // ("dozens were still missing and the death toll could rise" — the dozens are missing, not dead).
  other: [
    // "seventeen of them have been found alive": survivors, told by how they were found.
    "found alive", "pulled out alive", "pulled alive", "brought out alive",
    // Session 31: people picked up at sea or in the street ("a patrol boat picked up nine more people before dawn and
    // later recovered the bodies": the nine are survivors, the bodies the dead).
    "picked up",
    "missing", "survived", "rescued", "arrested", "trapped", "unaccounted for", "stranded", "protested", "marched",
    "gathered", "attended", "carrying", "charged with", "were charged", "convicted", "sentenced",
    "involved in", "taking part", "took part", "deployed", "sent", "mobilised", "mobilized", "employed", "employs",
    // "held a meeting with two leaders": holding an event is not holding people.
    "held a", "held an", "held talks", "holding a", "holding an", "holding talks", "hold a", "hold an", "hold talks"
  ]
};

/**
 * Round 34 (figures/category.ts): what people "in need of" ends their phrase with ("maize for nearly 12,000 people in
 * need of food aid"): people counted by their need, other, whoever else the sentence names.
 */
export const NEED_OBJECTS: string[] = ["aid", "assistance", "help", "food", "shelter", "support", "relief", "protection"];

/**
 * "other" cues that only tell a group's past (an arrest or a trial): a part of a held or freed count named with
 * them ("among them five officers arrested in 2021") is still held or freed like the whole.
 */
export const ARREST_PAST_CUES: string[] = ["arrested", "sentenced", "convicted", "charged with", "were charged"];

/** Head nouns that decide the category by themselves (before cues are weighed). Lower case. */
export const HEAD_CATEGORY: Record<string, FigureCategory> = {
  deaths: "killed", dead: "killed", fatalities: "killed", homicides: "killed", murders: "killed", killings: "killed", martyrs: "killed", lives: "killed", bodies: "killed",
  body: "killed", injured: "wounded", missing: "other", wounded: "wounded", displaced: "displaced", refugees: "displaced",
  refugee: "displaced", evacuees: "displaced", homeless: "displaced"
};

/** Extra abduction cues that only apply to hostage heads ("taking dozens of hostages"). */
export const HOSTAGE_TAKING_CUES: string[] = ["taking", "took", "taken", "take"];

/** Extra release cues that only apply to hostage heads: rescued hostages are freed ("troops rescued 6 other hostages"); rescued people stay "other". */
export const HOSTAGE_RESCUE_CUES: string[] = ["rescued", "rescuing", "rescue of", "rescue"];

/** Held cues strong enough to make generic people hostages without other hostage words ("the two Russians being held"). */
export const STRONG_HELD_CUES: string[] = [
  "being held", "still held", "in captivity", "held captive", "held hostage", "kept captive", "kept hostage",
  "still being held", "remain in captivity", "held in captivity",
  // "the rebels are holding more than 30 people", "all but 12 of them are still in custody"
  "are holding", "is holding", "were holding", "was holding", "still holding", "still in custody", "remain in custody",
  "remained in custody", "still in Russian custody", "still in Ukrainian custody", "still in Israeli custody"
];

/**
 * Verbs of captives getting away by themselves, as the count's own verb ("Four workers later escaped through a window",
 * "Another four captives managed to escape"): freed abductees in a story about hostages (see category.ts
 * escapedCaptives), an escape from prison or from a flood otherwise.
 */
export const ESCAPE_VERBS: string[] = ["escaped", "escape", "broke free", "slipped away", "got away", "fled their captors", "fled captivity"];

/**
 * Words that can start an escape told as the count's own verb (category.ts ESCAPED_AFTER): the escape verbs' first
 * words ("escaped", "broke free", "slipped away", "got away", "fled captivity"), the auxiliaries before them
 * ("have escaped", "were able to escape") and the adverbs the pattern allows ("also", "later": "two later escaped"),
 * and "managed" ("managed to escape"). A count followed by any other word skips the regex (speed).
 *
 * @example ESCAPE_FIRST_WORDS.includes("slipped") // true ("slipped away")
 */
export const ESCAPE_FIRST_WORDS: string[] = ["escaped", "escape", "broke", "slipped", "got", "fled", "have", "had", "has", "also", "later", "managed", "were"];

/**
 * What follows an escape from harm, not from captivity: "escaped death", "escaped the attack unhurt", "escaped
 * unharmed" (review 12). "with" + wounds is in category.ts ("escaped with gunshot wounds").
 */
export const ESCAPE_HARM_WORDS: string[] = [
  "death", "injury", "injuries", "harm", "unhurt", "unharmed", "unscathed", "serious injury", "the attack", "the raid",
  "the ambush", "the blast", "the explosion", "the fire", "the flames", "the shooting", "the assault", "the violence",
  "the massacre", "the flood", "the floods", "the crash", "the collapse"
];

/** Holding verbs before a state holder: "14 fighters held by the police", "30 members jailed in state prisons". */
export const STATE_HOLD_VERBS: string[] = ["held", "detained", "jailed", "imprisoned", "kept"];

/** Nouns of places that a state word only modifies: "a disused police station", "an abandoned army camp" (review 12). */
export const STATE_PLACE_NOUNS: string[] = [
  "station", "stations", "camp", "camps", "base", "bases", "barracks", "post", "posts", "compound", "building", "outpost",
  "checkpoint", "headquarters", "school", "academy", "hospital", "depot"
];

/**
 * Verbs of commanding a force, right before its count: "the warlord commands some 300 gunmen", "leads some
 * 300 men". The count is the force's size (other), whatever release or attack the sentence tells next.
 */
export const COMMAND_VERBS: string[] = [
  "commands", "commanded", "commanding", "leads", "led", "leading", "heads", "headed", "controls", "controlled", "has under him",
  "has under his command", "boasts"
];

/** Heads of an armed force that COMMAND_VERBS count ("commands 200 fighters"; not "led 30 hostages to safety"). */
export const FORCE_HEADS: string[] = [
  "fighters", "men", "gunmen", "militants", "troops", "soldiers", "members", "followers", "rebels", "insurgents", "bandits",
  "loyalists", "recruits", "militiamen", "combatants", "guerrillas", "armed men"
];

/**
 * Who holds people as a state does, after "held by/in" right after a count: their release is a prisoner release
 * ("demanded the release of 14 of his fighters held by the army", "… of 30 members held in state prisons").
 */
export const STATE_HOLDERS: string[] = [
  "police", "army", "military", "authorities", "government", "security services", "security forces", "department", "ministry",
  "intelligence", "intelligence services", "secret police", "prison", "prisons", "jail", "jails", "custody", "detention", "the state",
  "troops", "junta", "regime"
];

/**
 * A release on bail, right after the count ("six activists were released on bail") or after its object ("released 12
 * activists on bail"): a court lets people go, so it is a prisoner release whatever the article is about.
 */
export const BAIL_PHRASES: string[] = ["on bail", "on bond", "on parole"];

/** Head nouns of hostages: category chosen among hostages_* and abducted. */
export const HOSTAGE_NOUNS: string[] = ["hostages", "hostage", "captives", "captive", "abductees", "abductee"];

/** Head nouns of prisoners: released/freed/exchanged → prisoners_released. */
export const PRISONER_NOUNS: string[] = [
  "prisoners", "prisoner", "detainees", "detainee", "inmates", "inmate", "convicts", "political prisoners"
];

/** Words in the sentence that make a freed/released count one of hostages when the head noun is generic. */
export const HOSTAGE_CONTEXT: string[] = ["hostage*", "abduct*", "kidnap*", "abductees"];

/**
 * A hijacking takes the people on board hostage ("the hijackers let 40 passengers go", round 23), but only of a
 * vehicle that carries people (HIJACKED_VEHICLES in the same sentence) and not where the police hold people
 * (PRISONER_CONTEXT, HIJACK_POLICE_CUES): "hackers hijacked the ministry's website" or "police detained 20 passengers
 * for questioning after the hijacking of the bus" are no hostage story (mend 23 F8; figures/hijack.ts).
 */
export const HIJACK_WORDS: string[] = ["hijack*", "skyjack*"];

/** Vehicles with people on board that a hijacking takes hostage (with HIJACK_WORDS in the sentence). */
export const HIJACKED_VEHICLES: string[] = [
  "plane", "planes", "aircraft", "airliner*", "jet", "jets", "jetliner*", "flight", "flights", "bus", "buses", "minibus*",
  "coach", "coaches", "ferry", "ferries", "ship", "ships", "vessel*", "boat*", "train", "trains", "tanker*", "freighter*"
];

/** Police words that make people released in a hijacking sentence prisoners, not hostages (HIJACK_WORDS). */
export const HIJACK_POLICE_CUES: string[] = ["arrest*", "bail", "questioning", "questioned", "police custody"];

/**
 * Words that point to hostages less surely ("released from captivity" is said of prisoners of war too):
 * a release near them is the article's kind of release (article-context.ts), hostages when the article has none.
 */
export const WEAK_HOSTAGE_CONTEXT: string[] = [
  "captiv*",
  // "rebels freed 12 soldiers they had held for weeks"
  "they had held", "they had been holding", "they were holding", "they held"
  // (and days "in the hands of" a captor: figures/captor-hands.ts DAYS_IN_CAPTOR_HANDS)
];

/**
 * Being dead as a state, said of a bare count right after hostages were counted ("of the 50 hostages still
 * held, 20 are believed dead"): that count is hostages_dead, not a death toll.
 */
export const DEAD_STATE_CUES: string[] = [
  "believed dead", "presumed dead", "feared dead", "thought dead", "confirmed dead", "declared dead", "assumed dead",
  "believed to be dead", "presumed to be dead", "thought to be dead", "feared to be dead", "confirmed to be dead",
  "believed to have died", "presumed to have died", "thought to have died", "feared to have died",
  "believed killed", "presumed killed", "confirmed killed", "known to be dead", "no longer alive", "no longer be alive",
  "not be alive", "not alive"
];

/** Words in the sentence that make a freed/released count one of prisoners when the head noun is generic. */
export const PRISONER_CONTEXT: string[] = [
  "prisoner*", "detainee*", "inmate*", "jail*", "prison*", "detained", "detention", "custody", "pows", "prisoners of war"
];

/** Cues that keep a count of generic people (category "other") without a head noun: "two survived". */
export const OTHER_VERB_CUES: string[] = [
  "survived", "survive", "rescued", "missing", "arrested", "detained", "attended", "gathered", "protested",
  "marched", "walked out", "went on strike", "remain", "remained", "joined", "took part", "rallied", "stayed"
];

/**
 * Words of a death right before "in captivity" in a count's own predicate ("12 are believed dead in captivity", "four
 * died in captivity"): the dead were captives (figures/captivity-death.ts).
 */
export const DEATH_IN_CAPTIVITY_WORDS: string[] = ["dead", "died", "killed", "murdered", "executed", "perished"];

/**
 * Pronouns that may be the captor of a relative clause with no "that"/"whom" right after a count: "to free the nine
 * fishermen they still hold", "the 12 villagers it is holding" (figures/category.ts heldByPronounAfter).
 */
export const HOLDER_PRONOUNS: string[] = ["they", "it", "he", "she", "we"];

/**
 * What people "hold" when they are not holding anyone: "three hold Italian passports", "two who hold dual
 * citizenship", "40 hold seats". A count whose own verb takes one of these is not a figure of people held.
 */
export const STATUS_HOLD_OBJECTS: string[] = [
  "citizenship", "citizenships", "passport", "passports", "nationality", "nationalities", "residency", "residence permits",
  "visas", "visa", "seats", "seat", "office", "posts", "positions", "degrees", "shares", "stakes", "licences", "licenses",
  "titles", "records", "medals"
];

/** Day counts are captivity days only with one of these in the sentence ("after 498 days in captivity"). */
export const CAPTIVITY_CUES: string[] = [
  "captiv*", "hostage*", "held", "kept", "detained", "detention", "custody", "imprison*", "abduct*", "kidnap*",
  "freed", "releas*", "jailed", "incarcerat*", "tunnel*",
  // headlines: "After 300 days, the nurse is home"
  "is home", "are home", "back home", "came back", "come back", "returns home", "returned home", "comes home", "came home", "home at last",
  // "our two sailors have come home after 300 days"
  "come home", "coming home",
  // headlines without a verb: "Two nurses home after 300 days as Paris claims credit"
  "home after",
  // "walked free after 200 days" (not "walked out of": workers walk out of a factory, lawmakers out of parliament;
  // review 26 F4)
  "walked free", "walk free", "walks free"
];

/**
 * The relatives' days among NOT_CAPTIVITY_CUES ("campaigned for 200 days", "camped for 40 days outside the ministry").
 * Session 33: a day count the article states elsewhere as the captivity's length is read as that captivity even with
 * one of these ("We waited for 886 days": figures/gate.ts), not with the other cues ("the truce lasted 42 days").
 */
export const RELATIVES_DAYS_CUES: string[] = ["campaigned", "campaigning", "camped", "camping", "waited", "waiting", "vigil", "vigils", "protested", "protesting", "fasted", "fasting"];

/** Words that make a day count the length of something else ("a truce of 42 days"). */
export const NOT_CAPTIVITY_CUES: string[] = [
  "ceasefire", "cease-fire", "truce", "pause", "phase", "stage", "deal", "agreement", "plan", "deadline", "war",
  "offensive", "operation", "visit", "trip", "strike", "mourning", "quarantine", "campaign", "fighting", "siege",
  "hospital", "intensive care", "coma", "hunger strike",
  // "the trapped miners spent 9 days underground": trapped, not held
  "trapped", "miners", "cave",
  // the relatives' days, not the captive's: "campaigned for 200 days", "camped for 40 days outside the ministry"
  ...RELATIVES_DAYS_CUES,
  // a rate paid or given over days: "30 dollars per day for a fortnight", "a stipend for 60 days"
  "a day for", "per day for", "a week for", "per week for", "a month for", "per month for", "allowance", "stipend",
  // the go-between's days: "the priest bargained for ten days with the gang", "negotiated for nine days"
  "negotiated", "negotiating", "bargained", "bargaining", "haggled", "haggling"
];

/**
 * Phrases right after a day count that make it a long trip, not captivity: "the crew came home
 * after 180 days in orbit", "after 200 days of deployment". Read only after the count: "freed the
 * crew of a relief mission after 300 days" is still captivity.
 */
export const NOT_CAPTIVITY_AFTER: string[] = [
  "in orbit", "in space", "at sea", "of deployment", "on deployment", "on rotation", "on tour", "of touring",
  "on the mission", "of the mission", "on the voyage", "of the voyage", "on the expedition", "of the expedition",
  // "after 30 days of waiting, the families …"
  "of waiting", "of campaigning", "of protest", "of protests", "of talks", "of negotiations", "of uncertainty"
];

/** Head nouns of soldiers: an exchange or return of them is a prisoner release ("103 servicemen were returned"). */
export const SOLDIER_NOUNS: string[] = [
  "soldiers", "soldier", "servicemen", "serviceman", "servicemembers", "service members", "troops", "defenders",
  "marines", "sailors", "airmen", "conscripts", "reservists", "pows", "prisoners of war", "border guards",
  "guardsmen", "paratroopers"
];

/**
 * Words that make a return of soldiers a prisoner exchange ("have returned home through such exchanges");
 * without them only a passive "were returned" counts ("30 soldiers returned fire" is not a release).
 */
export const EXCHANGE_CONTEXT: string[] = [
  "exchang*", "swap*", "captiv*", "custody", "prisoner*", "pows", "repatriat*", "hostage*", "detention"
];

/** Release cues that mean an exchange or a return home: for soldiers always prisoners_released. */
export const EXCHANGE_CUES: string[] = [
  "returned", "return", "returns", "returning home", "returned home", "return home", "returns home", "are returning",
  "were returning", "back home", "came home", "come home", "repatriated", "handed over", "hand over", "handing over",
  "gets back", "get back", "got back", "getting back", "went home", "go home", "goes home", "going home", "flown home",
  "flew home", "flown back", "reunited", "sent back", "send back", "sends back", "sending back", "handed back", "hand back",
  "hands back", "handing back"
];

/**
 * Armed groups that are no state: people they free are their hostages ("a gang has released the engineers",
 * "freed by the militia on Friday"), whatever prisons or custody the story names; a state freeing people from
 * its prisons frees prisoners.
 */
export const CAPTOR_NOUNS: string[] = [
  "rebels", "rebel group", "rebel fighters", "militants", "militia", "militias", "militiamen", "gang", "gangs", "gangsters",
  "insurgents", "jihadists", "guerrillas", "guerrilla group", "kidnappers", "abductors", "captors", "bandits", "pirates",
  "gunmen", "armed group", "armed groups", "armed men", "terrorists", "Islamists", "cartel",
  // "20 days in the hands of an armed band", "of the hostage-takers"
  "band", "bands", "hostage-takers", "hostage takers", "criminal group", "criminal groups"
];

/**
 * State nouns that free people as a state does, as the subject right before a release verb and its count ("the
 * authorities released 60 protesters", "the government has freed some 40 Bolivians"): those freed are prisoners
 * (figures/state-release.ts; a country name works the same). Not "army", "troops", "police": they rescue hostages.
 */
export const STATE_RELEASERS: string[] = ["government", "authorities", "regime", "junta", "administration", "kingdom"];

/**
 * Members of an armed group that is no state: "the release of 20 of its members", "… of 30 jailed militants". A
 * release asked or won for them frees people a state holds (prisoners), unless captors hold them ("… held by the
 * militia"). See figures/extract.ts.
 */
export const ARMED_MEMBER_HEADS: string[] = [
  "fighters", "members", "militants", "comrades", "insurgents", "rebels", "commanders", "jihadists", "militiamen", "combatants",
  "guerrillas", "followers", "loyalists", "operatives", "cadres"
];

/**
 * Plights a state frees people from, not its jails, right after the count: "freed 40 miners trapped underground",
 * "30 tourists stranded by the floods" (figures/extract.ts: no prisoner release then).
 */
export const RESCUE_STATE_WORDS: string[] = ["trapped", "stranded", "buried", "marooned", "cut off", "held by", "run by"];

/** Nouns of a release before "of" and its count: "the release of 12", "the return of the 40" (figures/category.ts). */
export const RELEASE_NOUNS: string[] = ["release", "freeing", "return", "repatriation", "handover"];

/** Verbs that hold a release back, before "the <release noun> of" a count: "held up the release of nine villagers". */
export const HOLD_BACK_VERBS: string[] = [
  "delay", "delays", "delayed", "delaying", "block", "blocks", "blocked", "blocking", "stall", "stalls", "stalled", "stalling",
  "obstruct", "obstructs", "obstructed", "obstructing", "hold up", "holds up", "holding up", "held up", "prevent", "prevents",
  "prevented", "preventing"
];

/** Participles of a release before the noun of a list of the freed: "Among the repatriated Georgians were …". */
export const FREED_LIST_PARTICIPLES: string[] = ["freed", "released", "returned", "exchanged", "swapped", "repatriated"];

/** Verbs that open such a list: "The released detainees include …". */
export const FREED_LIST_VERBS: string[] = ["include", "included", "includes", "were", "are", "comprise", "comprised", "comprises"];

/** States after "are/were/remain still" that make a hostage count held now: "30 hostages are still held". */
export const STILL_HELD_STATES: string[] = ["held", "being held", "in captivity", "captive"];

/** Active release verbs of a state right before a count ("Peru released 40 Bolivians"; "set free" is read as "free"). */
export const STATE_RELEASE_VERBS: string[] = ["released", "freed", "releases", "frees", "free"];

/** Words between such a verb and its count: determiners and hedges the count phrase did not take. */
export const STATE_RELEASE_BEFORE_COUNT: string[] = [
  "the", "another", "some", "about", "around", "nearly", "almost", "over", "more", "than", "at", "least", "up", "to", "a", "further", "all"
];

/** Words between the state and its verb: auxiliaries, adverbs and a weekday ("Peru on Friday released"). */
export const STATE_RELEASE_BEFORE_VERB: string[] = [
  "has", "have", "had", "also", "then", "later", "finally", "reportedly", "already", "on", "set",
  "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "yesterday", "today", "overnight"
];

/** Lower-case words that may stand right before an armed member head: "20 of its members", "30 jailed militants". */
export const ARMED_MEMBER_PREMODIFIERS: string[] = ["their", "its", "his", "her", "own", "of", "jailed", "detained", "imprisoned", "captured", "arrested", "held"];

/** Head nouns of perpetrators: what they did ("gunmen seized …") is not what happened to them; only their own death or wounds count. */
export const PERPETRATOR_NOUNS: string[] = [
  "gunmen", "gunman", "attackers", "attacker", "assailants", "assailant", "kidnappers", "kidnapper", "abductors",
  "hijackers", "hijacker", "raiders", "captors", "bandits", "pirates",
  // Suspects stand beside the crime word they are suspected of, which is no victim category of theirs: "Police
  // questioned 15 suspects about the kidnapping of two nurses" are no abducted, "the three suspects fled" no
  // displaced; "Four suspects were shot dead" keeps killed (their own passive).
  "suspects", "middlemen",
  // Traders in crime, named by it: "police arrested 15 smugglers wanted for the kidnapping of …" are no abducted.
  // Not "collaborators": in conflict reports they are mostly the victims of reprisals ("executed 14 collaborators").
  "smugglers", "traffickers", "poachers", "looters",
  // Armed men and others who do the attacking ("About 50 commandos stormed the building, killing the kidnappers":
  // the killing is the kidnappers', not the commandos'); their own passive or a killing verb right before the count
  // still counts their death ("Twenty jihadists were killed", "troops killed 12 jihadists").
  "commandos", "militiamen", "jihadists", "snipers", "vigilantes", "separatists", "rioters", "hunters"
];

/**
 * Illnesses people are treated for that are no wounds (the guidelines' wounded are "treated in hospital for
 * injuries"): "more than 30 were treated in hospital for dehydration and cholera" counts no wounded.
 */
export const ILLNESSES: string[] = [
  "malnutrition", "malaria", "dehydration", "cholera", "exhaustion", "typhoid", "hypothermia", "fatigue", "starvation",
  "infections", "infection", "illness", "illnesses", "diarrhoea", "diarrhea", "measles", "pneumonia", "fever", "heatstroke",
  "heat stroke", "skin diseases", "disease", "diseases"
];

/** The treatment cues of CATEGORY_CUES.wounded that an illness after them (ILLNESSES) turns into care, not wounds. */
const TREATED_FOR: string[] = [
  "treated for", "treated in hospital for", "treated in hospitals for", "treated at hospital for", "in hospital for",
  "in hospitals for", "hospitalised for", "hospitalized for", "received treatment for", "receiving treatment for",
  "needed treatment for", "needed medical treatment for"
];

/** Every TREATED_FOR phrase before every illness: longer than the wounded cue inside it, so it hides that cue. */
function treatedForIllness(): string[] {
  const out: string[] = [];
  for (const t of TREATED_FOR) for (const ill of ILLNESSES) out.push(`${t} ${ill}`);
  return out;
}

/** Phrases that contain a cue word but signal nothing: "an exchange of fire" is fighting, not a swap. */
export const NOT_CUES: string[] = [
  "exchange of fire", "exchanges of fire", "exchanged fire", "exchanging fire", "exchange fire", "exchange of strikes",
  "exchange of missile", "exchange of missiles", "exchanges of missile", "exchange of blows", "exchanged blows",
  "exchange of views", "exchanged views", "exchange of letters", "exchange rate", "exchange rates", "stock exchange",
  "returned fire", "return fire", "returning fire",
  // "the camps are home to 40,000 people": housing people is no return ("are home" alone is: round 22)
  "are home to", "were home to", "is home to", "was home to", "are now home to", "will be home to", "would be home to",
  // "Two of the teachers are home sick", "are home alone", "are home when the gunmen come": where they are (review 22, F1)
  "are home sick", "are home alone", "are home when",
  // "would be home by now if the road were open": a counterfactual, no return (review 22, F2)
  "would be home by now", "would be home if", "would now be home",
  // "200 dockers got back to work": going back somewhere is no release
  "got back to", "get back to", "gets back to", "getting back to", "got back on", "get back on",
  // "handed down sentences to 12 protesters", "handed out food to 300 families": no transfer of people
  "handed down", "handed out", "handed in", "handed a", "handed an", "handed back power", "handed power",
  // Publishing, not freeing: "the group released a video of the three nurses", "police released the names of 12 victims"
  "released a video", "released videos", "released a statement", "released footage", "released a photo", "released photos",
  "released images", "released a list", "released the names", "released figures", "released a report", "released data",
  "releases a video", "releasing a video",
  // The doers, not what happened to the people counted: "the kidnappers hold 9 hostages" is no abduction cue.
  "kidnapper", "kidnappers", "abductor", "abductors", "captor", "captors", "killer", "killers",
  // Care for an illness is no wound: "30 were treated in hospital for dehydration" (see ILLNESSES).
  ...treatedForIllness()
];

/**
 * Verbs of a pardon or amnesty right before a count: "the president pardoned four activists", "a decree pardoned all
 * but 9 of the jailed students". A pardon frees people a state jailed: prisoners (figures/pardon.ts).
 *
 * @example PARDON_VERBS.includes("amnestied") // true ("amnestied 40 protesters")
 */
export const PARDON_VERBS: string[] = ["pardoned", "pardons", "pardon", "pardoning", "amnestied", "commuted the sentences of"];

/** Words before a pardon verb that deny or only suppose it: "refused to pardon", "could not pardon", "if he pardons" (review 15). *
 * @example PARDON_DENIALS.includes("refused to") // true ("refused to pardon 12 soldiers")
 */
export const PARDON_DENIALS: string[] = [
  "not", "never", "refused to", "refuses to", "refuse to", "declined to", "declines to", "cannot", "if", "unless", "would not", "will not"
];

/**
 * Shares before "of" and a count: "half of the 900 villagers died", "two thirds of the 30 crew drowned": the
 * count is the base the share is taken of, no count of the dead or freed itself (figures/pardon.ts shareOfBefore).
 *
 * @example SHARE_WORDS.includes("half") // true ("half of the 900 villagers")
 */
export const SHARE_WORDS: string[] = [
  "a quarter", "a third", "a fifth", "a tenth", "half", "one quarter", "one third", "one fifth", "two thirds", "three quarters",
  "percent", "per cent", "%", "a fraction", "a majority", "the majority", "most"
];

/**
 * Verbs of asking someone to free people, before the one asked (figures/request-release.ts): "the envoy asked the
 * militia to free 12 villagers" (the militia frees: hostages), "the bishop urged the government to release 40
 * detainees" (the state frees: prisoners).
 *
 * @example REQUEST_VERBS.includes("urged") // true ("urged the government to free 40 activists")
 */
export const REQUEST_VERBS: string[] = [
  "asked", "asks", "ask", "urged", "urges", "urge", "called on", "calls on", "call on", "pressed", "presses", "press", "begged",
  "begs", "appealed to", "appeals to", "pleaded with", "pleads with", "implored", "pressured", "pushed"
];

/**
 * The word that marks people whose release is asked for as still held, in a hostage story ("urged the kidnappers to
 * release the three remaining teachers", round 23; only under such a request since mend 23 F9: "the remaining 40
 * passengers were allowed to leave" were freed). Its spelling in lower case.
 */
export const REMAINING_WORD = "remaining";

/** Release verbs after "to" in such a request: "asked the gang to free", "to release", "to hand over", "to set free". *
 * @example REQUEST_RELEASE_VERBS.includes("hand over") // true ("asked the gang to hand over 12 villagers")
 */
export const REQUEST_RELEASE_VERBS: string[] = ["free", "release", "hand over", "set free", "let go"];

/**
 * Hedges that may stand between a requested release verb and its count ("to release at least 12", "to free all the
 * 30 pupils"), in the order the request regex tries them.
 *
 * @example REQUEST_HEDGES.includes("at least") // true
 */
export const REQUEST_HEDGES: string[] = ["the", "another", "all", "some", "about", "around", "nearly", "at least", "up to", "more than"];

/**
 * Words of a state body in an organisation's name: "asked the Interior Ministry to release 40 detainees" asks a state
 * (prisoners), while an organisation without them asked to free people is most often an armed group holding them
 * (figures/request-release.ts).
 *
 * @example STATE_BODY_WORDS.includes("ministry") // true ("asked the Interior Ministry to free …")
 */
export const STATE_BODY_WORDS: string[] = [
  // go-betweens, not captors: "asked the Red Cross to hand over 12 children to their parents" (review 15)
  "red cross", "red crescent", "united nations", "committee", "commission", "foundation", "charity", "church", "mission",
  "ministry", "government", "court", "police", "army", "service", "department", "council", "authority", "authorities",
  "office", "cabinet", "parliament", "presidency", "prosecutor", "judiciary", "guard", "forces", "navy", "agency"
];

/**
 * Conjunctions between the items of a breakdown list (figures/breakdown.ts LIST_GAP): "30 drivers and 11 cooks",
 * "12 nurses or doctors", "40 farmers plus 3 teachers".
 *
 * @example LIST_CONJUNCTIONS.includes("plus") // true
 */
export const LIST_CONJUNCTIONS: string[] = ["and", "or", "plus"];

/**
 * Places people go back to after fleeing, not after captivity: "600,000 people have returned to their districts",
 * "villagers are returning to their villages". A return there takes no release kind from the article alone
 * (figures/category.ts returnToPlace); with captivity words in the sentence it still is a release ("freed from jail,
 * the 12 fishermen returned to their villages"). "their homes" is left out: freed captives "returned to their homes".
 *
 * @example RETURN_PLACES.includes("districts") // true ("have returned to their districts")
 */
export const RETURN_PLACES: string[] = [
  "districts", "district", "villages", "village", "towns", "town", "areas", "area", "neighbourhoods", "neighborhoods",
  "regions", "communities", "lands", "land", "farms", "fields", "provinces", "localities", "settlements"
];

/**
 * Release participles in a count's own phrase that make "still in <Place>" a stay of freed people, no captivity:
 * "Eight freed hostages are still in Khartoum" (figures/category.ts copulaStillHeld).
 */
export const STILL_IN_PLACE_RELEASED_LABELS: string[] = ["freed", "released", "rescued", "liberated", "returned", "former", "repatriated", "pardoned"];

/**
 * Release words told after "still in <Place>" in the same sentence (not after "to"): "Four hostages were still in the
 * Sahel when troops freed them", "… still in Cairo, recovering after their release".
 */
export const STILL_IN_PLACE_RELEASED_AFTER: string[] = ["freed", "released", "release", "rescued", "liberated", "freeing", "rescue", "handed over"];

/**
 * Words that may follow "they (still) hold" / "it is holding" and still end its relative clause: "the nine fishermen
 * they still hold and the crew", "the 14 villagers it is holding as hostages". Any other word is hold's complement
 * ("they hold responsible", "it holds in reserve", "they hold talks with", "they hold dear"): no captivity.
 */
export const HOLD_CLAUSE_END_WORDS: string[] = ["and", "but", "or", "while", "until", "since", "captive", "captives", "hostage", "hostages", "prisoner", "prisoners"];

/**
 * Lawful holders as a sentence's first words: what they hold is custody or a unit, no hostages ("Police said the 12
 * men they are holding would be charged", "The army said the 20 soldiers it holds …").
 */
export const LAWFUL_HOLDER_SUBJECTS: string[] = ["police", "army", "military", "court", "courts", "prosecutors", "prison", "jail", "officers", "investigators", "judge"];

/**
 * Words before "hands" that name care, not a holder: "four patients remain in safe hands" is no captivity ("in rebel
 * hands", "in the militia's hands" are; figures/category.ts HELD_AFTER).
 */
export const CARE_HANDS: string[] = ["safe", "good", "capable", "caring", "expert", "trusted", "skilled", "loving", "experienced", "professional", "right"];

/**
 * Heads of a count of kin ("About 200 relatives of the kidnapped students marched"): before "of", the count is of
 * the relatives, so the captives' or victims' words in the "of" phrase are not its category; only a cue before the
 * count or in the kin's own predicate is ("gunmen killed 12 relatives of the mayor", "12 relatives of the mayor were
 * abducted"). Plural, lowercase (figures/category.ts kinOfCategory).
 */
export const KIN_COUNT_HEADS: string[] = [
  "relatives", "family members", "parents", "mothers", "fathers", "wives", "husbands", "widows", "siblings",
  "loved ones", "kin", "kinsmen", "next of kin"
];


/**
 * Quantity words that open a part's aside after a count, besides numbers: "12 captives, two of them dead", "40
 * hostages, about a dozen of them believed dead", "the crew, most of whom were freed" (figures/part-aside.ts).
 */
export const PART_ASIDE_QUANTITY_WORDS: string[] = [
  "all", "both", "each", "most", "many", "some", "several", "none", "half", "few", "a few", "a dozen", "dozens", "a handful", "at least",
  "about", "around", "nearly", "almost", "more than", "over", "up to", "fewer than", "less than", "roughly", "perhaps", "another"
];

/**
 * "other" cues that, right after the counted noun and before the count's own verb, only describe the people
 * ("Seven soldiers deployed to the border were killed", "Nine drivers carrying fuel were killed"): the verb after
 * them decides (figures/reduced-relative.ts). An arrest or a trial is left out ("ten men charged with the
 * kidnapping were released on bail" stays other).
 */
export const REDUCED_RELATIVE_OTHER_CUES: string[] = [
  "carrying", "deployed", "sent", "mobilised", "mobilized", "employed", "taking part", "involved in", "trapped", "stranded", "gathered", "attended"
];

/** Clause words that end a describing participle's phrase before a verb (figures/reduced-relative.ts). */
export const REDUCED_RELATIVE_BREAKS: string[] = [
  "where", "when", "after", "before", "while", "as", "and", "but", "or", "who", "whom", "which", "that", "until", "because", "since", "if", "then", "so"
];

/**
 * "other" words in a count's label that tell the people's past: a death or a wound told after the group outweighs
 * them ("Nine of the rescued miners were injured" → wounded; figures/category.ts labelOutweighed). Not "missing"
 * ("the missing men are feared dead" stay missing).
 */
export const LABEL_PAST_OTHER_WORDS: string[] = ["rescued", "trapped", "stranded", "evacuated"];

/**
 * Words that may stand between a negation and the cue it negates: "have not been released", "has not yet
 * returned", "were never formally freed" (figures/negated-cues.ts).
 */
export const NEGATION_GAP_WORDS: string[] = ["yet", "been", "be", "being", "have", "has", "had", "ever", "once", "even", "actually", "formally", "officially", "all", "so", "far", "fully"];

/**
 * Heads of people counted by who they are, not what happened to them, that a hostage story leaves "still in <place>"
 * as captives: "At least two other Chilean nationals are still in the jungle", "four more people with Chilean
 * citizenship remain in the enclave" (figures/still-there.ts). Lowercase.
 */
export const STILL_THERE_HEADS: string[] = ["nationals", "citizens", "people", "persons", "others", "holders", "passport holders", "dual nationals", "foreigners"];

/** Words of the count's label, or its hedge, that say the people are of a nation or more of people already counted ("other", "more", "another"). Lowercase. */
export const STILL_THERE_LABEL_WORDS: string[] = ["citizenship", "citizens", "nationals", "passport", "passports", "other", "more", "another", "a further", "further", "an additional", "additional"];

/** Places a hostage story's captives remain in, after "in the": "remain in the enclave". Lowercase. */
export const STILL_THERE_PLACES: string[] = ["enclave", "strip", "territory", "tunnels", "jungle", "forest", "bush", "hills", "mountains", "desert"];

/**
 * Session 32 (figures/moved-away.ts): heads of people a move out of danger makes displaced ("officials moved 300
 * residents to a school", "1,000 tourists have been moved to the valley"). Not patients, staff or prisoners, whom
 * a move takes between sites.
 */
export const MOVED_AWAY_HEADS: string[] = [
  "residents", "villagers", "inhabitants", "families", "households", "people", "tourists", "visitors", "pilgrims", "hikers",
  "trekkers", "climbers", "campers", "holidaymakers", "travellers", "travelers", "motorists", "drivers", "passengers",
  "pupils", "students", "children", "locals", "dwellers", "farmers", "herders", "fishermen", "workers"
];

/**
 * Round 34 (figures/extract.ts): injuries a part is treated for, told with no verb after "N of them for" ("where 21
 * injured workers are being treated, eleven of them for severe burns"): the aside is of the wounded whole. Not
 * "shock" (freed captives are treated for shock and are not wounded). Only injuries that are wounded cues themselves
 * (CATEGORY_CUES wounded: "burns", "injur*"): the part's category comes from that cue.
 */
export const TREATED_FOR_INJURIES: string[] = ["burns", "injuries", "injury"];

/** Session 32 (figures/membership.ts): heads of a group's size ("the gang has 4,000 members", "a militia with 2,000 fighters"). */
export const MEMBERSHIP_HEADS: string[] = ["members", "fighters", "followers", "supporters", "militants", "combatants", "adherents", "affiliates", "recruits", "employees", "staff"];

/**
 * Session 33: verbs that carry people off when they stand right before the count and "into" or "(back) to" a named
 * place follows it: "dragged 251 people into Gaza", "carried 40 captives back to Velm", "took 30 villagers into the
 * Nuba hills" → abducted (figures/extract.ts carriedInto). Lowercase.
 */
export const CARRYING_OFF_VERBS = ["dragged", "carried", "took", "hauled", "spirited", "marched", "herded"];
/**
 * Session 33: carriers whose trips are no abduction: "The bus took 45 passengers to Kathmandu", "the ferry carried 300
 * people to Lombok". Any of them before the count stops CARRYING_OFF_VERBS. Lowercase.
 */
export const CARRYING_VEHICLE_WORDS = ["bus", "buses", "coach", "ferry", "ferries", "boat", "boats", "ship", "ships", "vessel", "plane", "planes", "flight",
  "flights", "aircraft", "train", "trains", "truck", "trucks", "lorry", "van", "helicopter", "helicopters", "airline", "airlift", "convoy", "ambulance", "ambulances"];
