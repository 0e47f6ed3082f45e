/**
 * Stage 07 on invented sentences, one block per class of misses (round 9): lists of persons
 * handed over in the passive, requests coordinated with a meeting, pronouns and quotes for the
 * speaker, possessive titles, brokered deals. Each block has negatives.
 */
import {describe, expect, it} from "vitest";
import type {ActorKind} from "../../../src/pipeline/types.ts";
import {findInteractions} from "../../../src/pipeline/stages/07-interactions.ts";
import {emptyCtx, makeArticle, mention} from "../events/helpers.ts";
import {checkInteractions as check, type InteractionCase as Case} from "./check.ts";

const passiveListCases: Record<string, Case> = {
  "A, 44, B, 29, and C, 61, were handed over by X gunmen → X released each": {
    s: "On the river road outside Bamenda, Juan Ortiz, 44, Marta Ruiz, 29, and Pablo Leon, 61, were handed over by Sierra Front gunmen to a church team.",
    m: ["Juan Ortiz", "Marta Ruiz", "Pablo Leon", "Sierra Front:group", "Bamenda:place"],
    rows: ["Sierra Front -released-> Juan Ortiz", "Sierra Front -released-> Marta Ruiz", "Sierra Front -released-> Pablo Leon"]
  },
  "A, his brother B and the engineer C were freed by X → X released each": {
    s: "Juan Ortiz, his brother Luis Ortiz and the engineer Pablo Leon were freed by the Sierra Front on Sunday.",
    m: ["Juan Ortiz", "Luis Ortiz", "Pablo Leon", "Sierra Front:group"],
    rows: ["Sierra Front -released-> Juan Ortiz", "Sierra Front -released-> Luis Ortiz", "Sierra Front -released-> Pablo Leon"]
  },
  "A and his nephew B were released by X → both": {
    s: "Kofi Mensah and his nephew Yaw Boateng were released by the Delta Brigade.",
    m: ["Kofi Mensah", "Yaw Boateng", "Delta Brigade:group"],
    rows: ["Delta Brigade -released-> Kofi Mensah", "Delta Brigade -released-> Yaw Boateng"]
  },
  "A, B and the pilot C were released … and driven to Lima, where they were received by D → X released, D met each": {
    s: "Ana Souza, Tomas Vik and the pilot Ines Moura were released by the Delta Brigade and driven to Lima, where they were received by Bishop Carlos Mendez.",
    m: ["Ana Souza", "Tomas Vik", "Ines Moura", "Delta Brigade:group", "Lima:place", "Carlos Mendez"],
    rows: [
      "Delta Brigade -released-> Ana Souza", "Delta Brigade -released-> Tomas Vik", "Delta Brigade -released-> Ines Moura",
      "Carlos Mendez -met-> Ana Souza", "Carlos Mendez -met-> Tomas Vik", "Carlos Mendez -met-> Ines Moura"
    ]
  },
  "negative: 'A, his lawyer B, said' is an apposition, not a list": {
    s: "Juan Ortiz, his lawyer Luis Ortiz, said the engineer Pablo Leon was freed by the Sierra Front.",
    m: ["Juan Ortiz", "Luis Ortiz", "Pablo Leon", "Sierra Front:group"],
    rows: ["Sierra Front -released-> Pablo Leon"]
  },
  "negative: 'A, his uncle B, was freed' names one patient in apposition": {
    s: "Juan Ortiz, his uncle Luis Ortiz, was freed by the Sierra Front.",
    m: ["Juan Ortiz", "Luis Ortiz", "Sierra Front:group"],
    rows: ["Sierra Front -released-> Juan Ortiz"]
  }
};

describe("findInteractions: passive handovers of a list of persons", () => {
  it.each(Object.entries(passiveListCases))("%s", (_label, c) => check(c));
});

/** Rows of stage 07 on several sentences; mentions as [sentence index, text, kind]. */
function rowsOf(lines: string[], specs: [number, string, ActorKind?][]): string[] {
  const {article, sentences} = makeArticle(lines);
  const ms = specs.map(([k, text, kind]) => mention(sentences[k], text, kind ?? "person"));
  return findInteractions(article, sentences, [], ms, emptyCtx).map((r) => `${ms[r.sourceMention].text} -${r.type}-> ${ms[r.targetMention].text}`).sort();
}

describe("findInteractions: the speaker of a quotation, not a person quoted", () => {
  it("\"B and C are home,\" A said. He thanked D and E → A thanked D and E", () => {
    const rows = rowsOf(
      ["\"The two nurses, Pablo Leon and Juan Ortiz, slept at home last night,\" Reyes said.", "He thanked Norway and Cuba."],
      [[0, "Pablo Leon"], [0, "Juan Ortiz"], [0, "Reyes"], [1, "Norway", "country"], [1, "Cuba", "country"]]
    );
    expect(rows).toEqual(["Reyes -thanked-> Cuba", "Reyes -thanked-> Norway"]);
  });
  it("negative: a person named outside any quote stays the antecedent", () => {
    const rows = rowsOf(
      ["Pablo Leon, freed with Juan Ortiz, told reporters he was \"tired but happy\".", "He thanked Norway."],
      [[0, "Pablo Leon"], [0, "Juan Ortiz"], [1, "Norway", "country"]]
    );
    expect(rows).toEqual(["Pablo Leon -thanked-> Norway"]);
  });
  it("negative: a sentence whose only person is quoted keeps that person", () => {
    const rows = rowsOf(["\"Pablo Leon is home,\" the ministry said.", "He thanked Norway."], [[0, "Pablo Leon"], [1, "Norway", "country"]]);
    expect(rows).toEqual(["Pablo Leon -thanked-> Norway"]);
  });
});

const speakerCases: Record<string, Case> = {
  "A's aides said she had thanked B → A thanked B": {
    s: "Mayor Ilse Brandt's aides said she had thanked Oskar Lind after the floods.", m: ["Ilse Brandt's", "Oskar Lind"],
    rows: ["Ilse Brandt's -thanked-> Oskar Lind"]
  },
  "A's press office said he had met B → A met B": {
    s: "Governor Ana Souza's press office said she had met Carlos Mendez in Lima.", m: ["Ana Souza's", "Carlos Mendez", "Lima:place"],
    rows: ["Ana Souza's -met-> Carlos Mendez"]
  },
  "negative: A's brother said he had met B names no act of A": {
    s: "Ana Souza's brother said he had met Carlos Mendez in Lima.", m: ["Ana Souza's", "Carlos Mendez", "Lima:place"], rows: []
  },
  "\"I wish to thank B, who …,\" (Governor) A posted → A thanked B": {
    s: "\"I wish to thank Oskar Lind, who never gave up on the valley,\" Governor Ilse Brandt posted on Monday.",
    m: ["Oskar Lind", "Ilse Brandt"], rows: ["Ilse Brandt -thanked-> Oskar Lind"]
  },
  "\"I thank B,\" said Minister A → A thanked B": {
    s: "\"I thank Norway for its patience,\" said Foreign Minister Gustavo Reyes.", m: ["Norway:country", "Gustavo Reyes"], rows: ["Gustavo Reyes -thanked-> Norway"]
  },
  "A wrote on <day>: \"I thank B …\" → A thanked B": {
    s: "Brandt wrote on Sunday: \"I thank Malta for its divers.\"", m: ["Brandt", "Malta:country"], rows: ["Brandt -thanked-> Malta"]
  },
  "negative: \"they want to thank B,\" A said: not A's own thanks": {
    s: "\"They want to thank Norway,\" Gustavo Reyes said.", m: ["Norway:country", "Gustavo Reyes"], rows: []
  },
  "negative: A urged B to free C stays a call, not a release": {
    s: "Brandt urged Okafor to free Pablo Leon.", m: ["Brandt", "Okafor", "Pablo Leon"], rows: ["Brandt -called_on-> Okafor"]
  },
  "negative: an 'I' outside quotes names no one": {
    s: "I wish to thank Norway, Gustavo Reyes said.", m: ["Norway:country", "Gustavo Reyes"], rows: []
  }
};

describe("findInteractions: who speaks ('A's office said he', a first-person quotation)", () => {
  it.each(Object.entries(speakerCases))("%s", (_label, c) => check(c));
});

const metThenAskedCases: Record<string, Case> = {
  "A met a B delegation in X in June and asked the group to let … go → A met B, A asked B": {
    s: "Camila Duarte, the interior minister, met a Sierra Front delegation in Havana in June and asked the group to let the kidnapped engineers go.",
    m: ["Camila Duarte", "Sierra Front:group", "Havana:place"],
    rows: ["Camila Duarte -met-> Sierra Front", "Camila Duarte -asked-> Sierra Front"]
  },
  "A met C's Minister B in X and requested the return of … → A met B, A asked B": {
    s: "Mr. Fernandez met Peru's Mining Minister Julio Castro in Lima and requested the return of the seized trucks.",
    m: ["Fernandez", "Peru's:country", "Julio Castro", "Lima:place"],
    rows: ["Fernandez -met-> Julio Castro", "Fernandez -asked-> Julio Castro"]
  },
  "negative: 'and asked reporters to wait' asks no one met": {
    s: "Camila Duarte met a Sierra Front delegation in Havana and asked reporters to wait.", m: ["Camila Duarte", "Sierra Front:group", "Havana:place"],
    rows: ["Camila Duarte -met-> Sierra Front"]
  },
  "negative: 'the group' cannot be a person met": {
    s: "Camila Duarte met Julio Castro in Havana and asked the group to spare the miners.", m: ["Camila Duarte", "Julio Castro", "Havana:place"],
    rows: ["Camila Duarte -met-> Julio Castro"]
  },
  "negative: another subject's request is not the meeting's": {
    s: "Camila Duarte met Julio Castro in Havana, and Pablo Leon requested the release of the soldiers.", m: ["Camila Duarte", "Julio Castro", "Havana:place", "Pablo Leon"],
    rows: ["Camila Duarte -met-> Julio Castro"]
  }
};

describe("findInteractions: a request coordinated with a meeting asks the ones met", () => {
  it.each(Object.entries(metThenAskedCases))("%s", (_label, c) => check(c));
});

const ownedTitleCases: Record<string, Case> = {
  "A met C's Transport Minister B → A met B, not C": {
    s: "The envoy Ines Moura met Chile's Transport Minister Tomas Vik in Valparaiso.", m: ["Ines Moura", "Chile's:country", "Tomas Vik", "Valparaiso:place"],
    rows: ["Ines Moura -met-> Tomas Vik"]
  },
  "A thanked C's Deputy Health Minister B → A thanked B": {
    s: "Ines Moura thanked Chile's Deputy Health Minister Tomas Vik for the vaccines.", m: ["Ines Moura", "Chile's:country", "Tomas Vik"],
    rows: ["Ines Moura -thanked-> Tomas Vik"]
  },
  "negative: capitals without a title head are no title ('C's Red Cross')": {
    s: "Ines Moura thanked Chile's Red Cross Tomas Vik said.", m: ["Ines Moura", "Chile's:country", "Tomas Vik"],
    rows: ["Ines Moura -thanked-> Chile's"]
  }
};

describe("findInteractions: a possessive country's capitalised title names the person after it", () => {
  it.each(Object.entries(ownedTitleCases))("%s", (_label, c) => check(c));
});

const releaseListCases: Record<string, Case> = {
  "X freed B and two other people, among them the trade unionist C, … → X released B and C": {
    s: "Gabon on Tuesday freed Pablo Leon and two other people, among them the trade unionist Juan Ortiz, after a week of talks.",
    m: ["Gabon:country", "Pablo Leon", "Juan Ortiz"],
    rows: ["Gabon -released-> Pablo Leon", "Gabon -released-> Juan Ortiz"]
  },
  "B, the geologist freed by X last week, spoke … → X released B": {
    s: "Pablo Leon, the Cameroonian geologist freed by Gabon last week, spoke about the mine.",
    m: ["Pablo Leon", "Gabon:country"], rows: ["Gabon -released-> Pablo Leon"]
  },
  "negative: 'and three other people, none of them named' adds no one": {
    s: "Gabon released Pablo Leon and three other people, one of them a cousin of Juan Ortiz.",
    m: ["Gabon:country", "Pablo Leon", "Juan Ortiz"], rows: ["Gabon -released-> Pablo Leon"]
  },
  "negative: the lawyer of an engineer freed by X is not freed": {
    s: "Pablo Leon, the lawyer of the engineer freed by Gabon, spoke on Friday.", m: ["Pablo Leon", "Gabon:country"], rows: []
  }
};

describe("findInteractions: the persons a release names beside its object", () => {
  it.each(Object.entries(releaseListCases))("%s", (_label, c) => check(c));
});

const brokeredBetweenCases: Record<string, Case> = {
  "under a pact brokered by K between W and M → K mediated W and M": {
    s: "The miners came home under a pact brokered by Norway between Yaounde and the Sierra Front.",
    m: ["Norway:country", "Yaounde:place", "Sierra Front:group"], rows: ["Norway -mediated-> Yaounde", "Norway -mediated-> Sierra Front"]
  },
  "A freed B …, in a swap brokered by K between W and M → K mediated W and M": {
    s: "Kenya freed six herders, Kofi Mensah among them, in a swap brokered by Malta between Nairobi and Mogadishu.",
    m: ["Kenya:country", "Kofi Mensah", "Malta:country", "Nairobi:place", "Mogadishu:place"],
    rows: ["Malta -mediated-> Nairobi", "Malta -mediated-> Mogadishu"]
  },
  "negative: one party after 'between' is no pair": {
    s: "The miners came home under a pact brokered by Norway between rounds of talks with the Sierra Front.",
    m: ["Norway:country", "Sierra Front:group"], rows: []
  }
};

describe("findInteractions: a deal brokered by K between two parties", () => {
  it.each(Object.entries(brokeredBetweenCases))("%s", (_label, c) => check(c));
});

const visitCases: Record<string, Case> = {
  // Session 33: the body the delegation speaks for visited Y too.
  "the visit of a X delegation headed by its deputy commander P to Y → P visited Y, X visited Y": {
    s: "Talks on the dam began with the visit of a Sierra Front delegation headed by its deputy commander Pablo Leon to Havana.",
    m: ["Sierra Front:group", "Pablo Leon", "Havana:place"], rows: ["Pablo Leon -visited-> Havana", "Sierra Front -visited-> Havana"]
  },
  "A had flown to X three times … → A visited X": {
    s: "Marta Ruiz had flown to Libreville three times in search of her son.",
    m: ["Marta Ruiz", "Libreville:place"], rows: ["Marta Ruiz -visited-> Libreville"]
  },
  "A sent B a letter during his visit to Y → B visited Y": {
    s: "Juan Ortiz sent Pablo Leon a letter during his visit to Havana.",
    m: ["Juan Ortiz", "Pablo Leon", "Havana:place"], rows: ["Pablo Leon -visited-> Havana"]
  },
  "negative: 'B was flown to X' is carried there, no visit": {
    s: "Pablo Leon was flown to Yaounde on Friday.", m: ["Pablo Leon", "Yaounde:place"], rows: []
  },
  "negative: 'during his visit' with no person before it names no traveller": {
    s: "Norway said that during his visit to Havana the talks went on.", m: ["Norway:country", "Havana:place"], rows: []
  }
};

describe("findInteractions: visits told by a noun or a past participle", () => {
  it.each(Object.entries(visitCases))("%s", (_label, c) => check(c));
});

const askedGroupCases: Record<string, Case> = {
  "according to X, A had asked the group to let C go → A asked X": {
    s: "According to the Sierra Front, Gustavo Reyes had asked the group to let the engineers go.",
    m: ["Sierra Front:group", "Gustavo Reyes"], rows: ["Gustavo Reyes -asked-> Sierra Front"]
  },
  "X freed B … in response to a written request from A → A asked X": {
    s: "The Sierra Front freed Pablo Leon in response to a written request from Gustavo Reyes.",
    m: ["Sierra Front:group", "Pablo Leon", "Gustavo Reyes"],
    rows: ["Sierra Front -released-> Pablo Leon", "Gustavo Reyes -asked-> Sierra Front"]
  },
  "negative: 'the group's leaders' are not the group named": {
    s: "The Sierra Front said Gustavo Reyes had asked the group's leaders to free the soldiers.", m: ["Sierra Front:group", "Gustavo Reyes"], rows: []
  },
  "negative: two groups named before leave 'the group' unresolved": {
    s: "The Sierra Front and the Delta Brigade said Gustavo Reyes had asked the group to spare the miners.",
    m: ["Sierra Front:group", "Delta Brigade:group", "Gustavo Reyes"], rows: []
  },
  // Round 17: a request told in time is acted on by the clause's doer (docs: requests → asked),
  // as the gold sets annotate it; "following an appeal from A" stays a plea (round17-requests-and-dated-nouns).
  "'after a request from A' → A asked the one who freed": {
    s: "The Sierra Front freed two soldiers after a request from Gustavo Reyes.", m: ["Sierra Front:group", "Gustavo Reyes"], rows: ["Gustavo Reyes -asked-> Sierra Front"]
  }
};

describe("findInteractions: requests to 'the group' and 'a request from A'", () => {
  it.each(Object.entries(askedGroupCases))("%s", (_label, c) => check(c));
});

const appealCases: Record<string, Case> = {
  "A appealed to B on the radio last spring, asking the minister to … → A asked B": {
    s: "Pablo Leon appealed to Gustavo Reyes on the radio last spring, asking the minister to find his daughter.",
    m: ["Pablo Leon", "Gustavo Reyes"], rows: ["Pablo Leon -asked-> Gustavo Reyes"]
  },
  "negative: 'appealed to B to free C' stays a call": {
    s: "Pablo Leon appealed to Gustavo Reyes to free the soldiers.", m: ["Pablo Leon", "Gustavo Reyes"], rows: ["Pablo Leon -called_on-> Gustavo Reyes"]
  },
  "negative: a participle after a new clause's comma is not the appeal's": {
    s: "Pablo Leon appealed to Gustavo Reyes, who said Yaounde was asking for calm.", m: ["Pablo Leon", "Gustavo Reyes", "Yaounde:place"],
    rows: ["Pablo Leon -called_on-> Gustavo Reyes"]
  }
};

describe("findInteractions: an appeal followed by 'asking' is a request", () => {
  it.each(Object.entries(appealCases))("%s", (_label, c) => check(c));
});

const longAppositionCases: Record<string, Case> = {
  "B, a (30-token) description with a relative clause, was greeted by his wife, C → C met B": {
    s: "Leon, a retired ferry captain from the delta whose two brothers were also taken when gunmen overran the harbour in the long floods of that year, was greeted on the pier by his daughter, Marta Ruiz, and her husband.",
    m: ["Leon", "Marta Ruiz"], rows: ["Marta Ruiz -met-> Leon"]
  },
  "negative: a comma not opening an apposition does not carry the subject over": {
    s: "Leon had waited for weeks in the cell near the river while talks on the release of the detainees dragged on, but Juan Ortiz was greeted by his wife, Marta Ruiz.",
    m: ["Leon", "Juan Ortiz", "Marta Ruiz"], rows: ["Marta Ruiz -met-> Juan Ortiz"]
  }
};

describe("findInteractions: a long apposition between a patient and its passive verb", () => {
  it.each(Object.entries(longAppositionCases))("%s", (_label, c) => check(c));
});

const handedBackCases: Record<string, Case> = {
  "critics said X had handed back B → X released B": {
    s: "Critics said Libreville had handed back Pablo Leon without a trial.",
    m: ["Libreville:place", "Pablo Leon"], rows: ["Libreville -released-> Pablo Leon"]
  },
  "B was handed back by X → X released B": {
    s: "Pablo Leon was handed back by Gabon on Friday.", m: ["Pablo Leon", "Gabon:country"], rows: ["Gabon -released-> Pablo Leon"]
  },
  "negative: handing back things to B releases no one": {
    s: "Gabon handed back the seized trucks to Pablo Leon.", m: ["Gabon:country", "Pablo Leon"], rows: []
  },
  "the visit of a X delegation headed by deputy head of the militia's river unit P to Y → P visited Y, X visited Y": {
    s: "Talks opened with the visit of a Sierra Front delegation headed by deputy head of the militia's river unit Pablo Leon to Havana.",
    m: ["Sierra Front:group", "Pablo Leon", "Havana:place"], rows: ["Pablo Leon -visited-> Havana", "Sierra Front -visited-> Havana"]
  },
  "negative: a visit led by someone never named sends no one": {
    s: "Nothing was settled on the visit of a Sierra Front delegation headed by a member of its command to Havana.",
    m: ["Sierra Front:group", "Havana:place"], rows: []
  }
};

describe("findInteractions: 'handed back' and a long title before a delegation's head", () => {
  it.each(Object.entries(handedBackCases))("%s", (_label, c) => check(c));
});

const colonListCases: Record<string, Case> = {
  "… two engineers freed by X near P: B, a surveyor, and C, who … → X released both": {
    s: "The news on Sunday was of two engineers freed by the Sierra Front near Bamenda: Pablo Leon, a surveyor, and Marta Ruiz, who runs the drilling crew.",
    m: ["Sierra Front:group", "Bamenda:place", "Pablo Leon", "Marta Ruiz"],
    rows: ["Sierra Front -released-> Pablo Leon", "Sierra Front -released-> Marta Ruiz"]
  },
  "negative: a count that does not match the names after the colon gives no one": {
    s: "The news on Sunday was of two engineers freed by the Sierra Front: Pablo Leon, Juan Ortiz and Marta Ruiz.",
    m: ["Sierra Front:group", "Pablo Leon", "Juan Ortiz", "Marta Ruiz"], rows: []
  },
  "negative: a colon after another clause is not the count's list": {
    s: "Three soldiers freed by the Sierra Front are home, and the ministry said: Pablo Leon and Juan Ortiz thanked Cuba.",
    m: ["Sierra Front:group", "Pablo Leon", "Juan Ortiz", "Cuba:country"], rows: ["Pablo Leon -thanked-> Cuba", "Juan Ortiz -thanked-> Cuba"]
  }
};

describe("findInteractions: a count freed by X, then its names after a colon", () => {
  it.each(Object.entries(colonListCases))("%s", (_label, c) => check(c));
});

const tripPurposeCases: Record<string, Case> = {
  "A travelled to X on the eve of the vote to meet the fire chief, B → A visited X, A met B": {
    s: "Juan Ortiz, Peru's river commissioner, travelled to Quito on the eve of the vote to meet the fire chief, Pablo Leon.",
    m: ["Juan Ortiz", "Peru's:country", "Quito:place", "Pablo Leon"], rows: ["Juan Ortiz -visited-> Quito", "Juan Ortiz -met-> Pablo Leon"]
  },
  "negative: a purpose after a comma and another clause is not the trip's": {
    s: "Juan Ortiz flew to Quito, where local officials hoped to meet Pablo Leon.", m: ["Juan Ortiz", "Quito:place", "Pablo Leon"],
    rows: ["Juan Ortiz -visited-> Quito"]
  }
};

describe("findInteractions: an infinitive of purpose after a trip", () => {
  it.each(Object.entries(tripPurposeCases))("%s", (_label, c) => check(c));
});

const ledTripCases: Record<string, Case> = {
  "A, who once led the militia's delegation to X, … → A visited X": {
    s: "Pablo Leon, who once led the militia's delegation to Havana, now teaches history.",
    m: ["Pablo Leon", "Havana:place"], rows: ["Pablo Leon -visited-> Havana"]
  },
  "A says he met B when heading a X mission to Y → A met B, A visited Y, X visited Y (session 33)": {
    s: "Pablo Leon says he met envoy Juan Ortiz when heading a Sierra Front mission to Havana.",
    m: ["Pablo Leon", "Juan Ortiz", "Sierra Front:group", "Havana:place"], rows: ["Pablo Leon -met-> Juan Ortiz", "Pablo Leon -visited-> Havana", "Sierra Front -visited-> Havana"]
  },
  "negative: a delegation to X with no one leading it sends no one": {
    s: "Pablo Leon said the Sierra Front delegation to Havana was small.", m: ["Pablo Leon", "Sierra Front:group", "Havana:place"], rows: []
  },
  "negative: a group leading a delegation is no person's trip": {
    s: "The Sierra Front led a delegation to Havana.", m: ["Sierra Front:group", "Havana:place"], rows: []
  }
};

describe("findInteractions: leading a delegation to X is a visit", () => {
  it.each(Object.entries(ledTripCases))("%s", (_label, c) => check(c));
});

const purposeTitleCases: Record<string, Case> = {
  "A, C's premier, then rang Mr B to thank him → A thanked B (not B thanked A)": {
    s: "Gustavo Reyes, Iceland's premier, then rang Mr Leon to thank him.", m: ["Gustavo Reyes", "Iceland's:country", "Leon"],
    rows: ["Gustavo Reyes -thanked-> Leon"]
  },
  "A phoned President B to thank him → A thanked B": {
    s: "Marta Ruiz phoned President Pablo Leon to thank him.", m: ["Marta Ruiz", "Pablo Leon"], rows: ["Marta Ruiz -thanked-> Pablo Leon"]
  },
  "negative: 'urged Mr B to free C' hands the infinitive to B": {
    s: "Gustavo Reyes urged Mr Leon to free Juan Ortiz.", m: ["Gustavo Reyes", "Leon", "Juan Ortiz"], rows: ["Gustavo Reyes -called_on-> Leon"]
  }
};

describe("findInteractions: an infinitive of purpose after an object with its title", () => {
  it.each(Object.entries(purposeTitleCases))("%s", (_label, c) => check(c));
});
