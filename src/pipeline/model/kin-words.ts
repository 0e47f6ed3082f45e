/**
 * Relatives named after a possessive and a comma ("Ferreira's daughter, Ana"): the given name that
 * follows takes the owner's surname (stage 09, actors/merge.ts). Singular, lowercase.
 */
export const KIN_NOUNS: readonly string[] = [
  "wife", "husband", "widow", "widower", "son", "daughter", "brother", "sister", "mother", "father", "fiancee",
  "fiance", "partner", "stepson", "stepdaughter", "stepmother", "stepfather", "grandson", "granddaughter"
];

/**
 * Kin nouns that name a woman: a person named right after one ("his wife, Ngozi Okafor", "her
 * daughter Dana Okafor") is a woman even when the given-name lists do not know her given name, so
 * a woman's courtesy title ("Mrs Okafor") may stand for her and a man's ("Mr Okafor") may not
 * (actors/resolve.ts). Singular, lowercase.
 */
export const FEMININE_KIN_NOUNS: readonly string[] = [
  "wife", "widow", "daughter", "sister", "mother", "fiancee", "fiancée", "stepdaughter", "stepmother", "granddaughter",
  "grandmother", "niece", "aunt", "girlfriend"
];

/**
 * Kin nouns that name a man: a person named right after one ("her husband Daniel Okafor", "her
 * brother, Peter Okafor") is a man, so a woman's courtesy title ("Mrs Okafor") never stands for him
 * (actors/resolve.ts herFullName). Singular, lowercase.
 */
export const MASCULINE_KIN_NOUNS: readonly string[] = [
  "husband", "widower", "son", "brother", "father", "fiance", "stepson", "stepfather", "grandson", "grandfather",
  "nephew", "uncle", "boyfriend"
];

/**
 * Words that open a woman's kin apposition right after her name ("Grace Okafor, the mother of
 * hostage Peter Okafor, met …"; "Ngozi Okafor, his wife, said …"): she is a woman. Lowercase.
 */
export const KIN_APPOSITION_OPENERS: readonly string[] = ["the", "his", "her", "their", "a"];

/**
 * Possessives before a kin noun that tell the titled man's own relation later in his sentence ("Mr
 * Okafor said his wife was tired": he is a husband, and the full name of his surname may be hers).
 * Not "her": "met Mr Ivanov, who promised her that … her father" is another woman's relation.
 * Lowercase.
 */
export const KIN_POSSESSIVES: readonly string[] = ["his"];

/**
 * Possessives of a kin apposition right after a titled name ("Mr Keane, her brother, told
 * reporters"): the titled man is someone's relative. Lowercase.
 */
export const KIN_APPOSITION_POSSESSIVES: readonly string[] = ["his", "her", "their"];

/**
 * Verbs of a relative who only reacts or looks on ("Lucia Ortiz, the striker's sister, watched from the stands";
 * "had appealed to her brother"), read right after the relative's introduction: such a relative is not the story's
 * subject, so a bare surname she shares may be the subject's (actors/resolve.ts subjectOverRelative). Not
 * "was"/"were" (often "was arrested", "was kidnapped": then the relative is the subject). Lowercase.
 */
export const BYSTANDER_KIN_VERBS: readonly string[] = [
  "watched", "waited", "wept", "cried", "cheered", "appealed", "pleaded", "begged", "prayed", "hugged", "embraced",
  "greeted", "welcomed", "thanked", "looked", "stood", "sat", "listened", "clapped", "applauded", "travelled", "traveled",
  "flew", "rushed"
];

/**
 * Words after "of" in a kin apposition that describe the person, not a relation to someone in the story ("Ahmed
 * Khan, a father of four"; "Gurpreet Singh, the son of a farmer": review 23, F13). Lowercase.
 */
export const KIN_OF_DESCRIPTIVE: readonly string[] = [
  "a", "an", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"
];

/** Auxiliaries allowed before a bystander verb ("had appealed to her brother"). Lowercase. */
export const BYSTANDER_AUXILIARIES: readonly string[] = ["had", "has", "have"];

/**
 * Articles before the possessor noun of a kin phrase when the article names the other person by it ("Ramon Ortiz, the
 * striker"; actors/resolve.ts kinOfSubject). Lowercase.
 */
export const ROLE_NOUN_ARTICLES: readonly string[] = ["the", "a", "an"];
