/**
 * Arabic, Persian and Turkish given names, with their usual English spellings (doubled
 * consonants, o/u and e/i vowels). Also a hint for stage 09: a name that starts with one is
 * written from Arabic script, where English outlets put e or i, o or u for one vowel
 * ("Hesham" / "Hisham"), which is never a rule for English names ("Colleen" is not "Colin").
 */
export const ARABIC_GIVEN_NAMES: readonly string[] = [
  "abdullah", "abdel", "abdul", "abd", "ahmad", "ahmed", "ali", "amin", "anwar", "ayman", "bashar", "fadi", "faisal",
  "fattah", "hamad", "hamid", "hassan", "hasan", "hussein", "husam", "ibrahim", "ismail", "ismael", "jamal",
  "jibril", "khaled", "khalid", "khalil", "mahmoud", "mahmud", "majed", "marwan", "mohamed", "mohammed", "mohammad",
  "muhammad", "mohamad", "mustafa", "moustafa", "musa", "mousa", "moussa", "nabil", "nasser", "omar", "osama", "qassem",
  "rami", "saeb", "saleh", "salah", "sami", "talal", "tamim", "tariq", "walid", "yahya", "yasser", "yasir", "yousef",
  "yusuf", "youssef", "zaher", "ziad", "ayatollah", "fatima", "fatma", "aisha", "amal", "leila", "layla", "mariam",
  "maryam", "noor", "nour", "rania", "salma", "zainab", "recep", "ahmet", "mehmet", "hakan", "kemal", "mevlut",
  "abbas", "masoud", "javad", "ebrahim", "hossein", "mahmood", "nawaf", "sheikh", "mansour",
  "naim", "izzat", "sameh", "badr", "abdelaziz", "aziz", "karim", "rashid", "said", "zuhair", "hazem",
  "hussam", "hossam", "housam", "hamza", "hamzah", "tareq", "tarek", "tarik", "abdulrahman", "abdelrahman",
  "abdalrahman", "abdallah", "abdulla", "abdulaziz", "yousif", "yusef", "yousuf", "mohannad", "muhannad",
  "bilal", "hisham", "hesham", "ashraf", "usama", "emad", "imad", "ammar", "umar", "othman", "uthman", "osman",
  "ziyad", "samir", "sameer", "naser", "munir", "mounir", "adnan", "haitham", "haytham", "raed", "saad", "saeed",
  "sayed", "mostafa", "hani", "hany", "tamer", "wael", "basel", "bassam", "iyad", "eyad", "faris", "fawzi", "nidal",
  "rashed", "rasheed", "riyad", "riad", "suleiman", "sulaiman", "sulayman", "younis", "younes", "yunus", "zakaria",
  "zakariya", "mahdi", "mehdi", "jamil", "jameel", "kareem", "majid", "maged", "mazen", "muath", "moath", "nader",
  "nadir", "qasim", "kassem", "qassim", "waleed", "yazan", "yazeed", "yazid", "zaid", "zayed", "zayd",
  "asmaa", "asma", "huda", "hanan", "lina", "noura", "reem", "samira", "souad", "suha", "wafa", "yasmin", "yasmine",
  "ghada", "manal", "nadia", "rasha", "rana", "iman", "eman", "amira", "hiba", "heba", "shireen", "sherine", "dalal"
];

/**
 * Somali given names, which open most Somali names and also stand second and third as father's and
 * grandfather's names ("Abdi Nur Farah"): without them a name ending in a listed given name
 * ("… Hassan") is cut before it. Written from Somali spelling, where English outlets vary u/i and
 * e/i ("Abdirashid" / "Abdurashid", "Elmi" / "Ilmi"), so they count as written from Arabic.
 * "Aden" is also a port city: a given name only before a name word (actors/find-mentions.ts nameLike).
 */
export const SOMALI_GIVEN_NAMES: readonly string[] = [
  "abdi", "abdullahi", "abdillahi", "abdirahman", "abdirizak", "abdiaziz", "abdikadir", "abdiqadir", "abdiweli",
  "abdiwali", "abdinasir", "abdirashid", "abdikarim", "abdisalam", "abdishakur", "abdulkadir",
  "abdurahman", "abdurashid", "abdurizak", "abdukarim", "ilmi", "mohamud", "mahamud",
  "mohamoud", "mahad", "hersi", "hirsi", "nur", "farah", "jama", "aden", "adan", "guled", "dahir", "daahir", "elmi", "sahal",
  "sakariye", "siad", "mukhtar", "warsame", "hodan", "fadumo", "faadumo", "sahra", "hawa", "asha", "ayaan", "ilhan",
  "idil", "halima", "khadija", "nimco", "deqa", "sagal", "ifrah", "fardowsa", "hamdi"
];

/**
 * Feminine given names (Slavic and international): a woman whose surname one outlet writes in
 * the masculine ("Varvara Sokolov" in an Israeli paper, "Varvara Sokolova" in a Russian one) is
 * still one person when her given name is one of these. Unisex short forms ("Sasha", "Zhenya",
 * "Valya") are left out: a man and a woman can share them.
 */
export const FEMININE_GIVEN_NAMES: readonly string[] = [
  "alexandra", "alina", "alla", "alyona", "anastasia", "angelina", "anna", "antonina", "daria", "diana", "ekaterina",
  "elena", "elizaveta", "evgenia", "yevgenia", "galina", "inna", "irina", "karina", "kristina", "ksenia", "larisa",
  "lidia", "lilia", "lyubov", "lyudmila", "margarita", "maria", "marina", "milana", "nadezhda", "natalia", "nina",
  "oksana", "olga", "polina", "raisa", "svetlana", "sofia", "tamara", "tatiana", "ulyana", "valentina", "valeria",
  "varvara", "vera", "veronika", "viktoria", "yana", "yulia", "zhanna", "zinaida", "zoya", "agnieszka",
  "katarzyna", "malgorzata", "magdalena", "joanna", "barbara", "ewa", "dorota", "halyna", "iryna", "olena", "olha",
  "tetiana", "kateryna", "liudmyla", "nataliya", "yuliya", "oleksandra", "svitlana", "hanna", "ludmila", "lyudmyla",
  // Women's names of other languages that do not end in -a (stage 07 reads a given name it knows, not in this
  // list and not in -a, as a man's: "Anne Keller … he" must not be her). Unisex names (Noor, Nour, Amal) left out.
  "anne", "jane", "claire", "marie", "catherine", "caroline", "charlotte", "sophie", "grace", "alice", "kate", "julie",
  "ruth", "helen", "karen", "ellen", "susan", "sarah", "elizabeth", "margaret", "rachel", "esther", "judith", "emily",
  "lucy", "amy", "megan", "hannah", "isabel", "nicole", "michelle", "christine", "mary", "deborah", "mariam", "maryam",
  "zainab", "reem", "yasmin", "yasmine", "carmen", "pilar", "consuelo", "mette",
  // Somali (SOMALI_GIVEN_NAMES)
  "hodan", "fadumo", "faadumo", "sahra", "hawa", "asha", "ayaan", "idil", "halima", "khadija", "nimco", "deqa",
  "sagal", "ifrah", "fardowsa"
];

/**
 * Russian and Ukrainian short forms a man and a woman share, with the woman's full name each
 * stands for: the list of classes files "Sasha" under the man's name ("Alexander"), but next to a
 * feminine surname ("Sasha Orlova") she is an "Alexandra"; so is "Zhenya Orlova" a "Yevgenia".
 */
export const SHARED_SHORT_FORMS: Readonly<Record<string, string>> = {
  sasha: "alexandra", sascha: "alexandra", shura: "alexandra", sanya: "alexandra", zhenya: "yevgenia"
};

/**
 * "Haji" / "Hadji" (one who made the pilgrimage): opens many Malay, Indonesian and Philippine
 * Muslim names as written ("Hadji Karim Lawan"), so it is listed with the first names (without
 * it the word is cut off as an unknown one), and dropped when names are compared, since other
 * outlets leave it out ("Hadji Karim Lawan" = "Karim Lawan"; actors/person-name.ts).
 */
export const PILGRIM_HONORIFICS: readonly string[] = ["haji", "hadji", "hajji"];

/**
 * "Abd al-" (servant of) written as a word of its own before one of God's names: "Abdel Wahid" and
 * "Abdul Karim" are one given name ("Abdelwahid", "Abdulkarim") when a surname follows. Folded.
 */
export const ABD_PREFIXES: readonly string[] = ["abd", "abdel", "abdul", "abdal", "abdoul"];

/**
 * Surname prefixes that are also given names, so part of the surname only after a given name:
 * Hausa "Dan" (son of), written joined or apart by different outlets ("Sani Dangiwa" / "Sani Dan
 * Giwa" both read "dangiwa"; "Dan Wells" is a given name), and the joined Spanish articles of
 * Philippine surnames ("Teresa dela Paz": surname "dela paz"; "Dela Mensah" is a Ghanaian given
 * name). Folded.
 */
export const SURNAME_PREFIXES_AFTER_GIVEN: readonly string[] = ["dan", "dela", "delos", "delas"];

/**
 * North African and Sahel surname prefixes that outlets write joined to the surname or apart:
 * Hassaniya "Ould" (son of: "Ouldhamdi" / "Ould Hamdi"), Maghreb "Bou" (father of: "Bouzara" /
 * "Bou Zara"), Kabyle "Ait" (sons of: "Aitmessaoud" / "Ait Messaoud"). Apart, the prefix joins
 * the surname, so both spellings give one surname key ("ouldhamdi"), with a given name before or
 * alone. Folded.
 *
 * @example SPACED_SURNAME_PREFIXES.includes("ould") // true
 */
export const SPACED_SURNAME_PREFIXES: readonly string[] = ["ould", "bou", "ait"];

/**
 * Given names used to recognise person names without a gazetteer ("Peter Olsen" → person)
 * and to split chunks wrongly merged across a place and a person ("Kenya Erik Dahl").
 * Lowercase, ASCII after diacritic folding. Broad and multicultural on purpose; a name that is
 * also a common English word ("may", "will", "mark") is left out because it would turn
 * sentence starters into people.
 */
export const FIRST_NAMES: readonly string[] = [
  // English / international
  "aaron", "adam", "adrian", "alan", "albert", "alex", "alice", "alison", "amanda", "amy", "andrew", "andy", "angela",
  "anna", "anne", "annie", "anthony", "antony", "arthur", "barbara", "ben", "benjamin", "bernard", "beth", "betty", "bill",
  "bob", "boris", "brandon", "brian", "bruce", "carl", "carlos", "carol", "caroline", "catherine", "charles", "charlie",
  "charlotte", "chris", "christian", "christina", "christine", "christopher", "claire", "clara", "colin", "craig",
  "daniel", "danny", "david", "deborah", "dennis", "diana", "donald", "donna", "dorothy", "douglas", "edward", "elizabeth",
  "ellen", "emily", "emma", "emmanuel", "eric", "ethan", "frank", "fred", "gary", "george", "gordon", "grace", "greg",
  "gregory", "hannah", "harold", "harry", "heather", "helen", "henry", "hillary", "ian", "isaac", "jack", "jacob",
  "james", "jane", "janet", "jason", "jeff", "jeffrey", "jennifer", "jeremy", "jessica", "jim", "joan", "joe", "john",
  "johnny", "jonathan", "joseph", "joshua", "judith", "julia", "julie", "justin", "karen", "kate", "katherine", "keith",
  "kelly", "kenneth", "kevin", "kim", "kyle", "larry", "laura", "lauren", "linda", "lisa", "louis", "lucy", "margaret",
  "maria", "marie", "mary", "matthew", "megan", "melissa", "michael", "michelle", "mike", "nancy", "nathan", "nicholas",
  "nick", "nicole", "oliver", "olivia", "pamela", "patricia", "patrick", "paul", "peter", "philip", "rachel", "ralph",
  "raymond", "rebecca", "richard", "robert", "roger", "ronald", "ruth", "ryan", "samuel", "sandra", "sarah", "scott",
  "sean", "sharon", "simon", "sophie", "stephen", "steven", "steve", "susan", "thomas", "timothy", "tom", "tony", "victoria",
  "walter", "william", "emmanuel", "keir", "rishi", "boris", "liz", "theresa", "therese", "angela", "olaf", "friedrich", "ursula",
  "josep", "kaja", "giorgia", "mario", "pedro", "jose", "juan", "luis", "miguel", "javier", "manuel", "francisco", "antonio",
  "gabriel", "lula", "jair", "javier", "claudia", "andres", "marco", "matteo", "giuseppe", "pierre", "jean", "francois",
  "jacques", "nicolas", "marine",
  // French given names that open or close hyphenated ones ("Jean-Luc", "Marie-Claude", "Jean-Baptiste").
  "luc", "marc", "claude", "yves", "michel", "philippe", "baptiste", "andre", "rene", "hans", "klaus", "jurgen", "wolfgang", "karl", "heinrich", "lars", "sven", "erik",
  // "Haji" / "Hadji" opens many names as written (PILGRIM_HONORIFICS).
  ...PILGRIM_HONORIFICS,
  // Spanish feminine given names, often doubled ("Carmen Pilar", "Ana Lucía"): without them the
  // first one is cut off as an unknown word before the second.
  "luz", "ana", "lucia", "carmen", "isabel", "pilar", "marisol", "yolanda", "consuelo", "maritza", "yaneth",
  "jens", "mette", "ulf", "mark", "rupert", "antonio", "ricardo", "fernando", "sergio", "gustavo", "gonzalo",
  // Russian / Ukrainian / Belarusian, with common transliterations
  "aleksandr", "aleksander", "alexandr", "alexander", "alexandra", "aleksandra", "oleksandr", "oleksandra", "sasha",
  "sascha", "aleksei", "alexei", "alexey", "aleksey", "oleksiy", "oleksii", "anatoly", "anatoliy", "anatolii", "andrei",
  "andrey", "andriy", "andrii", "anton", "arkady", "arseniy", "artem", "artyom", "bogdan", "bohdan", "denis", "dmitry",
  "dmitri", "dmitriy", "dmytro", "egor", "yegor", "evgeny", "evgeniy", "yevgeny", "yevgeniy", "yevhen", "eugene", "fedor",
  "fyodor", "gennady", "gennadiy", "hennadiy", "georgy", "georgiy", "grigory", "hryhoriy", "igor", "ihor", "ilya",
  "illia", "ivan", "kirill", "konstantin", "kostiantyn", "leonid", "maksim", "maxim", "maksym", "mikhail", "mykhailo",
  "mykola", "nikolai", "nikolay", "oleg", "oleh", "pavel", "pavlo", "petr", "pyotr", "petro", "roman", "ruslan",
  "sergey", "sergei", "serhiy", "serhii", "stanislav", "stepan", "taras", "timur", "valery", "valeriy", "vasily",
  "vasyl", "viktor", "victor", "vitaly", "vitaliy", "vitalii", "vladimir", "volodymyr", "vladislav", "vyacheslav",
  "yaroslav", "yury", "yuri", "yuriy", "yurii", "anastasia", "anastasiya", "daria", "darya", "ekaterina", "yekaterina",
  "kateryna", "elena", "yelena", "olena", "galina", "halyna", "irina", "iryna", "lyudmila", "liudmyla", "marina",
  "maryna", "natalia", "natalya", "nataliya", "nadezhda", "olga", "olha", "oksana", "svetlana", "tatiana", "tatyana",
  "tetiana", "valentina", "yulia", "yuliya", "julia", "zoya", "vera", "lyubov", "ksenia", "kseniya", "polina", "sofia",
  "ramzan", "nikita", "gleb", "dmitrii", "evgenii", "yevgenii", "alla", "inna", "larisa", "veronika",
  // Belarusian romanisations (see name-classes.ts).
  "aliaksandr", "aliaksandra", "aliaksei", "siarhei", "yauhen", "dzmitry", "uladzimir", "mikalai", "henadz", "ryhor",
  "ihar", "aleh", "viktar", "kanstantsin", "alena", "katsiaryna", "natallia", "tatsiana", "volha", "stanislau",
  "viachaslau", "yaraslau", "sviatlana", "maryia", "palina",
  // Everyday short forms, so "Lyosha said" is a person and resolves to the article's "Aleksei …".
  "lyosha", "alyosha", "misha", "kolya", "volodya", "vova", "dima", "zhenya", "pasha", "grisha", "slava", "vitya",
  "katya", "tanya", "masha", "sveta", "ksyusha", "lyuda", "julian", "yulian", "iulian",
  // Hebrew / Israeli
  "avi", "avraham", "avigdor", "ariel", "amir", "amos", "benny", "bezalel", "dan", "dani", "eli", "eliyahu", "ehud",
  "gadi", "gideon", "gilad", "itamar", "itzhak", "yitzhak", "yitzchak", "yair", "yaakov", "yoav", "yossi", "yosef",
  "moshe", "naftali", "nir", "noam", "omer", "ofer", "ronen", "shimon", "shlomo", "uri", "yehuda", "yonatan",
  "ze'ev", "zeev", "ayelet", "miri", "michal", "noa", "orly", "shira", "tamar", "tzipi", "yael",
  "agam", "naama", "romi", "emily", "doron", "keith", "arbel", "eden", "hersh", "inbar", "yarden", "ohad", "omri",
  "eitan", "evyatar", "tal", "tali", "gal", "sagui", "sagi", "rivka", "esther", "sarah", "dalia",
  // Arabic / Persian / Turkish
  ...ARABIC_GIVEN_NAMES,
  // Somali
  ...SOMALI_GIVEN_NAMES,
  // South / East Asian, African
  "narendra", "rahul", "amit", "raj", "sanjay", "imran", "shehbaz", "nawaz", "xi", "li", "wang", "kim", "shinzo",
  "fumio", "yoon", "moon", "jong", "cyril", "jacob", "paul", "abiy", "william", "kofi", "nelson", "thabo", "bola", "uhuru"
];

/**
 * Particles that open a two-word surname ("Abu Hamdan", "bin Salman", "Al Hadi", "Ben Ali"): a
 * form of two words starting with one is surname-like, a person's even when stage 04 guessed an
 * organisation. Folded.
 *
 * @example SURNAME_OPENING_PARTICLES.includes("abu") // true
 */
export const SURNAME_OPENING_PARTICLES: readonly string[] = ["abu", "abou", "bin", "ibn", "al", "el", "ben"];

/**
 * Arabic articles dropped before a surname: "al-Amin" is "Amin", "el-Sisi" is "Sisi", "ash-Shami"
 * is "Shami" (the sun letters' forms: ad, ash, as, an, ar, az, at). Outlets write them or leave
 * them out. Folded.
 *
 * @example DROPPED_SURNAME_ARTICLES.includes("el") // true
 */
export const DROPPED_SURNAME_ARTICLES: readonly string[] = ["al", "el", "ad", "ash", "as", "an", "ar", "az", "at"];

/**
 * Words that mark a name written from Arabic script ("al-", "Abu", "bin", "Abdel", "Ould"): such
 * names take e or i, o or u for one vowel ("al-Hakeemi" / "al-Hakimi"). "ben" is left out:
 * Hebrew names use it. Folded.
 *
 * @example ARABIC_NAME_MARKERS.includes("abdel") // true
 */
export const ARABIC_NAME_MARKERS: readonly string[] = ["al", "el", "abu", "abou", "bin", "ibn", "bint", "abd", "abdel", "abdul", "abdal", "ould"];

/**
 * Particles that belong to the surname after them ("Abu Hamdan", "bin Salman", "von der Leyen",
 * "da Silva", "dos Santos", "le Pen"): the surname is the particles and the last word. Folded.
 *
 * @example SURNAME_JOINING_PARTICLES.includes("von") // true
 */
export const SURNAME_JOINING_PARTICLES: readonly string[] = ["abu", "abou", "bin", "ibn", "ben", "bint", "van", "von", "de", "da", "di", "der", "du", "la", "le", "dos", "del"];

/**
 * Romance articles that open a place name as often as a surname ("La Paz", "Le Havre", "Las Vegas",
 * "Los Angeles" beside "Le Pen", "La Russa"): a name opening with one is a lone surname only of a
 * full name that writes the same article ("Le Pen" is "Marine Le Pen"; "La Paz" is not "Carlos
 * Paz"). Folded.
 *
 * @example OPENING_ARTICLE_PARTICLES.includes("la") // true
 */
export const OPENING_ARTICLE_PARTICLES: readonly string[] = ["la", "le", "les", "los", "las", "lo"];

/**
 * Given names that South Asian and Arabic usage writes second, after another given name and before
 * the surname ("Liaquat Ali Khan", "Pervez Ahmed Butt"): an unknown word right before one of them
 * and a surname after it is the person's first given name, not a place or body glued to "Ali Khan".
 *
 * @example SECOND_GIVEN_NAMES.includes("ali") // true
 */
export const SECOND_GIVEN_NAMES: readonly string[] = ["ali", "ahmed", "ahmad", "muhammad", "mohammad", "mohammed", "hussain", "hussein", "hasan", "hassan", "raza", "ullah"];

/**
 * Endings of an East Slavic patronymic, the father's given name plus -ovich / -evich (a son) or
 * -ovna / -evna (a daughter): "Vladimirovich" (of Vladimir), "Sergeyevna" (of Sergey). Given name
 * and patronymic together ("Vladimir Vladimirovich") are a respectful form of address.
 */
export const PATRONYMIC_ENDINGS: readonly string[] = ["ovich", "evich", "ovna", "evna"];

/**
 * Session 28: endings of a Mongolian patronymic, the father's name in the genitive written before the given name
 * ("Tsendiin Munkhbayar", the son of Tsend), which English copy often writes after it as the father's bare
 * name ("Munkhbayar Tsend"). actors/merge.ts joinReversedNames reads them. Lowercase.
 *
 * @example GENITIVE_PATRONYMIC_ENDINGS.includes("giin") // true
 */
export const GENITIVE_PATRONYMIC_ENDINGS = ["giin", "iin", "yn", "ijn"];
