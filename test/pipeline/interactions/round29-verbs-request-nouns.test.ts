/**
 * Stage 07 on invented sentences (round 29, verb class of asking): a request told as a noun handed to someone: "A put
 * the request to B", "A made / sent / submitted a (formal, written) request to B" → A asked B.
 */
import {describe, it} from "vitest";
import {checkInteractions as check, type InteractionCase as Case} from "./check.ts";

const cases: Record<string, Case> = {
  "put the request to a person → asked": {
    s: "The miners' leader, Ana Costa, put the request to Energy Minister Tom Hale in writing in July.",
    m: ["Ana Costa", "Tom Hale"],
    rows: ["Ana Costa -asked-> Tom Hale"]
  },
  "made a formal request to a country → asked": {
    s: "Mayor Ana Costa made a formal request to Valdoria for more boats.",
    m: ["Ana Costa", "Valdoria:country"],
    rows: ["Ana Costa -asked-> Valdoria"]
  },
  "sent a written request to a person → asked": {
    s: "Ana Costa sent a written request to Tom Hale on Monday.",
    m: ["Ana Costa", "Tom Hale"],
    rows: ["Ana Costa -asked-> Tom Hale"]
  },
  "negative: forwarded the request (someone else's)": {
    s: "Ana Costa forwarded the request to Tom Hale.",
    m: ["Ana Costa", "Tom Hale"],
    rows: []
  },
  "negative: a request to B from C (carried)": {
    s: "Ana Costa sent a request to Tom Hale from Ruth Gale.",
    m: ["Ana Costa", "Tom Hale", "Ruth Gale"],
    rows: []
  },
  "negative: a club's formal request to the referee (sport)": {
    s: "Rovers made a formal request to the referee, Tom Dyke, to review the goal.",
    m: ["Rovers:organization", "Tom Dyke"],
    rows: []
  },
  "negative: a request to a news agency (media)": {
    s: "Ana Costa sent a request to Reuters.",
    m: ["Ana Costa", "Reuters:media"],
    rows: []
  },
  "negative: rejected the request, to someone's dismay (no putting verb)": {
    s: "Ana Costa rejected the request to Tom Hale's dismay.",
    m: ["Ana Costa", "Tom Hale"],
    rows: []
  }
};

describe("round 29 verbs: a request handed to someone", () => {
  for (const [name, c] of Object.entries(cases)) it(name, () => check(c));
});
