/**
 * Head nouns that make a number a count of people ("8,600 people", "12 Colombian hostages").
 * Data for src/pipeline/figures/group.ts. Lower case, singular and plural.
 * Capitalised plurals with a demonym ending ("Palestinians", "Israelis", "Ukrainians") are also
 * accepted by rule (see DEMONYM_ENDINGS), so national groups need no list.
 */
export const PERSON_NOUNS: string[] = [
  "people", "person", "persons", "individuals", "individual", "civilians", "civilian", "residents", "resident",
  "inhabitants", "citizens", "citizen", "nationals", "national", "soldiers", "soldier", "troops", "servicemen",
  "serviceman", "servicemembers", "servicemember", "service members", "reservists", "reservist", "officers", "officer",
  "policemen", "policeman", "police officers", "fighters", "fighter", "militants", "militant", "combatants", "gunmen",
  "insurgents", "rebels", "terrorists", "hostages", "hostage", "captives", "captive", "abductees", "abductee",
  "detainees", "detainee", "prisoners", "prisoner", "inmates", "inmate", "convicts", "children", "child", "kids",
  "babies", "baby", "infants", "infant", "minors", "minor", "teenagers", "teenager", "teens", "youths", "adults",
  "women", "woman", "men", "man", "girls", "girl", "boys", "boy", "elderly", "pensioners", "workers", "worker",
  "employees", "staff", "staffers", "doctors", "doctor", "nurses", "medics", "paramedics", "journalists",
  "journalist", "reporters", "volunteers", "students", "student", "pupils", "teachers", "passengers", "passenger",
  "crew members", "crewmembers", "members", "migrants", "migrant", "refugees", "refugee", "asylum seekers",
  "evacuees", "survivors", "survivor", "victims", "victim", "casualties", "fatalities", "deaths", "dead", "bodies",
  "body", "martyrs", "patients", "pilgrims", "tourists", "visitors", "worshippers", "protesters", "protestors",
  "demonstrators", "miners", "farmers", "fishermen", "sailors", "seafarers", "settlers", "jews", "muslims",
  "christians", "arabs", "bedouins", "druze", "kurds", "turks", "britons", "filipinos", "gazans", "injured",
  "wounded", "displaced", "missing", "homeless", "others", "guards", "firefighters", "rescuers", "climbers",
  "peacekeepers", "mercenaries", "conscripts", "recruits", "hikers", "fans", "spectators", "voters", "athletes",
  "mourners", "relatives", "family members", "dual nationals", "dual citizens", "foreigners", "foreign nationals",
  "aid workers", "humanitarian workers", "health workers", "medical workers", "lives", "villagers", "villager",
  "townspeople", "locals", "shoppers", "commuters", "motorists", "drivers", "pedestrians", "diplomats", "lawmakers",
  "activists", "prisoners of war", "pows", "servicepeople", "marines", "sailors", "airmen", "guerrillas", "schoolchildren",
  "orphans", "newborns", "elders", "monks", "nuns", "priests", "clergy", "employees", "contractors", "laborers", "labourers",
  "personnel", "crew", "crews", "defenders", "guardsmen", "paratroopers", "rescue workers", "staff members", "leaders",
  "captors", "kidnappers", "attackers", "assailants", "bandits", "pirates", "hijackers", "raiders", "officials",
  "delegates", "representatives", "ministers", "experts", "engineers", "specialists", "divers", "coastguards",
  // Relatives counted as people ("into the arms of their two daughters"); "a father of two sons" stays a family
  // descriptor (figures/exclusions.ts).
  "daughters", "sons", "brothers", "sisters", "siblings", "grandchildren", "grandsons", "granddaughters", "cousins",
  "nephews", "nieces", "wives", "husbands", "parents",
  // Regional plurals that no demonym ending catches ("holds 30 to 40 Westerners").
  "westerners", "easterners", "northerners", "southerners", "islanders", "highlanders", "lowlanders", "expatriates", "expats",
  // People counted by whom they are with or for ("freed along with three colleagues", "holding 300 of its supporters").
  "colleagues", "colleague", "co-workers", "coworkers", "companions", "comrades", "friends", "neighbours", "neighbors",
  "supporters", "followers", "loyalists", "partisans", "opponents", "dissidents", "critics",
  // Occupations and public roles ("six politicians held since 2018", "two security sources said").
  "politicians", "lawyers", "judges", "businessmen", "businesspeople", "academics", "scientists", "researchers",
  "professors", "clerics", "imams", "bloggers", "photographers", "cameramen", "musicians", "artists", "writers",
  "sources", "witnesses", "eyewitnesses", "negotiators", "mediators", "envoys", "senators", "deputies", "mayors",
  "guides", "porters", "herders", "shepherds", "traders", "merchants", "truckers", "chauffeurs", "technicians", "mechanics",
  "stewards", "marshals", "ushers", "security guards", "bodyguards", "cleaners", "cooks", "waiters", "vendors", "hawkers",
  "apprentices", "interns", "trainees", "cadets",
  // Those in a building or at a scene ("210 guests were brought out", "14 bystanders were injured"), and staff by rank
  // like "employees" ("six executives of the firm were kidnapped"). Not customers, directors, owners, participants,
  // attendees or diners: their counts are mostly a market's, a board's or a hall's size ("3 million customers",
  // "a board of 12 directors", "seats 200 diners"), not people in an event (review 27 F3).
  "guests", "occupants", "holidaymakers", "bystanders", "onlookers", "tenants", "managers", "executives",
  // Session 28: people at an outing or a festivity ("some 40 festivalgoers were dragged away", "12 skiers buried").
  "festivalgoers", "festival-goers", "concertgoers", "concert-goers", "partygoers", "party-goers", "churchgoers",
  "beachgoers", "revellers", "revelers", "ravers", "clubbers", "campers", "skiers", "swimmers", "bathers", "picnickers",
  // … and those who guard a convoy ("three escorts still held").
  "escorts",
  // A force's leaders ("killed 12 of its commanders").
  "commanders",
  // Deaths counted by their crime ("640 homicides were recorded"): killed by head (figure-categories HEAD_CATEGORY).
  "homicides", "murders", "killings"
];

/** Endings of capitalised plural demonyms ("Palestinians", "Israelis", "Sudanese", "Britons"). */
export const DEMONYM_ENDINGS: string[] = ["ians", "eans", "ans", "is", "ese", "ites", "ons", "ards", "landers"];

/**
 * Words that may sit between a number and its head noun ("20 living Israeli hostages", "three former hostages").
 * Any other lower-case word that is not a function word is also allowed as a modifier; this list only
 * adds words that look like function words but are modifiers here.
 */
export const GROUP_MODIFIERS: string[] = ["more", "other", "further", "additional", "remaining", "still", "so-called"];

/**
 * Nouns that make a person noun before them a modifier: "a dozen prisoner exchanges", "three hostage deals",
 * "two refugee camps" count exchanges, deals and camps, not people.
 */
export const NON_PERSON_HEADS: string[] = [
  "exchange", "exchanges", "swap", "swaps", "deal", "deals", "release", "releases", "transfer", "transfers", "talks",
  "camp", "camps", "list", "lists", "agreement", "agreements", "negotiations", "rounds", "round", "convoys", "convoy",
  "flights", "flight", "centres", "centers", "centre", "center", "shelters", "shelter", "cells", "cell", "files",
  "cases", "case", "groups", "organisations", "organizations", "unions", "associations", "videos", "video",
  // "Some 400 Chinese firms have offices in Lima": a demonym before a noun of businesses counts the businesses
  "companies", "company", "firms", "firm", "businesses", "enterprises", "corporations", "banks", "brands",
  // "one of at least 50 kidnappings recorded this year": incidents are counted, not the people in them
  "kidnappings", "abductions", "hijackings", "incidents"
];

/**
 * Things that are seized, hijacked or burned, counted after a participle: "four impounded barges", "two
 * hijacked tankers", "40 burned houses" (the number counts them, not people).
 */
export const PARTICIPLE_THING_NOUNS: string[] = [
  "trawlers", "boats", "ships", "vessels", "tankers", "dhows", "yachts", "ferries", "freighters", "barges",
  "vehicles", "trucks", "lorries", "cars", "buses", "planes", "aircraft", "jets", "helicopters", "drones", "tanks",
  "houses", "homes", "buildings", "villages", "towns", "shops", "farms", "churches", "mosques", "schools", "hospitals",
  "weapons", "rifles", "guns", "containers", "cargoes", "barrels", "bags", "boxes", "phones", "passports", "nets"
];
