import {describe, expect, it} from "vitest";
import {mergeActors} from "../../src/pipeline/stages/09-actors.ts";
import {sameButHG, sameButZhJ, translitKey} from "../../src/pipeline/actors/translit.ts";
import {editDistance} from "../../src/pipeline/actors/edit-distance.ts";
import {parsePersonName} from "../../src/pipeline/actors/person-name.ts";
import type {ArticleExtraction} from "../../src/pipeline/types.ts";
import {contextFrom, emptyContext} from "../fixtures/actors/make-article.ts";
import {makeExtraction, type M} from "../fixtures/actors/make-extraction.ts";

const empty = emptyContext();

/** One article per name, so merging is corpus-level (not in-article resolution). */
function corpus(names: (string | M)[]): ArticleExtraction[] {
  return names.map((n, i) => makeExtraction(`a${i}`, `outlet${i % 3}`, [typeof n === "string" ? [n] : n]));
}

function idsOf(xs: ArticleExtraction[], ctx = empty): string[] {
  return mergeActors(xs, ctx).mentionActors.map((row) => row[0]);
}

describe("stage 09: variants that must merge", () => {
  it.each<[string, (string | M)[]]>([
    ["kh/h transliteration", ["Maxim Kharkin", "Maxim Harkin"]],
    ["first-name spelling missing from the class list (Grigori ~ Grigory)", ["Grigory Volkonsky", "Grigori Volkonskiy"]],
    ["yo/e after a consonant (Artyom/Artem, Fyodorov/Fedorov)", ["Artyom Fyodorov", "Artem Fedorov"]],
    ["surname typo (edit distance 1, ≥ 6 letters)", ["Alexander Trufanov", "Alexander Trupanov"]],
    ["first-name class Aleksandr/Alexander/Oleksandr", ["Aleksandr Kovalenko", "Alexander Kovalenko", "Oleksandr Kovalenko"]],
    ["Abu prefix and ou/u, q/k", ["Musa Abu Marzouk", "Mousa Abu Marzuq"]],
    ["surname-only with particle joins the unique full name", ["Musa Abu Marzouk", ["Abu Marzouk", "Abu Marzouk", "organization"]]],
    ["-y/-yy/-iy endings", ["Volodymyr Zelensky", "Volodymyr Zelenskyy", "Zelenskiy"]],
    ["al- prefix dropped", ["Yahya al-Sinwar", "Yahya Sinwar", "Sinwar"]],
    ["diacritics", ["Recep Tayyip Erdoğan", "Recep Tayyip Erdogan", "Erdogan"]],
    ["el-/al- variants of one surname", ["Abdel Fattah el-Sisi", "al-Sisi"]],
    ["Arabic -eh/-a ending", ["Ismail Haniyeh", "Ismail Haniya"]],
    ["Sergey/Sergei/Serhiy", ["Sergey Marchenko", "Sergei Marchenko", "Serhiy Marchenko"]],
    ["Yevgeny/Evgeny", ["Yevgeny Kuzmin", "Evgeny Kuzmin"]],
    ["lone surname typo joins the unique full name", ["Alexander Trufanov", "Trupanov"]],
    ["British/US spelling of an organisation", [["Palestine Liberation Organisation", undefined, "organization"], ["Palestine Liberation Organization", undefined, "organization"]]],
    ["ks/x", ["Aleksei Navalny", "Alexei Navalny"]],
    ["w/v (Polish/German spelling)", ["Ivan Popov", "Ivan Popow"]],
    ["Ukrainian h / Russian g, two letters apart", ["Oleh Hryhorchuk", "Oleg Grigorchuk"]],
    ["Ukrainian h / Russian g in first name and surname", ["Hennadiy Hulyhin", "Gennady Guligin"]],
    ["Ukrainian h / Russian g, feminine forms", ["Halyna Hohenko", "Galina Gogenko"]],
    ["Ukrainian h / Russian g: a lone surname joins the unique full name", ["Oleg Grigorchuk", "Hryhorchuk"]],
    ["Hennadii (new Ukrainian romanisation) / Gennady", ["Hennadii Bilous", "Gennady Bilous"]],
    ["Heorhii / Georgy", ["Heorhii Tkachuk", "Georgy Tkachuk"]],
    ["Hlib / Gleb", ["Hlib Yatsenko", "Gleb Yatsenko"]],
    ["Russian yo / e in the surname ending (-yov / -ev)", ["Fyodor Seleznyov", "Fedor Seleznev", "Seleznyov"]],
    ["Russian yo / e, feminine forms", ["Alyona Seleznyova", "Alyona Selezneva"]],
    ["Persian / Arabic long i written ee in the first name (Nasreen / Nasrin)", ["Nasreen Tabrizi", "Nasrin Tabrizi"]],
    ["Arabic long i written ee (Kareem / Karim)", ["Kareem Haddadin", "Karim Haddadin"]],
    ["Azerbaijani q / g (Qurbanov / Gurbanov)", ["Elchin Qurbanov", "Elchin Gurbanov"]],
    ["Armenian -yan / -ian", ["Aram Petrosyan", "Aram Petrosian", "Petrosyan"]],
    ["Persian / Arabic spellings of one given name (Fatemeh / Fatima)", ["Fatemeh Karimi", "Fatima Karimi"]],
    ["French j for English zh (Kojevnikov / Kozhevnikov)", ["Pavel Kozhevnikov", "Pavel Kojevnikov"]],
    ["French j for zh: a lone surname joins the unique full name", ["Pavel Kozhevnikov", "Kojevnikov"]],
    ["French j for zh and ou for u (Doujenko / Duzhenko), feminine forms", ["Irina Duzhenkova", "Irina Doujenkova"]]
  ])("%s", (_label, names) => {
    const ids = idsOf(corpus(names));
    expect(new Set(ids).size, ids.join(", ")).toBe(1);
  });
});

describe("stage 09: names that must stay apart", () => {
  it.each<[string, (string | M)[]]>([
    ["masculine vs feminine surname", ["Alexander Trufanov", "Elena Trufanova"]],
    ["different first names, same surname", ["Elena Kovalenko", "Alexander Kovalenko"]],
    ["Semyon is not Simon", ["Semyon Laptev", "Simon Laptev"]],
    ["Kim Jong Un vs Kim Yo Jong", ["Kim Jong Un", "Kim Yo Jong"]],
    ["Cohen vs Cohn (short surnames: no fuzzy merge)", ["Sapir Cohen", "Sapir Cohn"]],
    ["a lone first name is not merged across articles", ["Maxim Kharkin", "Maxim"]],
    ["short surnames one edit apart", ["Ivan Rubin", "Ivan Robin"]],
    ["distance 2 is only a suggestion", ["Alexander Kovalenko", "Alexander Kovalchenko"]],
    ["h/g surnames but different first names", ["Ihor Hryhorchuk", "Oleg Grigorchuk"]],
    ["h/g surnames, -ova vs -ov (a mother and her son)", ["Olha Hnatova", "Oleg Gnatov"]],
    ["h/g surnames under six letters", ["Oleh Hohol", "Oleg Gogol"]],
    ["h/g plus another letter", ["Oleh Hryhorchuk", "Oleg Grigorchak"]],
    ["h/g plus an ending", ["Oleh Hryhorchuk", "Oleg Grigorchukov"]],
    ["kh is another letter, not a Ukrainian h", ["Petro Khrykhun", "Petro Grygun"]],
    ["a lone h/g surname shared by two full names", ["Oleg Grigorchuk", "Ihor Grigorchuk", "Hryhorchuk"]],
    ["yo / e: mother and son keep -yova / -yov apart", ["Alyona Seleznyova", "Fyodor Seleznev"]],
    ["ee / i only for listed Arabic and Persian names: Colleen is not Colin", ["Colleen Marsh", "Colin Marsh"]],
    ["ee / i: Doreen is not Dorin", ["Doreen Pratt", "Dorin Pratt"]],
    ["q / g surnames, feminine vs masculine", ["Aynur Qurbanova", "Elchin Gurbanov"]],
    ["-yan / -ian surname, different first names", ["Aram Petrosyan", "Hayk Petrosian"]],
    ["French j / zh: feminine vs masculine", ["Irina Kojevnikova", "Pavel Kozhevnikov"]],
    ["French j / zh: different first names", ["Oleg Kojevnikov", "Pavel Kozhevnikov"]],
    ["j / zh under seven letters (a German j is a y)", ["Ivan Zhukin", "Ivan Jukin"]],
    ["j / zh plus another letter", ["Pavel Kozhevnikov", "Pavel Kojevnikav"]]
  ])("%s", (_label, names) => {
    const ids = idsOf(corpus(names));
    expect(new Set(ids).size, ids.join(", ")).toBe(names.length);
  });

  it("a lone surname shared by two full names is not merged", () => {
    const ids = idsOf(corpus(["Elena Kovalenko", "Alexander Kovalenko", "Kovalenko"]));
    expect(new Set(ids).size).toBe(3);
  });

  it("a feminine lone surname joins the woman, not the man", () => {
    const ids = idsOf(corpus(["Alexander Trufanov", "Elena Trufanova", "Trufanova"]));
    expect(ids[2]).toBe(ids[1]);
    expect(ids[2]).not.toBe(ids[0]);
  });

  it("gazetteer not_same is honoured even for equal transliteration keys", () => {
    const ctx = contextFrom("name,kind,aliases,affiliation,roles,not_same\nAli Hassan,person,,,,Ali Hasan\n");
    const ids = idsOf(corpus([["Ali Hassan", "Ali Hassan", "person", "Ali Hassan"], "Ali Hasan"]), ctx);
    expect(ids[0]).not.toBe(ids[1]);
    expect(idsOf(corpus([["Ali Hassan", "Ali Hassan", "person", "Ali Hassan"], "Ali Hasan"]))).toEqual(["ali-hasan", "ali-hasan"]);
  });
});

describe("stage 09: a given name alone and a relative's surname in its article", () => {
  const article = (id: string, ms: (string | M)[]) => makeExtraction(id, "o" + id, ms.map((m) => (typeof m === "string" ? [m] : m)));
  const actorOf = (xs: ArticleExtraction[], article: number, mention: number) => mergeActors(xs, empty).mentionActors[article][mention];

  it("'her brother, Noor' beside 'Leila Haddad' is the 'Noor Haddad' of another outlet", () => {
    const xs = [article("1", ["Leila Haddad", ["Noor", "Noor", "organization"]]), article("2", ["Noor Haddad"])];
    expect(actorOf(xs, 0, 1)).toBe(actorOf(xs, 1, 0));
    expect(actorOf(xs, 0, 1)).not.toBe(actorOf(xs, 0, 0));
  });

  it("a listed short form finds its class: 'Misha' beside 'Pavel Sokolov' is 'Mikhail Sokolov'", () => {
    const xs = [article("1", ["Pavel Sokolov", "Misha"]), article("2", ["Mikhail Sokolov"])];
    expect(actorOf(xs, 0, 1)).toBe(actorOf(xs, 1, 0));
  });

  it("no relative's surname in the article: the given name stays alone", () => {
    const xs = [article("1", ["Leila Haddad", "Noor"]), article("2", ["Noor Kassab"])];
    expect(actorOf(xs, 0, 1)).not.toBe(actorOf(xs, 1, 0));
  });

  it("two fitting full names (two families in the article) leave it alone", () => {
    const xs = [article("1", ["Leila Haddad", "Sami Nasser", "Noor"]), article("2", ["Noor Haddad"]), article("3", ["Noor Nasser"])];
    const noor = actorOf(xs, 0, 2);
    expect([actorOf(xs, 1, 0), actorOf(xs, 2, 0)]).not.toContain(noor);
  });

  it("a feminine relative's surname is another key: 'Noor' beside 'Olga Petrova' does not join 'Noor Petrov'", () => {
    const xs = [article("1", ["Olga Petrova", "Noor"]), article("2", ["Noor Petrov"])];
    expect(actorOf(xs, 0, 1)).not.toBe(actorOf(xs, 1, 0));
  });
});

describe("stage 09: actors table", () => {
  const xs = [
    makeExtraction("a1", "TASS", [["Maxim Kharkin"], ["Kharkin", "Maxim Kharkin"], ["Hamas", "Hamas", "organization", "Hamas"]]),
    makeExtraction("a2", "Euronews", [["Maxim Harkin"], ["Harkin", "Maxim Harkin"]]),
    makeExtraction("a3", "RT", [["Maxim Kharkin"], ["Hamas", "Hamas", "organization", "Hamas"]])
  ];
  const ctx = contextFrom("name,kind,aliases\nHamas,organization,Harakat al-Muqawama\n");
  const out = mergeActors(xs, ctx);
  const kharkin = out.actors.find((a) => a.name === "Maxim Kharkin")!;

  it("canonical name is the most frequent full form, id is its slug", () => {
    expect(kharkin.actorId).toBe("maxim-kharkin");
    expect(kharkin.kind).toBe("person");
  });
  it("aliases are every surface seen, sorted; outlets sorted; mention count", () => {
    expect(kharkin.aliases).toEqual(["Harkin", "Kharkin", "Maxim Harkin", "Maxim Kharkin"]);
    expect(kharkin.outlets).toEqual(["Euronews", "RT", "TASS"]);
    expect(kharkin.mentions).toBe(5);
  });
  it("merge notes say why", () => {
    expect(kharkin.mergeNotes.some((n) => n.startsWith("Maxim Harkin → Maxim Kharkin: transliteration key"))).toBe(true);
  });
  it("gazetteer name wins", () => {
    expect(out.actors.find((a) => a.actorId === "hamas")?.mentions).toBe(2);
  });
  it("mentionActors follows the input shape", () => {
    expect(out.mentionActors.map((r) => r.length)).toEqual([3, 2, 2]);
    expect(out.mentionActors[1]).toEqual(["maxim-kharkin", "maxim-kharkin"]);
  });
});

describe("stage 09: acronyms", () => {
  it("an acronym in parentheses right after a name joins it across the corpus", () => {
    const a = makeExtraction("a", "o", [["National Union of Mineworkers", undefined, "organization"], ["NUM", undefined, "organization"]]);
    // makeExtraction joins mentions with ". "; rewrite the text so the acronym sits in parentheses.
    a.article.text = "National Union of Mineworkers (NUM) said.";
    a.mentions[1].start = 31;
    a.mentions[1].end = 34;
    const b = makeExtraction("b", "o2", [["NUM", undefined, "organization"]]);
    const out = mergeActors([a, b], empty);
    expect(new Set(out.mentionActors.flat()).size).toBe(1);
    expect(out.actors[0].mergeNotes[0]).toContain("acronym in parentheses");
  });
  // Round 25: within one article a lone acronym spelling the initials of the one body it names is that body
  // (article-acronyms.ts); it used to stay apart. Across articles it still does.
  it("without parentheses an acronym joins the one body of its article whose initials it spells", () => {
    const out = mergeActors([makeExtraction("a", "o", [["National Union of Mineworkers", undefined, "organization"], ["NUM", undefined, "organization"]])], empty);
    expect(new Set(out.mentionActors.flat()).size).toBe(1);
    expect(out.actors[0].mergeNotes.join(" ")).toContain("acronym of a name in the same article");
  });
  it("without parentheses an acronym in another article stays apart", () => {
    const out = mergeActors([makeExtraction("a", "o", [["National Union of Mineworkers", undefined, "organization"]]), makeExtraction("b", "o2", [["NUM", undefined, "organization"]])], empty);
    expect(new Set(out.mentionActors.flat()).size).toBe(2);
  });
});

describe("stage 09: suggestions", () => {
  it("edit distance 2 becomes a suggestion", () => {
    const out = mergeActors(corpus(["Alexander Kovalenko", "Alexander Kovalchenko"]), empty);
    expect(out.suggestions).toEqual([{a: "Alexander Kovalchenko", b: "Alexander Kovalenko", reason: "edit distance 2 on the surname", score: 0.5}]);
  });
  it("an ambiguous lone surname is suggested against each full name", () => {
    const out = mergeActors(corpus(["Elena Kovalenko", "Alexander Kovalenko", "Kovalenko"]), empty);
    expect(out.suggestions.map((s) => [s.a, s.b])).toEqual([["Alexander Kovalenko", "Kovalenko"], ["Elena Kovalenko", "Kovalenko"]]);
  });
});

describe("stage 09: order independence and ids", () => {
  const names: (string | M)[] = ["Maxim Kharkin", "Harkin", "Alexander Trufanov", "Trupanov", "Aleksandr Trufanov", "Elena Trufanova", "Musa Abu Marzouk", "Abu Marzuq", "Zelenskyy", "Volodymyr Zelensky", ["Hamas", "Hamas", "organization"], "Kim Jong Un", "Kim Yo Jong", "Natalia"];
  const xs = names.map((n, i) => makeExtraction(`a${i}`, `o${i % 4}`, [typeof n === "string" ? [n] : n, ["Moscow", "Moscow", "place"]]));

  function shuffled<T>(arr: T[], seed: number): T[] {
    const out = arr.slice();
    let s = seed;
    for (let i = out.length - 1; i > 0; i--) {
      s = (s * 1103515245 + 12345) % 2147483648;
      const j = s % (i + 1);
      [out[i], out[j]] = [out[j], out[i]];
    }
    return out;
  }

  it.each([1, 2, 3, 4, 5])("shuffle %i gives the same actors, suggestions and mention ids", (seed) => {
    const base = mergeActors(xs, empty);
    const perm = shuffled(xs, seed);
    const other = mergeActors(perm, empty);
    expect(other.actors).toEqual(base.actors);
    expect(other.suggestions).toEqual(base.suggestions);
    const byArticle = (r: typeof base, list: ArticleExtraction[]) => Object.fromEntries(list.map((x, i) => [x.article.articleId, r.mentionActors[i]]));
    expect(byArticle(other, perm)).toEqual(byArticle(base, xs));
  });

  it("ids are unique; colliding slugs get a hash suffix", () => {
    const ctx = contextFrom("name,kind,aliases\nMohammed Ali,person,\nMohammed-Ali,organization,\n");
    const out = mergeActors([makeExtraction("a", "o", [["Mohammed Ali", "Mohammed Ali", "person", "Mohammed Ali"], ["Mohammed-Ali", "Mohammed-Ali", "organization", "Mohammed-Ali"]])], ctx);
    const ids = out.actors.map((a) => a.actorId);
    expect(new Set(ids).size).toBe(2);
    for (const id of ids) expect(id).toMatch(/^mohammed-ali-[0-9a-f]{6}$/);
  });

  // Candidates are blocked by key; a quadratic merge would hit the test timeout.
  it("20,000 distinct names merge without an all-pairs comparison", () => {
    const many = Array.from({length: 20_000}, (_, i) => makeExtraction(`b${i}`, "o", [[`Name${i.toString(36)} Surname${(i * 7919).toString(36)}`]]));
    const out = mergeActors(many, empty);
    expect(out.actors.length).toBeGreaterThan(1000);
  });
});

describe("transliteration keys and helpers", () => {
  it.each([
    ["Kharkin", "Harkin"],
    ["Zelensky", "Zelenskyy"],
    ["Zelenskiy", "Zelenskyj"],
    ["Abu Marzouk", "Abu Marzuq"],
    ["Aleksandr", "Alexandr"],
    ["Haniyeh", "Haniya"],
    ["Smirnoff", "Smirnov"],
    ["Yelena", "Elena"],
    ["Artyom", "Artem"],
    ["Pyotr", "Petr"]
  ])("%s ≡ %s", (a, b) => expect(translitKey(a)).toBe(translitKey(b)));

  it.each([
    ["Trufanov", "Trufanova"],
    ["Kim", "Kin"]
  ])("%s ≢ %s", (a, b) => expect(translitKey(a)).not.toBe(translitKey(b)));

  it("edit distance counts a transposition as one", () => {
    expect(editDistance("trufanov", "turfanov")).toBe(1);
    expect(editDistance("trufanov", "trupanov")).toBe(1);
    expect(editDistance("kovalenko", "kovalchenko", 2)).toBe(2);
  });

  it("parses Arabic and Slavic names", () => {
    expect(parsePersonName("Musa Abu Marzouk")).toMatchObject({first: "mousa".length ? expect.any(String) : null, surname: "abu marzouk", shape: "full"});
    expect(parsePersonName("al-Sinwar")).toMatchObject({surname: "sinwar", shape: "surname"});
    expect(parsePersonName("Natalia")).toMatchObject({shape: "first"});
    expect(parsePersonName("Ursula von der Leyen")).toMatchObject({surname: "von der leyen", shape: "full"});
  });

  it.fails("known miss: Mikhail and Michael are one class, so two different people named Mikhail X / Michael X merge", () => {
    const ids = idsOf(corpus(["Mikhail Gorbunov", "Michael Gorbunov"]));
    expect(new Set(ids).size).toBe(2);
  });

  it.fails("known miss: kh and g one letter apart merge by edit distance 1 (Kharchuk / Garchuk are different names, Х vs Г)", () => {
    const ids = idsOf(corpus(["Petro Kharchuk", "Petro Garchuk"]));
    expect(new Set(ids).size).toBe(2);
  });

  it("Ukrainian h for Russian g in surnames (Hryhorenko / Grigorenko) is merged (was a known miss)", () => {
    const ids = idsOf(corpus(["Ivan Hryhorenko", "Ivan Grigorenko"]));
    expect(new Set(ids).size).toBe(1);
  });
});

describe("sameButZhJ (French j / English zh)", () => {
  it.each([
    ["zh / j in the middle", "kozhevnikov", "kojevnikov", true],
    ["zh / j at the start, ou / u", "zhuravlyov", "jouravlev", true],
    ["both spell zh", "kozhevnikov", "kozhevnikov", false],
    ["six letters", "zhukin", "jukin", false],
    ["feminine ending", "kojevnikova", "kozhevnikov", false]
  ])("%s", (_label, a, b, expected) => {
    expect(sameButZhJ(a, b)).toBe(expected);
  });
});

describe("sameButHG (Ukrainian h / Russian g)", () => {
  it.each([
    ["two h/g letters", "hryhorchuk", "grigorchuk", true],
    ["h/g at the start only", "hulyak", "gulyak", true],
    ["same spelling is not this rule", "grigorchuk", "grigorchuk", false],
    ["five letters", "hohol", "gogol", false],
    ["kh spelt", "khrykhun", "grygun", false],
    ["another letter differs", "hryhorchuk", "grigorchak", false],
    ["feminine ending", "hnatova", "gnatov", false]
  ])("%s", (_label, a, b, expected) => {
    expect(sameButHG(a, b)).toBe(expected);
  });
});
