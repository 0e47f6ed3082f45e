/**
 * Stage 07 on invented sentences, one block per class of misses (round 11): telephone calls,
 * released lists named after their count or in apposition, requests, passive mediation. Each
 * block has negatives.
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

const phoneCases: Record<string, Case> = {
  "A discussed X by telephone with B → met, not negotiated": {
    s: "Mayor Lena Ortiz discussed school repairs by phone with the engineer Karl Dahl.",
    m: ["Lena Ortiz", "Karl Dahl"],
    rows: ["Lena Ortiz -met-> Karl Dahl"]
  },
  "A and B discussed X, including Y, in a telephone conversation → met": {
    s: "Ines Moura and Governor Tomas Vik discussed the dam, including the evacuation of the valley, in a telephone conversation on Monday.",
    m: ["Ines Moura", "Tomas Vik"],
    rows: ["Ines Moura -met-> Tomas Vik"]
  },
  "A and B discussed X in a phone call → met": {
    s: "Ines Moura and Tomas Vik discussed the strike at the port in a phone call last week.",
    m: ["Ines Moura", "Tomas Vik"],
    rows: ["Ines Moura -met-> Tomas Vik"]
  },
  "negative: 'A and B discussed X at a summit' stays a negotiation": {
    s: "Ines Moura and Tomas Vik discussed the dam at a summit in Quito.",
    m: ["Ines Moura", "Tomas Vik", "Quito:place"],
    rows: ["Ines Moura -negotiated-> Tomas Vik"]
  },
  "negative: 'discussed X with B, whose phone was seized' is no call": {
    s: "Ines Moura discussed the raid with Tomas Vik, whose phone call was cut.",
    m: ["Ines Moura", "Tomas Vik"],
    rows: ["Ines Moura -negotiated-> Tomas Vik"]
  },
  "negative: a phone word after the reporting verb belongs to the report": {
    s: "Ines Moura and Tomas Vik discussed the dam, an aide said by phone.",
    m: ["Ines Moura", "Tomas Vik"],
    rows: ["Ines Moura -negotiated-> Tomas Vik"]
  }
};

describe("findInteractions: two persons who discuss something in a call met", () => {
  it.each(Object.entries(phoneCases))("%s", (_label, c) => check(c));
});

const countedListCases: Record<string, Case> = {
  "X released two nurses with Y passports, A and B → X released each": {
    s: "On Monday the Delta Brigade released two nurses with Chilean passports, Marta Ruiz and Ana Leon.",
    m: ["Delta Brigade:group", "Chilean:country", "Marta Ruiz", "Ana Leon"],
    rows: ["Delta Brigade -released-> Marta Ruiz", "Delta Brigade -released-> Ana Leon"]
  },
  "X released two divers who had strayed …, A and B, late on Friday → X released each": {
    s: "The Coast Militia released two divers who had strayed into its waters, Omar Haddad and Sami Nour, late on Friday.",
    m: ["Coast Militia:group", "Omar Haddad", "Sami Nour"],
    rows: ["Coast Militia -released-> Omar Haddad", "Coast Militia -released-> Sami Nour"]
  },
  "… were A and B, the two divers with Y licences released by X → X released each": {
    s: "At the clinic were Omar Haddad and Sami Nour, the two divers with Maltese licences released by the Coast Militia.",
    m: ["Omar Haddad", "Sami Nour", "Maltese:country", "Coast Militia:group"],
    rows: ["Coast Militia -released-> Omar Haddad", "Coast Militia -released-> Sami Nour"]
  },
  "A and B, the two nurses freed by X → X released both": {
    s: "Marta Ruiz and Ana Leon, the two nurses freed by the Delta Brigade, flew home.",
    m: ["Marta Ruiz", "Ana Leon", "Delta Brigade:group"],
    rows: ["Delta Brigade -released-> Marta Ruiz", "Delta Brigade -released-> Ana Leon"]
  },
  "negative: the names after the count are the subject of 'said'": {
    s: "The Delta Brigade freed two nurses in Quito, Marta Ruiz and Ana Leon said.",
    m: ["Delta Brigade:group", "Quito:place", "Marta Ruiz", "Ana Leon"],
    rows: []
  },
  "negative: a count that does not match the names": {
    s: "The Delta Brigade freed two nurses with Chilean passports, Marta Ruiz, Ana Leon and Rosa Lima.",
    m: ["Delta Brigade:group", "Chilean:country", "Marta Ruiz", "Ana Leon", "Rosa Lima"],
    rows: []
  },
  "negative: 'the two fishermen freed by X' after three names names the last only": {
    s: "Juan Ortiz, Luis Vega and Pablo Leon, the two fishermen freed by the Sierra Front, spoke.",
    m: ["Juan Ortiz", "Luis Vega", "Pablo Leon", "Sierra Front:group"],
    rows: []
  }
};

describe("findInteractions: released persons named after their count", () => {
  it.each(Object.entries(countedListCases))("%s", (_label, c) => check(c));
});

describe("findInteractions: an agentless handover right after 'X freed <count> …'", () => {
  it("X freed three miners. A, 40, B, 22, and C, 63, were handed to a church team → X released each", () => {
    expect(
      rowsOf(
        ["The Sierra Front freed three miners from Peru on Monday.", "Juan Ortiz, 40, Luis Vega, 22, and Pablo Leon, 63, were handed to a church team near the border, the navy said."],
        [[0, "Sierra Front", "group"], [0, "Peru", "country"], [1, "Juan Ortiz"], [1, "Luis Vega"], [1, "Pablo Leon"]]
      )
    ).toEqual(["Sierra Front -released-> Juan Ortiz", "Sierra Front -released-> Luis Vega", "Sierra Front -released-> Pablo Leon"]);
  });
  it("X released four sailors. A and B were set free at the port → X released both", () => {
    expect(
      rowsOf(
        ["The Delta Brigade released four sailors in Ghana on Friday.", "Marta Ruiz and Ana Leon were released at the port of Tema."],
        [[0, "Delta Brigade", "group"], [0, "Ghana", "country"], [1, "Marta Ruiz"], [1, "Ana Leon"], [1, "Tema", "place"]]
      )
    ).toEqual(["Delta Brigade -released-> Ana Leon", "Delta Brigade -released-> Marta Ruiz"]);
  });
  it("negative: more persons than the count", () => {
    expect(
      rowsOf(["The Sierra Front freed two miners on Monday.", "Juan Ortiz, Luis Vega and Pablo Leon were handed to a church team."], [[0, "Sierra Front", "group"], [1, "Juan Ortiz"], [1, "Luis Vega"], [1, "Pablo Leon"]])
    ).toEqual([]);
  });
  it("negative: a sentence between the release and the handover", () => {
    expect(
      rowsOf(
        ["The Sierra Front freed three miners on Monday.", "The rain kept the Red Cross team in Lima for hours.", "Juan Ortiz and Luis Vega were handed to a church team."],
        [[0, "Sierra Front", "group"], [1, "Red Cross", "organization"], [1, "Lima", "place"], [2, "Juan Ortiz"], [2, "Luis Vega"]]
      )
    ).toEqual([]);
  });
  it("negative: the handover has its own agent", () => {
    expect(
      rowsOf(
        ["The Sierra Front freed three miners on Monday.", "Juan Ortiz and Luis Vega were released by the Delta Brigade."],
        [[0, "Sierra Front", "group"], [1, "Juan Ortiz"], [1, "Luis Vega"], [1, "Delta Brigade", "group"]]
      )
    ).toEqual(["Delta Brigade -released-> Juan Ortiz", "Delta Brigade -released-> Luis Vega"]);
  });
  it("negative: a release that names its captives hands nothing on", () => {
    expect(
      rowsOf(
        ["The Sierra Front freed Rosa Lima on Monday.", "Juan Ortiz and Luis Vega were handed to a church team."],
        [[0, "Sierra Front", "group"], [0, "Rosa Lima"], [1, "Juan Ortiz"], [1, "Luis Vega"]]
      )
    ).toEqual(["Sierra Front -released-> Rosa Lima"]);
  });
});

const passiveListAgentCases: Record<string, Case> = {
  "X trade A, Y trade B and their Z colleague C were freed … by fighters of the W-linked G (AC) → G released each": {
    s: "Kenyan engineer Peter Otieno, Italian pilot Marco Rossi and their Somali colleague Abdi Farah were freed on Monday by fighters of the Islamist-linked Movement for Jubaland (MLJ) near Kismayo, officials said.",
    m: ["Peter Otieno", "Marco Rossi", "Abdi Farah", "Movement for Jubaland:group", "MLJ:group", "Kismayo:place"],
    rows: ["Movement for Jubaland -released-> Peter Otieno", "Movement for Jubaland -released-> Marco Rossi", "Movement for Jubaland -released-> Abdi Farah"]
  },
  "a named patron before '-backed' is not the agent": {
    s: "Ana Souza and her colleague Tomas Vik were released by the Delta-backed Sierra Front on Friday.",
    m: ["Ana Souza", "Tomas Vik", "Delta:group", "Sierra Front:group"],
    rows: ["Sierra Front -released-> Ana Souza", "Sierra Front -released-> Tomas Vik"]
  },
  "fighters of the X-linked G with X named → G": {
    s: "Ana Souza was freed by fighters of the Delta-linked Sierra Front.",
    m: ["Ana Souza", "Delta:group", "Sierra Front:group"],
    rows: ["Sierra Front -released-> Ana Souza"]
  },
  "negative: 'A, Kenyan lawyer B, said …' is an apposition, not a list": {
    s: "Peter Otieno, Kenyan lawyer Marco Rossi, said Abdi Farah was freed by the Sierra Front.",
    m: ["Peter Otieno", "Marco Rossi", "Abdi Farah", "Sierra Front:group"],
    rows: ["Sierra Front -released-> Abdi Farah"]
  },
  "negative: a hyphenated place is no affiliation ('Delta-based' keeps its own agent)": {
    s: "Ana Souza was freed by the Delta Brigade-Sierra Front alliance.",
    m: ["Ana Souza", "Delta Brigade:group", "Sierra Front:group"],
    rows: ["Delta Brigade -released-> Ana Souza"]
  }
};

describe("findInteractions: a passive agent over every listed person, past a patron's '-linked'", () => {
  it.each(Object.entries(passiveListAgentCases))("%s", (_label, c) => check(c));
});

const passiveMediationCases: Record<string, Case> = {
  "brokered by X's Minister of State K between A and B → K mediated A and B": {
    s: "A prisoner swap brokered by Italy's Minister of State Paola Conti between the Coast Militia and Valletta took place at dawn.",
    m: ["Italy:country", "Paola Conti", "Coast Militia:group", "Valletta:place"],
    rows: ["Paola Conti -mediated-> Coast Militia", "Paola Conti -mediated-> Valletta"]
  },
  "brokered by K and Y diplomat Maj. Gen. L between A and B → each mediator × each party": {
    s: "The truce was brokered by Norway's envoy Lars Berg and Swiss diplomat Maj. Gen. Hans Keller between the Sierra Front and Peru, officials said.",
    m: ["Norway:country", "Lars Berg", "Swiss:country", "Hans Keller", "Sierra Front:group", "Peru:country"],
    rows: ["Lars Berg -mediated-> Sierra Front", "Lars Berg -mediated-> Peru", "Hans Keller -mediated-> Sierra Front", "Hans Keller -mediated-> Peru"]
  },
  "brokered by X and Y between the government and G → X and Y mediated G": {
    s: "Under a deal brokered by the Red Crescent and Caritas between the government and the Coast Militia, forty prisoners went home.",
    m: ["Red Crescent:organization", "Caritas:organization", "Coast Militia:group"],
    rows: ["Red Crescent -mediated-> Coast Militia", "Caritas -mediated-> Coast Militia"]
  },
  "X brokered the exchange between A and B together with Y → X and Y mediated": {
    s: "Qatar brokered the prisoner exchange between Ethiopia and the Coast Militia together with Oman.",
    m: ["Qatar:country", "Ethiopia:country", "Coast Militia:group", "Oman:country"],
    rows: ["Qatar -mediated-> Ethiopia", "Qatar -mediated-> Coast Militia", "Oman -mediated-> Ethiopia", "Oman -mediated-> Coast Militia"]
  },
  "negative: a reporter after the parties is no party (', the Italian embassy announced')": {
    s: "A truce was brokered by envoy Paola Conti between Valletta and the Coast Militia, the Italian embassy announced.",
    m: ["Paola Conti", "Valletta:place", "Coast Militia:group", "Italian:country"],
    rows: ["Paola Conti -mediated-> Valletta", "Paola Conti -mediated-> Coast Militia"]
  },
  "negative: 'together with Swiss police officers' names no mediator": {
    s: "Norway brokered the ceasefire between Peru and the Sierra Front together with Swiss police officers.",
    m: ["Norway:country", "Peru:country", "Sierra Front:group", "Swiss police:organization"],
    rows: ["Norway -mediated-> Peru", "Norway -mediated-> Sierra Front"]
  },
  "negative: 'between the government and G' with a person after 'and' gives nothing": {
    s: "The deal was brokered by Norway between the ministry and Lars Berg.",
    m: ["Norway:country", "Lars Berg"],
    rows: []
  }
};

describe("findInteractions: passive mediation by listed and titled mediators", () => {
  it.each(Object.entries(passiveMediationCases))("%s", (_label, c) => check(c));
});

describe("findInteractions: the envoy's own country is no party of his mediation", () => {
  it("brokered by Norwegian envoy K between Norway and G → K mediated G only", () => {
    const {article, sentences} = makeArticle(["The release was brokered by Norwegian envoy Lars Berg between Norway and the Sierra Front."]);
    const s0 = sentences[0];
    const ms = [mention(s0, "Norwegian", "country", {gazetteer: "Norway"}), mention(s0, "Lars Berg"), mention(s0, "Norway", "country", {gazetteer: "Norway"}), mention(s0, "Sierra Front", "group")];
    const rows = findInteractions(article, sentences, [], ms, emptyCtx).map((r) => `${ms[r.sourceMention].text} -${r.type}-> ${ms[r.targetMention].text}`);
    expect(rows).toEqual(["Lars Berg -mediated-> Sierra Front"]);
  });
  it("negative: another country between the parties stays a party", () => {
    const {article, sentences} = makeArticle(["The release was brokered by Norwegian envoy Lars Berg between Peru and the Sierra Front."]);
    const s0 = sentences[0];
    const ms = [mention(s0, "Norwegian", "country", {gazetteer: "Norway"}), mention(s0, "Lars Berg"), mention(s0, "Peru", "country", {gazetteer: "Peru"}), mention(s0, "Sierra Front", "group")];
    const rows = findInteractions(article, sentences, [], ms, emptyCtx).map((r) => `${ms[r.sourceMention].text} -${r.type}-> ${ms[r.targetMention].text}`).sort();
    expect(rows).toEqual(["Lars Berg -mediated-> Peru", "Lars Berg -mediated-> Sierra Front"]);
  });
});

const requestCases: Record<string, Case> = {
  "X freed two miners, saying it was responding to a request from President P → P asked X": {
    s: "The Sierra Front freed two miners on Monday, saying it was responding to a request from President Ana Torres.",
    m: ["Sierra Front:group", "Ana Torres"],
    rows: ["Ana Torres -asked-> Sierra Front"]
  },
  "X released A, saying it was responding to a request from P → released + P asked X": {
    s: "The Coast Militia released Omar Haddad at dawn, saying it was responding to a request from Imam Yusuf Bello.",
    m: ["Coast Militia:group", "Omar Haddad", "Yusuf Bello"],
    rows: ["Coast Militia -released-> Omar Haddad", "Yusuf Bello -asked-> Coast Militia"]
  },
  "A has written to <Org> asking P to intervene → A asked both": {
    s: "Sara Nour has written to the African Union asking its envoy Karl Dahl to intervene.",
    m: ["Sara Nour", "African Union:organization", "Karl Dahl"],
    rows: ["Sara Nour -asked-> African Union", "Sara Nour -asked-> Karl Dahl"]
  },
  "A pleaded with P, the governor, for … → asked": {
    s: "Sara Nour pleaded with Karl Dahl, the regional governor, for her brother's return.",
    m: ["Sara Nour", "Karl Dahl"],
    rows: ["Sara Nour -asked-> Karl Dahl"]
  },
  "A appealed to P in a handwritten letter → asked, not called_on": {
    s: "Sara Nour appealed to Karl Dahl in a handwritten letter.",
    m: ["Sara Nour", "Karl Dahl"],
    rows: ["Sara Nour -asked-> Karl Dahl"]
  },
  "negative: 'had not acted on a request from P' is no request": {
    s: "The Sierra Front said it had not acted on a request from Ana Torres.",
    m: ["Sierra Front:group", "Ana Torres"],
    rows: []
  },
  "negative: 'appealed to X in an open letter to free A' calls on X": {
    s: "Luis Ortiz appealed to the Sierra Front in an open letter to free his son.",
    m: ["Luis Ortiz", "Sierra Front:group"],
    rows: ["Luis Ortiz -called_on-> Sierra Front"]
  },
  "negative: 'to plead with Kenyan officials' asks no country": {
    s: "Luis Ortiz flew to Nairobi twice to plead with Kenyan officials.",
    m: ["Luis Ortiz", "Nairobi:place", "Kenyan:country"],
    rows: ["Luis Ortiz -visited-> Nairobi"]
  }
};

describe("findInteractions: requests answered, written, pleaded and by letter", () => {
  it.each(Object.entries(requestCases))("%s", (_label, c) => check(c));
});

describe("findInteractions: 'She called on B …, and she met C' — the pronoun's antecedent, not B", () => {
  it("She … and she met C → the previous sentence's person called on B and met C", () => {
    expect(
      rowsOf(
        ["Governor Karl Dahl landed in Mopti on Tuesday.", "He urged the militia commander, Omar Haddad, to let the drivers go, and he thanked Imam Yusuf Bello for his help."],
        [[0, "Karl Dahl"], [1, "Omar Haddad"], [1, "Yusuf Bello"]]
      )
    ).toEqual(["Karl Dahl -called_on-> Omar Haddad", "Karl Dahl -thanked-> Yusuf Bello"]);
  });
  it("negative: 'He …, and she met C' — another pronoun is not the opener's", () => {
    expect(
      rowsOf(
        ["Mayor Ana Torres toured the flooded port on Sunday.", "He called on Juan Ortiz to free the sailors, and she met Lars Berg."],
        [[0, "Ana Torres"], [1, "Juan Ortiz"], [1, "Lars Berg"]]
      )
    ).not.toContain("Juan Ortiz -met-> Lars Berg");
  });
});

const strikeCases: Record<string, Case> = {
  "X resumed strikes on <place> → X attacked it": {
    s: "The truce collapsed on Friday, when Chile accused the Sierra Front of firing mortars, and Peru resumed strikes on Lima.",
    m: ["Chile:country", "Sierra Front:group", "Peru:country", "Lima:place"],
    rows: ["Chile -criticized-> Sierra Front", "Peru -attacked-> Lima"]
  },
  "negative: 'resumed strikes in <city>' may be a labour strike": {
    s: "Dock workers of the Union of Ports resumed strikes in Callao.",
    m: ["Union of Ports:organization", "Callao:place"],
    rows: []
  },
  "negative: 'launched strikes against <organisation>' names no place": {
    s: "The Union of Ports launched strikes against Maersk.",
    m: ["Union of Ports:organization", "Maersk:organization"],
    rows: []
  }
};

describe("findInteractions: 'resumed strikes on <place>' is an attack", () => {
  it.each(Object.entries(strikeCases))("%s", (_label, c) => check(c));
});

const goBetweenCases: Record<string, Case> = {
  "A negotiated with Z through an elderly imam, Y → negotiated + Y mediated Z and A (guideline 4)": {
    s: "For weeks Karl Dahl negotiated with the Coast Militia through an elderly imam, Yusuf Bello.",
    m: ["Karl Dahl", "Coast Militia:group", "Yusuf Bello"],
    rows: ["Karl Dahl -negotiated-> Coast Militia", "Yusuf Bello -mediated-> Coast Militia", "Yusuf Bello -mediated-> Karl Dahl"]
  },
  "A negotiated with Z through Y → Y mediated": {
    s: "Lars Berg negotiated with the Sierra Front through Pablo Leon.",
    m: ["Lars Berg", "Sierra Front:group", "Pablo Leon"],
    rows: ["Lars Berg -negotiated-> Sierra Front", "Pablo Leon -mediated-> Sierra Front", "Pablo Leon -mediated-> Lars Berg"]
  },
  "negative: 'through the winter, Y said' names a speaker": {
    s: "Lars Berg negotiated with the Sierra Front through the winter, Pablo Leon said.",
    m: ["Lars Berg", "Sierra Front:group", "Pablo Leon"],
    rows: ["Lars Berg -negotiated-> Sierra Front"]
  }
};

describe("findInteractions: a go-between after 'through' mediates", () => {
  it.each(Object.entries(goBetweenCases))("%s", (_label, c) => check(c));
});

const relativeMediationCases: Record<string, Case> = {
  "handed to B of X, who had mediated between the G group and C, the district officer → B mediated G and C": {
    s: "The miners were handed to Bishop Carlos Mendez of Cusco, who had mediated between the Sierra Warriors group and Ana Torres, the district officer.",
    m: ["Carlos Mendez", "Cusco:place", "Sierra Warriors:group", "Ana Torres"],
    rows: ["Carlos Mendez -mediated-> Sierra Warriors", "Carlos Mendez -mediated-> Ana Torres"]
  },
  "A discussed X in a long place name by telephone with B → met": {
    s: "On Tuesday evening Ana Torres discussed the situation in the Atacama Desert by telephone with Peruvian President Luis Vega, the press service reported.",
    m: ["Ana Torres", "Atacama Desert:place", "Luis Vega"],
    rows: ["Ana Torres -met-> Luis Vega"]
  },
  "negative: 'between the G group and the army' names one party only": {
    s: "Bishop Carlos Mendez mediated between the Sierra Warriors group and the army.",
    m: ["Carlos Mendez", "Sierra Warriors:group"],
    rows: []
  }
};

describe("findInteractions: a mediator in a relative clause, a group noun after a party", () => {
  it.each(Object.entries(relativeMediationCases))("%s", (_label, c) => check(c));
});

describe("findInteractions: a reporter after the one talked with is no party", () => {
  it("negative: 'discussed X by telephone with B, the Lima press office reported' → met B only", () => {
    check({
      s: "Ana Torres discussed the floods by telephone with Luis Vega, the Lima press office reported.",
      m: ["Ana Torres", "Luis Vega", "Lima:place"],
      rows: ["Ana Torres -met-> Luis Vega"]
    });
  });
});

const rankCases: Record<string, Case> = {
  "X released Cpl. A, Sgt. B and Pvt. C on Thursday → X released each": {
    s: "The Coast Militia released Cpl. Omar Haddad, Sgt. Sami Nour and Pvt. Ali Bello on Thursday.",
    m: ["Coast Militia:group", "Omar Haddad", "Sami Nour", "Pvt:person", "Ali Bello"],
    rows: ["Coast Militia -released-> Omar Haddad", "Coast Militia -released-> Sami Nour", "Coast Militia -released-> Ali Bello"]
  },
  "X freed Sgt. A on Monday → released A": {
    s: "The Sierra Front freed Sgt. Juan Ortiz on Monday.",
    m: ["Sierra Front:group", "Juan Ortiz"],
    rows: ["Sierra Front -released-> Juan Ortiz"]
  },
  "negative: 'handed Sgt. A a letter' is no handover": {
    s: "The Sierra Front handed Sgt. Juan Ortiz a letter.",
    m: ["Sierra Front:group", "Juan Ortiz"],
    rows: []
  },
  "negative: a rank-like mention with no person after its dot stays itself": {
    s: "The Sierra Front freed Juan Ortiz and Chad.",
    m: ["Sierra Front:group", "Juan Ortiz", "Chad:country"],
    rows: ["Sierra Front -released-> Juan Ortiz", "Sierra Front -released-> Chad"]
  }
};

describe("findInteractions: abbreviated ranks before listed persons", () => {
  it.each(Object.entries(rankCases))("%s", (_label, c) => check(c));
});

const delegationLeaderCases: Record<string, Case> = {
  "A G delegation led by P met B → G met B and P met B": {
    s: "A Sierra Front delegation led by Juan Ortiz met Deputy Foreign Minister Lars Berg in Oslo on May 4.",
    m: ["Sierra Front:group", "Juan Ortiz", "Lars Berg", "Oslo:place"],
    rows: ["Sierra Front -met-> Lars Berg", "Juan Ortiz -met-> Lars Berg"]
  },
  "negative: the leader of another clause ('led by P, which B met') is not added": {
    s: "A Sierra Front delegation led by Juan Ortiz arrived, and Lars Berg met Ana Torres.",
    m: ["Sierra Front:group", "Juan Ortiz", "Lars Berg", "Ana Torres"],
    rows: ["Lars Berg -met-> Ana Torres"]
  },
  "negative: only meetings take the leader ('a delegation led by P freed B')": {
    s: "A Sierra Front delegation led by Juan Ortiz freed Lars Berg.",
    m: ["Sierra Front:group", "Juan Ortiz", "Lars Berg"],
    rows: ["Sierra Front -released-> Lars Berg"]
  }
};

describe("findInteractions: the leader of a delegation that met someone met them too", () => {
  it.each(Object.entries(delegationLeaderCases))("%s", (_label, c) => check(c));
});

const namedAndCountCases: Record<string, Case> = {
  "A, his wife, B, and three nurses from X were freed by G on Sunday → G released A and B": {
    s: "Karl Dahl, his wife, Lina Moura, and three nurses from the Mopti mission were freed by the Coast Militia on Sunday.",
    m: ["Karl Dahl", "Lina Moura", "Coast Militia:group"],
    rows: ["Coast Militia -released-> Karl Dahl", "Coast Militia -released-> Lina Moura"]
  },
  "A, B and two nurses were released by G → G released A and B": {
    s: "Ana Souza, Luis Vega and two nurses were released by the Delta Brigade.",
    m: ["Ana Souza", "Luis Vega", "Delta Brigade:group"],
    rows: ["Delta Brigade -released-> Ana Souza", "Delta Brigade -released-> Luis Vega"]
  },
  "negative: A said that three teachers were freed by G names no one freed": {
    s: "Tomas Vik said that three teachers were freed by the Soleil gang.",
    m: ["Tomas Vik", "Soleil:group"],
    rows: []
  },
  "negative: a place before 'and three teachers' is no one freed": {
    s: "Near Jacmel and three other towns, teachers were freed by the Soleil gang.",
    m: ["Jacmel:place", "Soleil:group"],
    rows: []
  }
};

describe("findInteractions: named persons before 'and <count> others' in a passive release", () => {
  it.each(Object.entries(namedAndCountCases))("%s", (_label, c) => check(c));
});
