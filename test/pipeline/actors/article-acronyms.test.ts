/**
 * Short names of a body inside one article (actors/article-acronyms.ts, joined in merge.ts), Spanish,
 * Portuguese and French organisation heads (model/org-words.ts), and a lone surname's office title when
 * the full name comes later (merge.ts officeTitleBefore; a live blog tells the latest first).
 */
import {describe, expect, it} from "vitest";
import {runPipeline} from "../../../src/pipeline/index.ts";

function actors(...texts: string[]): {id: string; kind: string; aliases: string[]}[] {
  return actorsWith(null, ...texts);
}
function actorsWith(actorsCsv: string | null, ...texts: string[]): {id: string; kind: string; aliases: string[]}[] {
  const files = texts.map((t, i) => ({path: `a${i}.txt`, bytes: new TextEncoder().encode(t)}));
  const manifest = "file,outlet,published\n" + texts.map((_, i) => `a${i}.txt,Wire ${i},2025-05-12`).join("\n") + "\n";
  return runPipeline({files, manifest, actorsCsv, outletsCsv: null}).actors.map((a) => ({id: a.actor_id, kind: a.kind, aliases: a.aliases}));
}
const holder = (list: ReturnType<typeof actors>, alias: string) => list.filter((a) => a.aliases.includes(alias)).map((a) => a.id);

describe("a lone acronym spelling a body the same article names", () => {
  it("'the Tana Defence Forces … TDF soldiers' is one actor", () => {
    const a = actors("The president ordered the Tana Defence Forces to help on Monday. TDF soldiers reached the village by night.");
    expect(holder(a, "TDF")).toEqual(holder(a, "Tana Defence Forces"));
  });
  it("two bodies with the same initials leave the acronym apart", () => {
    const a = actors("The Tana Defence Forces and the Tana Development Fund met on Monday. TDF officials said little.");
    expect(holder(a, "TDF")).not.toEqual(holder(a, "Tana Defence Forces"));
  });
  it("the acronym in another article only stays apart", () => {
    const a = actors("The Tana Defence Forces arrived on Monday.", "TDF soldiers reached the village by night.");
    expect(holder(a, "TDF")).not.toEqual(holder(a, "Tana Defence Forces"));
  });
});

describe("a short name in parentheses after a body", () => {
  it("'the National Relief Directorate (Banarel)' is one actor", () => {
    const a = actors("The National Relief Directorate (Banarel) said 12 people died on Monday. Divers of Banarel searched all night, Banarel said.");
    expect(holder(a, "Banarel")).toEqual(holder(a, "National Relief Directorate"));
  });
  it("a credit in parentheses is no short name: 'the Relief Directorate (Reuters)'", () => {
    const a = actors("The National Relief Directorate (Reuters) said 12 people died.");
    expect(holder(a, "National Relief Directorate")).not.toEqual(holder(a, "Reuters"));
  });
});

describe("Spanish, Portuguese and French organisation heads", () => {
  it("'Comando Rojo del Norte (CRN)' is an organisation and its acronym", () => {
    const a = actors("Inmates of the Comando Rojo del Norte (CRN) took three guards hostage.");
    expect(a.find((x) => x.aliases.includes("Comando Rojo del Norte"))?.kind).toBe("organization");
    expect(holder(a, "CRN")).toEqual(holder(a, "Comando Rojo del Norte"));
  });
  it("a person's name with a particle stays a person: 'Pedro Alves da Costa'", () => {
    const a = actors("Pedro Alves da Costa met the bishop on Monday.");
    expect(a.find((x) => x.aliases.includes("Pedro Alves da Costa"))?.kind).toBe("person");
  });
});

describe("a lone surname's office title when the full name comes later", () => {
  it("'with Governor Lenk … Governor Ada Lenk' lists 'Governor Lenk'", () => {
    const a = actors("The minister inspected the flooded mine with Governor Lenk on Sunday. Earlier, Governor Ada Lenk had closed the road.");
    expect(a.find((x) => x.aliases.includes("Ada Lenk"))?.aliases).toContain("Governor Lenk");
  });
  it("a title the full name never had gives nothing: 'General Lenk … teacher Ada Lenk'", () => {
    const a = actors("General Lenk spoke on Sunday. Earlier, teacher Ada Lenk had closed the school.");
    expect(a.flatMap((x) => x.aliases)).not.toContain("General Lenk");
  });
  it("review 25 F5: another general near a later full name is no evidence", () => {
    const a = actors("General Lenk spoke on Sunday. General Musa said the army would help, and teacher Ada Lenk closed the school.");
    expect(a.flatMap((x) => x.aliases)).not.toContain("General Lenk");
  });
});

describe("a compound adjective after 'and the' opens the next body's name", () => {
  it("'the Tana Liberation Front and the Ruvu-backed Coastal Defence Army' are two bodies", () => {
    const a = actors("The Tana Liberation Front and the Ruvu-backed Coastal Defence Army swapped 30 prisoners on Monday.");
    expect(a.flatMap((x) => x.aliases)).toEqual(expect.arrayContaining(["Tana Liberation Front", "Coastal Defence Army"]));
  });
  it("a link word inside one name still joins: 'the Ministry of Health and Welfare'", () => {
    const a = actors("The Ministry of Health and Welfare said 30 people were hurt on Monday.");
    expect(a.flatMap((x) => x.aliases)).toContain("Ministry of Health and Welfare");
  });
});

describe("review 25 narrowings", () => {
  it("F1: a known body in parentheses is the unit's owner, not its short name ('Ministry of Interior (Hamas)')", () => {
    const a = actorsWith(
      "name,kind,aliases,affiliation,roles,not_same\nHamas,organization,,,,",
      "Officials of the Ministry of Interior (Hamas) said the Rafah crossing was closed on Monday.",
      "Iraq's Ministry of Interior said on Tuesday that 12 suspects had been arrested in Basra.",
      "The Ministry of Interior in Cairo said police had detained two men."
    );
    expect(holder(a, "Hamas")).not.toEqual(holder(a, "Ministry of Interior"));
  });
  it("F8: a word of the long name in parentheses is its place ('Nakuru County Assembly (Nakuru)')", () => {
    const a = actors("The Nakuru County Assembly (Nakuru) voted on Monday. Nakuru's speaker said the vote was close.");
    expect(a.filter((x) => x.aliases.includes("Nakuru County Assembly") && x.aliases.includes("Nakuru"))).toEqual([]);
  });
  it("F8: a word in parentheses also written after a place preposition is a place ('Municipal Council (Kotido)')", () => {
    const a = actors("The Municipal Council (Kotido) said the market would reopen. Traders in Kotido said they had returned. Kotido said more.");
    expect(a.filter((x) => x.aliases.includes("Municipal Council") && x.aliases.includes("Kotido"))).toEqual([]);
  });
  it("F2: an acronym before the body's name stays apart", () => {
    const a = actors("TDF soldiers reached the village by night. The Tana Defence Forces said nothing.");
    expect(holder(a, "TDF")).not.toEqual(holder(a, "Tana Defence Forces"));
  });
  it("F2: an acronym spelling two bodies in two articles joins neither", () => {
    const a = actors("The Tana Defence Forces arrived on Monday. TDF soldiers reached the village.", "The Tana Development Fund met on Monday. TDF officials said little.");
    expect(holder(a, "TDF")).not.toEqual(holder(a, "Tana Defence Forces"));
    expect(holder(a, "TDF")).not.toEqual(holder(a, "Tana Development Fund"));
  });
  it("F4: after 'of' a hyphenated compound stays in the name ('the Bank of Norland-led review')", () => {
    const a = actors("The Bank of Norland-led review criticised Barclays on Monday.");
    expect(a.find((x) => x.aliases.includes("Norland"))).toBeUndefined();
  });
  it("F6: an accented Spanish head counts ('Comisión Nacional de Derechos Humanos' is a body)", () => {
    const a = actors("The Comisión Nacional de Derechos Humanos said on Monday the report was false.");
    expect(a.find((x) => x.aliases.some((s) => s.startsWith("Comisión Nacional")))?.kind).toBe("organization");
  });
});
