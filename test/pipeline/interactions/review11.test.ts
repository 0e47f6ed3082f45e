/**
 * Stage 07 on the reviewer's invented look-alikes of round 11 (REVIEW11 items 5–14): each sentence
 * must give the rows listed (mostly none of the look-alike kind).
 */
import {describe, expect, it} from "vitest";
import type {ActorKind} from "../../../src/pipeline/types.ts";
import {findInteractions} from "../../../src/pipeline/stages/07-interactions.ts";
import {emptyCtx, makeArticle, mention} from "../events/helpers.ts";
import {checkInteractions as check, type InteractionCase as Case} from "./check.ts";

/** Rows of stage 07 on several sentences; mentions as [sentence index, text, kind]. */
function rowsOf(lines: string[], specs: [number, string, ActorKind?][]): string[] {
  const {article, sentences} = makeArticle(lines);
  const ms = specs.map(([k, text, kind]) => mention(sentences[k], text, kind ?? "person"));
  return findInteractions(article, sentences, [], ms, emptyCtx).map((r) => `${ms[r.sourceMention].text} -${r.type}-> ${ms[r.targetMention].text}`).sort();
}

const cases: Record<string, Case> = {
  // 5: a counted name list that is the subject of a later verb is not the released list.
  "5: counted names that then announced something were not freed": {
    s: "Kenya freed two prisoners on Monday, William Ruto and Musalia Mudavadi, in a joint statement, announced.",
    m: ["Kenya:country", "William Ruto", "Musalia Mudavadi"],
    rows: []
  },
  "5: counted names with a relative clause, then welcomed": {
    s: "Hamas freed two hostages on Monday, Ana Lopes and Maria Silva, who had campaigned for their release, welcomed them in Tel Aviv.",
    m: ["Hamas:group", "Ana Lopes", "Maria Silva", "Tel Aviv:place"],
    rows: []
  },
  "5: counted names with a relative clause, then said": {
    s: "Mali freed two prisoners after talks, Ana Lopes and Maria Silva, who led the talks, said.",
    m: ["Mali:country", "Ana Lopes", "Maria Silva"],
    rows: []
  },
  "5 (kept): a participle after the names is no verb of theirs": {
    s: "The Coast Militia freed two divers on Monday, Omar Haddad and Sami Nour, kidnapped in May.",
    m: ["Coast Militia:group", "Omar Haddad", "Sami Nour"],
    rows: ["Coast Militia -released-> Omar Haddad", "Coast Militia -released-> Sami Nour"]
  },
  // 6: an of/for phrase between the count noun and 'freed by'.
  "6: the two lawyers of the fishermen freed by G": {
    s: "Ana Lopes and Maria Silva, the two lawyers of the fishermen freed by the Sahel Front, left the court.",
    m: ["Ana Lopes", "Maria Silva", "Sahel Front:group"],
    rows: []
  },
  "6: the two relatives of hostages freed by G": {
    s: "Ana Lopes and Maria Silva, the two relatives of hostages freed by Hamas, left the court.",
    m: ["Ana Lopes", "Maria Silva", "Hamas:group"],
    rows: []
  },
  "6: the two negotiators for the captives freed by G": {
    s: "Ana Lopes and Maria Silva, the two negotiators for the captives freed by the Sahel Front, left the court.",
    m: ["Ana Lopes", "Maria Silva", "Sahel Front:group"],
    rows: []
  },
  // 8: a phone noun that is the topic of the talk is no call.
  "8: discussed the leaked phone call with B": {
    s: "Ines Moura discussed the leaked phone call with Tomas Vik at a summit in Quito.",
    m: ["Ines Moura", "Tomas Vik", "Quito:place"],
    rows: ["Ines Moura -negotiated-> Tomas Vik"]
  },
  "8: discussed the hacking of phone conversations with B": {
    s: "Ines Moura discussed the hacking of phone conversations with Tomas Vik in Paris.",
    m: ["Ines Moura", "Tomas Vik", "Paris:place"],
    rows: ["Ines Moura -negotiated-> Tomas Vik"]
  },
  "8: discussed with B the telephone talks B had held": {
    s: "Ines Moura discussed with Tomas Vik the telephone talks Vik had held with Vladimir Putin.",
    m: ["Ines Moura", "Tomas Vik", "Vladimir Putin"],
    rows: ["Ines Moura -negotiated-> Tomas Vik"]
  },
  "8: A and B discussed a ban on mobile phone calls": {
    s: "Ines Moura and Tomas Vik discussed a ban on mobile phone calls in prisons.",
    m: ["Ines Moura", "Tomas Vik"],
    rows: ["Ines Moura -negotiated-> Tomas Vik"]
  },
  "8: discussed with B a phone call C made": {
    s: "Ines Moura discussed with Tomas Vik a phone call Trump made to Putin.",
    m: ["Ines Moura", "Tomas Vik", "Trump", "Putin"],
    rows: ["Ines Moura -negotiated-> Tomas Vik"]
  },
  "8 (kept): 'over the phone' is a call": {
    s: "Ines Moura discussed the convoy over the phone with Tomas Vik.",
    m: ["Ines Moura", "Tomas Vik"],
    rows: ["Ines Moura -met-> Tomas Vik"]
  },
  "8 (kept): 'during a phone call' is a call": {
    s: "Ines Moura and Tomas Vik discussed the convoy during a phone call.",
    m: ["Ines Moura", "Tomas Vik"],
    rows: ["Ines Moura -met-> Tomas Vik"]
  },
  // 9: an affiliation is dropped per agent.
  "9: the second agent's own affiliation counts": {
    s: "Ana Lopes was kidnapped by fighters of the Iran-backed Houthis and the Hamas-allied Islamic Jihad.",
    m: ["Ana Lopes", "Iran:country", "Houthis:group", "Hamas:group", "Islamic Jihad:group"],
    rows: ["Houthis -abducted-> Ana Lopes", "Islamic Jihad -abducted-> Ana Lopes"]
  },
  "9: a person after an affiliated agent is kept": {
    s: "Ana Lopes was freed by the Qatar-linked mediators and Omar Khalil.",
    m: ["Ana Lopes", "Qatar:country", "Omar Khalil"],
    rows: ["Omar Khalil -released-> Ana Lopes"]
  },
  // 10: 'through a/the' + something that is not a person noun.
  "10: through a long night, Y said": {
    s: "Ana Lopes negotiated with the Sahel Front through a long night, Omar Khalil, who was present, said.",
    m: ["Ana Lopes", "Sahel Front:group", "Omar Khalil"],
    rows: ["Ana Lopes -negotiated-> Sahel Front"]
  },
  "10: through the spring, Y": {
    s: "Ana Lopes negotiated with the Sahel Front through the spring, Omar Khalil.",
    m: ["Ana Lopes", "Sahel Front:group", "Omar Khalil"],
    rows: ["Ana Lopes -negotiated-> Sahel Front"]
  },
  // 11: labour and hunger strikes are no attacks.
  "11: a union's strikes on a country's hospitals": {
    s: "The Kenya Union of Nurses resumed strikes on Kenya's public hospitals.",
    m: ["Kenya Union of Nurses:group", "Kenya:country"],
    rows: []
  },
  "11: a union's strikes on a country's platinum belt": {
    s: "The National Union of Mineworkers launched strikes on South Africa's platinum belt.",
    m: ["National Union of Mineworkers:group", "South Africa:country"],
    rows: []
  },
  "11: hunger strikes against a country": {
    s: "Fatah prisoners launched hunger strikes against Israel's use of administrative detention.",
    m: ["Fatah:group", "Israel:country"],
    rows: []
  },
  "11 (kept): a group's strikes on a country are an attack": {
    s: "The Coast Militia resumed strikes on Malta.",
    m: ["Coast Militia:group", "Malta:country"],
    rows: ["Coast Militia -attacked-> Malta"]
  },
  // 12: 'plead with' and modality / someone else's relatives.
  "12: refused to plead with P": {
    s: "Ana Lopes refused to plead with Vladimir Putin.",
    m: ["Ana Lopes", "Vladimir Putin"],
    rows: []
  },
  "12: whose families had pleaded with P": {
    s: "Rebels freed two hostages, Ana Lopes and Maria Silva, whose families had pleaded with Vladimir Putin.",
    m: ["Ana Lopes", "Maria Silva", "Vladimir Putin"],
    rows: []
  },
  "12: would never plead with G": {
    s: "Ana Lopes said she would never plead with the Sahel Front.",
    m: ["Ana Lopes", "Sahel Front:group"],
    rows: []
  },
  // 13: 'along with X, which also signed it' → X is a party, not a mediator.
  "13: along with X, which also signed it": {
    s: "Egypt brokered the ceasefire between Israel and Islamic Jihad along with Hamas, which also signed it.",
    m: ["Egypt:country", "Israel:country", "Islamic Jihad:group", "Hamas:group"],
    rows: ["Egypt -mediated-> Israel", "Egypt -mediated-> Islamic Jihad"]
  },
  // 14: a reporter after a direct-object list.
  "14: met A and B, the <org> press service reported": {
    s: "Ana Lopes met Omar Khalil and Maria Silva, the Kremlin press service reported.",
    m: ["Ana Lopes", "Omar Khalil", "Maria Silva", "Kremlin:organization"],
    rows: ["Ana Lopes -met-> Omar Khalil", "Ana Lopes -met-> Maria Silva"]
  }
};

describe("findInteractions: REVIEW11 look-alikes", () => {
  it.each(Object.entries(cases))("%s", (_label, c) => check(c));

  it("7: a refused release does not carry to the next sentence's names", () => {
    expect(
      rowsOf(
        ["Hamas has refused to free three hostages held in Gaza.", "Ana Lopes and Maria Silva were released last year."],
        [[0, "Hamas", "group"], [0, "Gaza", "place"], [1, "Ana Lopes"], [1, "Maria Silva"]]
      )
    ).toEqual([]);
  });
});
