/**
 * Words of hosting (data for src/pipeline/interactions/hosting.ts).
 */

/**
 * Verbs of a host receiving guests: a capital or country hosting a group's envoys is their visit
 * ("Tirana hosts Karst Front leaders", "Tirana is receiving Karst Front delegations" → the Karst Front visited Tirana),
 * not a meeting of two sides.
 *
 * @example HOSTING_VERBS.includes("receiving") // true
 */
export const HOSTING_VERBS = ["hosted", "hosts", "host", "hosting", "received", "receives", "receive", "receiving"];

/**
 * Verbs of a host bringing guests together: a person hosting two persons at once is their meeting
 * too ("A hosted B and C at his office": B met C). Not "received": a leader receiving freed
 * captives together ("the governor received B, C and D") is no meeting among them.
 *
 * @example GATHERING_HOST_VERBS.includes("received") // false
 */
export const GATHERING_HOST_VERBS = ["hosted", "hosts", "host", "hosting"];

/**
 * Plural or collective nouns of a group's envoys after its name, which make a hosted group a
 * visiting one ("receiving Karst Front delegations", "hosts Karst Front leaders", "hosting a Karst Front delegation").
 * No "team": "Lisbon hosted the Uruguay team" is sport.
 *
 * @example HOSTED_GUEST_NOUNS.includes("delegations") // true
 */
export const HOSTED_GUEST_NOUNS = ["delegation", "delegations", "leaders", "leadership", "officials", "negotiators", "envoys", "representatives", "delegates", "emissaries"];

/**
 * Words after the guests that keep them apart ("hosted B and C separately", "on separate days"):
 * two guests of one host who did not meet each other.
 *
 * @example APART_WORDS.includes("separately") // true
 */
export const APART_WORDS = ["separately", "separate", "respectively", "individually", "apart", "successive", "consecutive", "different"];
