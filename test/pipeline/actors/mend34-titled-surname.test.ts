/**
 * Mend 34 (review of round 34, F4 and F5): a lone surname's rank goes to a full name only when the article writes
 * that same title before it: not a lowercase kin noun ("her father Tom Okafor" is no priest "Father Okafor"), nor the
 * last word of another office ("Attorney General" is no "Gen.", "Vice President" no "President"). Invented names.
 */
import {describe, expect, it} from "vitest";
import {runPipeline} from "../../../src/pipeline/index.ts";

function actors(...texts: string[]): {id: string; aliases: string[]}[] {
  const files = texts.map((t, i) => ({path: `a${i}.txt`, bytes: new TextEncoder().encode(t)}));
  const manifest = "file,outlet,published\n" + texts.map((_, i) => `a${i}.txt,Wire ${i},2025-05-12`).join("\n") + "\n";
  return runPipeline({files, manifest, actorsCsv: null, outletsCsv: null}).actors.map((a) => ({id: a.actor_id, aliases: a.aliases}));
}
const holder = (list: ReturnType<typeof actors>, alias: string) => list.filter((a) => a.aliases.includes(alias)).map((a) => a.id);

describe("mend 34: a rank before a lone surname needs that title before the full name", () => {
  it("F4: the parish priest 'Father Eze' is not the victim her father 'Paul Eze'", () => {
    const a = actors("Chioma Eze told reporters that her father Paul Eze drowned in the canal. Father Eze, the parish priest, blessed the grave.");
    expect(holder(a, "Paul Eze")).not.toEqual(holder(a, "Father Eze"));
  });
  it("F5: 'Gen. Eze', the army chief, is not 'Attorney General Paul Eze'", () => {
    const a = actors("Chioma Eze, a nurse, won the award on Monday. Attorney General Paul Eze opened the inquiry on Tuesday. Gen. Eze, the army chief, met Lara Bello.");
    expect(holder(a, "Paul Eze")).not.toContain(holder(a, "Eze")[0] ?? "none");
  });
  it("F5: 'President Eze' is not 'Vice President Paul Eze'", () => {
    const a = actors("Chioma Eze, a nurse, won the award on Monday. Vice President Paul Eze opened the inquiry on Tuesday. President Eze met Lara Bello.");
    expect(holder(a, "Paul Eze")).not.toContain(holder(a, "Eze")[0] ?? "none");
  });
  it("kept: 'Police Sergeant Paul Eze' is 'Sergeant Eze'", () => {
    const a = actors("Chioma Eze, a nurse, won the award on Monday. Police Sergeant Paul Eze opened the inquiry on Tuesday. Sergeant Eze met Lara Bello.");
    expect(holder(a, "Sergeant Eze")).toEqual(holder(a, "Paul Eze"));
  });
});
