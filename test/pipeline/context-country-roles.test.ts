/**
 * withCountryAliasRoles (context.ts): a gazetteer role "… of <country>" also reads with the country's aliases,
 * and a role mention's alias is listed without its article ("the Russian President" → "Russian President").
 */
import {describe, expect, it} from "vitest";
import {parseGazetteer} from "../../src/pipeline/context.ts";
import {runPipeline} from "../../src/pipeline/index.ts";

const CSV = [
  "name,kind,aliases,affiliation,roles,not_same",
  "Norland,country,Kingdom of Norland|the Kingdom of Norland|Nordby,,,",
  "Ola Berg,person,Berg,Norland,king of Norland@2019-01-01/|Norlandic king@2019-01-01/,",
  "Kari Lind,person,Lind,,mayor of Oslo@2015-01-01/,"
].join("\n");

describe("withCountryAliasRoles", () => {
  it("'king of Norland' also reads 'king of the Kingdom of Norland', with its dates", () => {
    const berg = parseGazetteer(CSV).find((e) => e.name === "Ola Berg")!;
    expect(berg.roles).toEqual(expect.arrayContaining([{role: "king of the Kingdom of Norland", from: "2019-01-01", to: null}, {role: "king of Kingdom of Norland", from: "2019-01-01", to: null}]));
    expect(berg.roles).toHaveLength(4);
  });
  it("review 25 F7: a one-word alias (a capital) gives no role: no 'king of Nordby'", () => {
    expect(parseGazetteer(CSV).find((e) => e.name === "Ola Berg")!.roles.map((r) => r.role)).not.toContain("king of Nordby");
  });
  it("a role of a place that is no listed country gains nothing", () => {
    expect(parseGazetteer(CSV).find((e) => e.name === "Kari Lind")!.roles).toEqual([{role: "mayor of Oslo", from: "2015-01-01", to: null}]);
  });
  it("a role mention resolves with the alias and is listed without its article", () => {
    const text = "On Monday the King of the Kingdom of Norland thanked Qatar. Later the Norlandic king met the envoy.";
    const t = runPipeline({files: [{path: "a.txt", bytes: new TextEncoder().encode(text)}], manifest: "file,outlet,published\na.txt,Wire,2025-05-12\n", actorsCsv: CSV, outletsCsv: null});
    const berg = t.actors.find((a) => a.actor_id === "ola-berg");
    expect(berg?.aliases).toEqual(expect.arrayContaining(["the King of the Kingdom of Norland", "King of the Kingdom of Norland", "Norlandic king"]));
  });
});
