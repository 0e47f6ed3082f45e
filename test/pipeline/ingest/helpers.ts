import {readFileSync} from "node:fs";
import {buildContext} from "../../../src/pipeline/context.ts";
import type {Context, SourceFile} from "../../../src/pipeline/types.ts";

/** The real outlets list, so tests see the same outlets users do. */
export const outletsCsv = readFileSync(new URL("../../../data/reference/outlets.csv", import.meta.url), "utf-8");
export const ctx: Context = buildContext({outletsCsv});
export const noOutlets: Context = buildContext({});

export function enc(s: string): Uint8Array {
  return new TextEncoder().encode(s);
}

export function file(path: string, text: string | Uint8Array): SourceFile {
  return {path, bytes: typeof text === "string" ? enc(text) : text};
}

export function fixture(path: string): string {
  return readFileSync(new URL(`../../fixtures/ingest/${path}`, import.meta.url), "utf-8");
}

/** UTF-16 bytes of a string, with or without a BOM. */
export function utf16(s: string, endian: "le" | "be", bom: boolean): Uint8Array {
  const out = new Uint8Array(s.length * 2 + (bom ? 2 : 0));
  let k = 0;
  if (bom) {
    out[k++] = endian === "le" ? 0xff : 0xfe;
    out[k++] = endian === "le" ? 0xfe : 0xff;
  }
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (endian === "le") (out[k++] = c & 0xff), (out[k++] = c >> 8);
    else (out[k++] = c >> 8), (out[k++] = c & 0xff);
  }
  return out;
}
