/**
 * Stage 07 on invented sentences: lists of parties in one clause whose members carry a title
 * ("thanked A, Peruvian President B and the Emir of C, D"), with negatives.
 */
import {describe, expect, it} from "vitest";
import {findInteractions} from "../../../src/pipeline/stages/07-interactions.ts";
import {datesFrom, emptyCtx, makeArticle, mentionsFrom} from "../events/helpers.ts";
import {interactionRows, type InteractionCase as Case} from "./check.ts";

const rowsOf = (c: Case): string[] => interactionRows(c).rows;

function run(cases: Record<string, Case>): void {
  for (const [label, c] of Object.entries(cases)) it(label, () => expect(rowsOf(c)).toEqual([...c.rows].sort()));
}

describe("a title before a listed person", () => {
  run({
    "A said in a statement, thanking B, Norwegian President C and the King of D, E → thanked B, C and E": {
      s: "\"They are safe,\" Prime Minister Tomas Vik said in a statement, thanking Ines Lindqvist, Norwegian President Ola Berg and the King of Denmark, Frederik Holm, for their help.",
      m: ["Tomas Vik", "Ines Lindqvist", "Ola Berg", "Denmark:country", "Frederik Holm"],
      rows: ["Tomas Vik -thanked-> Ines Lindqvist", "Tomas Vik -thanked-> Ola Berg", "Tomas Vik -thanked-> Frederik Holm"]
    },
    "A thanked President B, President C and D → thanked each": {
      s: "Maria Lopes, the miner's mother, thanked President Ana Souza, President Carlos Mendez and Norway outside the hospital.",
      m: ["Maria Lopes", "Ana Souza", "Carlos Mendez", "Norway:country"],
      rows: ["Maria Lopes -thanked-> Ana Souza", "Maria Lopes -thanked-> Carlos Mendez", "Maria Lopes -thanked-> Norway"]
    },
    "A met B and Deputy Mining Minister C → met both": {
      s: "The union leader Rui Sousa met Ana Pires and Deputy Minister Joao Neves on Monday.",
      m: ["Rui Sousa", "Ana Pires", "Joao Neves"],
      rows: ["Rui Sousa -met-> Ana Pires", "Rui Sousa -met-> Joao Neves"]
    },
    "negative: 'A met B, Deputy Minister C said' — C is the speaker, not a second guest": {
      s: "Rui Sousa met Ana Pires, Deputy Minister Joao Neves said.",
      m: ["Rui Sousa", "Ana Pires", "Joao Neves"],
      rows: ["Rui Sousa -met-> Ana Pires"]
    },
    "negative: a capitalised word that is no title does not join the list": {
      s: "Rui Sousa thanked Ana Pires and Harbour Workers Joao Neves had sent.",
      m: ["Rui Sousa", "Ana Pires", "Joao Neves"],
      rows: ["Rui Sousa -thanked-> Ana Pires"]
    }
  });
});

describe("a title or article before a coordinated subject", () => {
  run({
    "A's minister B and Swedish intelligence chief C mediated between D and E → B and C mediated": {
      s: "Norway's minister of state Ola Berg and Swedish intelligence chief Lars Holm mediated between the ELN and Bogota.",
      m: ["Norway:country", "Ola Berg", "Lars Holm", "ELN:group", "Bogota:place"],
      rows: ["Ola Berg -mediated-> ELN", "Ola Berg -mediated-> Bogota", "Lars Holm -mediated-> ELN", "Lars Holm -mediated-> Bogota"]
    },
    "A and the B mediated between C and D → A and B mediated": {
      s: "Norway and the Red Cross mediated between the ELN and the Colombian army.",
      m: ["Norway:country", "Red Cross:organization", "ELN:group", "Colombian army:organization"],
      rows: ["Norway -mediated-> ELN", "Norway -mediated-> Colombian army", "Red Cross -mediated-> ELN", "Red Cross -mediated-> Colombian army"]
    },
    "negative: 'the talks of A ended and the Red Cross mediated' — A is no co-mediator": {
      s: "The talks in Norway ended and the Red Cross mediated between the ELN and the Colombian army.",
      m: ["Norway:country", "Red Cross:organization", "ELN:group", "Colombian army:organization"],
      rows: ["Red Cross -mediated-> ELN", "Red Cross -mediated-> Colombian army"]
    }
  });
});

describe("an abbreviated rank before the name in apposition", () => {
  run({
    "A's mining minister, Gen. B, received C and D and thanked A's leader, E → B met C, D, thanked E": {
      s: "Chile's mining minister, Gen. Rui Sousa, received Ana Pires and Joao Neves at the palace in Santiago and thanked Peru's leader, Luis Prado, for mediating.",
      m: ["Chile:country", "Rui Sousa", "Ana Pires", "Joao Neves", "Santiago:place", "Peru:country", "Luis Prado"],
      rows: ["Rui Sousa -met-> Ana Pires", "Rui Sousa -met-> Joao Neves", "Rui Sousa -thanked-> Luis Prado"]
    },
    "negative: a lowercase noun after the comma is no title ('…, the miners B, …' keeps the owner's phrase)": {
      s: "Chile's miners, friends Rui Sousa, thanked Luis Prado.",
      m: ["Chile:country", "Rui Sousa", "Luis Prado"],
      rows: []
    }
  });
});

describe("'them' after a release verb stands for the list of persons before it", () => {
  run({
    "Two miners, A and B, were reunited … at C Hospital, hours after D freed them in northern E → D released A and B": {
      s: "Two Chilean miners, Luis Prado and Ana Souza, were reunited with their families at Santa Maria Hospital late Tuesday, hours after the ELN freed them in northern Cauca.",
      m: ["Luis Prado", "Ana Souza", "Santa Maria Hospital:organization", "ELN:group", "Cauca:place"],
      rows: ["ELN -released-> Luis Prado", "ELN -released-> Ana Souza"]
    },
    "negative: one person before 'them' is no list, and the place after it is not the one freed": {
      s: "Ana Souza said the ELN freed them in northern Cauca.",
      m: ["Ana Souza", "ELN:group", "Cauca:place"],
      rows: []
    },
    "negative: a list with a country in it is no list of persons": {
      s: "Luis Prado and Chile said the ELN freed them in Cauca.",
      m: ["Luis Prado", "Chile:country", "ELN:group", "Cauca:place"],
      rows: []
    }
  });
});

describe("an infinitive of purpose after a time phrase takes the main subject", () => {
  run({
    "A visited B twice in May to meet C → A visited B, A met C (not B met C)": {
      s: "Peruvian Foreign Minister Ana Pires visited Quito twice in May to meet Mendez.",
      m: ["Ana Pires", "Quito:place", "Mendez"],
      rows: ["Ana Pires -visited-> Quito", "Ana Pires -met-> Mendez"]
    },
    "A visited B in 2019 to meet C → A met C": {
      s: "Ana Pires visited Quito in 2019 to meet Carlos Mendez.",
      m: ["Ana Pires", "Quito:place", "Carlos Mendez"],
      rows: ["Ana Pires -visited-> Quito", "Ana Pires -met-> Carlos Mendez"]
    },
    "negative: 'A urged B last week to meet C' hands the meeting to B, never to A": {
      s: "Ana Pires urged Quito last week to meet Carlos Mendez.",
      m: ["Ana Pires", "Quito:place", "Carlos Mendez"],
      rows: ["Ana Pires -called_on-> Quito"]
    }
  });
});

describe("a participle aside between the subject and its verb", () => {
  run({
    "A, speaking to B by phone, thanked C and D → A thanked C and D": {
      s: "Ana Pires, speaking to Reuters by phone, thanked Lima and Quito for their help.",
      m: ["Ana Pires", "Reuters:organization", "Lima:place", "Quito:place"],
      rows: ["Ana Pires -thanked-> Lima", "Ana Pires -thanked-> Quito"]
    },
    "negative: 'A said, speaking to B, that C thanked D' — C thanks, not A": {
      s: "Ana Pires said, speaking to Reuters, that Rui Sousa thanked Quito.",
      m: ["Ana Pires", "Reuters:organization", "Rui Sousa", "Quito:place"],
      rows: ["Rui Sousa -thanked-> Quito"]
    }
  });
});

describe("a passive agent given as the members of a group", () => {
  run({
    "A and B were released by fighters of the C Front to D → C released A and B": {
      s: "Tomas Vik and Ana Souza were released by fighters of the Andes Liberation Front to a Chilean delegation near Arica.",
      m: ["Tomas Vik", "Ana Souza", "Andes Liberation Front:group", "Arica:place"],
      rows: ["Andes Liberation Front -released-> Tomas Vik", "Andes Liberation Front -released-> Ana Souza"]
    },
    "A was freed by armed members of the B → B released A": {
      s: "Tomas Vik was freed by armed members of the Andes Liberation Front on Monday.",
      m: ["Tomas Vik", "Andes Liberation Front:group"],
      rows: ["Andes Liberation Front -released-> Tomas Vik"]
    },
    "negative: members of a country are no named agent": {
      s: "Tomas Vik was freed by fighters of Chile on Monday.",
      m: ["Tomas Vik", "Chile:country"],
      rows: []
    }
  });
});

describe("go-betweens who carry messages mediate", () => {
  run({
    "A and B carry messages between C and D → A and B mediated C and D": {
      s: "Norway and Cuba carry messages between Colombia and the ELN; Bogota asks, and the ELN decides.",
      m: ["Norway:country", "Cuba:country", "Colombia:country", "ELN:group", "Bogota:place", "ELN:group"],
      rows: ["Norway -mediated-> Colombia", "Norway -mediated-> ELN", "Cuba -mediated-> Colombia", "Cuba -mediated-> ELN"]
    },
    "negative: messages passed to one party are no mediation": {
      s: "Norway passed messages to the ELN on Monday.",
      m: ["Norway:country", "ELN:group"],
      rows: []
    }
  });
});

describe("'where he met' after a sentence opened by the same pronoun", () => {
  function twoSentences(first: string[], second: string[], lines: [string, string]): string[] {
    const {article, sentences} = makeArticle(lines);
    const mentions = [...mentionsFrom(sentences[0], first), ...mentionsFrom(sentences[1], second)];
    const raw = findInteractions(article, sentences, [], mentions, emptyCtx);
    return raw.map((r) => `${mentions[r.sourceMention].text} -${r.type}-> ${mentions[r.targetMention].text}`).sort();
  }
  it("He visited B and travelled to C, where he met D → the antecedent met D", () => {
    const rows = twoSentences(["Rui Sousa"], ["Lima:place", "Quito:place", "Carlos Mendez"], [
      "The envoy Rui Sousa spent the autumn shuttling between capitals.",
      "He visited Lima in late September and travelled to Quito in mid-October, where he met President Carlos Mendez."
    ]);
    expect(rows).toEqual(["Rui Sousa -met-> Carlos Mendez", "Rui Sousa -visited-> Lima", "Rui Sousa -visited-> Quito"]);
  });
  it("negative: 'He said A visited B, where she met C' — A met C, not the antecedent", () => {
    const rows = twoSentences(["Rui Sousa"], ["Ana Pires", "Quito:place", "Carlos Mendez"], [
      "The envoy Rui Sousa spent the autumn shuttling between capitals.",
      "He said Ana Pires visited Quito, where she met President Carlos Mendez."
    ]);
    expect(rows).toEqual(["Ana Pires -met-> Carlos Mendez", "Ana Pires -visited-> Quito"]);
  });
});

describe("a group name as the adjective of its members is no party", () => {
  run({
    "negative: A freed 104 B prisoners → A did not release B": {
      s: "The Saudi-backed government released about 700 Rebel Front fighters, and Chile freed 104 Rebel Front prisoners from its own jails.",
      m: ["Chile:country", "Rebel Front:organization", "Rebel Front:organization"],
      rows: []
    },
    "negative: A, who mediated between the B juntas and Western governments → no B row": {
      s: "Ana Pires, who has mediated between the Andes juntas and Western governments before, helped free a nurse.",
      m: ["Ana Pires", "Andes:organization"],
      rows: []
    },
    "A freed the B on Monday → A released B (the name stands alone)": {
      s: "Chile freed the Rebel Front on Monday.",
      m: ["Chile:country", "Rebel Front:group"],
      rows: ["Chile -released-> Rebel Front"]
    },
    "A mediated between the B and the C → both parties": {
      s: "Rui Sousa mediated between the Andes Council and the Rebel Front.",
      m: ["Rui Sousa", "Andes Council:organization", "Rebel Front:group"],
      rows: ["Rui Sousa -mediated-> Andes Council", "Rui Sousa -mediated-> Rebel Front"]
    }
  });
});

describe("'Among those freed by A was B' and 'seized by the group' for the group named before", () => {
  run({
    "Among those freed by A was teacher B, who was seized by the group in 2019 → A released B, A abducted B": {
      s: "Among those freed by the Rebel Front was teacher Rui Sousa, who was seized by the group at a roadblock in Cauca in 2019.",
      m: ["Rebel Front:group", "Rui Sousa", "Cauca:place"],
      rows: ["Rebel Front -released-> Rui Sousa", "Rebel Front -abducted-> Rui Sousa"]
    },
    "Among the hostages released by A were B and C → A released both": {
      s: "Among the hostages released by the Rebel Front were Ana Pires and Tomas Vik.",
      m: ["Rebel Front:group", "Ana Pires", "Tomas Vik"],
      rows: ["Rebel Front -released-> Ana Pires", "Rebel Front -released-> Tomas Vik"]
    },
    "negative: 'Among those freed by A was a report B wrote' names no one freed": {
      s: "Among those freed by the Rebel Front was a report Rui Sousa wrote.",
      m: ["Rebel Front:group", "Rui Sousa"],
      rows: []
    },
    "negative: 'by the group' with two groups named before is not resolved": {
      s: "The Rebel Front blamed the Delta Brigade, saying Ana Pires was kidnapped by the group in 2021.",
      m: ["Rebel Front:group", "Delta Brigade:group", "Ana Pires"],
      rows: ["Rebel Front -criticized-> Delta Brigade"]
    }
  });
});

describe("a sentence-initial 'She' after 'A's mother, B, …' stands for B", () => {
  function rowsOfTwo(first: string[], second: string[], lines: [string, string]): string[] {
    const {article, sentences} = makeArticle(lines);
    const mentions = [...mentionsFrom(sentences[0], first), ...mentionsFrom(sentences[1], second)];
    return findInteractions(article, sentences, [], mentions, emptyCtx).map((r) => `${mentions[r.sourceMention].text} -${r.type}-> ${mentions[r.targetMention].text}`).sort();
  }
  it("A's mother, B, spent years lobbying. She travelled to C and met D → B visited C, B met D", () => {
    expect(rowsOfTwo(["Ana Souza", "Rosa Vidal"], ["Quito:place", "Carlos Mendez"], [
      "Ana Souza's mother, Rosa Vidal, spent years lobbying anyone who would listen.",
      "She travelled to Quito four times and met Carlos Mendez in 2024, she said."
    ])).toEqual(["Rosa Vidal -met-> Carlos Mendez", "Rosa Vidal -visited-> Quito"]);
  });
  it("negative: with no other person named, the owner stays the antecedent", () => {
    expect(rowsOfTwo(["Ana Souza"], ["Quito:place", "Carlos Mendez"], [
      "Ana Souza's lawyer said the case was closed.",
      "She travelled to Quito and met Carlos Mendez."
    ])).toEqual(["Ana Souza -met-> Carlos Mendez", "Ana Souza -visited-> Quito"]);
  });
});

describe("'where they were received by C' after a sentence opened by a list of persons", () => {
  run({
    "A, 52, and B, 38, were handed over … and flown to X, where they were received by General C → C met A and B": {
      s: "Tomas Vik, 52, and Luis Prado, 38, were handed over by their captors to Chilean officials near the border and flown to Santiago, where they were received by General Ana Pires, the head of the army.",
      m: ["Tomas Vik", "Luis Prado", "Santiago:place", "Ana Pires"],
      rows: ["Ana Pires -met-> Tomas Vik", "Ana Pires -met-> Luis Prado"]
    },
    "negative: 'X said A and B were flown to Y, where they were received by C' — the list does not open the sentence": {
      s: "Rosa Vidal said Tomas Vik and Luis Prado were flown to Santiago, where they were received by General Ana Pires.",
      m: ["Rosa Vidal", "Tomas Vik", "Luis Prado", "Santiago:place", "Ana Pires"],
      rows: []
    }
  });
});
