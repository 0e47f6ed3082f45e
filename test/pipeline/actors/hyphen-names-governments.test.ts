/**
 * Stage 04 / 09 classes: hyphenated given names and double surnames, a country written with its
 * government ("the Kenyan government" is the country, with that surface form in its aliases), a
 * Gulf honorific kept in a lineage name's text (the name without it is a surface form too), and
 * the Spanish-American "Jhon" for John. Invented names only.
 */
import {describe, expect, it} from "vitest";
import {findMentions} from "../../../src/pipeline/stages/04-mentions.ts";
import {mergeActors} from "../../../src/pipeline/stages/09-actors.ts";
import type {ArticleExtraction, Mention} from "../../../src/pipeline/types.ts";
import {emptyContext, makeArticle, makeSentencesKeepingAbbreviations} from "../../fixtures/actors/make-article.ts";
import {makeExtraction, type M} from "../../fixtures/actors/make-extraction.ts";

const empty = emptyContext();

function mentions(text: string): Mention[] {
  return findMentions(makeArticle(text, {published: "2024-05-02"}), makeSentencesKeepingAbbreviations(text), empty);
}

const show = (ms: Mention[]) => ms.map((m) => `${m.text}=${m.name}/${m.kind}`).join("; ");

describe("hyphenated given names and double surnames (stage 04)", () => {
  it.each<[string, string, string, string]>([
    ["a month-like first half of a given name (Jun-Ho)", "Gang leader Jun-Ho Baek released two crewmen on Friday.", "Jun-Ho Baek", "Jun-Ho Baek"],
    ["a first name hyphened to the last word is half of the surname", "Governor Ama Kofi-Boateng said the road was open.", "Ama Kofi-Boateng", "Ama Kofi-Boateng"],
    ["…and its lone form later resolves to the full name", "Governor Ama Kofi-Boateng spoke. Kofi-Boateng said the road was open.", "Kofi-Boateng", "Ama Kofi-Boateng"]
  ])("%s", (_label, text, surface, name) => {
    const ms = mentions(text);
    expect(ms.some((m) => m.text === surface && m.name === name && m.kind === "person"), show(ms)).toBe(true);
  });

  it("two months joined by a hyphen name nobody (Jan-Feb)", () => {
    const ms = mentions("Rainfall in Jan-Feb Kenya was the lowest on record.");
    expect(ms.some((m) => m.text.includes("Jan")), show(ms)).toBe(false);
  });

  it("a hyphenated given name after a country still splits off the country", () => {
    const ms = mentions("Police said Kenya Jean-Paul Mbeki had left.");
    expect(ms.some((m) => m.text === "Jean-Paul Mbeki" && m.kind === "person"), show(ms)).toBe(true);
    expect(ms.some((m) => m.text === "Kenya Jean-Paul Mbeki"), show(ms)).toBe(false);
  });
});

describe("a country's government (stage 04)", () => {
  it.each<[string, string, string]>([
    ["nationality + government", "Amnesty International called on the Kenyan government to publish the report.", "Kenya"],
    ["Philippine is the Philippines' adjective too", "Rice sent by the Philippine government reached the flooded islands on Tuesday.", "Philippines"]
  ])("%s → the country, written with its noun", (_label, text, country) => {
    const ms = mentions(text);
    const gov = ms.find((m) => m.name === country);
    expect(gov?.text, show(ms)).toMatch(/ government$/);
    expect(gov?.kind).toBe("country");
  });

  it("another noun after the adjective is not part of the mention (Kenyan mediators)", () => {
    const ms = mentions("Kenyan mediators arrived in the capital on Monday.");
    expect(ms.find((m) => m.name === "Kenya")?.text, show(ms)).toBe("Kenyan");
  });

  it("the government surface form is one of the country's aliases", () => {
    const xs: ArticleExtraction[] = [makeExtraction("a0", "wire", [["Kenyan government", "Kenya", "country"], ["Kenya", "Kenya", "country"]])];
    const kenya = mergeActors(xs, empty).actors.find((a) => a.name === "Kenya");
    expect(kenya?.aliases).toContain("Kenyan government");
  });
});

function actorsOf(ms: M[][]) {
  const xs = ms.map((m, i) => makeExtraction(`a${i}`, `outlet${i}`, m));
  return mergeActors(xs, empty);
}

describe("a Gulf honorific kept in a lineage name's text (stage 09)", () => {
  it("the name without the honorific is a surface form too", () => {
    const {actors} = actorsOf([[["Sheikh Tariq bin Nasser al-Hadi", "Tariq bin Nasser al-Hadi"]]]);
    expect(actors[0].aliases).toEqual(expect.arrayContaining(["Sheikh Tariq bin Nasser al-Hadi", "Tariq bin Nasser al-Hadi"]));
  });

  it("a lone surname resolved to the full name adds no full name of its own", () => {
    const {actors} = actorsOf([[["al-Hadi", "Tariq bin Nasser al-Hadi"]]]);
    expect(actors[0].aliases).toEqual(["al-Hadi"]);
  });
});

describe("Jhon is John (stage 09)", () => {
  it.each<[string, string[], number]>([
    ["Jhon / John with one surname", ["Jhon Murillo", "John Murillo"], 1],
    ["Jhonatan / Jonathan with one surname", ["Jhonatan Ortega", "Jonathan Ortega"], 1],
    ["Jhon and Jaime are two people", ["Jhon Murillo", "Jaime Murillo"], 2]
  ])("%s", (_label, names, count) => {
    const {mentionActors} = actorsOf(names.map((n) => [[n]]));
    expect(new Set(mentionActors.map((r) => r[0])).size).toBe(count);
  });
});

describe("a bare masculine Slavic surname shared by a woman and a man (stage 04)", () => {
  const nameOf = (text: string, surface: string) => mentions(text).filter((m) => m.text === surface).map((m) => m.name);

  it("names the man even when the woman came first", () => {
    const text = "Tatiana Baranov waited at the gate with her son. Pavel Baranov, 40, was freed on Monday. Baranov's wife met him in Vilnius.";
    expect(nameOf(text, "Baranov")).toEqual(["Pavel Baranov"]);
  });

  it("two women with the surname: the one introduced first, as before", () => {
    const text = "Tatiana Baranov waited at the gate with her daughter. Olga Baranov, 40, was freed on Monday. Baranov said she was tired.";
    expect(nameOf(text, "Baranov")).toEqual(["Tatiana Baranov"]);
  });

  it("a surname with no Slavic masculine ending keeps the first one introduced", () => {
    const text = "Maria Costa waited at the gate with her son. Paulo Costa, 40, was freed on Monday. Costa said the wait was long.";
    expect(nameOf(text, "Costa")).toEqual(["Maria Costa"]);
  });
});

describe("organisations whose words look like something else (stage 04)", () => {
  it.each<[string, string, string]>([
    ["a name defined by its acronym: 'Mayor' is no title, 'Andino' no place", "Road crews were stopped by the Comando Mayor Andino (CMA) near the dam.", "Comando Mayor Andino"],
    ["the acronym skips lowercase links", "Talks with the Liga Campesina del Sur (LCS) began in June.", "Liga Campesina del Sur"],
    ["a unit named after a person: '<Name> front'", "The Ana Quiroga front freed the two engineers on Friday.", "Ana Quiroga front"],
    ["'<Name> brigade'", "Fighters of the Tomas Ledo brigade blocked the road.", "Tomas Ledo brigade"]
  ])("%s", (_label, text, org) => {
    const ms = mentions(text);
    expect(ms.some((m) => m.text === org && m.kind === "organization"), show(ms)).toBe(true);
  });

  it("the acronym of a defined name is the organisation's too", () => {
    const ms = mentions("Road crews were stopped by the Comando Mayor Andino (CMA) near the dam.");
    expect(ms.find((m) => m.text === "CMA")?.kind, show(ms)).toBe("organization");
  });

  it.each<[string, string, string]>([
    ["a person's initials in brackets stay a person", "Maria Lopez Garcia (MLG) signed the letter.", "Maria Lopez Garcia"],
    ["a family is no unit", "Officials met the Ana Quiroga family in Cali.", "Ana Quiroga"]
  ])("%s", (_label, text, person) => {
    const ms = mentions(text);
    expect(ms.some((m) => m.text === person && m.kind === "person"), show(ms)).toBe(true);
  });

  it("a war front at a place is no organisation", () => {
    const ms = mentions("Troops on the Lamu front advanced on Monday.");
    expect(ms.some((m) => m.text.endsWith("front")), show(ms)).toBe(false);
  });
});

describe("a lone organisation word after 'the' is the article's organisation ending in it (stage 04)", () => {
  it("'the Church' after 'the Methodist Church'", () => {
    const ms = mentions("Protests organised by the Methodist Church grew in Accra. On Monday the Church said it would mediate.");
    expect(ms.some((m) => m.text === "Church" && m.name === "Methodist Church" && m.kind === "organization"), show(ms)).toBe(true);
  });

  it("'the Church on X': the platform's letter is not part of the name", () => {
    const ms = mentions("Officials of the Methodist Church met. The mayor thanked the Church on X for its help.");
    expect(ms.some((m) => m.text === "Church" && m.name === "Methodist Church"), show(ms)).toBe(true);
    expect(ms.some((m) => m.text.startsWith("Church on")), show(ms)).toBe(false);
  });

  it.each<[string, string]>([
    ["two organisations end in the word: either one, so none", "The Health Ministry met the Finance Ministry on Friday. The Ministry said nothing."],
    ["no organisation ends in it: the word alone names nobody", "The Ministry said nothing about the flood on Friday."]
  ])("%s", (_label, text) => {
    const ms = mentions(text);
    expect(ms.some((m) => m.text === "Ministry"), show(ms)).toBe(false);
  });
});

describe("a given name cut off before a second given name (stage 04)", () => {
  it.each<[string, string, string]>([
    ["a doubled Spanish given name (Carmen Pilar)", "The ferry was late, said the harbour nurse Carmen Pilar Vidal.", "Carmen Pilar Vidal"],
    ["an unknown given name before a surname that is also a given name (Yusuf)", "Herders blocked the road on orders from Tanko Yusuf, their clan elder.", "Tanko Yusuf"],
    // Session 29: two unknown words before a last name that is also a given name are one person's three names.
    ["two unknown names before a last name that is also a given name (Idris)", "Governor Neema Kivuyo Idris ordered the dykes reinforced.", "Neema Kivuyo Idris"],
    ["three names ending in Hassan, untitled", "Tumaini Mrema Hassan, the district commissioner, visited the camp.", "Tumaini Mrema Hassan"]
  ])("%s", (_label, text, person) => {
    const ms = mentions(text);
    expect(ms.some((m) => m.text === person && m.kind === "person"), show(ms)).toBe(true);
  });

  it("a known place before a last given name still splits off (Kaduna Yusuf)", () => {
    const ms = mentions("Officials in Kaduna Yusuf said the road was closed.");
    expect(ms.some((m) => m.text === "Yusuf" && m.kind === "person"), show(ms)).toBe(true);
    expect(ms.some((m) => m.text.startsWith("Kaduna ")), show(ms)).toBe(false);
  });

  it("a known place before a full name still splits off (Kenya Erik Dahl)", () => {
    const ms = mentions("Police said the ambassador to Kenya Erik Dahl arrived on Monday.");
    expect(ms.some((m) => m.text === "Erik Dahl" && m.kind === "person"), show(ms)).toBe(true);
    expect(ms.some((m) => m.text.startsWith("Kenya ")), show(ms)).toBe(false);
  });
});

describe("a capitalised 'The' in mid-sentence is part of the name as written (stage 09)", () => {
  function aliasesOf(text: string, surface: string) {
    const start = text.indexOf(surface);
    const m: Mention = {sentenceIndex: 0, start, end: start + surface.length, text: surface, name: surface, kind: "media", gazetteerName: null, via: "chunk", title: null};
    const x: ArticleExtraction = {article: makeArticle(text, {articleId: "a0", outlet: "wire"}), sentences: [], dates: [], mentions: [m], figures: [], events: [], interactions: [], labels: [], warnings: []};
    return mergeActors([x], empty).actors[0].aliases;
  }

  it("'told The Daily Courier' → 'The Daily Courier' too", () => {
    expect(aliasesOf("Parents told The Daily Courier that the school was closed.", "Daily Courier")).toEqual(["Daily Courier", "The Daily Courier"]);
  });

  it("a sentence's own 'The' is not the name's", () => {
    expect(aliasesOf("The Daily Courier said the school was closed.", "Daily Courier")).toEqual(["Daily Courier"]);
  });
});

describe("a short form shared by two full names of one name class (stage 04)", () => {
  const withHeadline = (text: string) => findMentions(makeArticle(text, {published: "2024-05-02"}), makeSentencesKeepingAbbreviations(text, [0]), empty);
  const body = "Two hostages, Alexander Orlov, 31, and Pyotr Ilyin, 29, returned, said Lt. Col. Alex Brand. Olga Orlov was reunited with Sasha at the base. Orlov slept for a day, and Orlov's mother flew to Kazan.";

  it("the one whose surname the article uses most", () => {
    const ms = mentions(body);
    expect(ms.find((m) => m.text === "Sasha")?.name, show(ms)).toBe("Alexander Orlov");
  });

  it("a headline's short form + surname is one name", () => {
    const ms = withHeadline("Sasha Orlov home after 500 days\n" + body);
    expect(ms.some((m) => m.text === "Sasha Orlov" && m.name === "Alexander Orlov"), show(ms)).toBe(true);
  });

  it("as often named: nobody (a tie is no evidence)", () => {
    const ms = mentions("Alexander Orlov, 31, returned, said Lt. Col. Alex Brand. His mother was reunited with Sasha at the base.");
    expect(ms.find((m) => m.text === "Sasha")?.name, show(ms)).toBe("Sasha");
  });
});

describe("a spelled-out number opening a sentence is no name's word (stage 04)", () => {
  it.each<[string]>([["Seventeen Kenyan fishermen stranded by the storm reached the port on Sunday."], ["Dozens Kenyan traders protested outside the port."]])("%s", (text) => {
    const ms = mentions(text);
    expect(ms.some((m) => m.kind === "person" || /^(Seventeen|Dozens)/.test(m.text)), show(ms)).toBe(false);
  });

  it("a name after it is still found", () => {
    const ms = mentions("Twenty soldiers escorted Ama Kofi-Boateng to the port.");
    expect(ms.some((m) => m.text === "Ama Kofi-Boateng" && m.kind === "person"), show(ms)).toBe(true);
  });
});

describe("'Hadji' / 'Haji' opening a name as written (stage 04)", () => {
  it("stays in the name after a title", () => {
    const ms = mentions("The truce was brokered by Cotabato Governor Hadji Karim Lawan alongside village elders.");
    expect(ms.some((m) => m.text === "Hadji Karim Lawan" && m.kind === "person" && m.title === "Cotabato Governor"), show(ms)).toBe(true);
    expect(ms.some((m) => m.text === "Hadji"), show(ms)).toBe(false);
  });
});

describe("'Hadji' written by one outlet and not another (stage 09)", () => {
  it.each<[string, string[], number]>([
    ["with and without Hadji: one person", ["Hadji Karim Lawan", "Karim Lawan"], 1],
    ["Haji spelling", ["Haji Karim Lawan", "Karim Lawan"], 1],
    ["another surname stays apart", ["Hadji Karim Lawan", "Karim Rahman"], 2]
  ])("%s", (_label, names, count) => {
    const {mentionActors} = actorsOf(names.map((n) => [[n]]));
    expect(new Set(mentionActors.map((r) => r[0])).size).toBe(count);
  });
});

describe("a transliteration key never crosses gender (stage 09)", () => {
  it.each<[string, string[], number]>([
    ["a man's name is no woman's: Oleg Sokolova is not Oleg Sokolov's feminine form", ["Oleg Sokolova", "Oleg Sokolov"], 2],
    ["a woman's surname in the masculine is still her (Olga)", ["Olga Sokolova", "Olga Sokolov"], 1]
  ])("%s", (_label, names, count) => {
    const {mentionActors} = actorsOf(names.map((n) => [[n]]));
    expect(new Set(mentionActors.map((r) => r[0])).size).toBe(count);
  });
});
