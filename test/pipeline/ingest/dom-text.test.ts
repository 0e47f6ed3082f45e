import {parseHTML} from "linkedom";
import {describe, expect, it} from "vitest";
import {nodeText, SKIP, type DomNode} from "../../../src/pipeline/ingest/dom-text.ts";

function body(html: string): DomNode {
  return parseHTML(`<!DOCTYPE html><html><head></head><body>${html}</body></html>`).document.body as unknown as DomNode;
}

describe("nodeText and foreign content (<svg>, <math>)", () => {
  it.each([
    ["an icon's own text is left out", '<p>Rain fell.</p><svg><title>Share</title><path d="M0 0"/></svg><p>Roads closed.</p>', "Rain fell.\nRoads closed."],
    ["a formula is left out", "<p>Rain fell</p><math><mi>x</mi><mo>=</mo><mn>2</mn></math>", "Rain fell"],
    // Fails without breakouts: a browser closes the open <svg> at the <p> and shows the story.
    ["an unclosed <svg> does not swallow the paragraphs after it", '<svg onload="alert(1)"><article><p>Rescuers pulled 12 people from the sea.</p><p>Three remain missing.</p></article>', "Rescuers pulled 12 people from the sea.\nThree remain missing."],
    ["a paragraph nested in a breakout element is read once", '<svg><div><p>Twelve people were rescued.</p></div>', "Twelve people were rescued."]
  ])("%s", (_label, html, text) => {
    expect(nodeText(body(html), SKIP)).toBe(text);
  });
});
