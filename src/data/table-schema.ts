/**
 * Column types of every output table, read from the contract itself
 * (src/pipeline/tables/rows.ts) with the TypeScript parser, so the Arrow files carry the right
 * columns even when a table is empty (DuckDB then answers `select count(*) from figures` with 0
 * instead of failing on a missing column) and never drift from the contract.
 */
import {readFile} from "node:fs/promises";
import ts from "typescript";

export type ColumnKind = "string" | "number" | "boolean" | "string[]" | "number[]" | "unknown";

export interface Column {
  name: string;
  kind: ColumnKind;
  nullable: boolean;
}

/**
 * Kind of one property type: `string | null` → {kind: "string", nullable: true}.
 *
 * @example kindOf("string[]") // {kind: "string[]", nullable: false}
 */
export function kindOf(typeText: string): {kind: ColumnKind; nullable: boolean} {
  const parts = typeText.split("|").map((s) => s.trim()).filter(Boolean);
  const nullable = parts.some((p) => p === "null" || p === "undefined");
  const rest = [...new Set(parts.filter((p) => p !== "null" && p !== "undefined"))];
  const one = rest.length === 1 ? rest[0].replace(/^Array<(\w+)>$/, "$1[]").replace(/^readonly\s+/, "") : "";
  const kind: ColumnKind =
    one === "string" || one === "number" || one === "boolean" || one === "string[]" || one === "number[]"
      ? one
      : rest.every((p) => /^["']/.test(p)) && rest.length > 0 // "a" | "b" string-literal unions
        ? "string"
        : "unknown";
  return {kind, nullable};
}

/**
 * Parses the contract source: for each member `name: XRow[]` of `interface Tables`, the columns of
 * interface XRow in declaration order (optional members are nullable).
 *
 * @example parseTableSchemas("interface ARow {a: string}\ninterface Tables {as: ARow[]}") // {as: [{name: "a", kind: "string", nullable: false}]}
 */
export function parseTableSchemas(source: string): Record<string, Column[]> {
  const file = ts.createSourceFile("rows.ts", source, ts.ScriptTarget.ES2022, true);
  const interfaces = new Map<string, ts.InterfaceDeclaration>();
  file.forEachChild((node) => {
    if (ts.isInterfaceDeclaration(node)) interfaces.set(node.name.text, node);
  });
  const columnsOf = (name: string): Column[] => {
    const decl = interfaces.get(name);
    if (!decl) return [];
    return decl.members.filter(ts.isPropertySignature).map((member) => {
      const {kind, nullable} = kindOf(member.type?.getText(file) ?? "unknown");
      return {name: member.name.getText(file), kind, nullable: nullable || Boolean(member.questionToken)};
    });
  };
  const tables: Record<string, Column[]> = {};
  const root = interfaces.get("Tables");
  for (const member of root?.members.filter(ts.isPropertySignature) ?? []) {
    const row = /^(\w+)\[\]$/.exec(member.type?.getText(file) ?? "")?.[1];
    if (row) tables[member.name.getText(file)] = columnsOf(row);
  }
  return tables;
}

/**
 * Reads and parses the contract file.
 *
 * @example const schemas = await readTableSchemas("src/pipeline/tables/rows.ts");
 */
export async function readTableSchemas(path: string): Promise<Record<string, Column[]>> {
  return parseTableSchemas(await readFile(path, "utf-8"));
}
