import {parseHTML} from "linkedom";
import {describe, expect, it} from "vitest";
import {elementsByTag, nodeText, SKIP, type DomElement, type DomNode} from "../../../src/pipeline/ingest/dom-text.ts";

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

describe("elementsByTag (querySelectorAll for a list of tag names, by one walk)", () => {
  const page =
    "<template><meta name=a><p>x</p></template><META name=b><svg><title>s</title></svg><div><h1>H</h1><TIME datetime=1>t</TIME>" +
    "<script>1</script><div><p>c</p><link rel=canonical href=/a></div></div><h2>a</h2>";
  it.each([["meta,link,script,title,h1,time,template"], ["h2,h3,h4,p,div"], ["p"]])("finds what querySelectorAll(%s) finds, in the same order", (selector) => {
    const {document} = parseHTML(`<!DOCTYPE html><html><head><title>T</title></head><body>${page}</body></html>`);
    for (const root of [document, document.body, document.querySelector("div")] as unknown as DomElement[]) {
      expect(elementsByTag(root, new Set(selector.split(",")))).toEqual(Array.from(root.querySelectorAll(selector)));
    }
  });
});
