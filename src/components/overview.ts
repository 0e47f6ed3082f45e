/**
 * Overview page views: articles per outlet and day, and the story's headline figures.
 */
import {el} from "./dom.js";
import {dayOf} from "./dates.js";
import {frame, plural} from "./frame.js";
import {outletKey, type OutletInfo} from "./filter.js";
import {clickable} from "./marks.js";
import {outletColor} from "./palette.js";

export interface ArticleLike {
  article_id: string;
  outlet: string | null;
  published: string | null;
  title: string | null;
}

export interface DayCell<A> {
  outlet: string;
  name: string;
  day: Date;
  n: number;
  articles: A[];
}

/**
 * Counts dated articles per outlet and day.
 * @example articleCells([{article_id: "a", outlet: "x", published: "2026-03-01", title: null}], new Map())
 */
export function articleCells<A extends ArticleLike>(articles: A[], names: Map<string, string>): DayCell<A>[] {
  const cells = new Map<string, DayCell<A>>();
  for (const a of articles) {
    const day = dayOf(a.published);
    if (!day) continue;
    const outlet = outletKey(a);
    const key = `${outlet}\u0000${+day}`;
    let cell = cells.get(key);
    if (!cell) cells.set(key, (cell = {outlet, name: names.get(outlet) ?? outlet, day, n: 0, articles: []}));
    cell.n++;
    cell.articles.push(a);
  }
  return [...cells.values()];
}


interface FigureLike {
  category: string;
  value: number | null;
  low: number | null;
  high: number | null;
  qualifier: string;
  outlet: string | null;
  group_label: string | null;
  modality?: string;
}

export interface Headline<F> {
  category: string;
  value: number;
  qualifier: string;
  group_label: string | null;
  outlets: string[];
  rows: F[];
}

/**
 * The largest reported figure per category, with every outlet reporting that same value.
 * @example headlineFigures([{category: "killed", value: 3, low: null, high: null, qualifier: "exact", outlet: "x", group_label: null}])
 */
export function headlineFigures<F extends FigureLike>(figures: F[]): Headline<F>[] {
  const best = new Map<string, Headline<F>>();
  for (const f of figures) {
    const v = f.value ?? f.high;
    if (v === null || !Number.isFinite(v) || f.category === "other") continue;
    const h = best.get(f.category);
    if (!h || v > h.value) best.set(f.category, {category: f.category, value: v, qualifier: f.qualifier, group_label: f.group_label, outlets: [outletKey(f)], rows: [f]});
    else if (v === h.value) {
      h.rows.push(f);
      if (!h.outlets.includes(outletKey(f))) h.outlets.push(outletKey(f));
    }
  }
  return [...best.values()].sort((a, b) => a.category.localeCompare(b.category));
}

/**
 * Cards for the headline figures; each is a button opening its evidence.
 * @example headlineCards(headlineFigures(figures), {names, onSelect})
 */
export function headlineCards<F extends FigureLike>(
  headlines: Headline<F>[],
  {names, onSelect}: {names: Map<string, string>; onSelect?: (h: Headline<F>) => void}
): HTMLElement {
  if (headlines.length === 0) return el("p", {class: "np-empty", role: "status"}, "No figures (counts of people) were found in the selected articles.");
  return el(
    "div",
    {class: "np-headlines grid grid-cols-4"},
    headlines.map((h) => {
      const hedge = h.qualifier && h.qualifier !== "exact" ? `${h.qualifier} ` : "";
      const button = el(
        "button",
        {type: "button", class: "card np-headline", "aria-label": `${h.category.replace(/_/g, " ")}: ${hedge}${h.value.toLocaleString("en-US")}; show evidence`},
        el("h3", {}, h.category.replace(/_/g, " ")),
        el("span", {class: "big"}, `${hedge}${h.value.toLocaleString("en-US")}`),
        el("span", {class: "np-muted"}, [h.group_label ? `${h.group_label} · ` : "", h.outlets.map((o) => names.get(o) ?? o).join(", ")])
      );
      if (onSelect) button.addEventListener("click", () => onSelect(h));
      return button;
    })
  );
}
