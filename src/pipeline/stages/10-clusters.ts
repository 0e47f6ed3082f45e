import type {EventRow} from "../tables/rows.ts";
import {ClusterInputs, clusterIds, clusterLabels, type ClusterEvent} from "../events/cluster.ts";

/** An event reduced to what clustering needs (events/cluster.ts's ClusterEvent). */
export type ClusterInput = ClusterEvent;

/**
 * Stage 10 (corpus): merge the same event reported by several articles into clusters,
 * blocked by type and period so it stays sub-quadratic. Returns eventId → clusterId
 * ("c_" + the smallest event id of the cluster). Rules: src/pipeline/events/cluster.ts.
 *
 * @example clusterEvents([{eventId: "e1", type: "release", date: "2025-10-13", actors: ["hamas"]}])
 */
export function clusterEvents(events: ClusterInput[]): Map<string, string> {
  return clusterIds(events);
}

/**
 * The cluster id of each event by position (same rules, no Map).
 *
 * @example clusterEventList([{eventId: "e1", type: "release", date: "2025-10-13", actors: ["hamas"]}]) // ["c_e1"]
 */
export function clusterEventList(events: ClusterInput[]): string[] {
  return clusterLabels(events);
}

/**
 * Stage 10 as stage 11 uses it: the cluster id of each event row by position (same rules),
 * read straight from the rows (no ClusterInput object per event). `idsRepeat`: some rows share
 * an event id; each then takes the cluster of the last row with its id, as an id → cluster Map
 * (clusterEvents) gives it.
 *
 * @example clusterEventRows(tables.events)[0] // "c_e_…"
 */
export function clusterEventRows(rows: EventRow[], idsRepeat = false): string[] {
  const inputs = ClusterInputs.of(rows, addRow);
  return idsRepeat ? inputs.lastLabelPerId() : inputs.labels();
}

/** Adds an event row (ClusterInputs.of's reader for clusterEventRows). */
function addRow(inputs: ClusterInputs, e: EventRow): void {
  inputs.add(e.event_id, e.type, e.date, e.actors);
}
