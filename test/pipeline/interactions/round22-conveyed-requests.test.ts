/**
 * Stage 07 on invented sentences (round 22): a request carried by a go-between
 * (nominal.ts conveyedRequest; model interaction-verbs.ts CONVEYING_VERBS):
 * - "A conveyed to B a request from C" → A asked B, C asked B;
 * - "A relayed a personal request from C to B" → the same;
 * - "A conveyed C's request to B" → the same; titles before B ("to Labour Minister B") are passed over.
 * Negative: a request only mentioned to someone ("A mentioned to B a request from C") is no
 * request carried to B.
 */
import {describe, it} from "vitest";
import {checkInteractions as check, type InteractionCase as Case} from "./check.ts";

const cases: Record<string, Case> = {
  "A conveyed to B a request from C → A asked B, C asked B": {
    s: "Ruth Ansah conveyed to Amara Diallo a request from Kofi Mensah to reopen the mine road.",
    m: ["Ruth Ansah", "Amara Diallo", "Kofi Mensah"],
    rows: ["Ruth Ansah -asked-> Amara Diallo", "Kofi Mensah -asked-> Amara Diallo"]
  },
  "A relayed a personal request from C to B → A asked B, C asked B": {
    s: "The envoy Ruth Ansah relayed a personal request from Kofi Mensah to Amara Diallo on Tuesday.",
    m: ["Ruth Ansah", "Kofi Mensah", "Amara Diallo"],
    rows: ["Ruth Ansah -asked-> Amara Diallo", "Kofi Mensah -asked-> Amara Diallo"]
  },
  "A conveyed C's request to B → A asked B, C asked B": {
    s: "Ruth Ansah conveyed Kofi Mensah's request to the Dockers Union.",
    m: ["Ruth Ansah", "Kofi Mensah", "Dockers Union:organization"],
    rows: ["Ruth Ansah -asked-> Dockers Union", "Kofi Mensah -asked-> Dockers Union"]
  },
  "Mr A conveyed to Labour Minister B a request from Mr C → A asked B, C asked B (titles passed over)": {
    s: "Mr Badu conveyed to Labour Minister Kwame Asare a personal request from Mr Owusu, aides said.",
    m: ["Badu", "Kwame Asare", "Owusu"],
    rows: ["Badu -asked-> Kwame Asare", "Owusu -asked-> Kwame Asare"]
  },
  "negative (labour): a request mentioned to a titled B is not carried to B": {
    s: "Ruth Ansah mentioned to Labour Minister Kwame Asare a request from Kofi Mensah for more buses.",
    m: ["Ruth Ansah", "Kwame Asare", "Kofi Mensah"],
    rows: []
  },
  "negative (labour): a request mentioned to B is not carried to B": {
    s: "Ruth Ansah mentioned to Amara Diallo a request from Kofi Mensah for more buses.",
    m: ["Ruth Ansah", "Amara Diallo", "Kofi Mensah"],
    rows: []
  }
};

describe("stage 07 (round 22): conveyed requests", () => {
  for (const [name, c] of Object.entries(cases)) it(name, () => check(c));
});
