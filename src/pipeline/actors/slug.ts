import {foldKey} from "./tokens.ts";

/**
 * Readable id from a name: "Peter Olsen" → "peter-olsen", "B'Tselem" → "btselem".
 *
 * @example slugify("Abdel Fattah el-Sisi") // "abdel-fattah-el-sisi"
 */
export function slugify(name: string): string {
  const s = foldKey(name).replace(/['’]/g, "").replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "");
  return s.slice(0, 60) || "actor";
}
