/**
 * Head nouns that make a number a count of people for stage 05 only, beyond the shared PERSON_NOUNS
 * (model/person-nouns.ts, which the interactions read too): church and mission roles, whose members are counted when
 * they are seized or freed ("the abduction of 14 seminarians", "freed six pastors"), and ships' people. Data for figures/group.ts.
 * Lower case, plural (a count of one is no figure).
 *
 * @example FIGURE_PERSON_NOUNS.includes("missionaries") // true ("gunmen seized nine missionaries")
 */
export const FIGURE_PERSON_NOUNS: string[] = [
  "missionaries", "pastors", "preachers", "evangelists", "seminarians", "parishioners", "congregants", "churchgoers",
  "rabbis", "bishops", "deacons", "catechists", "friars", "choristers",
  // Ships' people beyond "crew", "sailors", "seafarers" ("pirates seized the tanker and its 22 crewmen", "nine seamen
  // were freed").
  "crewmen", "seamen", "mariners", "deckhands", "cadets", "boatmen", "dockworkers", "stevedores", "longshoremen",
  // People counted by their part in a case or a mission ("police arrested six suspects", "two suspected middlemen were
  // held", "25 observers stayed", "watched by 12 military attaches", written without the accent: words are read in
  // ASCII letters), and an official's "our compatriots" ("the rebels freed three of our compatriots"). Not "monitors":
  // a plain noun before a person noun modifies it (group.ts), so "four heart monitors" would count people.
  "compatriots", "suspects", "observers", "attaches", "middlemen",
  // Security forces and armed men ("40 gendarmes took part", "troops killed 12 jihadists", "about 20 commandos stormed
  // the ship"; PERPETRATOR_NOUNS keeps the crimes they are told beside from becoming their category).
  "commandos", "gendarmes", "militiamen", "jihadists", "snipers", "vigilantes", "separatists", "collaborators",
  "smugglers", "traffickers", "poachers", "looters", "rioters",
  // Travellers, the usual victims of kidnappings of foreigners ("three Spanish trekkers were seized", "freed six
  // backpackers"), and herding peoples.
  "travellers", "travelers", "backpackers", "trekkers", "mountaineers", "holidaymakers", "campers", "cyclists",
  "hunters", "birdwatchers", "skiers", "herdsmen", "nomads",
  // Session 30: trades and professions ("Two Italian geologists were set free", "two pilots were killed", "nine
  // surveyors were abducted"): a count of them is a count of people like "engineers" or "nurses". Not "rangers" (a
  // club's name), "agents" (chemical agents), "monitors" (see above), "coaches" (buses), nor sport's players,
  // footballers or strikers (a club "to release 40 players", "signed 30 players" count no people the guidelines ask for).
  "geologists", "archaeologists", "botanists", "biologists", "zoologists", "ecologists", "chemists", "physicists",
  "astronomers", "geographers", "economists", "analysts", "scholars", "surveyors", "electricians", "plumbers", "welders",
  "carpenters", "masons", "stonemasons", "bricklayers", "builders", "quarrymen", "foresters", "lumberjacks", "farmhands",
  "ranchers", "growers", "beekeepers", "consultants", "accountants", "bankers", "clerks", "attorneys", "prosecutors",
  "magistrates", "defendants", "jurors", "inspectors", "investigators", "detectives", "informants", "spies", "pilots",
  "co-pilots", "surgeons", "dentists", "pharmacists", "midwives", "veterinarians", "vets", "lecturers", "schoolgirls",
  "schoolboys", "filmmakers", "singers", "dancers", "actors", "authors", "poets", "painters", "sculptors", "wardens", "policewomen",
  "interpreters", "translators", "chefs", "bakers", "butchers", "tailors", "hairdressers", "couriers", "postmen",
  "cabbies", "shopkeepers", "nannies", "maids", "housekeepers", "fishers", "loggers", "aides", "advisers", "advisors",
  "ambassadors", "consuls", "councillors", "councilors", "governors", "legislators", "parliamentarians", "candidates",
  // Session 32: people in charge of a site or a crew ("police arrested the owner and two supervisors", "the court fined
  // the two skippers", "three foremen were among the dead").
  "supervisors", "foremen", "forewomen", "overseers", "skippers", "caretakers", "watchmen", "janitors",
  // A climber's or a player's companions ("Two of her team-mates are still missing").
  "team-mates", "teammates", "crewmates", "shipmates"
  // Not "families": in a story of victims they are the victims' relatives, waiting or met ("the two families met
  // the minister"), no count of the people the story is about.
];
