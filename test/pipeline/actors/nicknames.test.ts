import {describe, expect, it} from "vitest";
import {nicknamePairs} from "../../../src/pipeline/actors/merge.ts";
import {actorOf, foundMentions} from "../../fixtures/actors/found-mentions.ts";

const pairs = (text: string) => {
  const x = foundMentions(text);
  return nicknamePairs(x).map(([a, b]) => `${x.mentions[a].text} = ${x.mentions[b].text}`);
};

describe("stage 09: a quoted nickname after 'known as', 'nicknamed', 'dubbed' is the name", () => {
  it.each<[string, string, string]>([
    ["apposition with a place in between", 'Rosa Mbeki, a nurse at the clinic in Santa Lucia known to her patients as "Mama Rosa", was freed on Monday.', "Rosa Mbeki = Mama Rosa"],
    ["nicknamed right after the comma", 'Flood rescuers carried Tomas Reyes, nicknamed "El Flaco", to the boat.', "Tomas Reyes = El Flaco"],
    ["dubbed", 'The striking docker Ivo Marsh, dubbed "Red Ivo" by colleagues, spoke first.', "Ivo Marsh = Red Ivo"]
  ])("%s", (_label, text, want) => {
    expect(pairs(text)).toContain(want);
  });

  it("the nickname and the name are one actor across the corpus", () => {
    const xs = [foundMentions('Rosa Mbeki, a nurse known to her patients as "Mama Rosa", was freed.', "a1"), foundMentions("Rosa Mbeki thanked the rescuers.", "a2")];
    expect(actorOf(xs, 0, "Mama Rosa")).toBe(actorOf(xs, 1, "Rosa Mbeki"));
  });

  it.each<[string, string]>([
    ["no quotes: an unquoted name after 'known as' is left alone", "Rosa Mbeki, a nurse known to her patients as Mama Rosa, was freed."],
    ["no apposition comma: 'X met Y \"Z\"'", 'Rosa Mbeki met Ana Tello at the camp they call "Camp Hope".'],
    ["a quoted name after another verb ('called')", 'Rosa Mbeki, who called the camp "Hope Valley", was freed.'],
    ["a person's nickname never joins an organisation", 'The Harbour Authority, known to dockers as "Mama Rosa", closed the port.']
  ])("negative: %s", (_label, text) => {
    expect(pairs(text)).toEqual([]);
  });
});

describe("stage 04: a straight quote right after a word closes a quote, it opens nothing", () => {
  const texts = (text: string) => foundMentions(text).mentions.map((m) => m.text);

  it("the surname after a quoted nickname is a name of its own ('Luis \"El Gato\" Mora')", () => {
    expect(texts('Police in Tarija arrested Luis "El Gato" Mora on Friday.')).toContain("Mora");
  });

  it("the bare surname after a nickname is the same actor as the full name", () => {
    const xs = [foundMentions('Police in Tarija arrested Luis "El Gato" Mora on Friday.', "a1"), foundMentions("Luis Mora was moved to La Paz.", "a2")];
    expect(actorOf(xs, 0, "Mora")).toBe(actorOf(xs, 1, "Luis Mora"));
  });

  it.each<[string, string, string]>([
    ["an opening straight quote after a space still opens", 'Officials said "Flooding closed the bridge" on Sunday.', "Flooding"],
    ["an opening quote after a colon still opens", 'The sign read: "Welcome to Tarija".', "Welcome"]
  ])("negative: %s", (_label, text, word) => {
    expect(texts(text)).not.toContain(word);
  });
});
