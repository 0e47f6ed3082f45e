/**
 * Round 14, class 1: Russian ё written e / yo / io / ye in a surname's ending ("Seleznev" /
 * "Seleznyov" / "Selezniov", "Selezneva" / "Seleznyova" / "Selezniova" / "Seleznyeva"), and the
 * style of Russian consular notes, a given name's and a patronymic's initials ("Y.V.
 * Seleznyov"): joined to the one spelt-out given name its own outlet prints (a Slavic surname,
 * no kin noun before), and a headline's full name found through the body's initials. Negatives: a man and a woman of one family, other initials, two people who
 * fit, a headline given name with another initial. Invented names and sentences only.
 */
import {describe, expect, it} from "vitest";
import {parsePersonName} from "../../../src/pipeline/actors/person-name.ts";
import {translitKey} from "../../../src/pipeline/actors/translit.ts";
import {initialsBeforeSurname} from "../../../src/pipeline/actors/chunker.ts";
import {tokenize} from "../../../src/pipeline/actors/tokens.ts";
import {splitActors, splitExtraction} from "../../fixtures/actors/split-extraction.ts";

describe("ё written e, yo, io or ye in a surname's ending", () => {
  it("sentence → expected row: three outlets spell one flood victim's surname three ways", () => {
    const a = splitActors(["Rescuers pulled Yegor Seleznev from the river.", "Yegor Seleznyov was treated for hypothermia.", "Relatives of Yegor Selezniov thanked the divers."]);
    expect(a(1, "Yegor Seleznyov")).toBe(a(0, "Yegor Seleznev"));
    expect(a(2, "Yegor Selezniov")).toBe(a(0, "Yegor Seleznev"));
  });

  it("sentence → expected row: the feminine endings -eva / -yova / -iova / -yeva are one woman", () => {
    const a = splitActors(["Darya Selezneva left the hospital.", "The nurse Darya Selezniova said she was tired.", "Darya Seleznyeva thanked the crew."]);
    expect(a(1, "Darya Selezniova")).toBe(a(0, "Darya Selezneva"));
    expect(a(2, "Darya Seleznyeva")).toBe(a(0, "Darya Selezneva"));
  });

  it("sentence → expected row: a woman written with the masculine form joins her own full name only", () => {
    const a = splitActors(["Darya Selezniova and her son Oleg Seleznyov were rescued.", "Darya Selezniov waved from the boat."]);
    expect(a(1, "Darya Selezniov")).toBe(a(0, "Darya Selezniova"));
    expect(a(1, "Darya Selezniov")).not.toBe(a(0, "Oleg Seleznyov"));
  });

  it("negative: a man and a woman of one family stay apart; an 'io' inside a given name is kept", () => {
    const a = splitActors(["Oleg Selezniov spoke to reporters.", "Olga Seleznyova spoke to reporters."]);
    expect(a(0, "Oleg Selezniov")).not.toBe(a(1, "Olga Seleznyova"));
    expect(translitKey("Antonio")).not.toBe(translitKey("Antone"));
  });
});

describe("a given name's and a patronymic's initials", () => {
  it("sentence → expected row: the consulate's 'Y.V. Seleznyov' is the one Yegor of that surname its outlet names", () => {
    const a = splitActors(["Yegor Seleznev was pulled from the flooded mine. According to the consulate, Y.V. Seleznyov is in good health."]);
    expect(a(0, "Y.V. Seleznyov")).toBe(a(0, "Yegor Seleznev"));
  });

  it("negative: another outlet's initials, or initials right after a kin noun, join no one", () => {
    const a = splitActors(["Yegor Seleznev was pulled from the flooded mine.", "According to the consulate, Y.V. Seleznyov is in good health."]);
    expect(a(1, "Y.V. Seleznyov")).not.toBe(a(0, "Yegor Seleznev"));
    const b = splitActors(["Yegor Seleznev was pulled from the flooded mine. His son, Y.V. Seleznyov, waited at the shaft."]);
    expect(b(0, "Y.V. Seleznyov")).not.toBe(b(0, "Yegor Seleznev"));
  });

  it("sentence → expected row: initials that spell a particle ('D.A.', 'A.S.') are still a given name", () => {
    expect(parsePersonName("D.A. Seleznyova")).toMatchObject({shape: "full", surnameKey: "selezneva"});
    expect(parsePersonName("A.S. Orlov")).toMatchObject({shape: "full", surname: "orlov"});
    const a = splitActors(["Darya Selezneva spoke. The consulate lists D.A. Seleznyova among the flood victims in hospital."]);
    expect(a(0, "D.A. Seleznyova")).toBe(a(0, "Darya Selezneva"));
  });

  it("negative: other initials, a man's initials beside a woman, two people who fit", () => {
    const a = splitActors(["Yegor Seleznev and Darya Selezneva were pulled from the mine. According to the consulate, O.S. Seleznyov and D.A. Seleznyov are in good health."]);
    expect(a(0, "O.S. Seleznyov")).not.toBe(a(0, "Yegor Seleznev"));
    expect(a(0, "D.A. Seleznyov")).not.toBe(a(0, "Darya Selezneva"));
    const b = splitActors(["Yegor Seleznev and Yuri Seleznev were pulled from the mine. According to the consulate, Y.V. Seleznyov is in good health."]);
    expect(b(0, "Y.V. Seleznyov")).not.toBe(b(0, "Yegor Seleznev"));
    expect(b(0, "Y.V. Seleznyov")).not.toBe(b(0, "Yuri Seleznev"));
  });
});

describe("a headline's full name for the body's initials", () => {
  it("sentence → expected row: the headline's given name goes with the surname the body writes after initials", () => {
    const text = "Flood: climber Svetlana Seleznyova found alive in the gorge\n\nAccording to the consulate, S.V. Seleznyova and O.V. Seleznyov are in good health.";
    expect(splitExtraction(text, "a0").mentions.map((m) => m.text)).toContain("Svetlana Seleznyova");
    const a = splitActors([text]);
    expect(a(0, "Svetlana Seleznyova")).toBe(a(0, "S.V. Seleznyova"));
  });

  it("sentence → expected row: a sister named in full in the body does not take the headline's name", () => {
    const a = splitActors(["Gorge rescue: Oleg Seleznyov and Svetlana Seleznyova found alive\n\nAccording to the consulate, O.V. Seleznyov and S.V. Seleznyova are in good health. Her sister Vera Seleznyova flew to Tver."]);
    expect(a(0, "Svetlana Seleznyova")).toBe(a(0, "S.V. Seleznyova"));
    expect(a(0, "Oleg Seleznyov")).toBe(a(0, "O.V. Seleznyov"));
    expect(a(0, "Vera Seleznyova")).not.toBe(a(0, "S.V. Seleznyova"));
  });

  it("negative: a headline given name with another first letter is left out", () => {
    const x = splitExtraction("Flood: climber Darya Seleznyova found alive in the gorge\n\nAccording to the consulate, S.V. Seleznyova and O.V. Seleznyov are in good health.", "a0");
    expect(x.mentions.map((m) => m.text)).not.toContain("Darya Seleznyova");
  });

  it("negative: 'U.S. Marines' is no one's initials and surname", () => {
    expect(initialsBeforeSurname(tokenize("U.S. Marines reached the town"), 0, 2)).toBe(false);
    expect(initialsBeforeSurname(tokenize("citizen S.V. Seleznyova"), 1, 3)).toBe(true);
  });
});
