/**
 * Round 21, class 5 (src/pipeline/actors/resolve.ts): a woman's courtesy title before a surname
 * ("Mrs Okafor") stands for a woman the article named before it: one with a listed feminine given
 * name, or one named right after a woman's kin noun ("his wife, Ngozi Okafor"); never the man named
 * first, nor a woman of that surname the article brings in only later. Invented names only.
 */
import {describe, expect, it} from "vitest";
import {kinMan, kinWoman, womanApposed} from "../../../src/pipeline/actors/resolve.ts";
import {mergeActors} from "../../../src/pipeline/stages/09-actors.ts";
import {foundMentions} from "../../fixtures/actors/found-mentions.ts";
import {emptyContext} from "../../fixtures/actors/make-article.ts";

/** Stage 04's resolved name (Mention.name) of the nth mention written `surface`. */
function nameOf(text: string, surface: string, nth = 0): string | undefined {
  return foundMentions(text).mentions.filter((m) => m.text === surface)[nth]?.name;
}

/** kinWoman at the first occurrence of `name` in `text`. */
function kinAt(text: string, name: string): boolean {
  return kinWoman(text, text.indexOf(name));
}

const FAMILY = "Daniel Okafor, a ferry pilot, was freed on Monday. He was met at the airport by his wife, Ngozi Okafor, and their son.";

describe("a woman's courtesy title before a surname", () => {
  it("sentence → expected row: 'Mrs <Surname>' is the wife named after 'his wife,', not the man named first", () => {
    expect(nameOf(`${FAMILY} Mrs Okafor, who travelled to Warri in May, had appealed to the rebels.`, "Okafor", 0)).toBe("Ngozi Okafor");
    const xs = [foundMentions(`${FAMILY} Mrs Okafor, who travelled to Warri in May, had appealed to the rebels.`)];
    const actors = mergeActors(xs, emptyContext()).actors;
    expect(actors.find((a) => a.name === "Ngozi Okafor")?.aliases).toContain("Mrs Okafor");
    expect(actors.find((a) => a.name === "Daniel Okafor")?.aliases).not.toContain("Mrs Okafor");
  });

  it("sentence → expected row: a kin noun without a comma ('her daughter Ngozi Okafor') says the same", () => {
    expect(kinAt("She came with her daughter Ngozi Okafor.", "Ngozi")).toBe(true);
  });

  it("negative: with two people of the surname whose sex no list or kin noun tells, 'Mrs' stays alone", () => {
    const text = "Daniel Okafor, a ferry pilot, was freed on Monday. Lorna Okafor, a teacher, waited at the pier. Mrs Okafor said she had not slept.";
    expect(nameOf(text, "Okafor", 0)).toBe("Okafor");
  });

  it("negative: a woman of the surname brought in only later ('Dr Helen Okafor, a researcher') is not 'Mrs Okafor'", () => {
    const text = "Daniel Okafor, a ferry pilot, was freed on Monday. Lorna Okafor, a teacher, waited at the pier. Mrs Okafor said she had not slept. Dr Helen Okafor, a researcher who is not related to the family, said such kidnappings were rare.";
    expect(nameOf(text, "Okafor", 0)).not.toBe("Helen Okafor");
  });

  it("negative: a man named after a man's kin noun, or after 'the wife of', is no woman", () => {
    expect(kinAt("She came with her son, Peter Okafor.", "Peter")).toBe(false);
    expect(kinAt("Police questioned the wife of Daniel Okafor.", "Daniel")).toBe(false);
    expect(kinAt("The housewife Ngozi Okafor spoke.", "Ngozi")).toBe(false);
  });

  it("negative: 'Mr <Surname>' never stands for a woman named after a kin noun", () => {
    const text = "Rebels freed a nurse on Monday, his sister, Lorna Okafor, said. Mr Okafor said the family had paid nothing.";
    expect(nameOf(text, "Okafor", 0)).not.toBe("Lorna Okafor");
  });
});

/**
 * Mend 21, F11: a man named right after a man's kin noun ("her husband Daniel Okafor") is no
 * candidate for "Mrs <Surname>", and a woman's kin apposition after a name (", the mother of") tells
 * a woman, so the woman left is the one the title stands for. Sentences from review 21.
 */
describe("'Mrs <Surname>' beside a man named after a man's kin noun (review 21 F11)", () => {
  it("sentence → expected row: 'her husband Daniel Okafor … Mrs Okafor' is Grace Okafor", () => {
    const text = "Nurse Grace Okafor and her husband Daniel Okafor were freed on Monday. Mrs Okafor met President Ali Musa on Tuesday.";
    expect(nameOf(text, "Okafor", 0)).toBe("Grace Okafor");
  });

  it("sentence → expected row: 'Her brother Daniel Okafor … Mrs Okafor' is Grace Okafor", () => {
    const text = "Aid worker Grace Okafor was freed on Monday. Her brother Daniel Okafor met her at the airport. Mrs Okafor thanked the mediators.";
    expect(nameOf(text, "Okafor", 0)).toBe("Grace Okafor");
  });

  it("sentence → expected row: 'Grace Okafor, the mother of hostage Peter Okafor … Mrs Okafor' is Grace Okafor", () => {
    const text = "Grace Okafor, the mother of hostage Peter Okafor, met President Ali Musa on Monday. Mrs Okafor said she had hope.";
    expect(nameOf(text, "Okafor", 0)).toBe("Grace Okafor");
  });

  it("negative: a man after a man's kin noun is never 'Mrs'; two of unknown sex still stay alone", () => {
    const text = "Pilot Daniel Okafor was freed on Monday. His son, Peter Okafor, flew in from Lagos. Mrs Okafor thanked the mediators.";
    expect(nameOf(text, "Okafor", 0)).not.toBe("Peter Okafor");
    const two = "Nurse Ngozi Okafor and engineer Tobi Okafor were freed on Monday. Mrs Okafor met President Ali Musa.";
    expect(nameOf(two, "Okafor", 0)).toBe("Okafor");
    // A woman's given name the lists know ("Grace", not in -a) tells the two apart.
    const known = "Nurse Grace Okafor and engineer Daniel Okafor were freed on Monday. Mrs Okafor met President Ali Musa.";
    expect(nameOf(known, "Okafor", 0)).toBe("Grace Okafor");
    expect(kinMan("with her husband Daniel Okafor.", 17)).toBe(true);
    expect(kinMan("with her daughter Dana Okafor.", 18)).toBe(false);
    expect(womanApposed("Peter Okafor, the father of Dana", 12)).toBe(false);
  });
});
