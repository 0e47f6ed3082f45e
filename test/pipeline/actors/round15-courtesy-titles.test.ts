/**
 * Round 15, class 1: British courtesy titles written without a period ("Mr <Surname>", "Mrs",
 * "Ms", "Dr") resolve to the person the article named in full earlier, as "Mr." does; a man's
 * title goes to the man when a woman (a listed feminine given name) shares the surname, and a
 * woman's title to the woman; a lone "Mr <Surname>" never joins a woman of that surname in stage
 * 09. Negatives: "Mr" never takes the woman's name when a man shares it or when she is the only one;
 * two men of one surname named in full leave the earlier as the subject. Invented names and
 * sentences only.
 */
import {describe, expect, it} from "vitest";
import {actorOf, foundActors, foundMentions} from "../../fixtures/actors/found-mentions.ts";

describe("a courtesy title without a period", () => {
  it("sentence → expected row: 'Mr', 'Dr', 'Ms' before the surname of the person named in full", () => {
    for (const title of ["Mr", "Dr", "Mr."]) {
      const r = foundActors([`Flood engineer Samuel Odhiambo inspected the dam at dawn. ${title} Odhiambo said the spillway had cracked.`]);
      expect(r.of(0, "Odhiambo")).toBe(r.of(0, "Samuel Odhiambo"));
    }
    const r = foundActors(["The rescued climber Khadija Mwangi reached base camp. Ms Mwangi was treated for frostbite."]);
    expect(r.of(0, "Mwangi")).toBe(r.of(0, "Khadija Mwangi"));
  });

  it("sentence → expected row: a man's and a woman's title beside a couple of one surname", () => {
    const xs = [foundMentions("Halima Wanjiku Kamau and her husband Peter Kamau ran the ferry. Mr Kamau said the engine failed. Mrs Kamau swam ashore.")];
    expect(actorOf(xs, 0, "Kamau", 0)).toBe(actorOf(xs, 0, "Peter Kamau"));
    expect(actorOf(xs, 0, "Kamau", 1)).toBe(actorOf(xs, 0, "Halima Wanjiku Kamau"));
  });

  it("negative: 'Mr' does not take the woman's name when a man shares the surname", () => {
    const r = foundActors(["Halima Wanjiku Kamau and her husband Peter Kamau ran the ferry. Mr Kamau said the engine failed."]);
    expect(r.of(0, "Kamau")).not.toBe(r.of(0, "Halima Wanjiku Kamau"));
  });

  it("negative: 'Mr <Surname>' beside only a woman of that surname, in her article or in another, stays apart", () => {
    const one = foundActors(["Halima Wanjiku Kamau ran the ferry. Mr Kamau said the engine failed."]);
    expect(one.of(0, "Kamau")).toBeDefined();
    expect(one.of(0, "Kamau")).not.toBe(one.of(0, "Halima Wanjiku Kamau"));
    const two = foundActors(["Halima Wanjiku Kamau ran the ferry across the lake.", "Mr Kamau said the engine failed near the island."]);
    expect(two.of(1, "Kamau")).toBeDefined();
    expect(two.of(1, "Kamau")).not.toBe(two.of(0, "Halima Wanjiku Kamau"));
  });

  it("sentence → expected row: a bare surname without a title in another article still joins her", () => {
    const r = foundActors(["Halima Wanjiku Kamau ran the ferry across the lake.", "Police said Kamau had swum to the island."]);
    expect(r.of(1, "Kamau")).toBe(r.of(0, "Halima Wanjiku Kamau"));
  });
});
