/**
 * Relatives named after a possessive and a comma ("Ferreira's daughter, Ana"): the given name that
 * follows takes the owner's surname (stage 09, actors/merge.ts). Singular, lowercase.
 */
export const KIN_NOUNS: readonly string[] = [
  "wife", "husband", "widow", "widower", "son", "daughter", "brother", "sister", "mother", "father", "fiancee",
  "fiance", "partner", "stepson", "stepdaughter", "stepmother", "stepfather", "grandson", "granddaughter"
];
