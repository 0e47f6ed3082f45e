/**
 * The one outlet filter shared by every page. Its value (selected outlet ids) lives in the URL
 * (`?outlets=rt,bbc`) so a filtered view is a shareable link, is remembered in localStorage for
 * the next page, and is copied onto the sidebar's links. Use with Framework's `view()`.
 */
import {el} from "./dom.js";
import {formatOutletParam, initialSelection, ownershipGroups, withQuery, type OutletInfo} from "./filter.js";
import {markFilterStart} from "./perf.js";

const STORAGE_KEY = "newsprism:outlets";

interface FilterElement extends HTMLElement {
  value: string[];
}

function readMemory(): string | null {
  try {
    return globalThis.localStorage?.getItem(STORAGE_KEY) ?? null;
  } catch {
    return null; // storage can be disabled (privacy mode); the URL still works
  }
}

function writeMemory(search: string): void {
  try {
    globalThis.localStorage?.setItem(STORAGE_KEY, search || "?");
  } catch {
    /* ignored: see readMemory */
  }
}

/**
 * Copies the query string onto internal navigation links (sidebar, pager, `.np-nav` links).
 * @example syncLinks("?outlets=bbc")
 */
export function syncLinks(search: string, root: ParentNode = document): void {
  const links = root.querySelectorAll<HTMLAnchorElement>("#observablehq-sidebar a[href], .observablehq-pager a[href], a.np-nav[href]");
  for (const a of links) {
    const raw = a.getAttribute("href");
    if (raw) a.setAttribute("href", withQuery(raw, search));
  }
}

/**
 * Builds the filter. `outlets` is the list from knownOutlets(); the initial value comes from
 * the URL, then localStorage, then all outlets.
 * @example const selected = view(outletFilter(outlets))
 */
export function outletFilter(outlets: OutletInfo[], {search = globalThis.location?.search ?? ""}: {search?: string} = {}): FilterElement {
  const all = outlets.map((o) => o.id);
  let value = initialSelection(search, readMemory(), all);
  const boxes = new Map<string, HTMLInputElement>();
  const summary = el("summary", {class: "np-filter-summary"});
  const groups = ownershipGroups(outlets);
  const byId = new Map(outlets.map((o) => [o.id, o]));

  const buttons = el(
    "div",
    {class: "np-filter-buttons", role: "group", "aria-label": "Select a group of outlets"},
    el("button", {type: "button", "data-group": "all"}, "All"),
    el("button", {type: "button", "data-group": "none"}, "None"),
    [...groups.keys()].map((g) => el("button", {type: "button", "data-group": g}, `${g} (${groups.get(g)!.length})`))
  );
  const lists = [...groups].map(([group, ids]) =>
    el(
      "fieldset",
      {class: "np-filter-group"},
      el("legend", {}, group),
      ids.map((id) => {
        const box = el("input", {type: "checkbox", value: id, name: "outlet"}) as HTMLInputElement;
        boxes.set(id, box);
        const o = byId.get(id)!;
        return el("label", {class: "np-filter-outlet", title: [o.country, o.ownership].filter(Boolean).join(" · ")}, box, ` ${o.name}`);
      })
    )
  );
  const form = el("details", {class: "np-filter", "aria-label": "Outlet filter"}, summary, el("form", {class: "np-filter-form"}, buttons, lists)) as unknown as FilterElement;

  function render() {
    const set = new Set(value);
    for (const [id, box] of boxes) box.checked = set.has(id);
    summary.textContent = value.length === all.length ? `Outlets: all ${all.length}` : `Outlets: ${value.length} of ${all.length} selected`;
  }

  function commit(next: string[]) {
    markFilterStart();
    value = all.filter((id) => next.includes(id));
    render();
    const query = formatOutletParam(globalThis.location?.search ?? "", value, all);
    try {
      const url = `${globalThis.location.pathname}${query}${globalThis.location.hash}`;
      globalThis.history?.replaceState(globalThis.history.state, "", url);
    } catch {
      /* not in a browser (unit tests) */
    }
    writeMemory(query);
    syncLinks(query);
    form.dispatchEvent(new Event("input", {bubbles: true}));
  }

  buttons.addEventListener("click", (event) => {
    const group = (event.target as HTMLElement).closest("button")?.dataset.group;
    if (!group) return;
    commit(group === "all" ? all : group === "none" ? [] : groups.get(group) ?? []);
  });
  for (const box of boxes.values()) {
    box.addEventListener("change", (event) => {
      event.stopPropagation(); // the form's own input event would carry a checkbox, not the selection
      commit([...boxes].filter(([, b]) => b.checked).map(([id]) => id));
    });
    box.addEventListener("input", (event) => event.stopPropagation());
  }
  Object.defineProperty(form, "value", {
    get: () => value,
    set: (v: string[]) => {
      value = all.filter((id) => v.includes(id));
      render();
    }
  });
  render();
  // Keep the URL, memory and links consistent with what the page shows from the start.
  const query = formatOutletParam(search, value, all);
  writeMemory(query);
  queueMicrotask(() => syncLinks(query));
  return form;
}
