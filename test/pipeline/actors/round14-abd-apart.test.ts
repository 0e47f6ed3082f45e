/**
 * Round 14, class 3: "Abd al-" written apart or joined in a surname ("Haroun Abdelrazak" /
 * "Haroun Abdel Razak" / "Haroun Abdul Razak"), with the given name or alone in the same article;
 * an unknown given name before "Abdel X" stays with the person. Negatives: two people of one
 * article, different given names, different names after "Abd", a country before the name.
 * Invented names and sentences only.
 */
import {describe, expect, it} from "vitest";
import {splitActors, splitExtraction} from "../../fixtures/actors/split-extraction.ts";

describe("'Abd al-' apart or joined in a surname", () => {
  it("sentence → expected row: an unknown given name before 'Abdel X' stays with the person", () => {
    const names = splitExtraction("Haroun Abdel Razak, the district's water engineer, reopened the pumping station.", "a0").mentions.map((m) => m.text);
    expect(names).toContain("Haroun Abdel Razak");
  });

  it("sentence → expected row: three outlets, joined, apart and with 'Abdul'; a lone 'Abdel Razak' later in one", () => {
    const a = splitActors(["The engineer Haroun Abdelrazak reached the flooded camp.", "Aid arrived with the engineer Haroun Abdel Razak on Monday. Abdel Razak said more trucks would come.", "The convoy of Haroun Abdul Razak was delayed."]);
    expect(a(1, "Haroun Abdel Razak")).toBe(a(0, "Haroun Abdelrazak"));
    expect(a(2, "Haroun Abdul Razak")).toBe(a(0, "Haroun Abdelrazak"));
    expect(a(1, "Abdel Razak")).toBe(a(0, "Haroun Abdelrazak"));
  });

  it("sentence → expected row: the vowel after 'Abd' and in the name may differ ('Abdelwahed' / 'Abdul Wahid')", () => {
    const a = splitActors(["The well was blessed by Yacoub Abdelwahed.", "Yacoub Abdul Wahid opened the clinic."]);
    expect(a(1, "Yacoub Abdul Wahid")).toBe(a(0, "Yacoub Abdelwahed"));
  });

  it("negative: two people of one article, different given names, different names after 'Abd'", () => {
    const a = splitActors(["Haroun Abdel Razak and his cousin Moussa Abdelrazak led the strike.", "Nabil Abdel Rahim spoke.", "Nabil Abdelrahman spoke."]);
    expect(a(0, "Moussa Abdelrazak")).not.toBe(a(0, "Haroun Abdel Razak"));
    expect(a(1, "Nabil Abdel Rahim")).not.toBe(a(2, "Nabil Abdelrahman"));
  });

  it("negative: a country before 'Abdel X' is split off as before", () => {
    const names = splitExtraction("Officials in the capital said Chad Abdel Razak was a rumour.", "a0").mentions.map((m) => m.text);
    expect(names).not.toContain("Chad Abdel Razak");
  });
});
