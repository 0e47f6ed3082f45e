/**
 * Stage 07 on invented sentences: handovers of listed persons, thanks to a list, requests,
 * mediation, passives and participles (one labelled case per rule, with negatives).
 */
import {describe, expect, it} from "vitest";
import {findInteractions} from "../../../src/pipeline/stages/07-interactions.ts";
import {datesFrom, emptyCtx, makeArticle, mentionsFrom} from "../events/helpers.ts";
import {checkInteractions as check, type InteractionCase as Case} from "./check.ts";

const handoverCases: Record<string, Case> = {
  "A handed over two fishermen, B and C, … → A released B and C": {
    s: "At dawn, Ghana handed over two fishermen, Kofi Mensah and Yaw Boateng, who had drifted into its waters in May.",
    m: ["Ghana:country", "Kofi Mensah", "Yaw Boateng"], rows: ["Ghana -released-> Kofi Mensah", "Ghana -released-> Yaw Boateng"]
  },
  "A freed three Chilean miners, B, C and D. → A released each": {
    s: "The Andes Front freed three Chilean miners, Luis Prado, Tomas Vik and Ana Souza.",
    m: ["Andes Front:group", "Luis Prado", "Tomas Vik", "Ana Souza"],
    rows: ["Andes Front -released-> Luis Prado", "Andes Front -released-> Tomas Vik", "Andes Front -released-> Ana Souza"]
  },
  "A met 2 envoys, B and C, on Monday → met each": {
    s: "Mayor Rosa Vidal met 2 envoys, Carlos Mendez and Ines Moura, on Monday.",
    m: ["Rosa Vidal", "Carlos Mendez", "Ines Moura"], rows: ["Rosa Vidal -met-> Carlos Mendez", "Rosa Vidal -met-> Ines Moura"]
  },
  "A handed B, 31, who …, and C, 26, a nurse, to the Red Crescent → A released B and C": {
    s: "Delta Brigade gunmen handed Pierre Duval, 41, who works for a Swiss charity, and Ana Reyes, 26, a Chilean nurse, to the Red Crescent near Kidal.",
    m: ["Delta Brigade:group", "Pierre Duval", "Ana Reyes", "Red Crescent:organization", "Kidal:place"],
    rows: ["Delta Brigade -released-> Pierre Duval", "Delta Brigade -released-> Ana Reyes"]
  },
  "A freed B, 52, and C on Friday → both": {
    s: "The Delta Group freed Tomas Vik, 52, and Ana Souza on Friday.", m: ["Delta Group:group", "Tomas Vik", "Ana Souza"],
    rows: ["Delta Group -released-> Tomas Vik", "Delta Group -released-> Ana Souza"]
  },
  "negative: a count whose apposition is a speaker gives nothing": {
    s: "The Delta Group freed two fishermen, Kofi Mensah said.", m: ["Delta Group:group", "Kofi Mensah"], rows: []
  },
  "negative: a count followed by a place in commas gives nothing": {
    s: "The Delta Group freed two fishermen, Kidal and Gao, last week.", m: ["Delta Group:group", "Kidal:place", "Gao:place"], rows: []
  },
  "negative: a count with one name after it is not a list of members": {
    s: "The Delta Group freed two fishermen, Kofi Mensah, a local chief, told reporters.", m: ["Delta Group:group", "Kofi Mensah"], rows: []
  }
};

describe("findInteractions: handovers of listed persons", () => {
  it.each(Object.entries(handoverCases))("%s", (_label, c) => check(c));
});

const thanksCases: Record<string, Case> = {
  "A thanks the leadership of the movement B, as well as C and D → thanked each": {
    s: "The Chilean Foreign Ministry thanks the leadership of the Andean movement Sendero Rojo, as well as Peru and Bolivia, for their help.",
    m: ["Chilean Foreign Ministry:organization", "Sendero Rojo:group", "Peru:country", "Bolivia:country"],
    rows: ["Chilean Foreign Ministry -thanked-> Sendero Rojo", "Chilean Foreign Ministry -thanked-> Peru", "Chilean Foreign Ministry -thanked-> Bolivia"]
  },
  "A welcomes the release of B, who …, and thanks C → A thanked C (not B)": {
    s: "The Kenyan Foreign Ministry welcomes the release of engineer Tomas Vik, who was held in Somalia, and thanks Qatar.",
    m: ["Kenyan Foreign Ministry:organization", "Tomas Vik", "Somalia:country", "Qatar:country"],
    rows: ["Kenyan Foreign Ministry -thanked-> Qatar"]
  },
  "A welcomed the rescue of B and thanked C → A thanked C": {
    s: "The Red Crescent welcomed the rescue of Ana Souza and thanked Norway.", m: ["Red Crescent:organization", "Ana Souza", "Norway:country"],
    rows: ["Red Crescent -thanked-> Norway"]
  },
  "A, an aide to B, said C had freed D and thanked E → A thanked E": {
    s: "Ines Moura, a senior aide to President Tomas Vik, said Lima had released the fishermen \"as a goodwill gesture\" and thanked Quito for its help.",
    m: ["Ines Moura", "Tomas Vik", "Lima:place", "Quito:place"], rows: ["Ines Moura -thanked-> Quito"]
  },
  "A said that he shared the relief of B's family and thanked C → A thanked C": {
    s: "Governor Carlos Mendez said that he shared \"the deep relief\" of Souza's family and thanked Pope Leo \"for his kind words.\"",
    m: ["Carlos Mendez", "Souza's", "Pope Leo"], rows: ["Carlos Mendez -thanked-> Pope Leo"]
  },
  "negative: the family of B is not B": {
    s: "Chile thanked the family of Ana Souza.", m: ["Chile:country", "Ana Souza"], rows: []
  },
  "negative: 'A said the sign read … and thanked C' is the sign's thanks": {
    s: "Mayor Rosa Vidal said the banner read \"HOME AT LAST\" and thanked Norway.", m: ["Rosa Vidal", "Norway:country"], rows: []
  },
  "negative: 'A said B freed C and thanked D' (same tense) keeps the reported clause's subject": {
    s: "Ines Moura said Lima freed the fishermen and thanked Quito.", m: ["Ines Moura", "Lima:place", "Quito:place"], rows: ["Lima -thanked-> Quito"]
  },
  "negative: ', and thanks to B' after the opening clause is no thanks": {
    s: "The Red Crescent welcomed the release of Tomas Vik, and thanks to Norway the convoy left.",
    m: ["Red Crescent:organization", "Tomas Vik", "Norway:country"], rows: []
  }
};

describe("findInteractions: thanks to a list, a governing body, the speaker of a reported clause", () => {
  it.each(Object.entries(thanksCases))("%s", (_label, c) => check(c));
});

const requestCases: Record<string, Case> = {
  "A met C and wrote to B in May, asking him to … → A asked B (not C)": {
    s: "Rosa Vidal met Deputy Minister Carlos Mendez twice and wrote to Governor Tomas Vik in May, asking him to send divers.",
    m: ["Rosa Vidal", "Carlos Mendez", "Tomas Vik"], d: ["in May=2024-05"],
    rows: ["Rosa Vidal -met-> Carlos Mendez", "Rosa Vidal -asked-> Tomas Vik"]
  },
  "A wrote to B in March asking for her release → A asked B": {
    s: "Officials say the junta freed her after Chancellor Anna Weber wrote to President Ali Sow in March asking for her release.",
    m: ["Anna Weber", "Ali Sow"], d: ["in March=2024-03"], rows: ["Anna Weber -asked-> Ali Sow"]
  },
  "A wrote to B, asking C to help → A asked C": {
    s: "Ana Souza wrote to Mayor Rosa Vidal, asking Chile to send pumps.", m: ["Ana Souza", "Rosa Vidal", "Chile:country"],
    rows: ["Ana Souza -asked-> Chile"]
  },
  "A appealed to B for her release → asked": {
    s: "Her sister, Ines Moura, who had appealed to Delta Front commander Luis Prado for her release, spoke on Sunday.",
    m: ["Ines Moura", "Delta Front:organization", "Luis Prado"], rows: ["Ines Moura -asked-> Luis Prado"]
  },
  "negative: A appealed to B to free C stays a call": {
    s: "Ines Moura had appealed to the Delta Front in a video to free her husband.", m: ["Ines Moura", "Delta Front:group"],
    rows: ["Ines Moura -called_on-> Delta Front"]
  },
  "negative: asking after 'told B' is no letter": {
    s: "Ana Souza told Rosa Vidal on Monday, asking nothing.", m: ["Ana Souza", "Rosa Vidal"], rows: []
  },
  "negative: another sentence part between the letter and the participle": {
    s: "Ana Souza wrote to Rosa Vidal; the union is asking for calm.", m: ["Ana Souza", "Rosa Vidal"], rows: []
  }
};

describe("findInteractions: requests by letter and appeals for something", () => {
  it.each(Object.entries(requestCases))("%s", (_label, c) => check(c));
});

const mediationCases: Record<string, Case> = {
  "A and his Kenyan counterpart, B, met … in the presence of M → met, negotiated, mediated": {
    s: "The deal was struck when Ugandan Labour Minister Joseph Okello and his Kenyan counterpart, Amina Wekesa, met in Busia in the presence of Ines Moura, the African Union's special envoy.",
    m: ["Joseph Okello", "Amina Wekesa", "Busia:place", "Ines Moura", "African Union:organization"],
    rows: ["Joseph Okello -met-> Amina Wekesa", "Ines Moura -mediated-> Joseph Okello", "Ines Moura -mediated-> Amina Wekesa", "Joseph Okello -negotiated-> Amina Wekesa"]
  },
  "A and B signed a protocol with the mediation of M (B's title qualified by an organisation)": {
    s: "Last month, union envoy Rosa Vidal and Goldridge negotiator Tomas Vik signed a protocol with the mediation of Norway.",
    m: ["Rosa Vidal", "Goldridge:organization", "Tomas Vik", "Norway:country"],
    rows: ["Norway -mediated-> Rosa Vidal", "Norway -mediated-> Tomas Vik", "Rosa Vidal -negotiated-> Tomas Vik"]
  },
  "A and B initialled a deal at <place> with the mediation of <Country> President P → P, not the place": {
    s: "In May, Serbia and Kosovo initialled a deal at the Elysee Palace with the mediation of French President Anne Roux.",
    m: ["Serbia:country", "Kosovo:country", "Elysee Palace:organization", "French:country", "Anne Roux"],
    rows: ["Anne Roux -mediated-> Serbia", "Anne Roux -mediated-> Kosovo", "Serbia -negotiated-> Kosovo"]
  },
  "A freed B in exchange for soldiers held by C, in a handover mediated by M → M mediated A and C": {
    s: "Sudan freed six fishermen on Monday in exchange for two soldiers held by Chad, in a handover at the border that was mediated by Qatar.",
    m: ["Sudan:country", "Chad:country", "Qatar:country"], rows: ["Qatar -mediated-> Sudan", "Qatar -mediated-> Chad"]
  },
  "negative: 'the presence of M in B' is no mediation": {
    s: "Sudan and Chad condemned the presence of Wagner in Darfur.", m: ["Sudan:country", "Chad:country", "Wagner:group", "Darfur:place"], rows: []
  },
  "negative: one party and an agent of an unrelated verb": {
    s: "Sudan freed six fishermen on Monday, in a handover that was mediated by Qatar.", m: ["Sudan:country", "Qatar:country"], rows: []
  },
  "negative: a possessive after a comma opens an apposition, not a list of mediators": {
    s: "Sudan and Chad met in the presence of Ines Moura, the African Union's special envoy.",
    m: ["Sudan:country", "Chad:country", "Ines Moura", "African Union:organization"],
    rows: ["Sudan -met-> Chad", "Ines Moura -mediated-> Sudan", "Ines Moura -mediated-> Chad", "Sudan -negotiated-> Chad"]
  }
};

describe("findInteractions: mediation in the presence of, with the mediation of, handovers mediated by", () => {
  it.each(Object.entries(mediationCases))("%s", (_label, c) => check(c));
});

const passiveCases: Record<string, Case> = {
  "B is greeted …, after his release by A along with others → A released B": {
    s: "Tomas Vik (left) is greeted by neighbours at the Rivas checkpoint, after his release by the Delta Group along with two other miners.",
    m: ["Tomas Vik", "Rivas:place", "Delta Group:group"], rows: ["Delta Group -released-> Tomas Vik"]
  },
  "the release of B by A → A released B": {
    s: "Kenya welcomed the release of Ana Souza by the Delta Group.", m: ["Kenya:country", "Ana Souza", "Delta Group:group"],
    rows: ["Delta Group -released-> Ana Souza"]
  },
  "B's abduction by A → A abducted B": {
    s: "Luis Prado's abduction by the Andes Front shocked Lima.", m: ["Luis Prado's", "Andes Front:group", "Lima:place"],
    rows: ["Andes Front -abducted-> Luis Prado's"]
  },
  "negative: 'his release' with no person named before in the sentence": {
    s: "Kenya said his release by the Delta Group was near.", m: ["Kenya:country", "Delta Group:group"], rows: []
  },
  "negative: a release by a date is no agent": {
    s: "Ana Souza expects her release by Monday.", m: ["Ana Souza"], rows: []
  },
  "A met B, C and D at his office and promised them support → promised each": {
    s: "Governor Rosa Vidal met Luis Prado, Ana Souza and Tomas Vik at her office on Friday and promised them new homes.",
    m: ["Rosa Vidal", "Luis Prado", "Ana Souza", "Tomas Vik"],
    rows: ["Rosa Vidal -met-> Luis Prado", "Rosa Vidal -met-> Ana Souza", "Rosa Vidal -met-> Tomas Vik",
      "Rosa Vidal -promised-> Luis Prado", "Rosa Vidal -promised-> Ana Souza", "Rosa Vidal -promised-> Tomas Vik"]
  },
  "negative: 'them' after a verb that is no conjunct stands for nobody named": {
    s: "Governor Rosa Vidal met Luis Prado and Ana Souza; the mayor promised them homes.", m: ["Rosa Vidal", "Luis Prado", "Ana Souza"],
    rows: ["Rosa Vidal -met-> Luis Prado", "Rosa Vidal -met-> Ana Souza"]
  },
  "B is backed by A → A assisted B": {
    s: "The Delta Front is backed by Ruritania.", m: ["Delta Front:group", "Ruritania:country"], rows: ["Ruritania -assisted-> Delta Front"]
  },
  "negative: 'backed the plan' names no one backed": {
    s: "Ruritania backed the plan in Geneva.", m: ["Ruritania:country", "Geneva:place"], rows: []
  },
  "A seized <town> is no abduction": {
    s: "The Delta Front seized Rivas in March.", m: ["Delta Front:group", "Rivas:place"], rows: []
  },
  "negative: A seized a person is still an abduction": {
    s: "The Delta Front seized Tomas Vik in March.", m: ["Delta Front:group", "Tomas Vik"], rows: ["Delta Front -abducted-> Tomas Vik"]
  },
  "the ministry said envoy B had met C and asked D → B asked D (a person acts in the reported clause)": {
    s: "The ministry said envoy Ana Souza had met Luis Prado in Lima and asked the Delta Front to free him.",
    m: ["ministry:organization", "Ana Souza", "Luis Prado", "Lima:place", "Delta Front:group"],
    rows: ["Ana Souza -met-> Luis Prado", "Ana Souza -asked-> Delta Front"]
  }
};

describe("findInteractions: nominal acts by an agent, 'them' after a conjunct, backing, towns seized", () => {
  it.each(Object.entries(passiveCases))("%s", (_label, c) => check(c));
});

describe("findInteractions: a pronoun after 'A day earlier'", () => {
  it("A day earlier she had been freed by A, along with C → A released her (previous sentence's person) and C", () => {
    const {article, sentences} = makeArticle(["Ana Souza is home after four years in prison.", "A day earlier she had been freed by Ruritania in Geneva, along with the French nurse Ines Moura, in a swap."]);
    const mentions = [...mentionsFrom(sentences[0], ["Ana Souza"]), ...mentionsFrom(sentences[1], ["Ruritania:country", "Geneva:place", "Ines Moura"])];
    const rows = findInteractions(article, sentences, [], mentions, emptyCtx).map((r) => `${mentions[r.sourceMention].text} -${r.type}-> ${mentions[r.targetMention].text}`).sort();
    expect(rows).toEqual(["Ruritania -released-> Ana Souza", "Ruritania -released-> Ines Moura"]);
  });
  it("negative: 'A nurse said she …' is no sentence-initial pronoun", () => {
    const {article, sentences} = makeArticle(["Ana Souza is home after four years in prison.", "A nurse said she had been freed by Ruritania."]);
    const mentions = [...mentionsFrom(sentences[0], ["Ana Souza"]), ...mentionsFrom(sentences[1], ["Ruritania:country"])];
    expect(findInteractions(article, sentences, [], mentions, emptyCtx)).toEqual([]);
  });
});

const smallCases: Record<string, Case> = {
  "A recalled that he had received a delegation led by B → A met B": {
    s: "Tomas Vik recalled that he had received a union delegation led by Rosa Vidal in Lima.",
    m: ["Tomas Vik", "Rosa Vidal", "Lima:place"], rows: ["Tomas Vik -met-> Rosa Vidal"]
  },
  "negative: A recalled that B freed C — A is not the subject": {
    s: "Tomas Vik recalled that the Delta Group freed Ana Souza.", m: ["Tomas Vik", "Delta Group:group", "Ana Souza"],
    rows: ["Delta Group -released-> Ana Souza"]
  },
  "A holds 19 miners, including former leaders of <place>: the place is no member": {
    s: "The Delta Front still holds 19 miners, including former leaders of Rivas.", m: ["Delta Front:group", "Rivas:person"], rows: []
  },
  "negative: including a person named right after is a member": {
    s: "The Delta Front still holds 19 miners, including union leader Ana Souza.", m: ["Delta Front:group", "Ana Souza"],
    rows: ["Delta Front -held-> Ana Souza"]
  },
  "A (ACR) welcomed …, but said …, and called on B → A called on B": {
    s: "The Committee to Protect Miners (CPM) welcomed the rescue but said at least six men remain trapped in shafts run by the owners, and called on Goldridge to reopen them.",
    m: ["Committee to Protect Miners:organization", "CPM:organization", "Goldridge:organization"], rows: ["Committee to Protect Miners -called_on-> Goldridge"]
  }
};

describe("findInteractions: 'recalled that he', members after 'including', an acronym after the opening subject", () => {
  it.each(Object.entries(smallCases))("%s", (_label, c) => check(c));
});

const relativeReportCases: Record<string, Case> = {
  "B, which X and Y say is backed by A, … → A assisted B": {
    s: "The Delta Front, which Lima and United Nations monitors say is backed by Ruritania, took Rivas in May.",
    m: ["Delta Front:group", "Lima:place", "United Nations:organization", "Ruritania:country", "Rivas:place"],
    rows: ["Ruritania -assisted-> Delta Front"]
  },
  "B, who X says was kidnapped by A → A abducted B": {
    s: "Ana Souza, who Kenya says was kidnapped by the Delta Front, is still missing.", m: ["Ana Souza", "Kenya:country", "Delta Front:group"],
    rows: ["Delta Front -abducted-> Ana Souza"]
  },
  "negative: a reporting verb with no relative clause before it": {
    s: "Kenya and Lima say it is backed by Ruritania.", m: ["Kenya:country", "Lima:place", "Ruritania:country"], rows: []
  }
};

describe("findInteractions: a passive inside 'B, which X says …'", () => {
  it.each(Object.entries(relativeReportCases))("%s", (_label, c) => check(c));
});

const clauseCases: Record<string, Case> = {
  "A freed B, and C released D, in a swap brokered by M → no 'B released D'; M mediated A and C": {
    s: "Chad on Tuesday freed Ana Souza, and Sudan released Tomas Vik, in a swap brokered by Qatar.",
    m: ["Chad:country", "Ana Souza", "Sudan:country", "Tomas Vik", "Qatar:country"],
    rows: ["Chad -released-> Ana Souza", "Sudan -released-> Tomas Vik", "Qatar -mediated-> Chad", "Qatar -mediated-> Sudan"]
  },
  "negative: an Oxford-comma list of subjects stays one group": {
    s: "Chad, Niger, and Sudan met Ana Souza.", m: ["Chad:country", "Niger:country", "Sudan:country", "Ana Souza"],
    rows: ["Chad -met-> Ana Souza", "Niger -met-> Ana Souza", "Sudan -met-> Ana Souza"]
  }
};

describe("findInteractions: ', and' after another clause's object", () => {
  it.each(Object.entries(clauseCases))("%s", (_label, c) => check(c));
});
