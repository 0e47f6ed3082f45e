/**
 * Stage 07 on invented sentences (round 18): a meeting held "in the presence of" a third party,
 * with the person met named in apposition to a description, and a date written with its own
 * punctuation between the verb and its "with":
 * - "A met B in the presence of <Title> C" → A met B, C mediated A, C mediated B (nominal.ts
 *   witnessedMeeting; a title of capitalised words may stand before C);
 * - "A held talks with a senior X official, B, …" → A met B, not X (arguments.ts objectsAfter
 *   through describedConjunct: the person named in apposition to a described one);
 * - "A held talks on 3.5.2024 with B", "A held talks on May 3, 2024, in X with B" → A met B (find-interactions.ts
 *   findWord: a date's own dots and commas end no clause and count as no words).
 * Negatives: a presence at no meeting (a signing; a match, sport), a meeting in another clause, a
 * description holding a person ("a friend of B, C"), the owner of an unnamed envoy present
 * ("in the presence of B's ambassador"), an apposition that is no name's end
 * ("…, C said"), a verdict read "in the presence of" counsel (courts), and punctuation that is no date.
 */
import {describe, expect, it} from "vitest";
import {checkInteractions as check, interactionRows, type InteractionCase as Case} from "./check.ts";

const cases: Record<string, Case> = {
  "A met B in the presence of <Title> C → C mediated both": {
    s: "Oumar Traore met Ines Mota in Niamey in the presence of Malian Deputy Foreign Minister Kojo Mensah.",
    m: ["Oumar Traore", "Ines Mota", "Niamey:place", "Kojo Mensah"],
    rows: ["Oumar Traore -met-> Ines Mota", "Kojo Mensah -mediated-> Oumar Traore", "Kojo Mensah -mediated-> Ines Mota"]
  },
  "A held talks with a senior X official, B, → A met B (not X)": {
    s: "Oumar Traore held talks with a senior Delta Front official, Ines Mota, on the release.",
    m: ["Oumar Traore", "Delta Front:group", "Ines Mota"],
    rows: ["Oumar Traore -met-> Ines Mota"]
  },
  "A held talks on <dotted date> with a member of X, B, in the presence of C": {
    s: "Oumar Traore held talks in Doha on 03.05.2024 with a member of the Delta Front council, Ines Mota, in the presence of Kojo Mensah.",
    m: ["Oumar Traore", "Doha:place", "Delta Front:group", "Ines Mota", "Kojo Mensah"],
    d: ["03.05.2024=2024-05-03"],
    rows: ["Oumar Traore -met-> Ines Mota", "Kojo Mensah -mediated-> Oumar Traore", "Kojo Mensah -mediated-> Ines Mota"]
  },
  "A held talks on <Month d, yyyy> with B": {
    s: "Oumar Traore held talks on May 3, 2024 with Ines Mota.",
    m: ["Oumar Traore", "Ines Mota"],
    d: ["May 3, 2024=2024-05-03"],
    rows: ["Oumar Traore -met-> Ines Mota"]
  },
  "negative: a presence at a signing is no meeting brokered": {
    s: "Oumar Traore signed the register in the presence of Kojo Mensah.",
    m: ["Oumar Traore", "Kojo Mensah"],
    rows: []
  },
  "negative (sport): a match played in the presence of a minister": {
    s: "Dario Bellini scored twice against Porto in the presence of Sports Minister Kojo Mensah.",
    m: ["Dario Bellini", "Porto:organization", "Kojo Mensah"],
    rows: []
  },
  "negative (courts): a verdict read in the presence of counsel": {
    s: "Judge Oumar Traore read the verdict on Ines Mota in the presence of defence lawyer Kojo Mensah.",
    m: ["Oumar Traore", "Ines Mota", "Kojo Mensah"],
    rows: []
  },
  "negative: the meeting is in another clause": {
    s: "Oumar Traore met Ines Mota on Monday; the accord was signed on Friday in the presence of Kojo Mensah.",
    m: ["Oumar Traore", "Ines Mota", "Kojo Mensah"],
    rows: ["Oumar Traore -met-> Ines Mota"]
  },
  "negative: a description holding a person is no apposition of the one met": {
    s: "Oumar Traore met a cousin of Ines Mota, Kojo Mensah, on Monday.",
    m: ["Oumar Traore", "Ines Mota", "Kojo Mensah"],
    rows: []
  },
  "negative: a name followed by a reporting verb closes no apposition": {
    s: "Oumar Traore met a senior Delta Front official, Ines Mota said.",
    m: ["Oumar Traore", "Delta Front:group", "Ines Mota"],
    rows: ["Oumar Traore -met-> Delta Front"]
  },
  "negative: a full stop that is no date's still ends the search": {
    s: "Oumar Traore held talks in Doha. With Ines Mota he said nothing.",
    m: ["Oumar Traore", "Doha:place", "Ines Mota"],
    rows: []
  }
};

describe("round 18: meetings witnessed by a third party", () => {
  for (const [name, c] of Object.entries(cases)) it(name, () => check(c));

  it("negative: the owner of an unnamed envoy present brokers no meeting of both", () => {
    const {rows} = interactionRows({s: "Oumar Traore met Ines Mota in the presence of Niger's ambassador.", m: ["Oumar Traore", "Ines Mota", "Niger:country"], rows: []});
    expect(rows).toContain("Oumar Traore -met-> Ines Mota");
    expect(rows).not.toContain("Niger -mediated-> Oumar Traore");
  });
});
