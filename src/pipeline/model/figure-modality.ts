/**
 * Cues near a figure that change its modality. Data for src/pipeline/figures/modality.ts.
 * Phrases match case-insensitively on word boundaries (except "may", which must be lower case so the month
 * does not count). The cue nearest to the number inside its clause wins; none → "reported".
 * (Stage 05's own list: model/modality-cues.ts serves events and interactions.)
 */
import type {Modality} from "../types.ts";

export const FIGURE_MODALITY_CUES: [string, Modality][] = [
  ["will", "planned"], ["'ll", "planned"], ["shall", "planned"], ["are to be", "planned"], ["is to be", "planned"], ["were to be", "planned"], ["was to be", "planned"],
  ["are due to", "planned"], ["is due to", "planned"], ["due to be", "planned"], ["is expected to", "planned"],
  ["are expected to", "planned"], ["expected to be", "planned"], ["plans to", "planned"], ["plan to", "planned"],
  ["planned", "planned"], ["scheduled", "planned"], ["set to", "planned"], ["slated", "planned"],
  ["agreed to", "planned"], ["promised to", "planned"], ["pledged to", "planned"], ["vowed to", "planned"],
  ["intends to", "planned"], ["going to", "planned"],
  ["could", "hypothetical"], ["would", "hypothetical"], ["might", "hypothetical"], ["may", "hypothetical"],
  ["if", "hypothetical"], ["unless", "hypothetical"], ["potential", "hypothetical"], ["potentially", "hypothetical"],
  ["possible", "hypothetical"], ["possibly", "hypothetical"], ["called on", "hypothetical"], ["calls on", "hypothetical"],
  ["calling on", "hypothetical"], ["urged", "hypothetical"], ["urges", "hypothetical"], ["demanded", "hypothetical"],
  ["demands", "hypothetical"], ["proposed", "hypothetical"], ["proposal", "hypothetical"], ["offered to", "hypothetical"],
  // Session 31: a release asked for is not one that happened ("called for the release of three hostages", "had sought
  // freedom for the three citizens"); not a bare "sought" ("3,000 people sought refuge in schools" did).
  ["called for", "hypothetical"], ["calls for", "hypothetical"], ["calling for", "hypothetical"], ["appealed for", "hypothetical"],
  ["pressed for", "hypothetical"], ["asked for", "hypothetical"], ["sought the release", "hypothetical"], ["sought freedom", "hypothetical"],
  ["seeking the release", "hypothetical"], ["seeks the release", "hypothetical"], ["seeking freedom", "hypothetical"],
  ["claimed", "claimed"], ["claims", "claimed"], ["claim", "claimed"], ["claiming", "claimed"], ["alleged", "claimed"],
  ["allegedly", "claimed"], ["purportedly", "claimed"], ["supposedly", "claimed"], ["purported", "claimed"]
];

/** Text right after a "claim" cue that makes it the verb of a death toll, not a claim ("claimed the lives of"). */
export const CLAIM_NOT_MODALITY_AFTER: string[] = ["the lives", "lives", "the life", "responsibility", "victims"];
