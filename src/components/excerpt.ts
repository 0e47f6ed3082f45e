/**
 * A sentence cut to at most `max` characters at a word boundary, with an ellipsis when cut.
 * Charts quote event descriptions in tooltips and captions; a plain slice left half words
 * ("… the ministry s”), which reads as a typo in the source. A single word longer than `max`
 * (a URL) is cut inside the word rather than dropped.
 *
 * @example excerpt("The release became possible thanks to the request", 30) // "The release became possible…"
 */
export function excerpt(text: string, max: number): string {
  const chars = [...text.trim()];
  if (chars.length <= max) return chars.join("");
  const head = chars.slice(0, max - 1).join("");
  // Cut before the word the limit falls in (none when the limit falls on a space), unless that
  // leaves less than half the room.
  const space = /\s/.test(chars[max - 1]) ? head.length : head.search(/\s\S*$/);
  const cut = space >= (max - 1) / 2 ? head.slice(0, space) : head;
  return `${cut.replace(/[\s,;:–—-]+$/u, "")}…`;
}
