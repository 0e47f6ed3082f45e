/**
 * CSV for the Explore page's download button, generated in the browser (RFC 4180 quoting).
 */

function cell(value: unknown): string {
  if (value === null || value === undefined) return "";
  const text = value instanceof Date ? value.toISOString() : typeof value === "object" ? JSON.stringify(value, (_, v) => (typeof v === "bigint" ? Number(v) : v)) : String(value);
  // Cells starting with = + - @ would run as formulas in a spreadsheet: prefix a quote.
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/**
 * Rows (objects) to CSV text with a header line from the given columns.
 * @example toCsv([{a: 1, b: "x,y"}], ["a", "b"]) // 'a,b\n1,"x,y"\n'
 */
export function toCsv(rows: Record<string, unknown>[], columns: string[] = rows.length ? Object.keys(rows[0]) : []): string {
  const lines = [columns.map(cell).join(",")];
  for (const row of rows) lines.push(columns.map((c) => cell(typeof row[c] === "bigint" ? Number(row[c]) : row[c])).join(","));
  return lines.join("\n") + "\n";
}
