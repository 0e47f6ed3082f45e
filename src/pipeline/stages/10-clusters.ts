import type {EventRow} from "../tables/rows.ts";
import {ClusterInputs, clusterIds, clusterLabels} from "../events/cluster.ts";

/** An event reduced to what clustering needs. */
export interface ClusterInput {
  eventId: string;
  type: string;
  date: string | null;
  actors: string[];
}

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
 * read straight from the rows (no ClusterInput object per event).
 *
 * @example clusterEventRows(tables.events)[0] // "c_e_…"
 */
export function clusterEventRows(rows: EventRow[]): string[] {
  const input = new ClusterInputs(rows.length);
  for (let i = 0; i < rows.length; i++) {
    const e = rows[i];
    input.add(e.event_id, e.type, e.date, e.actors);
  }
  return input.labels();
}
