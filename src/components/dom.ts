/**
 * Tiny DOM builder. Article text is data, never markup: every string child becomes a text
 * node, so "<script>" in a headline stays visible text instead of running.
 */

export type Child = Node | string | number | null | undefined | false | Child[];

/**
 * Creates an element with attributes and children (strings become text nodes).
 * @example el("p", {class: "note"}, "No figures in ", 3, " articles")
 */
export function el(tag: string, attrs: Record<string, string | number | boolean | null | undefined> = {}, ...children: Child[]): HTMLElement {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (value === null || value === undefined || value === false) continue;
    node.setAttribute(key, value === true ? "" : String(value));
  }
  append(node, children);
  return node;
}

/**
 * Appends children recursively; strings and numbers become text nodes.
 * @example append(document.body, ["a", el("b")])
 */
export function append(node: Node, children: Child[]): Node {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    if (Array.isArray(child)) append(node, child);
    else if (typeof child === "string" || typeof child === "number") node.appendChild(document.createTextNode(String(child)));
    else node.appendChild(child);
  }
  return node;
}

/**
 * Returns the URL only when it is http(s); anything else (javascript:, data:) gives null,
 * so a crafted link in a manifest cannot run script when clicked.
 * @example safeHref("javascript:alert(1)") // null
 */
export function safeHref(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === "http:" || parsed.protocol === "https:" ? parsed.href : null;
  } catch {
    return null;
  }
}
