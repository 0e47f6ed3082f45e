/**
 * Words that make a capitalised chunk an organisation ("Federation of Rural Cooperatives",
 * "Al-Qassam Brigades"), a place ("Gaza Strip", "Kibbutz Be'eri"), or an event that is not
 * an actor at all ("Harbour Jazz Festival"). Lowercase.
 */
export const ORG_WORDS: readonly string[] = [
  "ministry", "council", "movement", "brigades", "brigade", "committee", "court", "agency", "party", "front",
  "foundation", "university", "college", "institute", "institution", "association", "federation", "confederation", "union", "league",
  "railways", "railway", "railroad",
  "organisation", "organization", "office", "bureau", "department", "service", "services", "forces", "force", "army",
  "navy", "corps", "guard", "guards", "police", "authority", "authorities", "government", "administration", "parliament",
  "assembly", "senate", "congress", "knesset", "duma", "cabinet", "commission", "group", "company", "corporation",
  "corp", "inc", "ltd", "bank", "fund", "trust", "society", "center", "centre", "network", "news", "times", "post",
  "press", "television", "radio", "channel", "watch", "crescent", "cross", "jihad", "embassy",
  "consulate", "mission", "delegation", "secretariat", "directorate", "inspectorate", "tribunal", "board", "alliance", "coalition", "bloc", "wing",
  "unit", "regiment", "battalion", "division", "command", "headquarters", "club", "church", "synagogue", "mosque",
  "hospital", "clinic", "school", "academy", "airlines", "airways", "monitor", "observatory", "initiative", "project",
  "program", "programme", "forum", "communities", "community", "congregation", "federal", "commissariat", "prosecutor's",
  // Round 33: Indigenous bands named "<Place> First Nation" ("the Clearwater First Nation"; ORDINAL_BODY_NOUNS).
  "nation", "nations",
  // Round 33: chambers of a parliament named "House of …" ("the House of Delegates", "the House of Assembly").
  "house",
  // Rights groups named "<Country> Human Rights" or "<Region> Rights" ("Nepal Human Rights").
  "rights",
  // Session 32: "Transparency International Bangladesh", "Amnesty International": no person's name holds "International".
  "international", "transparency",
  // Companies ("Goldridge Mining", "Himal Air").
  "air", "mining", "resources", "holdings", "industries", "energy", "petroleum", "oil", "motors", "shipping", "lines",
  "logistics", "pharmaceuticals", "broadcasting", "database", "airline",
  // Round 34: a church's territories ("the Anglican Diocese of Kitgum", "the Catholic Archdiocese of Tororo") and bodies
  // named "<Bloc> … Mechanism" ("the EU Civil Protection Mechanism"): without them the capitalised words before "of"
  // read as a person's name and the see or the bloc as the actor.
  "diocese", "archdiocese", "eparchy", "mechanism",
  // Arabic words in armed-group names ("Katiba Ansar al-Sahra", "Jaish al-Adl").
  "katiba", "katibat", "kataib", "ansar", "jamaat", "jama'at", "harakat", "hizb", "liwa", "saraya", "jaish", "tahrir",
  // Urdu and Pashto ones ("Tehreek-e-Kohsar", "Lashkar-e-Jhangvi", "Sipah-e-Sahaba").
  "tehreek", "tehrik", "tahreek", "lashkar", "sipah", "jamiat",
  // A criminal group capitalised as its name's last word ("the Puerto Azul Cartel"): without it a
  // name with a given name inside ("San Pedro de la Sierra Cartel") was read as a person.
  "cartel",
  // Spanish, Portuguese and French heads of organisation names, written untranslated in English copy ("the Comando
  // Rojo del Norte", "Frente Amplio", "Coordinadora Campesina del Sur", "Mouvement du 23 mars"):
  // without them a name with a particle ("da", "de") reads as a person's ("Luiz Inácio Lula da Silva").
  // Written without accents: stage 04 folds a word's accents before it looks it up ("Policía" → "policia").
  "comando", "frente", "ejercito", "exercito", "armee", "movimiento", "movimento", "mouvement", "coordinadora",
  "partido", "parti", "fuerzas", "forcas", "brigada", "consejo", "conselho", "conseil", "comite", "comision",
  "comissao", "sindicato", "syndicat", "federacion", "federacao", "asociacion", "associacao", "fundacion",
  "fundacao", "ministerio", "ministere", "policia", "gendarmerie", "fiscalia", "defensoria", "procuraduria",
  "comunita", "comunidad", "comunidade", "communaute",
  // Company words of the same languages ("Vía Andina Concesiones", "Constructora del Pacífico", "Grupo Orbis",
  // "Transportes Rápidos del Sur", "Companhia Mineira").
  "concesiones", "concesionaria", "constructora", "construtora", "inversiones", "servicios", "transportes",
  "minera", "mineradora", "empresa", "empresas", "compania", "companhia", "grupo", "industrias", "petroleos", "aerolineas"
];

/**
 * Names of the Red Cross and Red Crescent movement that a state's adjective or name before them turns into that
 * state's own national society ("the Kenya Red Cross", "the Turkish Red Crescent Society"), an organisation of its own,
 * not the gazetteer's International Committee of the Red Cross or another state's society. Lower case, split in words.
 *
 * @example NATIONAL_SOCIETY_NAMES.includes("red crescent") // true
 */
export const NATIONAL_SOCIETY_NAMES: readonly string[] = ["red cross", "red crescent"];

/** The word that may close a national society's name ("the Kenya Red Cross Society"). */
export const NATIONAL_SOCIETY_TAIL = "society";

/**
 * Words that end a regional branch of a known organisation: "<Org> <Region> Province",
 * "<Org> <Country> Branch". After a gazetteer organisation they extend the match over the
 * capitalised words between ("Islamist Front Delta Province" is not just "Islamist Front").
 */
export const BRANCH_WORDS: readonly string[] = ["province", "branch", "affiliate", "chapter", "faction", "wilayat", "wilayah"];

/**
 * Lowercase nouns that, after "the" and a name, make an armed unit or faction named after a
 * person: "the Ana Quiroga front", "the Tomas Ledo brigade". ("column" too: a newspaper column
 * is written "Ruiz's column", seldom "the Ruiz column".)
 */
export const NAMED_UNIT_NOUNS: readonly string[] = ["front", "brigade", "battalion", "column", "faction", "wing", "bloc", "regiment", "militia"];

/**
 * Military and police formations named with an ordinal ("the 42nd Infantry Battalion", "the 3rd
 * Marine Division", "the 7th Police Regiment"): the ordinal is part of the name, since another
 * battalion is another unit.
 */
export const ORDINAL_UNIT_NOUNS: readonly string[] = ["brigade", "battalion", "division", "regiment", "corps", "squadron", "fleet", "company", "platoon"];

/**
 * Lowercase nouns that, after "the" and a name that is no person's, make that name a criminal
 * group's: "the Ravine Boys gang", "the Costa Norte cartel" (the name is the group, the noun is
 * not part of it). A place's name inside counts ("the Village Lima gang"): actors/chunker.ts.
 */
export const GANG_NOUNS: readonly string[] = ["gang", "cartel", "clan", "syndicate"];

/**
 * Lowercase nouns that turn a unit noun before them into a plain modifier: "the Ana Lopez front
 * door" is her door, no armed front (actors/find-mentions.ts namedUnitEnd).
 */
export const UNIT_NOUN_COMPOUNDS: readonly string[] = [
  "door", "doors", "gate", "yard", "garden", "porch", "lawn", "steps", "window", "windows", "room", "page", "pages",
  "desk", "seat", "seats", "row", "wheel", "wheels", "teeth", "entrance", "wall"
];

/**
 * Common nouns that a leader's name before "-led" turns into a named group: "the Saudi-led
 * coalition", "US-led forces", "the Kenyan-led mission". A lowercase noun, so only with "-led":
 * "Hamas-led attack" names an act, not a group.
 */
export const LED_GROUP_NOUNS: readonly string[] = ["coalition", "forces", "alliance", "mission", "troops", "bloc", "force", "government", "administration"];

/**
 * Capitalised words before a lowercase "government" that name one country's government by
 * usage alone: "the Union government" is India's in Indian English. ("State government" is
 * left out: the states are many.)
 */
export const GOVERNMENT_LEVELS: readonly string[] = ["union"];

/**
 * Levels of government that many countries have ("Federal", "Central"): a group only with its
 * country named next to it ("the Nigerian Federal government", "Brazil's Central government",
 * "the Federal government of Malaysia"). Alone, "the Federal government" in a Lagos story and
 * in a Bavarian one would be one actor.
 */
export const COUNTRY_GOVERNMENT_LEVELS: readonly string[] = ["federal", "central"];

/** Words that make a chunk a place. */
export const PLACE_WORDS: readonly string[] = [
  "strip", "bank", "city", "kibbutz", "moshav", "province", "region", "oblast", "district", "governorate", "valley",
  "river", "sea", "island", "islands", "mountains", "mount", "heights", "camp", "street", "square", "bay", "gulf",
  "peninsula", "county", "lake", "port", "desert", "plateau", "corridor", "crossing", "border", "airport", "village",
  "town", "neighbourhood", "neighborhood", "quarter", "state", "republic", "territory", "territories", "coast",
  // Directions before a name make it a place: "West Jerusalem", "Middle East", "Northern Gaza".
  "north", "south", "east", "west", "middle", "northern", "southern", "eastern", "western", "central", "upper", "lower",
  "strait", "canal", "gorge", "dam", "reservoir", "forest", "park", "cape", "oasis", "archipelago"
];

/** Words that make a chunk an event or a thing, not an actor. */
export const EVENT_WORDS: readonly string[] = [
  "festival", "summit", "war", "conference", "olympics", "games", "cup", "day", "prize", "award", "act", "accords",
  "agreement", "treaty", "operation", "storm", "flood", "earthquake", "crisis", "revolution", "uprising", "intifada",
  "protocol", "plan", "deal", "doctrine", "resolution", "convention", "declaration", "week", "month", "year", "era",
  "holocaust", "genocide", "massacre", "ceasefire", "truce", "talks", "election", "elections", "referendum", "hurricane",
  "typhoon", "cyclone", "pandemic", "virus", "covid", "music", "concert", "show", "exhibition", "expo", "marathon"
];

/**
 * Words that open a named storm ("Hurricane Helene", "Cyclone Freddy", "Typhoon Haiyan", "Tropical Storm Alberto"): the
 * name is a weather event, no actor (a blame "on Hurricane Helene" criticises no one: review 27 verbs F4). Lowercase.
 */
export const NAMED_STORM_WORDS: readonly string[] = ["hurricane", "typhoon", "cyclone", "tropical"];

/**
 * Lowercase words inside an organisation's name in French, Spanish, Portuguese or Italian, and
 * English links (also "in", "on", "against"): "Union des Travailleurs du Sud", "Frente de Liberación de la Costa", "Front
 * pour la Défense du Nord". Stage 04 reads a name over them only up to an acronym in parentheses
 * that its capitalised words spell ("(UTS)"), which proves the words are one name.
 */
export const ORG_NAME_PARTICLES: readonly string[] = [
  "de", "des", "du", "la", "le", "les", "del", "della", "delle", "dei", "di", "da", "do", "dos", "das", "los", "las",
  "el", "y", "e", "et", "pour", "por", "para", "en", "au", "aux", "of", "for", "the", "and",
  // English place and topic links inside a name, read only up to the acronym as the others: "Front for Change
  // in the Highlands (FCH)", "Alliance against Hunger (AAH)", "Commission on Missing Persons (CMP)" (round 23)
  "in", "on", "against"
];

/**
 * All-caps common nouns for a kind of organisation that a writer puts before its name like a
 * lowercase "charity": "the Kenyan NGO Maji Safi", "the French NGO Solidarités pour l'Eau". Not
 * part of the name: stage 04 starts the name after them (and after a nationality before them)
 * unless an organisation word follows at once ("NGO Forum", "NGO Council" are names). Lowercase.
 *
 * @example GENERIC_ORG_ACRONYMS.includes("ngo") // true
 */
export const GENERIC_ORG_ACRONYMS: readonly string[] = ["ngo", "ingo"];

/**
 * Prepositions of French, Italian, Spanish, Portuguese and German organisation names that English
 * text never writes lowercase between two capitalised words: "Médecins pour la Paix", "Medici
 * per il Mondo", "Comité contre la Faim", "Ärzte für Kenia". Stage 04 reads a capitalised word,
 * one of these (with an article of FOREIGN_ORG_ARTICLES when the word is also English or its
 * own language needs one: "per", "por", "para", "contra", "sin"), and a capitalised word as one
 * organisation's name. Lowercase with diacritics folded, as token keys are ("für" → "fur").
 *
 * @example FOREIGN_ORG_PREPOSITIONS.includes("pour") // true
 */
export const FOREIGN_ORG_PREPOSITIONS: readonly string[] = [
  "pour", "contre", "sans", "per", "senza", "contro", "por", "para", "contra", "sin", "pela", "pelo", "fur", "gegen", "ohne"
];

/**
 * The prepositions of FOREIGN_ORG_PREPOSITIONS that need an article after them to count: "per"
 * is an English word ("$5 per Day Pass"), "para", "contra", "sin" are English words or prefixes,
 * and "por" is kept with them (Spanish names write "por la", "por los").
 *
 * @example FOREIGN_PREPOSITIONS_WITH_ARTICLE.includes("per") // true: "Medici per il Mondo", not "per Day"
 */
export const FOREIGN_PREPOSITIONS_WITH_ARTICLE: readonly string[] = ["per", "por", "para", "contra", "sin"];

/**
 * Articles after those prepositions ("per il", "pour la", "für die", "por los", "para el"):
 * Italian, French, Spanish, Portuguese, German. Lowercase.
 *
 * @example FOREIGN_ORG_ARTICLES.includes("il") // true
 */
export const FOREIGN_ORG_ARTICLES: readonly string[] = [
  "il", "lo", "la", "i", "gli", "le", "les", "l", "el", "los", "las", "o", "a", "os", "as", "die", "der", "den", "das", "dem"
];

/**
 * Lowercase links of Spanish, Portuguese, Italian and French organisation names ("Primeiro Comando da
 * Capital", "Coordinadora de Derechos Humanos del Paraguay", "Comunità di Sant'Egidio"). An English
 * nationality adjective before such a name describes the body, it is no word of its name: "the Brazilian
 * Primeiro Comando da Capital" is "Primeiro Comando da Capital". Lowercase.
 *
 * @example ROMANCE_NAME_LINKS.includes("da") // true
 */
export const ROMANCE_NAME_LINKS: readonly string[] = ["de", "del", "della", "delle", "degli", "di", "da", "das", "do", "dos", "du", "des", "y"];

/**
 * Particles inside Arabic, Hebrew, Dutch, Spanish… names ("Abu Hamdan", "al-Amin", "bin Salman"),
 * and the joined Spanish articles of Philippine surnames ("Teresa dela Paz", "Ramon delos Angeles").
 */
export const NAME_PARTICLES: readonly string[] = [
  "al", "el", "ad", "ash", "as", "an", "at", "ar", "az", "abu", "abou", "bin", "ibn", "ben", "bint", "bar", "de", "del",
  "della", "di", "da", "dos", "du", "van", "von", "der", "den", "la", "le", "ul", "ur", "ould", "ter", "ten", "st", "wal",
  "dela", "delos", "delas"
];

/**
 * Particles that are also English words: they join a name only when hyphenated ("Hamza at-Tamimi",
 * "Nabil as-Sayed"), never across a space ("Lena Ek at Central Hospital" is a person and a place).
 */
export const HYPHEN_ONLY_PARTICLES: readonly string[] = ["at", "as", "an", "ad"];

/**
 * Verbs naming an organisation's purpose after "to" inside its name: "Committee to Protect
 * Journalists", "Coalition to Stop Evictions". Only after an organisation word and only when the
 * verb is capitalised, so "sent a Committee to Moscow" stays two names. Lowercase.
 */
export const ORG_PURPOSE_VERBS: readonly string[] = [
  "protect", "stop", "end", "save", "free", "defend", "abolish", "ban", "prevent", "fight", "combat", "support",
  "help", "eliminate", "release", "restore", "rebuild"
];

/**
 * Prepositions after which an unknown capitalised name is a place ("in Kiruna", "near Tromsø",
 * "across Borno"): people and organisations are seldom "near" or "throughout". Lowercase.
 *
 * @example PLACE_PREPOSITIONS.includes("near") // true
 */
export const PLACE_PREPOSITIONS: readonly string[] = ["in", "near", "outside", "across", "into", "toward", "towards", "inside", "around", "throughout"];

/**
 * Function words that, capitalised inside a run of capitalised words, make it an organisation's
 * name ("Doctors Without Borders", "Committee For Peace", "Campaign Against Hunger"): a person's
 * or a place's name holds none. Lowercase.
 *
 * @example ORG_INNER_LINKS.includes("without") // true
 */
export const ORG_INNER_LINKS: readonly string[] = ["without", "for", "of", "and", "on", "the", "against", "in"];

/**
 * Lowercase nouns a nationality adjective stands before as one written form of its state: "the Kenyan government", and
 * (round 33) "the Polish embassy", which annotators name as the actor ("The Polish embassy issued the visas …"); the
 * mention's text keeps the noun, its name is the state (actors/find-mentions.ts governmentAt). Lowercase.
 *
 * @example STATE_WRITTEN_NOUNS.includes("embassy") // true
 */
export const STATE_WRITTEN_NOUNS: readonly string[] = ["government", "embassy"];

/**
 * Round 33: words that open a two-word organisation head right after a plural possessive inside a name: "the Cocoa
 * Farmers' Trade Union", "the Miners' Trade Union" are one body each. Other words there leave the
 * possessive's owner apart ("the Harbour Pilots' Strike Committee" is the pilots' committee). Lowercase.
 *
 * @example ORG_HEAD_OPENERS.includes("trade") // true
 */
export const ORG_HEAD_OPENERS: readonly string[] = ["trade"];

/**
 * Round 33: the nouns that, after a capitalised "First", close one body's name: the Indigenous bands of Canada are
 * written "<Place> First Nation" ("Chief Ana Ruiz of the Clearwater First Nation criticised Ottawa"), and "First",
 * elsewhere a stop word ("First, the mayor …"), is then a word of the name. Lowercase.
 *
 * @example ORDINAL_BODY_NOUNS.includes("nation") // true
 */
export const ORDINAL_BODY_NOUNS: readonly string[] = ["nation", "nations"];

/**
 * Lowercase words that continue an organisation's name after its organisation word ("Committee
 * of the Red Cross", "Office for Refugees", "Council on Water", "Ministry of Health and Welfare").
 *
 * @example ORG_LINK_WORDS.includes("of") // true
 */
export const ORG_LINK_WORDS: readonly string[] = ["of", "for", "on", "the", "and"];

/**
 * Spanish plural articles after "de" inside a name ("Cartel de los Soles", "María de los Ángeles
 * Ruiz"): part of the name only right after a lowercase "de", never a particle alone ("Los
 * Angeles"). Lowercase.
 *
 * @example SPANISH_PLURAL_ARTICLES.includes("los") // true
 */
export const SPANISH_PLURAL_ARTICLES: readonly string[] = ["los", "las"];

/**
 * Nouns before "of <Name>" that make the name a place ("the city of Kiruna", "the province of
 * Cabo Delgado", "the municipality of Tibú"), and a lowercase one after a name makes it a place
 * too ("Kiruna city"). Lowercase.
 *
 * @example PLACE_OF_NOUNS.includes("province") // true
 */
export const PLACE_OF_NOUNS: readonly string[] = ["city", "town", "village", "region", "province", "municipality"];

/**
 * Nouns of a state's formal name before "of <country>" ("the State of Qatar", "the Kingdom of Saudi
 * Arabia", "the Sultanate of Oman"): the whole is one more surface form of the country. Lowercase.
 *
 * @example STATE_FORM_NOUNS.includes("kingdom") // true
 */
export const STATE_FORM_NOUNS: readonly string[] = ["state", "kingdom", "republic", "sultanate", "emirate", "principality", "commonwealth", "confederation", "federation"];

/**
 * English links that make a run of capitalised words an organisation's name when an acronym in parentheses spells
 * their first letters with neighbouring words swapped, the acronym kept in the body's own language, where adjective
 * and noun trade places ("National Coordinator for Disaster Reduction (CONRED)"). Lowercase.
 */
export const TRANSLATED_NAME_LINKS: readonly string[] = ["for", "of"];

/**
 * Staff nouns after a national society's name ("Swiss Red Cross worker X", "two Swiss Red Cross delegates"): with no
 * determiner before the name and the ICRC named in the article, the adjective is the staff's nationality.
 *
 * @example NATIONAL_SOCIETY_STAFF_NOUNS.includes("delegates") // true
 */
export const NATIONAL_SOCIETY_STAFF_NOUNS: readonly string[] = [
  "worker", "workers", "delegate", "delegates", "staffer", "staffers", "nurse", "nurses", "doctor", "doctors",
  "employee", "employees", "official", "officials", "volunteer", "volunteers"
];

/** Determiners that make a national society's name before a staff noun the society's ("a Nigerian Red Cross volunteer"). */
export const NATIONAL_SOCIETY_DETERMINERS: readonly string[] = ["the", "a", "an"];

/** How an article names the movement's international body (the ICRC), whose staff a nationality adjective may describe. */
export const ICRC_NAMES = /\bICRC\b|\bInternational Committee of the Red Cross\b/;

/** Words after "<State> Red Cross" that make it a local chapter, no state's society ("the Georgia Red Cross chapter"). */
export const NATIONAL_SOCIETY_NOT_AFTER: readonly string[] = ["chapter", "chapters"];

/**
 * Words right before a translation of a body's name ("Tehreek-e-Kohsar, … whose name translates as the Movement of
 * the Mountains"): the two names are one body (actors/article-acronyms.ts translatedName). Lowercase; a space stands
 * for any blanks.
 */
export const TRANSLATION_LEADS: readonly string[] = [
  "whose name translates as", "whose name translates to", "whose name is translated as", "whose name translated as",
  "which translates as", "known in english as", "in english,"
];

/**
 * Session 28: institution words whose name goes on over "of" and a country or city the reference list knows: "the
 * Central Bank of Nigeria", "the National Bank of Serbia", "the Presbyterian Church of South Sudan", "the
 * University of Nairobi" are one organisation each, not a bank and a country. Not ministries, councils or courts
 * ("the Foreign Ministry of Russia", "the Security Council of the UN" leave the state its own actor, as the annotated
 * sets do), nor titles ("the President of Kenya"). Lowercase.
 *
 * @example INSTITUTION_OF_PLACE_WORDS.includes("bank") // true
 */
export const INSTITUTION_OF_PLACE_WORDS: readonly string[] = [
  "bank", "church", "university", "academy", "conservatory", "polytechnic", "diocese", "archdiocese",
  // Round 33: clubs and trade unions named for their country ("the Rowing Club of Ghana", "the Dockers' Union of Kenya").
  "club", "union"
];

/**
 * Collective nouns whose possessive is a word of an organisation's name, not its owner: "the Tanzania People's
 * Defence Force", "the People's Liberation Army", "the Women's League", "Children's Hospital" (actors/chunker.ts
 * collectivePossessive: the name goes on when an organisation word follows). Lowercase, without the "'s".
 */
export const COLLECTIVE_POSSESSIVE_WORDS: readonly string[] = ["people", "women", "children", "men"];
