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
