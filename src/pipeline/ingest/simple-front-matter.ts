/**
 * A fast path around the YAML library for the front matter most markdown files carry: a few
 * `key: value` lines ("title: \"Dam bursts\"", "published: 2024-03-05", "url: https://…").
 * Parsing four such lines with the full YAML parser cost about as much as reading the rest of
 * the article (and more before the parser's code was warm); here they are read directly, with
 * the same result as `yaml.parse`. Anything this reader is not sure about — indentation, lists,
 * comments, escapes, anchors, tags, a value YAML would read as a number, boolean or null, a
 * repeated key — returns null and the YAML library decides.
 */

/** A key YAML reads as a plain string: letters, digits, "_" and "-", starting with a letter. */
const KEY = /^[A-Za-z][A-Za-z0-9_-]*$/;
/** Plain keys the core schema would read as null or a boolean ("null: x" is not the string "null"). */
const RESERVED_KEY = /^(?:null|true|false)$/i;
/**
 * Plain values the core schema does not read as a string (yaml's core null, bool, int and float
 * tests, one alternation): such values go to the library.
 */
const NOT_STRING =
  /^(?:~|[Nn]ull|NULL|[Tt]rue|TRUE|[Ff]alse|FALSE|0o[0-7]+|[-+]?[0-9]+|0x[0-9a-fA-F]+|[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN|[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+|[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*))?$/;
/** A character the reader leaves to the library wherever it stands (controls other than "\n", tab, BOM, line separators, "\\"). */
const UNSURE_CHAR = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029\ufeff\ufffe\uffff\\]/;

/**
 * The mapping `yaml.parse(text)` returns for front matter made only of `key: value` lines
 * (plain, "double-quoted" or 'single-quoted' string values), or null when the text is anything
 * else (the caller then runs the YAML library).
 *
 * @example simpleFrontMatter('title: "Dam bursts"\npublished: 2024-03-05\n') // {title: "Dam bursts", published: "2024-03-05"}
 */
export function simpleFrontMatter(text: string): Record<string, string> | null {
  if (UNSURE_CHAR.test(text)) return null;
  const out: Record<string, string> = {};
  let any = false;
  let start = 0;
  while (start < text.length) {
    let end = text.indexOf("\n", start);
    if (end < 0) end = text.length;
    if (end > start) {
      const entry = keyValue(text.slice(start, end));
      // A repeated key is an error for YAML ("Map keys must be unique"): the library reports it.
      if (entry === null || Object.prototype.hasOwnProperty.call(out, entry[0])) return null;
      out[entry[0]] = entry[1];
      any = true;
    }
    start = end + 1;
  }
  return any ? out : null;
}

/** One `key: value` line as [key, string value], or null when YAML might read it otherwise. */
function keyValue(line: string): [string, string] | null {
  const colon = line.indexOf(": ");
  if (colon < 1) return null;
  const key = line.slice(0, colon);
  // YAML limits an implicit key to 1024 characters; real keys are a word or two.
  if (colon > 100 || !KEY.test(key) || RESERVED_KEY.test(key) || key === "__proto__") return null;
  // YAML trims spaces only (a trailing NBSP stays part of the value, unlike String.trim).
  let a = colon + 2;
  let z = line.length;
  while (a < z && line.charCodeAt(a) === 32) a++;
  while (z > a && line.charCodeAt(z - 1) === 32) z--;
  const raw = line.slice(a, z);
  const value = raw.charCodeAt(0) === 34 || raw.charCodeAt(0) === 39 ? quoted(raw) : plain(raw);
  return value === null ? null : [key, value];
}

/** A value in double or single quotes with no quote of its kind inside ("“Dam bursts”" keeps its curly quotes). */
function quoted(raw: string): string | null {
  const q = raw[0];
  if (raw.length < 2 || raw[raw.length - 1] !== q) return null;
  const inner = raw.slice(1, -1);
  return inner.includes(q) ? null : inner;
}

/**
 * A plain value YAML reads as this very string: it opens with a letter or digit, holds no
 * ": " (a nested mapping) or " #" (a comment), does not end with ":", and is no number,
 * boolean or null ("2024-03-05" and "https://x.example/a#b" are strings, "2024" is not).
 */
function plain(raw: string): string | null {
  const c = raw.charCodeAt(0);
  const alnum = (c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122);
  if (!alnum || raw.includes(": ") || raw.includes(" #") || raw.endsWith(":") || NOT_STRING.test(raw)) return null;
  return raw;
}
