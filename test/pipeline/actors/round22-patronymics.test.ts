/**
 * Stage 09, round 22: a given name and a patronymic ("Pavel Andreyevich"), the Russian form of
 * address, join the one full name of that given name in the same article, written before it. A pair
 * written first, with a title, or in one sentence with that full name is a given name and a surname
 * in -ovich (review 22, F11). Invented sentences only.
 */
import {describe, expect, it} from "vitest";
import {actorOf, foundMentions} from "../../fixtures/actors/found-mentions.ts";

describe("given name and patronymic → the article's one full name of that given name", () => {
  it("mine rescue: 'Pavel Andreyevich' is the governor Pavel Morozov", () => {
    const xs = [
      foundMentions("Governor Pavel Morozov visited the flooded mine on Monday. The miners' wives wrote to Pavel Andreyevich asking him to speed up the pumping.", "a1")
    ];
    expect(actorOf(xs, 0, "Pavel Andreyevich")).toBeDefined();
    expect(actorOf(xs, 0, "Pavel Andreyevich")).toBe(actorOf(xs, 0, "Pavel Morozov"));
  });
  it("a daughter's patronymic: 'Irina Sergeyevna' is the judge Irina Volkova", () => {
    const xs = [foundMentions("Judge Irina Volkova adjourned the hearing. 'Irina Sergeyevna, we ask for mercy,' the defendant's mother said.", "a1")];
    expect(actorOf(xs, 0, "Irina Sergeyevna")).toBe(actorOf(xs, 0, "Irina Volkova"));
  });
});

describe("negatives", () => {
  it("a word in -ovich that also stands alone is a surname ('Roman Ivanovich' … 'Ivanovich said')", () => {
    const xs = [foundMentions("Roman Ivanovich, a trader, met Roman Lebedev in Riga. Ivanovich said the deal was done.", "a1")];
    expect(actorOf(xs, 0, "Roman Ivanovich")).not.toBe(actorOf(xs, 0, "Roman Lebedev"));
  });
  it("two people of the given name in the article leave the patronymic alone", () => {
    const xs = [
      foundMentions("Governor Pavel Morozov and his deputy Pavel Sokolov visited the flooded mine. The miners' wives wrote to Pavel Andreyevich asking for pumps.", "a1")
    ];
    const p = actorOf(xs, 0, "Pavel Andreyevich");
    expect(p).not.toBe(actorOf(xs, 0, "Pavel Morozov"));
    expect(p).not.toBe(actorOf(xs, 0, "Pavel Sokolov"));
  });
  it("a surname in -ovich made from no given name ('Rabinovich') is not a patronymic", () => {
    const xs = [foundMentions("Pavel Rabinovich, a surgeon, operated on Pavel Morozov on Monday.", "a1")];
    expect(actorOf(xs, 0, "Pavel Rabinovich")).not.toBe(actorOf(xs, 0, "Pavel Morozov"));
  });
  it("review 22, F11: a pair written first, with a title, is a surname ('Judge Ivan Markovich' … 'Ivan Petrov')", () => {
    const xs = [foundMentions("Judge Ivan Markovich opened the trial on Monday. The defendant, Ivan Petrov, denied the charges.", "a1")];
    expect(actorOf(xs, 0, "Ivan Petrov")).toBeDefined();
    expect(actorOf(xs, 0, "Ivan Markovich")).not.toBe(actorOf(xs, 0, "Ivan Petrov"));
  });
  it("review 22, F11: a pair in one sentence with the full name is another person ('Mark Davidovich met his client, Mark Levin')", () => {
    const xs = [foundMentions("Lawyer Mark Davidovich met his client, Mark Levin, in jail on Friday.", "a1")];
    expect(actorOf(xs, 0, "Mark Levin")).toBeDefined();
    expect(actorOf(xs, 0, "Mark Davidovich")).not.toBe(actorOf(xs, 0, "Mark Levin"));
  });
  it("review 22, F11: a pair written before the full name, untitled, is not a form of address ('Ivan Pavlovich said … Ivan Sidorov')", () => {
    const xs = [foundMentions("Ivan Pavlovich, a witness, said he saw the car. Later Ivan Sidorov, the driver, was charged.", "a1")];
    expect(actorOf(xs, 0, "Ivan Sidorov")).toBeDefined();
    expect(actorOf(xs, 0, "Ivan Pavlovich")).not.toBe(actorOf(xs, 0, "Ivan Sidorov"));
  });
});
