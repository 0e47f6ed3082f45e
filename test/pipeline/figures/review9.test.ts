/**
 * Stage 05, review of accuracy round 9: regressions of that round's rules, as labelled "sentence → expected rows"
 * cases on invented sentences (jails, kidnappings and ceremonies elsewhere), each with a negative that the rule
 * must still catch. `rows` lists every figure expected, in order; fields left out are not checked.
 */
import {describe, it} from "vitest";
import {checkFigures as check, type FigureRow as Row} from "./helpers.ts";

describe("prisoners held somewhere, then freed: the release is theirs", () => {
  it.each<[string, string, Row[]]>([
    ["'N prisoners who were held in X were freed'", "Nearly 150 prisoners who were held in Makala were freed on Sunday.",
      [{quote: "Nearly 150", category: "prisoners_released"}]],
    ["'<state> freed N prisoners who were held in X'", "The authorities freed 80 prisoners who were held in Insein.",
      [{quote: "80", category: "prisoners_released"}]],
    // negatives: still held
    ["'N prisoners who were held in X' with no release", "Nearly 150 prisoners who were held in Makala are still in custody.",
      [{quote: "Nearly 150", category: "hostages_held"}]],
    ["'<state> still holds N prisoners'", "The junta still holds 80 prisoners in Insein.", [{quote: "80", category: "hostages_held"}]]
  ])("%s", (_label, text, rows) => check(text, rows));
});

describe("an armed group releasing no one: a statement, or fighters released from jail", () => {
  it.each<[string, string, Row[]]>([
    ["'<captors> released a statement' in the lead does not make the story a hostage release",
      "Junta frees 40 detainees\nInsurgents issued nothing on Friday, but on Sunday the insurgents released a statement praising the decision. The 40 people were freed from Makala on Sunday after months without charge.",
      [{quote: "40", category: "prisoners_released"}, {quote: "40", category: "prisoners_released"}]],
    ["'<captors> released from <prison>' are let out, not freeing anyone",
      "Police freed 60 people on Sunday, including several rebels released from Makala prison.",
      [{quote: "60", category: "prisoners_released"}]],
    ["'<captors> freed on bail' in the lead free no one",
      "Judge frees 30 detainees\nThree gunmen freed on bail on Sunday thanked the court. The 30 people were freed from Makala after months without charge.",
      [{quote: "30", category: "prisoners_released"}, {quote: "Three", category: "other"}, {quote: "30", category: "prisoners_released"}]],
    // negatives: captors freeing people
    ["'<captors> freed <number> <people>'", "In the Sahel, insurgents freed four aid workers on Sunday.",
      [{quote: "four", category: "hostages_released"}]],
    ["'<captors> freed the <people>' in the lead, then a generic count",
      "Bandits freed the engineers on Friday. The 12 people were freed after months of talks.",
      [{quote: "12", category: "hostages_released"}]],
    ["'<captors> freed them' in the lead, then a generic count",
      "Bandits freed them on Friday. Police had detained two suspects in May. The 12 people were freed after months of talks.",
      // Suspects are counted since round 21 (model/figure-person-nouns.ts): an arrest is no release.
      [{quote: "two", category: "other"}, {quote: "12", category: "hostages_released"}]]
  ])("%s", (_label, text, rows) => check(text, rows));
});

describe("'and N others' after a release: an abduction nearer the count is theirs", () => {
  it.each<[string, string, Row[]]>([
    ["a rescue, then an abduction of 'X and N others'",
      "Soldiers rescued a pilot on Sunday, but bandits kidnapped his cousin and three others on Wednesday.",
      [{quote: "three", category: "abducted"}]],
    // negative: the abduction as an attribute of the named one
    ["'freed the kidnapped <person> and N others'", "The army freed the kidnapped engineer and four others near the border.",
      [{quote: "four", category: "hostages_released"}]]
  ])("%s", (_label, text, rows) => check(text, rows));
});

describe("'was held together with N other …': an event held is no captivity", () => {
  it.each<[string, string, Row[]]>([
    ["'the <event> was held together with N other <people>'", "The vote was held along with 12 other mayors.",
      [{quote: "12", category: "other"}]],
    ["'the talks were held with N other <people>'", "The talks were held together with 20 other ministers.",
      [{quote: "20", category: "other"}]],
    // negative: a person held with others
    ["'<person> was held together with N other <people>'", "The engineer was held together with four other workers for a month.",
      [{quote: "four", category: "hostages_held"}]]
  ])("%s", (_label, text, rows) => check(text, rows));
});
