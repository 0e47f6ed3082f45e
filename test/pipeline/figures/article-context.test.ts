/**
 * The article's release category (which family of context words is more frequent), read eagerly or lazily.
 */
import {describe, expect, it} from "vitest";
import {ArticleRelease, articleRelease} from "../../../src/pipeline/figures/article-context.ts";

describe("articleRelease", () => {
  it("takes the more frequent family", () => {
    expect(articleRelease("Hamas freed two hostages. The hostages were abducted in May.")).toBe("hostages_released");
    expect(articleRelease("The prisoners left the jail. One hostage was named.")).toBe("prisoners_released");
    expect(articleRelease("Two hostages and two prisoners.")).toBeUndefined();
  });
});

describe("ArticleRelease", () => {
  it("gives the same answer as articleRelease, counted once on first use", () => {
    const text = "Rebels kidnapped three hostages; a hostage video followed. A detainee spoke.";
    const lazy = new ArticleRelease(text);
    expect(lazy.get()).toBe(articleRelease(text));
    expect(lazy.get()).toBe("hostages_released");
  });
});
