/**
 * Colour-blind-safe palettes (Okabe & Ito 2008), shared so a kind or outlet keeps its colour on
 * every page. Yellow is left out of categorical use because it vanishes on a light background.
 */

export const OKABE_ITO = ["#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#999999", "#000000"];

/** Actor kinds in a fixed order so the legend and colours never shift between corpora. */
export const ACTOR_KINDS = ["person", "organization", "country", "group", "place", "media"];

/** Actor kind → colour. */
export const KIND_COLORS: Record<string, string> = {
  person: "#0072B2",
  organization: "#E69F00",
  country: "#009E73",
  group: "#D55E00",
  place: "#CC79A7",
  media: "#56B4E9"
};

/**
 * A Plot colour scale for outlets: ids in a stable order mapped onto a CVD-safe cycle.
 * @example outletColor(["bbc", "rt"]) // {domain: ["bbc", "rt"], range: [...]}
 */
export function outletColor(ids: string[]): {domain: string[]; range: string[]} {
  const domain = [...ids].sort();
  // "observable10" is designed for CVD distinctness; beyond ten the colours repeat, and
  // charts also label outlets in text, so colour is never the only cue.
  const range = ["#4269d0", "#efb118", "#ff725c", "#6cc5b0", "#3ca951", "#ff8ab7", "#a463f2", "#97bbf5", "#9c6b4e", "#9498a0"];
  return {domain, range: domain.map((_, i) => range[i % range.length])};
}
