/**
 * Words before a trigger (same clause, nearest first) that change an event's modality.
 * Data for src/pipeline/events/modality.ts. Shared by stages 06 and 07.
 */
import type {Modality} from "../types.ts";

export const MODALITY_CUES: Record<string, Modality> = {
  // planned: announced intentions and schedules ("will release", "plans to visit")
  will: "planned", shall: "planned", "'ll": "planned", plans: "planned", plan: "planned", planned: "planned",
  planning: "planned", expected: "planned", expects: "planned", scheduled: "planned",
  intends: "planned", intend: "planned", intention: "planned", intended: "planned", ready: "planned",
  prepared: "planned", upcoming: "planned", promised: "planned", promise: "planned", promises: "planned",
  vowed: "planned", pledged: "planned", agreed: "planned", decided: "planned", set: "planned", going: "planned",
  due: "planned", forthcoming: "planned", imminent: "planned",
  // hypothetical: possibility, condition, negation, and things only asked for
  could: "hypothetical", would: "hypothetical", may: "hypothetical", might: "hypothetical", if: "hypothetical",
  unless: "hypothetical", whether: "hypothetical", potential: "hypothetical", possible: "hypothetical",
  possibly: "hypothetical", no: "hypothetical", not: "hypothetical", never: "hypothetical", "n't": "hypothetical",
  "can't": "hypothetical", "won't": "hypothetical", "didn't": "hypothetical", "hasn't": "hypothetical",
  "haven't": "hypothetical", "wasn't": "hypothetical", "weren't": "hypothetical", "isn't": "hypothetical",
  call: "hypothetical", called: "hypothetical", calls: "hypothetical", calling: "hypothetical", urged: "hypothetical",
  urge: "hypothetical", urges: "hypothetical", demanded: "hypothetical", demand: "hypothetical", demands: "hypothetical",
  efforts: "hypothetical", effort: "hypothetical", bid: "hypothetical", seek: "hypothetical", seeks: "hypothetical",
  sought: "hypothetical", seeking: "hypothetical", pressure: "hypothetical", asked: "hypothetical", asking: "hypothetical",
  appealed: "hypothetical", hopes: "hypothetical", hope: "hypothetical", hoped: "hypothetical", wants: "hypothetical",
  want: "hypothetical", wanted: "hypothetical", push: "hypothetical", pushing: "hypothetical",
  // claimed: the outlet distances itself
  claimed: "claimed", claims: "claimed", claim: "claimed", claiming: "claimed", alleged: "claimed", allegedly: "claimed",
  supposedly: "claimed", purportedly: "claimed", reportedly: "claimed", purported: "claimed"
};

/** Words after a trigger (within three words) that mark it as planned ("a meeting is scheduled"). */
export const MODALITY_AFTER_CUES: Record<string, Modality> = {
  planned: "planned", scheduled: "planned", expected: "planned", due: "planned", will: "planned"
};

/**
 * Verbs of refusal and failure: the act of the infinitive right after them ("refused to meet", "failed to free",
 * "declined to sign") did not happen, so it is hypothetical (events/modality.ts). Only that infinitive: "the failed
 * talks", "Turnout declined as Russia attacked", "declined to comment on reports that Israel struck" leave other
 * acts alone.
 */
export const REFUSAL_VERBS: string[] = ["refused", "refuses", "refuse", "refusing", "declined", "declines", "decline", "declining", "failed", "fails", "fail", "failing"];

/** Relative words that open an aside between commas, whose cues are the aside's own ("Hamas, which had refused …, released B"). */
export const ASIDE_RELATIVES: string[] = ["which", "who", "whom", "whose"];

/**
 * Auxiliaries, modals and negations: before a first verb they may be shared by a second one after "and" ("has not
 * freed B and released C" negates both), so that second verb keeps the first one's cues (events/modality.ts).
 */
export const SHARED_AUXILIARIES: string[] = [
  "has", "have", "had", "was", "were", "is", "are", "be", "been", "did", "do", "does", "not", "never", "will", "would",
  "could", "may", "might", "should", "can", "must", "shall"
];

/**
 * Irregular past forms that can open a predicate of their own after "and" ("… and met the volunteers"); regular ones
 * end in "-ed" (events/modality.ts).
 */
export const IRREGULAR_PAST_FORMS: string[] = [
  "met", "held", "took", "gave", "sent", "told", "spoke", "made", "paid", "left", "brought", "fought", "caught", "sought",
  "kept", "won", "hit", "struck", "shot", "fled", "led", "went", "came", "saw", "began", "wrote", "bought", "got", "flew",
  "drove", "stole", "swore", "threw", "broke", "chose", "rode", "rang", "sang", "ran", "sat", "stood", "lost", "hid", "bit"
];
