/**
 * Chart frame: every chart gets a title, a caption (what it shows, from how many articles)
 * and an accessible name; an empty dataset gets a message instead of a blank axis.
 */
import {el} from "./dom.js";
import {markChart} from "./perf.js";

export interface FrameOptions {
  title: string;
  caption: string;
  /** Message shown instead of the chart when there is nothing to draw. */
  empty?: string | null;
  id?: string;
}

/**
 * Wraps a chart. Pass `chart = null` with an `empty` message for the empty state.
 * @example frame(Plot.plot({...}), {title: "Articles", caption: "From 5 articles"})
 */
export function frame(chart: Element | null, {title, caption, empty = null, id}: FrameOptions): HTMLElement {
  const heading = el("h3", {class: "np-chart-title"}, title);
  const body = chart && !empty ? chart : el("p", {class: "np-empty", role: "status"}, empty ?? "Nothing to show.");
  if (chart && !empty) {
    chart.setAttribute("role", chart.getAttribute("role") ?? "img");
    chart.setAttribute("aria-label", `${title}. ${caption}`);
  }
  const figure = el("figure", {class: "np-chart", id, "data-empty": chart && !empty ? null : "true"}, heading, body, el("figcaption", {}, caption));
  markChart();
  return figure;
}

/**
 * "5 articles" / "1 article".
 * @example plural(1, "article") // "1 article"
 */
export function plural(n: number, word: string, many = `${word}s`): string {
  return `${n.toLocaleString("en-US")} ${n === 1 ? word : many}`;
}
