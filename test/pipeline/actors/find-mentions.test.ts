import {describe, expect, it} from "vitest";
import {textAt} from "../../../src/pipeline/actors/find-mentions.ts";

describe("textAt (a mention's text as written, the name's own string when it reads the same)", () => {
  const text = "Vladimir Putin met Peter  Olsen in Kyiv.";

  it("a name written exactly so: its text is the name", () => {
    expect(textAt(text, 0, 14, "Vladimir Putin")).toBe("Vladimir Putin");
  });

  it("a name written otherwise (a double space, another case, a title): the text as written", () => {
    expect(textAt(text, 19, 31, "Peter Olsen")).toBe("Peter  Olsen");
    expect(textAt(text, 35, 39, "KYIV")).toBe("Kyiv");
    expect(textAt(text, 9, 14, "Vladimir Putin")).toBe("Putin");
  });

  it("same length, other letters: the text as written", () => {
    expect(textAt(text, 35, 39, "Kiev")).toBe("Kyiv");
  });
});
