/**
 * Stage 04, round 23: a bare surname shared by a person introduced as someone's relative ("Lucia Ortiz, the
 * striker's sister,", "The pilot's mother, Elena Duarte") and one other person introduced as no one's relative is
 * the other's (the story's subject), once the subject has been named in full before it. Otherwise — the subject not
 * yet named, two candidates, or a sentence speaking only of a woman for a man — the first-introduced rule stands.
 * Review 23 (F2, F13): only a relative who looks on (a bystander verb after her introduction) and is introduced as
 * the relative OF that other person ("The striker, Ramon Ortiz"; "her brother Ramon"), never "a father of four" /
 * "the son of a farmer" (no relation to anyone in the story). Invented sentences only.
 */
import {describe, expect, it} from "vitest";
import {findMentions} from "../../../src/pipeline/stages/04-mentions.ts";
import type {Mention} from "../../../src/pipeline/types.ts";
import {emptyContext, makeArticle, makeSentencesKeepingAbbreviations} from "../../fixtures/actors/make-article.ts";

const empty = emptyContext();
function mentions(text: string): Mention[] {
  return findMentions(makeArticle(text, {published: "2024-05-02"}), makeSentencesKeepingAbbreviations(text), empty);
}
const namesOf = (ms: Mention[], surface: string) => ms.filter((m) => m.text === surface).map((m) => m.name);

describe("the subject, not the relative introduced first, takes the bare surname", () => {
  it("football: 'Lucia Ortiz, the striker's sister,' then 'Ramon Ortiz' → 'Ortiz' is Ramon", () => {
    // Review 23: the striker is named as the striker ("The striker, Ramon Ortiz"); before the mend, "Ramon Ortiz, 24,".
    const ms = mentions("Lucia Ortiz, the striker's sister, watched from the stands. The striker, Ramon Ortiz, 24, scored in the 80th minute. Ortiz was substituted soon after.");
    expect(namesOf(ms, "Ortiz")).toEqual(["Ramon Ortiz"]);
  });
  it("rescue: 'The pilot's mother, Elena Duarte' then 'Miguel Duarte' → 'Duarte' is Miguel", () => {
    // Review 23: the pilot is named as the pilot; before the mend, "Miguel Duarte was winched …".
    const ms = mentions("The pilot's mother, Elena Duarte, waited at the gate. The pilot, Miguel Duarte, was winched from the sea on Friday. Duarte thanked the coastguard.");
    expect(namesOf(ms, "Duarte")).toEqual(["Miguel Duarte"]);
  });
});

describe("the subject, not the relative introduced first, takes the bare surname (more links)", () => {
  it("hijack: 'the hijacker's sister, had appealed to her brother Tomas' → 'Vargas' is Tomas", () => {
    const ms = mentions("Rosa Vargas, the hijacker's sister, had appealed to her brother Tomas over the radio. Tomas Vargas, 38, surrendered on Sunday. Vargas was taken to a police station.");
    expect(namesOf(ms, "Vargas")).toEqual(["Tomas Vargas"]);
  });
});

describe("negatives", () => {
  // Review 23, F2: the relative is the story's subject (arrested, kidnapped), or not the relative of the other.
  it("review 23 F2: 'Lucia Ortiz, the striker's sister, was arrested' — she is the subject; 'Ortiz was released' is hers", () => {
    const ms = mentions("Lucia Ortiz, the striker's sister, was arrested at the airport on Friday with 2kg of cocaine. The striker, Ramon Ortiz, said the family was shocked. Ortiz was released on bail on Saturday.");
    expect(namesOf(ms, "Ortiz")).toEqual(["Lucia Ortiz"]);
  });
  it("review 23 F2: 'Daniel Silva, the goalkeeper's brother, was kidnapped' — 'Silva was freed' is his", () => {
    const ms = mentions("Daniel Silva, the goalkeeper's brother, was kidnapped on Sunday. Goalkeeper Marco Silva appealed for his release. Silva was freed on Wednesday after a ransom was paid.");
    expect(namesOf(ms, "Silva")).toEqual(["Daniel Silva"]);
  });
  it("review 23 F2: 'Olena Kovalenko, the soldier's widow, said' — a sergeant of the surname is not named as her husband", () => {
    const ms = mentions("Olena Kovalenko, the soldier's widow, said on Monday that the ministry had ignored her letters. Sergeant Petro Kovalenko was killed near Bakhmut in May. Kovalenko has received no compensation.");
    expect(namesOf(ms, "Kovalenko")).toEqual(["Olena Kovalenko"]);
  });
  it("review 23 F2 (adapted): a widow who looks on ('wept') but a sergeant of the surname not named as her husband", () => {
    const ms = mentions("Olena Kovalenko, the soldier's widow, wept at the hearing on Monday. Sergeant Petro Kovalenko was killed near Bakhmut in May. Kovalenko has received no compensation.");
    expect(namesOf(ms, "Kovalenko")).toEqual(["Olena Kovalenko"]);
  });
  it("review 23 F2: 'Ana Ruiz, the daughter of a local businessman, was abducted' — the police chief is no relative", () => {
    const ms = mentions("Ana Ruiz, the daughter of a local businessman, was abducted on Monday. Police chief Carlos Ruiz, who is not related to her, said a ransom had been demanded. Ruiz was taken from a car park in the city centre.");
    expect(namesOf(ms, "Ruiz")).toEqual(["Ana Ruiz"]);
  });
  // Review 23, F13: descriptions of the person herself are no relation to anyone in the story.
  it("review 23 F13: 'Ahmed Khan, a father of four, was shot dead' — 'Khan had received threats' is his, not the police chief's", () => {
    const ms = mentions("Ahmed Khan, a father of four, was shot dead in Peshawar on Monday. District police chief Imran Khan said the attackers fled on a motorbike. Khan had received threats from a local gang.");
    expect(namesOf(ms, "Khan")).toEqual(["Ahmed Khan"]);
  });
  it("review 23 F13: 'Gurpreet Singh, the son of a farmer, was arrested' — 'Singh was produced in court' is his", () => {
    const ms = mentions("Gurpreet Singh, the son of a farmer, was arrested on Monday. Superintendent Harjit Singh said the arrest followed a tip-off. Singh was produced in court on Tuesday.");
    expect(namesOf(ms, "Singh")).toEqual(["Gurpreet Singh"]);
  });
  it("review 23 F13: a bystander 'mother of three' who watched is no relative of the other bearer either", () => {
    const ms = mentions("Maria Lopez, a mother of three, watched from the pavement. The striker, Diego Lopez, scored twice. Lopez was applauded by the crowd.");
    expect(namesOf(ms, "Lopez")).toEqual(["Maria Lopez"]);
  });
  it("the subject not yet named in full when the surname comes: the relative, as before", () => {
    const ms = mentions("Lucia Ortiz, the striker's sister, watched from the stands. Ortiz said the team had trained hard. Ramon Ortiz scored later.");
    expect(namesOf(ms, "Ortiz")).not.toContain("Ramon Ortiz");
  });
  it("a sentence speaking only of a woman keeps the relative", () => {
    const ms = mentions("Lucia Ortiz, the striker's sister, watched from the stands. Ramon Ortiz scored in the 80th minute. Ortiz said she was proud.");
    expect(namesOf(ms, "Ortiz")).not.toContain("Ramon Ortiz");
  });
  it("two people of the surname besides the relative: neither is taken", () => {
    const ms = mentions("Lucia Ortiz, the striker's sister, watched from the stands. Ramon Ortiz and Pablo Ortiz both scored. Ortiz was substituted soon after.");
    const got = namesOf(ms, "Ortiz");
    expect(got).not.toContain("Ramon Ortiz");
    expect(got).not.toContain("Pablo Ortiz");
  });
});
