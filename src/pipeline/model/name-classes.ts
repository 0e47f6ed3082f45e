/**
 * First-name equivalence classes for cross-outlet merging: each inner list names one person
 * in different languages or transliterations ("Aleksandr" = "Alexander" = "Oleksandr").
 * Lowercase, ASCII after diacritic folding. Names in no class compare by transliteration key.
 */
/**
 * Arabic and Persian given names with a long "i" in the last syllable, which English-language
 * outlets often write "ee" ("Karim" / "Kareem"). Listed, not a general ee = i key: "Colleen" is not
 * "Colin", nor "Doreen" "Dorin". Not "Said" / "Saeed" either: a capitalised "Said" opening a
 * sentence would take the class.
 */
const LONG_I_NAMES: readonly string[] = [
  "shirin", "nasrin", "parvin", "tasnim", "karim", "amir", "amin", "rashid", "hamid", "majid", "jamil", "rahim",
  "walid", "farid", "navid", "nadim", "salim", "habib", "bashir", "nazir", "zahir", "latif", "halim", "hakim", "wasim",
  "aziz", "mubin", "omid", "naim", "fahim", "wahid", "sharif", "zarin", "nasim", "samira", "amira", "jamila", "nadira"
];

/**
 * A name and its spelling with the last "i" before the final consonants written "ee".
 *
 * @example withLongEe("shirin") // ["shirin", "shireen"]
 */
export function withLongEe(name: string): string[] {
  return [name, name.replace(/i([^aeiou]+a?)$/, "ee$1")];
}

/**
 * Each class also lists the Belarusian romanisation (official since 2007, common in Polish and
 * Lithuanian outlets), where Russian-language ones write the Russian form: "Aliaksandr" /
 * "Alexander", "Siarhei" / "Sergei", "Uladzimir" / "Vladimir", "Volha" / "Olga". No transliteration
 * key joins them (the vowels and consonants differ), so they are listed. So is the Romanian form
 * (Romanian-language outlets write "Nicolae", "Dumitru", "Vasile" where Russian-language ones
 * write "Nikolai", "Dmitry", "Vasily").
 */
export const NAME_CLASSES: readonly (readonly string[])[] = [
  ["alexander", "aleksander", "aleksandr", "alexandr", "oleksandr", "olexander", "alexandre", "alessandro", "alejandro", "sasha", "sascha", "alex", "shura", "sanya", "sashko", "aliaksandr", "alyaksandr", "alexandru"],
  ["alexandra", "aleksandra", "oleksandra", "alessandra", "alejandra", "aliaksandra"],
  ["alexei", "alexey", "aleksei", "aleksey", "alexej", "oleksiy", "oleksii", "olexiy", "lyosha", "alyosha", "lesha", "aliaksei", "aliaksey"],
  ["sergey", "sergei", "serhiy", "serhii", "sergiy", "sergej", "serguei", "seryozha", "serezha", "siarhei", "siarhey", "sergiu"],
  ["yevgeny", "yevgeniy", "evgeny", "evgeniy", "evgenii", "yevgenii", "yevhen", "eugene", "evgueni", "zhenya", "yauhen", "yauheni"],
  ["mikhail", "mykhailo", "michael", "mikhael", "michail", "mikail", "misha", "mike", "mikey", "mykhaylo", "mihai", "mihail"],
  ["dmitry", "dmitri", "dmitriy", "dmitrii", "dmytro", "dimitri", "dima", "mitya", "dzmitry", "dzmitri", "dumitru"],
  ["andrei", "andrey", "andriy", "andrii", "andrew", "andreas", "andryusha", "andrej", "andy"],
  ["anatoly", "anatoliy", "anatolii", "tolya"],
  ["vladimir", "volodymyr", "wladimir", "vladymyr", "volodya", "vova", "uladzimir"],
  ["maxim", "maksim", "maksym", "maxime", "max"],
  ["yuri", "yury", "yuriy", "yurii", "iurii", "juri", "yura"],
  ["nikolai", "nikolay", "mykola", "nicholas", "nikolaj", "kolya", "nick", "nicky", "mikalai", "mikalay", "nicolae"],
  ["pavel", "pavlo", "paul", "pasha"],
  ["pyotr", "petr", "petro", "peter", "piotr", "petya", "petru", "pete"],
  // "Jhon": a common Spanish-American spelling of John (Colombia, Venezuela).
  ["ivan", "john", "vanya", "jhon"],
  ["fyodor", "fedor", "theodore", "fedya"],
  ["georgy", "georgiy", "georgii", "george", "heorhiy", "heorhii", "zhora", "gosha", "gheorghe"],
  ["grigory", "grigoriy", "grigorii", "hryhoriy", "hryhorii", "gregory", "greg", "grisha", "ryhor", "grigore"],
  ["gennady", "gennadiy", "gennadii", "hennadiy", "hennadii", "gena", "henadz", "hienadz"],
  ["igor", "ihor", "igorek", "ihar"],
  ["ilya", "illia", "ilia", "ilyusha"],
  ["oleg", "oleh", "aleh"],
  ["vitaly", "vitaliy", "vitalii", "vitalik"],
  ["valery", "valeriy", "valerii"],
  ["vasily", "vasyl", "vasiliy", "vasilii", "vasya", "vasile"],
  ["viktor", "victor", "vitya", "viktar"],
  ["konstantin", "kostiantyn", "constantine", "kostya", "kanstantsin", "constantin"],
  ["bogdan", "bohdan", "bodya"],
  ["gleb", "hlib"],
  ["elena", "yelena", "olena", "helen", "helena", "jelena", "lena", "alena"],
  ["ekaterina", "yekaterina", "kateryna", "katerina", "catherine", "katya", "kate", "katie", "katsiaryna", "ecaterina"],
  ["natalia", "natalya", "nataliya", "natalie", "natasha", "natallia"],
  ["tatiana", "tatyana", "tetiana", "tatjana", "tanya", "tatsiana"],
  ["yulia", "yuliya", "julia", "iulia", "yulya"],
  ["irina", "iryna"],
  ["olga", "olha", "olya", "volha"],
  ["galina", "halyna", "halina", "galya"],
  ["daria", "darya", "dariya", "dasha"],
  ["anastasia", "anastasiya", "nastya", "nastia"],
  ["ksenia", "kseniya", "xenia", "ksyusha"],
  ["lyudmila", "liudmyla", "ludmila", "lyuda"],
  ["mohammed", "mohammad", "muhammad", "mohamed", "mohamad", "muhammed", "mehmet", "mammad", "mamad"],
  ["ahmed", "ahmad", "ahmet"],
  ["mahmoud", "mahmud", "mahmood"],
  ["musa", "mousa", "moussa", "moses", "moshe"],
  ["yousef", "yusuf", "youssef", "yosef", "joseph", "yossi", "joe", "joey"],
  ["ibrahim", "ebrahim", "avraham", "abraham"],
  ["ismail", "ismael", "ishmael"],
  ["khaled", "khalid"],
  ["hassan", "hasan"],
  ["hussein", "husein", "hossein", "husayn"],
  ["yasser", "yasir"],
  ["omar", "umar"],
  ["abdel", "abdul", "abd"],
  ["yitzhak", "itzhak", "yitzchak", "isaac"],
  ["yaakov", "jacob", "yakov", "yasha"],
  ["yonatan", "jonathan", "jhonatan"],
  ["shlomo", "solomon"],
  ["yahya", "john"],
  // English given names and their everyday short forms ("Greg" is "Gregory" above). Not "Dan":
  // in Hebrew it is a name of its own, not a short "Daniel".
  ["william", "bill", "billy", "will", "willy"],
  ["charles", "charlie", "chuck"],
  ["david", "dave", "davey"],
  ["joshua", "josh"],
  ["kenneth", "ken", "kenny"],
  ["lawrence", "larry"],
  ["ronald", "ron", "ronnie"],
  ["frederick", "fred", "freddie"],
  ["susan", "sue", "susie"],
  ["thomas", "tom", "tommy"],
  ["daniel", "danny", "daniil", "danylo"],
  ["robert", "bob", "bobby", "rob", "robbie"],
  ["james", "jim", "jimmy", "jamie"],
  ["richard", "rick", "ricky", "rich"],
  ["edward", "ed", "eddie", "ted", "teddy"],
  ["anthony", "antony", "tony"],
  ["christopher", "chris"],
  ["matthew", "matt"],
  ["benjamin", "ben", "benny", "binyamin", "benyamin"],
  ["samuel", "sam"],
  ["stephen", "steven", "steve"],
  ["timothy", "tim"],
  ["patrick", "pat", "paddy"],
  ["elizabeth", "liz", "beth", "betty", "lizzie", "elisabeth", "yelizaveta", "elizaveta", "yelyzaveta", "liza"],
  ["margaret", "maggie", "meg", "peggy"],
  ["jennifer", "jenny", "jen"],
  ["julian", "yulian", "iulian", "yuliy", "yuliyan", "yulik"],
  // Russian and Ukrainian diminutives of names outside the classes above. Not "Roma" (Roman): a
  // capitalised "Roma" alone is as often the people, and stage 04 gives a listed short form the
  // article's one full name of its class.
  ["stanislav", "stas", "stanislau"],
  ["timofey", "timofei", "timofiy", "tsimafei", "tima", "timosha"],
  // (Not "Arsen": a given name of its own, review 26 args F7.)
  ["arseny", "arseniy", "arsenii"],
  ["nikita", "mykyta", "nikitka"],
  ["denis", "denys", "dzianis", "denya"],
  ["vyacheslav", "slava", "viachaslau"],
  ["yaroslav", "yarik", "yaraslau"],
  ["svetlana", "sveta", "sviatlana"],
  ["maria", "masha", "mariya", "mariia", "maryia"],
  ["anna", "anya"],
  ["valentina", "valya"],
  ["artyom", "artem", "artiom", "tyoma"],
  ["leonid", "leonide", "lyonya", "lyonia"],
  ["lev", "lyova"],
  ["boris", "borya"],
  ["vadim", "vadik"],
  ["kirill", "kiril", "kyrylo", "kirilo"],
  ["semyon", "syoma"],
  ["polina", "polya", "palina"],
  ["sofia", "sofiya", "sofya", "sonya"],
  ["nadezhda", "nadiya", "nadya"],
  ["lyubov", "liubov", "lyuba"],
  ["viktoria", "viktoriya", "victoria", "vika"],
  // Arabic and Persian spellings the transliteration key does not join.
  ["fatima", "fatimah", "fatma", "fatemeh", "fatemah"],
  ["zeinab", "zaynab", "zainab", "zeynab"],
  ["mustafa", "mostafa", "moustafa", "mustapha"],
  ["abdullah", "abdallah", "abdulla"],
  ["mahdi", "mehdi"],
  ["mohsen", "muhsin"],
  ["yasmin", "yasmine", "yasmeen", "jasmine"],
  ...LONG_I_NAMES.map(withLongEe)
];

/**
 * Endings of Slavic (and Polish) surnames in the feminine: "Volkova", "Zaretskaya", "Rudnicka",
 * "Ilyina". A feminine and a masculine ending (MASCULINE_SURNAME_ENDINGS) never name one person:
 * "Volkova" is never "Volkov" (a wife, a daughter). Folded.
 *
 * @example FEMININE_SURNAME_ENDINGS.includes("ova") // true
 */
export const FEMININE_SURNAME_ENDINGS: readonly string[] = ["ova", "eva", "yova", "ina", "yna", "aya", "skaya", "tskaya", "ska", "cka"];

/**
 * Endings of Slavic (and Polish) surnames in the masculine: "Volkov", "Zaretsky", "Rudnicki",
 * "Ilyin", "Tolstoy", "Smirnoff". See FEMININE_SURNAME_ENDINGS. Folded.
 *
 * @example MASCULINE_SURNAME_ENDINGS.includes("sky") // true
 */
export const MASCULINE_SURNAME_ENDINGS: readonly string[] = ["ov", "ev", "in", "yn", "sky", "ski", "cki", "skiy", "skyy", "skii", "skij", "iy", "yy", "oy", "off"];

/**
 * Members of NAME_CLASSES that are not read as given names when they stand alone (actors/lexicon.ts
 * FIRST takes every other member): each is also an English word that opens sentences ("Will Hamas
 * …?", "Rich nations", "Sue the …"), a place ("Helena", "Lena" the river, "Solomon Islands") or an
 * institution ("the Shura Council"). A class still joins them when a name holds them.
 */
export const CLASS_NAMES_NOT_GIVEN_ALONE: readonly string[] = [
  "will", "rich", "sue", "pat", "rob", "josh", "max", "ken", "ron", "ted", "ed", "sam", "tim", "jen", "meg", "rick",
  "bobby", "billy", "chuck", "jamie", "pete", "dave", "shura", "solomon", "helena", "lena", "moses", "abraham"
];
