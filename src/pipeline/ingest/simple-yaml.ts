/**
 * The front matter most markdown files carry, read without the YAML library: one `key: value`
 * per line, each value a single-line string. Parsing it with `yaml` (document, CST, nodes, then
 * toJS) cost about half a millisecond per file, more than the rest of reading the file; on the
 * bench corpus it was a tenth of stage 01. Anything else (a number, a list, a comment, an
 * escape, a second line for a value, a repeated key) is left to the library: the fast path
 * answers only where its answer is certainly the library's (test/pipeline/ingest/simple-yaml.test.ts
 * compares the two).
 */

/**
 * One line: a key (a letter, then letters, digits, "_" or "-"), ": ", and a value that is a
 * double-quoted string without escapes, a single-quoted one without a doubled quote, or a plain
 * scalar that does not start with a YAML indicator and holds no ": " or " #" (checked apart).
 * No control character, tab, NEL, line or paragraph separator, BOM or surrogate anywhere, and
 * no trailing space: those are the library's to read.
 */
const LINE =
  /^([A-Za-z][A-Za-z0-9_-]{0,99}): +(?:"([^"\\\x00-\x1f\x7f-\x9f\u2028\u2029\ufeff\ud800-\udfff]*)"|'([^'\x00-\x1f\x7f-\x9f\u2028\u2029\ufeff\ud800-\udfff]*)'|([^\s\-?:,[\]{}#&*!|>'"%@`\x7f-\x9f\u2028\u2029\ufeff\ud800-\udfff][^\x00-\x1f\x7f-\x9f\u2028\u2029\ufeff\ud800-\udfff]*))$/;

/**
 * A plain scalar that YAML 1.2's core schema reads as something other than a string (yaml 2.x's
 * own tests for null, booleans, integers and floats): such a value goes to the library.
 */
const NOT_A_STRING =
  /^(?:~|[Nn]ull|NULL|[Tt]rue|TRUE|[Ff]alse|FALSE|0o[0-7]+|[-+]?[0-9]+|0x[0-9a-fA-F]+|[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN|[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?)$/;

/**
 * The mapping `yaml.parse(yamlText)` gives, keys lower-cased as splitFrontMatter stores them, when
 * the text is simple `key: string` lines (see LINE); null when the library must read it.
 *
 * @example simpleFrontMatter('title: "Floods"\npublished: 2024-10-07\n') // {title: "Floods", published: "2024-10-07"}
 */
export function simpleFrontMatter(yamlText: string): Record<string, unknown> | null {
  if (yamlText === "" || yamlText.charCodeAt(yamlText.length - 1) !== 10) return null;
  const data: Record<string, unknown> = {};
  // The keys as written: the library refuses a repeated key, whatever its case here.
  const seen = new Set<string>();
  let start = 0;
  while (start < yamlText.length) {
    const end = yamlText.indexOf("\n", start);
    const m = LINE.exec(yamlText.slice(start, end));
    if (!m) return null;
    const key = m[1];
    if (seen.has(key) || NOT_A_STRING.test(key)) return null;
    seen.add(key);
    let value = m[2] ?? m[3];
    if (value === undefined) {
      value = m[4];
      // A comment, a nested mapping, or a scalar the core schema reads as a number, null or boolean.
      if (value.includes(" #") || value.includes(": ") || value.endsWith(":") || value.endsWith(" ") || NOT_A_STRING.test(value)) return null;
    }
    data[key.toLowerCase()] = value;
    start = end + 1;
  }
  return data;
}
