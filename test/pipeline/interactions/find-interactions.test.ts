/**
 * Stage 07 (src/pipeline/interactions/find-interactions.ts) on invented sentences, round 21 classes.
 * Each block pairs positive "sentence → expected rows" cases with negatives where the rule must not fire.
 */
import {describe, expect, it} from "vitest";
import type {ActorKind} from "../../../src/pipeline/types.ts";
import {findInteractions} from "../../../src/pipeline/stages/07-interactions.ts";
import {emptyCtx, makeArticle, mention} from "../events/helpers.ts";
import {checkInteractions as check, type InteractionCase as Case} from "./check.ts";

/** Stage 07 over invented sentences (one article); mentions as [sentence, text, kind]. Rows sorted. */
function rowsOf(lines: string[], specs: [number, string, ActorKind?][]): string[] {
  const {article, sentences} = makeArticle(lines);
  const ms = specs.map(([k, text, kind]) => mention(sentences[k], text, kind ?? "person"));
  return findInteractions(article, sentences, [], ms, emptyCtx).map((r) => `${ms[r.sourceMention].text} -${r.type}-> ${ms[r.targetMention].text}`).sort();
}

// Class 2: a counted object whose names follow in apposition, then a named reporter ("…, B and C,
// the Lumen Health Ministry said"): the reporter is no one freed, the names still are.
const countedReporter: Record<string, Case> = {
  "freed two counted people, B and C, then '<the org> said' → B and C freed, the reporter not": {
    s: "The Karst Front on Friday freed two Lumenian nurses held near Velm, Ana Vik and Karl Dahl, the Lumenian Health Ministry said in a statement.",
    m: ["Karst Front:group", "Velm:place", "Ana Vik", "Karl Dahl", "Lumenian Health Ministry:organization"],
    rows: ["Karst Front -released-> Ana Vik", "Karst Front -released-> Karl Dahl"],
    rule: "active-counted-names"
  },
  "a person as the reporter: the same": {
    s: "The Karst Front freed two engineers, Ana Vik and Karl Dahl, Luis Mora said on Friday.",
    m: ["Karst Front:group", "Ana Vik", "Karl Dahl", "Luis Mora"],
    rows: ["Karst Front -released-> Ana Vik", "Karst Front -released-> Karl Dahl"]
  },
  "negative: a count of three never drops the third name as a reporter (Luis Mora is not freed by guesswork)": {
    s: "The Karst Front freed three engineers, Ana Vik and Karl Dahl, Luis Mora said on Friday.",
    m: ["Karst Front:group", "Ana Vik", "Karl Dahl", "Luis Mora"],
    rows: []
  },
  "negative: a third name after a comma that says nothing is kept out of the count (no rows)": {
    s: "The Karst Front freed two engineers, Ana Vik and Karl Dahl, Luis Mora and his aides.",
    m: ["Karst Front:group", "Ana Vik", "Karl Dahl", "Luis Mora"],
    rows: []
  },
  "negative: the names then a verb of their own are its subject, not the ones freed": {
    s: "The Karst Front freed two engineers on Friday, and Ana Vik and Karl Dahl, the Velm Ministry said, flew home.",
    m: ["Karst Front:group", "Ana Vik", "Karl Dahl", "Velm Ministry:organization"],
    rows: []
  }
};

describe("findInteractions: a named reporter after a counted list of names", () => {
  it.each(Object.entries(countedReporter))("%s", (_label, c) => check(c));
});

// Class 3: "first" / "last" as an adverb after a noun for the people an actor sends, right after
// the actor's name ("A Karst Front delegation last visited Velm"), as after the name itself.
const delegateOrdinal: Record<string, Case> = {
  "a <group> delegation last visited X → the group visited X": {
    s: "A Karst Front delegation last visited Velm in March.",
    m: ["Karst Front:group", "Velm:place"],
    rows: ["Karst Front -visited-> Velm"]
  },
  "<group> envoys first met B → the group met B": {
    s: "Karst Front envoys first met Ana Vik in 2021.",
    m: ["Karst Front:group", "Ana Vik"],
    rows: ["Karst Front -met-> Ana Vik"]
  },
  "negative: a delegation named by no actor right before it takes no actor from a reporter": {
    s: "Karl Dahl said the delegation last visited Velm in March.",
    m: ["Karl Dahl", "Velm:place"],
    rows: []
  },
  "negative: 'last' before a noun is a determiner ('the delegation's last visit')": {
    s: "The Karst Front delegation's last visit to Velm ended in March.",
    m: ["Karst Front:group", "Velm:place"],
    rows: []
  }
};

describe("findInteractions: first/last after an actor's delegation", () => {
  it.each(Object.entries(delegateOrdinal))("%s", (_label, c) => check(c));
});

// Mend 21, F3: the delegation's noun phrase must open its clause; an object inside a relative clause
// or after a preposition is no subject of the verb after "first/last". Review 21's sentences.
const delegateOrdinalObject: Record<string, Case> = {
  "negative: 'Journalists who interviewed Hamas officials last visited Gaza' → Hamas visited nothing": {
    s: "Journalists who interviewed Hamas officials last visited Gaza in 2022.",
    m: ["Hamas:group", "Gaza:place"],
    rows: []
  },
  "negative: 'Diplomats who briefed Iranian officials first visited Riyadh'": {
    s: "Diplomats who briefed Iranian officials first visited Riyadh in March.",
    m: ["Iranian:country", "Riyadh:place"],
    rows: []
  },
  "negative: 'The mediators who met Hamas officials last visited Cairo'": {
    s: "The mediators who met Hamas officials last visited Cairo on Sunday.",
    m: ["Hamas:group", "Cairo:place"],
    rows: []
  },
  "negative: 'Aid workers who had trained Ukrainian officials first visited Kherson'": {
    s: "Aid workers who had trained Ukrainian officials first visited Kherson in May.",
    m: ["Ukrainian:country", "Kherson:place"],
    rows: []
  },
  "negative: 'Critics of Qatari officials first met Hamas' → Qatar met no one": {
    s: "Critics of Qatari officials first met Hamas in 2012.",
    m: ["Qatari:country", "Hamas:group"],
    rows: []
  },
  "'Qatari officials first met Hamas leaders' (the phrase opens the sentence) → Qatar met Hamas": {
    s: "Qatari officials first met Hamas leaders in Doha in 2023.",
    m: ["Qatari:country", "Hamas:group", "Doha:place"],
    rows: ["Qatari -met-> Hamas"]
  },
  "'Senior Hamas officials last met …' after a comma and 'and' → Hamas met B": {
    s: "Talks resumed on Monday, and senior Karst Front officials last met Ana Vik in Velm.",
    m: ["Karst Front:group", "Ana Vik", "Velm:place"],
    rows: ["Karst Front -met-> Ana Vik"]
  }
};

describe("findInteractions: first/last after a delegation that is an object (review 21 F3)", () => {
  it.each(Object.entries(delegateOrdinalObject))("%s", (_label, c) => check(c));
});

// Class 4: an object pronoun never stands for the person an object pronoun of the other sex between
// them already stood for ("promised him that Lumenia would free her": her is someone else).
const otherSexPronoun: Record<string, Case> = {
  "'promised him … to free her' → no release of the man 'him' stood for": {
    s: "Ana Vik met Foreign Minister Karl Dahl in Velm in July and promised him that Lumenia would spare no effort to free her.",
    m: ["Ana Vik", "Karl Dahl", "Velm:place", "Lumenia:country"],
    rows: ["Ana Vik -met-> Karl Dahl", "Ana Vik -promised-> Karl Dahl"]
  },
  "still (another guard holds it too): 'thanked him and asked <state> to free her' → no release of the man": {
    s: "Ana Vik met Karl Dahl, thanked him and asked Lumenia to free her.",
    m: ["Ana Vik", "Karl Dahl", "Lumenia:country"],
    rows: ["Ana Vik -met-> Karl Dahl", "Ana Vik -asked-> Lumenia"]
  },
  "negative: a possessive 'his' between does not block 'her' (it is the subject's office)": {
    s: "Karl Dahl met Ana Vik at his office and thanked her.",
    m: ["Karl Dahl", "Ana Vik"],
    rows: ["Karl Dahl -met-> Ana Vik", "Karl Dahl -thanked-> Ana Vik"]
  },
  "negative: a possessive 'her' between does not block 'him'": {
    s: "Ana Vik met Karl Dahl, told her aides to wait and thanked him.",
    m: ["Ana Vik", "Karl Dahl"],
    rows: ["Ana Vik -met-> Karl Dahl", "Ana Vik -thanked-> Karl Dahl"]
  },
  "negative: with no pronoun of the other sex between, 'her' is the woman named before": {
    s: "Karl Dahl met Ana Vik in Velm and thanked her.",
    m: ["Karl Dahl", "Ana Vik", "Velm:place"],
    rows: ["Karl Dahl -met-> Ana Vik", "Karl Dahl -thanked-> Ana Vik"]
  }
};

describe("findInteractions: an object pronoun after one of the other sex", () => {
  it.each(Object.entries(otherSexPronoun))("%s", (_label, c) => check(c));
});

// Mend 21, F18: a reflexive ("introduced himself") stands for the clause's subject, never for the
// person named before it, so it never blocks an object pronoun of the other sex. Review 21's sentences.
const reflexiveBetween: Record<string, Case> = {
  "'introduced himself and thanked her' → the man thanked the woman named before": {
    s: "Karl Dahl met Mira Holm, introduced himself and thanked her.",
    m: ["Karl Dahl", "Mira Holm"],
    rows: ["Karl Dahl -met-> Mira Holm", "Karl Dahl -thanked-> Mira Holm"]
  },
  "'introduced herself and thanked him' → the woman thanked the man named before": {
    s: "Mira Holm met Karl Dahl, introduced herself and thanked him.",
    m: ["Mira Holm", "Karl Dahl"],
    rows: ["Mira Holm -met-> Karl Dahl", "Mira Holm -thanked-> Karl Dahl"]
  },
  "'told her he himself would visit Velm and thanked her' → the thanks still reach her": {
    s: "Karl Dahl met Mira Holm, told her he himself would visit Velm and thanked her.",
    m: ["Karl Dahl", "Mira Holm", "Velm:place"],
    rows: ["Karl Dahl -met-> Mira Holm", "Karl Dahl -thanked-> Mira Holm"]
  }
};

describe("findInteractions: a reflexive between never blocks an object pronoun (review 21 F18)", () => {
  it.each(Object.entries(reflexiveBetween))("%s", (_label, c) => check(c));
});

// Mend 21, F4: a man and a woman named together with the pronouns in the same order ("A and B, …
// him … her"): "him" stood for the man, "her" is still the woman named nearest. Review 21's sentences.
const pronounsInOrder: Record<string, Case> = {
  "'met Karl Dahl and his daughter Mira Dahl, blessed him and thanked her' → thanked Mira Dahl": {
    s: "Pope Leo met Karl Dahl and his daughter Mira Dahl, blessed him and thanked her.",
    m: ["Pope Leo", "Karl Dahl", "Mira Dahl"],
    rows: ["Pope Leo -met-> Karl Dahl", "Pope Leo -met-> Mira Dahl", "Pope Leo -thanked-> Mira Dahl"]
  },
  "'received Karl Dahl and Lena Berg, congratulated him … and thanked her' → thanked Lena Berg": {
    s: "Mira Holm received Karl Dahl and Lena Berg, congratulated him on his release and thanked her for her work.",
    m: ["Mira Holm", "Karl Dahl", "Lena Berg"],
    rows: ["Mira Holm -met-> Karl Dahl", "Mira Holm -met-> Lena Berg", "Mira Holm -thanked-> Lena Berg"]
  },
  "negative (still blocked): 'met Mira Holm and told her that Lumenia would free him' → no release of Mira Holm": {
    s: "Karl Dahl met Mira Holm and told her that Lumenia would free him.",
    m: ["Karl Dahl", "Mira Holm", "Lumenia:country"],
    rows: ["Karl Dahl -met-> Mira Holm"]
  }
};

describe("findInteractions: pronouns of both sexes in the order the people were named (review 21 F4)", () => {
  it.each(Object.entries(pronounsInOrder))("%s", (_label, c) => check(c));
});

// Class 6: a counted release told in a sentence that names no one but its doer ("The Delta Front
// freed two miners on Sunday.") still hands the next sentence's agentless handover to that doer.
describe("findInteractions: a counted release in a sentence of one mention", () => {
  it("sentence → expected rows: 'X freed two miners.' then 'B and C were handed to …' → X released B and C", () => {
    expect(rowsOf(["The Delta Front freed two miners on Sunday.", "Karl Dahl and Tomas Dahl were handed to a church team."], [[0, "Delta Front", "group"], [1, "Karl Dahl"], [1, "Tomas Dahl"]])).toEqual([
      "Delta Front -released-> Karl Dahl",
      "Delta Front -released-> Tomas Dahl"
    ]);
  });

  it("sentence → expected rows: the release in an 'As' clause, ages after the names", () => {
    expect(
      rowsOf(
        ["As the Sarn Brigade released three fishermen from a trawler on Friday, church bells rang.", "Lev Orlov, 44, Pavel Orlov, 19, and Ivo Saks, 61, were handed to monks at a mission in Kavel."],
        [[0, "Sarn Brigade", "group"], [1, "Lev Orlov"], [1, "Pavel Orlov"], [1, "Ivo Saks"], [1, "Kavel", "place"]]
      )
    ).toEqual(["Sarn Brigade -released-> Ivo Saks", "Sarn Brigade -released-> Lev Orlov", "Sarn Brigade -released-> Pavel Orlov"]);
  });

  it("negative: a person freeing a count hands nothing on (a person is no counted release's doer)", () => {
    expect(rowsOf(["Bishop Luis Mora freed two miners on Sunday.", "Karl Dahl and Tomas Dahl were handed to a church team."], [[0, "Luis Mora"], [1, "Karl Dahl"], [1, "Tomas Dahl"]])).toEqual([]);
  });

  it("negative: a refused or planned release hands nothing on", () => {
    expect(rowsOf(["The Delta Front refused to free two miners on Sunday.", "Karl Dahl and Tomas Dahl were handed to a church team."], [[0, "Delta Front", "group"], [1, "Karl Dahl"], [1, "Tomas Dahl"]])).toEqual([]);
    expect(rowsOf(["The Delta Front will free two miners on Sunday.", "Karl Dahl and Tomas Dahl were handed to a church team."], [[0, "Delta Front", "group"], [1, "Karl Dahl"], [1, "Tomas Dahl"]])).toEqual([]);
  });

  it("negative: more names than the count are someone else's release", () => {
    expect(rowsOf(["The Delta Front freed two miners on Sunday.", "Karl Dahl, Ana Vik and Tomas Dahl were handed to a church team."], [[0, "Delta Front", "group"], [1, "Karl Dahl"], [1, "Ana Vik"], [1, "Tomas Dahl"]])).toEqual([]);
  });

  // Mend 21, F12: the handover must hand over the named persons themselves. Review 21's sentences.
  it("negative: bodies, a thing handed to the named, or custody take no carried release (review 21 F12)", () => {
    expect(rowsOf(["The Delta Front freed two miners on Sunday.", "The bodies of Ana Vik and Karl Dahl were handed over to their families."], [[0, "Delta Front", "group"], [1, "Ana Vik"], [1, "Karl Dahl"]])).toEqual([]);
    expect(rowsOf(["Russia released two prisoners on Monday.", "Ukraine's envoys Ana Vik and Karl Dahl were handed over a list of names."], [[0, "Russia", "country"], [1, "Ukraine", "country"], [1, "Ana Vik"], [1, "Karl Dahl"]])).toEqual([]);
    expect(rowsOf(["Police said the Delta Front freed two miners.", "Officers Ana Vik and Karl Dahl were handed over the case."], [[0, "Delta Front", "group"], [1, "Ana Vik"], [1, "Karl Dahl"]])).toEqual([]);
    expect(rowsOf(["The Delta Front freed two miners on Sunday.", "Ana Vik and Karl Dahl were handed over to prosecutors as suspects."], [[0, "Delta Front", "group"], [1, "Ana Vik"], [1, "Karl Dahl"]])).toEqual([]);
  });

  it("sentence → expected rows: a passive release with a time phrase after it ('released the next morning') still takes it", () => {
    expect(rowsOf(["The Delta Front freed two miners on Sunday.", "Ana Vik and Karl Dahl were released the next morning."], [[0, "Delta Front", "group"], [1, "Ana Vik"], [1, "Karl Dahl"]])).toEqual([
      "Delta Front -released-> Ana Vik",
      "Delta Front -released-> Karl Dahl"
    ]);
  });

  it("sentence → expected rows: a handover to the Red Cross in a place still takes the carried release (review 21 F12)", () => {
    expect(rowsOf(["The Delta Front freed two miners on Sunday.", "Ana Vik and Karl Dahl were handed over to the Red Cross in Ostra."], [[0, "Delta Front", "group"], [1, "Ana Vik"], [1, "Karl Dahl"], [1, "Red Cross", "organization"], [1, "Ostra", "place"]])).toEqual([
      "Delta Front -released-> Ana Vik",
      "Delta Front -released-> Karl Dahl"
    ]);
  });

  it("negative: a sentence between breaks the carry", () => {
    expect(rowsOf(["The Delta Front freed two miners on Sunday.", "The weather was cold.", "Karl Dahl and Tomas Dahl were handed to a church team."], [[0, "Delta Front", "group"], [2, "Karl Dahl"], [2, "Tomas Dahl"]])).toEqual([]);
  });
});

// Class 7: the counted release told as a noun ("The release of two miners by the Delta Front …")
// carries to the next sentence's handover as the verb does.
describe("findInteractions: a counted release told as a noun", () => {
  const handover = "Karl Dahl and Tomas Dahl were handed over to the Red Cross in Velm on Tuesday.";
  const names: [number, string, ActorKind?][] = [[1, "Karl Dahl"], [1, "Tomas Dahl"], [1, "Red Cross", "organization"], [1, "Velm", "place"]];

  it("sentence → expected rows: 'cheered the freeing of three fishermen by X' then the handover of three → X released each", () => {
    expect(rowsOf(["Relatives in the port cheered the freeing of three fishermen by the Sarn Brigade.", "Lev Orlov, Pavel Orlov and Ivo Saks were handed to a church mission on Friday."], [[0, "Sarn Brigade", "group"], [1, "Lev Orlov"], [1, "Pavel Orlov"], [1, "Ivo Saks"]])).toEqual([
      "Sarn Brigade -released-> Ivo Saks",
      "Sarn Brigade -released-> Lev Orlov",
      "Sarn Brigade -released-> Pavel Orlov"
    ]);
  });

  it("negative: a release only demanded or called for hands nothing on", () => {
    expect(rowsOf(["Chile demanded the release of two miners by the Delta Front.", handover], [[0, "Chile", "country"], [0, "Delta Front", "group"], ...names])).toEqual([]);
    expect(rowsOf(["Officials called for the release of two miners by the Delta Front.", handover], [[0, "Delta Front", "group"], ...names])).toEqual([]);
  });

  it("negative: a person after 'by', or one person released, hands nothing on", () => {
    expect(rowsOf(["The release of two miners by Bishop Luis Mora this week surprised Velm.", handover], [[0, "Luis Mora"], [0, "Velm", "place"], ...names])).toEqual([]);
    expect(rowsOf(["The release of a miner by the Delta Front this week followed talks.", handover], [[0, "Delta Front", "group"], ...names])).toEqual([]);
  });

  it("negative: a release that will come hands nothing on", () => {
    expect(rowsOf(["The release of two miners by the Delta Front is expected next week.", handover], [[0, "Delta Front", "group"], ...names])).toEqual([]);
  });

  // Mend 21, F13: a release noun whose own predicate says it did not happen. Review 21's sentences.
  it("negative: a release blocked, denied or failed hands nothing on (review 21 F13)", () => {
    const two: [number, string, ActorKind?][] = [[1, "Ana Vik"], [1, "Karl Dahl"], [1, "Red Cross", "organization"]];
    const next = "Ana Vik and Karl Dahl were handed over to the Red Cross.";
    expect(rowsOf(["The release of two miners by the Delta Front was blocked by the army.", next], [[0, "Delta Front", "group"], ...two])).toEqual([]);
    expect(rowsOf(["The release of two miners by the Delta Front was denied by the army.", next], [[0, "Delta Front", "group"], ...two])).toEqual([]);
    expect(rowsOf(["The release of two miners by the Delta Front failed.", next], [[0, "Delta Front", "group"], ...two])).toEqual([]);
  });

  it("sentence → expected rows: a release noun welcomed (no failure word) still carries (review 21 F13)", () => {
    expect(rowsOf(["Families welcomed the release of two miners by the Delta Front.", "Ana Vik and Karl Dahl were handed over to the Red Cross."], [[0, "Delta Front", "group"], [1, "Ana Vik"], [1, "Karl Dahl"], [1, "Red Cross", "organization"]])).toEqual([
      "Delta Front -released-> Ana Vik",
      "Delta Front -released-> Karl Dahl"
    ]);
  });
});
