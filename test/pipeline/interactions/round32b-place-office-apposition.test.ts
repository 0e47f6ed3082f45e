/**
 * Stage 07 arguments, round 32b: a possessive town, city or province whose office is named in apposition stands
 * for the office-holder, as a country's does ("held a meeting with Tarvel's governor, B" → B, not Tarvel)
 * (arguments.ts titled / placeOfficeHolder). Before, the place itself was the object.
 */
import {describe, it} from "vitest";
import {checkInteractions, type InteractionCase} from "./check.ts";

describe("round 32b: '<place>'s <office>, B' names B", () => {
  it.each<[string, InteractionCase]>([
    ["met after a tour", {s: "Ana Reyes toured the flooded district and then held a meeting with Cusco's governor, Carlos Ruiz.", m: ["Ana Reyes", "Cusco:place", "Carlos Ruiz"], rows: ["Ana Reyes -met-> Carlos Ruiz"]}],
    ["met with a mayor", {s: "The union leader, Ana Reyes, met with Arequipa's mayor, Carlos Ruiz, on Monday to end the bus strike.", m: ["Ana Reyes", "Arequipa:place", "Carlos Ruiz"], rows: ["Ana Reyes -met-> Carlos Ruiz"]}],
    ["thanked a deputy mayor", {s: "Ana Reyes thanked Cusco's deputy mayor, Carlos Ruiz, for the buses.", m: ["Ana Reyes", "Cusco:place", "Carlos Ruiz"], rows: ["Ana Reyes -thanked-> Carlos Ruiz"]}],
    ["criticized a governor", {s: "Ana Reyes criticized Piura's governor, Carlos Ruiz, over the flood defences.", m: ["Ana Reyes", "Piura:place", "Carlos Ruiz"], rows: ["Ana Reyes -criticized-> Carlos Ruiz"]}]
  ])("%s", (_label, c) => checkInteractions(c));

  it.each<[string, InteractionCase]>([
    ["negative: a square, not an office, keeps the place", {s: "Ana Reyes visited Cusco's main square, Plaza Mayor, on Monday.", m: ["Ana Reyes", "Cusco:place", "Plaza Mayor:place"], rows: ["Ana Reyes -visited-> Cusco"]}],
    ["negative: an office with no name keeps the place", {s: "Ana Reyes held a meeting with Cusco's governor on Monday.", m: ["Ana Reyes", "Cusco:place"], rows: ["Ana Reyes -met-> Cusco"]}],
    ["negative: a football club's scorer is no office", {s: "Ana Reyes signed Cusco's top scorer, Carlos Ruiz, on Monday.", m: ["Ana Reyes", "Cusco:place", "Carlos Ruiz"], rows: []}],
    ["negative: a debate, not a meeting", {s: "Ana Reyes debated Cusco's mayor, Carlos Ruiz, on television.", m: ["Ana Reyes", "Cusco:place", "Carlos Ruiz"], rows: []}]
  ])("%s", (_label, c) => checkInteractions(c));

  it("a planned meeting keeps its modality", () =>
    checkInteractions({s: "Ana Reyes will meet Cusco's governor, Carlos Ruiz, on Monday.", m: ["Ana Reyes", "Cusco:place", "Carlos Ruiz"], rows: ["Ana Reyes -met-> Carlos Ruiz"], modality: "planned"}));
});
