import {describe, expect, it} from "vitest";
import {listedNameClass} from "../../../src/pipeline/actors/person-name.ts";
import {findMentions} from "../../../src/pipeline/stages/04-mentions.ts";
import {mergeActors} from "../../../src/pipeline/stages/09-actors.ts";
import type {Mention} from "../../../src/pipeline/types.ts";
import {emptyContext, makeArticle, makeSentences} from "../../fixtures/actors/make-article.ts";
import {makeExtraction} from "../../fixtures/actors/make-extraction.ts";

const empty = emptyContext();

function ids(names: string[]): string[] {
  const xs = names.map((n, i) => makeExtraction(`a${i}`, `o${i % 3}`, [[n]]));
  return mergeActors(xs, empty).mentionActors.map((r) => r[0]);
}

function run(text: string): Mention[] {
  return findMentions(makeArticle(text, {published: "2024-05-01"}), makeSentences(text), empty);
}

const show = (ms: Mention[]) => ms.map((m) => `${m.text}=${m.name}/${m.via}`).join("; ");

describe("first-name classes: everyday short forms", () => {
  it.each<[string, string[]]>([
    ["Greg / Gregory", ["Gregory Hale", "Greg Hale"]],
    ["Bill / William", ["William Forde", "Bill Forde"]],
    ["Tom / Thomas", ["Thomas Reeve", "Tom Reeve"]],
    ["Mike / Michael / Mikhail", ["Michael Orlov", "Mike Orlov", "Mikhail Orlov"]],
    ["Misha / Mikhail", ["Mikhail Tarasov", "Misha Tarasov"]],
    ["Lyosha / Alexei", ["Alexei Voronin", "Lyosha Voronin"]],
    ["Kolya / Nikolai", ["Nikolai Gusev", "Kolya Gusev"]],
    ["Volodya / Vladimir", ["Vladimir Sokolov", "Volodya Sokolov"]],
    ["Dima / Dmitry", ["Dmitry Belov", "Dima Belov"]],
    ["Julian / Yulian / Iulian", ["Julian Marten", "Yulian Marten", "Iulian Marten"]],
    ["Tyoma / Artyom / Artem", ["Artyom Belyakov", "Tyoma Belyakov", "Artem Belyakov"]],
    ["Lyonya / Leonid", ["Leonid Shatrov", "Lyonya Shatrov"]],
    ["Vanya / Ivan", ["Ivan Dorokhov", "Vanya Dorokhov"]],
    ["Kostya / Konstantin", ["Konstantin Lapin", "Kostya Lapin"]],
    ["Nastya / Anastasia (feminine surname kept)", ["Anastasia Gromova", "Nastya Gromova"]],
    ["Dasha / Daria", ["Daria Sukhova", "Dasha Sukhova"]],
    ["Seryozha / Sergei", ["Sergei Kalinin", "Seryozha Kalinin"]],
    ["Yulik / Yulian", ["Yulian Marten", "Yulik Marten"]],
    ["Mammad / Mohammed (Azerbaijani)", ["Mammad Aliyarov", "Mohammed Aliyarov"]],
    ["Mostafa / Mustafa", ["Mostafa Rahimi", "Mustafa Rahimi"]]
  ])("%s merge", (_label, names) => {
    const out = ids(names);
    expect(new Set(out).size, out.join(", ")).toBe(1);
  });

  it.each<[string, string[]]>([
    ["Greg is not George", ["Greg Hale", "George Hale"]],
    ["Misha is not Maxim", ["Misha Tarasov", "Maxim Tarasov"]],
    ["Dan (Hebrew) is not Daniel", ["Dan Shavit", "Daniel Shavit"]],
    ["Sami (Arabic) is not Samuel", ["Sami Haddad", "Samuel Haddad"]],
    ["a short form keeps the feminine surname apart", ["Misha Tarasov", "Masha Tarasova"]],
    ["Lyova (Lev) is not Leonid", ["Lyova Shatrov", "Leonid Shatrov"]],
    ["Tyoma is not Timofei", ["Tyoma Belyakov", "Timofei Belyakov"]],
    ["Vanya is not Vasily", ["Vanya Dorokhov", "Vasily Dorokhov"]],
    ["Nastya is not Natalia", ["Nastya Gromova", "Natalia Gromova"]]
  ])("%s", (_label, names) => {
    const out = ids(names);
    expect(new Set(out).size, out.join(", ")).toBe(2);
  });

  it("the lookup names only listed forms", () => {
    expect(listedNameClass("greg")).toBe("grigory");
    expect(listedNameClass("gregor")).toBeNull();
  });
});

describe("stage 04: a short form alone is the article's full name of its class", () => {
  it("'Misha called' after 'Mikhail Orlov' is Mikhail Orlov", () => {
    const ms = run('Mikhail Orlov was freed from a flooded mine on Monday. "Misha called me from the bus," his mother said.');
    expect(ms.some((m) => m.text === "Misha" && m.name === "Mikhail Orlov" && m.via === "first-name"), show(ms)).toBe(true);
  });

  it("'Tom' after 'Thomas Reeve' is Thomas Reeve", () => {
    const ms = run("Striking dockers cheered Thomas Reeve on Friday. Later Tom thanked the crowd.");
    expect(ms.some((m) => m.text === "Tom" && m.name === "Thomas Reeve"), show(ms)).toBe(true);
  });

  it("'Tyoma' opening a quote after 'Artyom Belyakov' is Artyom Belyakov", () => {
    const ms = run('Artyom Belyakov walked out of the collapsed tunnel on Tuesday. "Tyoma, you made it," his sister shouted.');
    expect(ms.some((m) => m.text === "Tyoma" && m.name === "Artyom Belyakov"), show(ms)).toBe(true);
  });

  it("'Lyonya' after 'Leonid Shatrov' is Leonid Shatrov, not Lev Shatrov's 'Lyova'", () => {
    const ms = run("Leonid Shatrov and his brother Lev Shatrov were pulled from the river. Lyonya was treated for cold.");
    expect(ms.some((m) => m.text === "Lyonya" && m.name === "Leonid Shatrov"), show(ms)).toBe(true);
  });

  it("negative: 'Roma' alone (the people) is not 'Roman Petrov'", () => {
    const ms = run("Roman Petrov met flood victims on Monday. Roma families were moved to the school.");
    expect(ms.some((m) => m.text === "Roma" && m.name === "Roman Petrov"), show(ms)).toBe(false);
  });

  it("two full names of the class leave the short form alone", () => {
    const ms = run("Mikhail Orlov and Michael Brand were rescued. Later Misha thanked the crew.");
    expect(ms.some((m) => m.text === "Misha" && m.name !== "Misha"), show(ms)).toBe(false);
  });

  it("a short form of another class is not resolved", () => {
    const ms = run("Mikhail Orlov was rescued on Monday. Later Kolya thanked the crew.");
    expect(ms.some((m) => m.text === "Kolya" && m.name === "Mikhail Orlov"), show(ms)).toBe(false);
  });
});
