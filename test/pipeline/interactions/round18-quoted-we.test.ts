/**
 * Stage 07 on invented sentences (round 18): a quoted "we" before a performative verb (a call, a
 * thanks, a request, a condemnation: saying it is doing it) is the quotation's speaker
 * (arguments.ts resolvePronoun, quoteSpeaker; model WE_PERFORMATIVE_VERBS), and "call upon" is
 * "call on" (model interaction-verbs.ts):
 * - "\"We urge B to reopen …,\" said A" → A called on B;
 * - "\"We thank B and C for …,\" A wrote" → A thanked B, A thanked C;
 * - "\"We call upon B to …,\" A told reporters" → A called on B.
 * Negatives: a deed of the group ("\"We attacked B at dawn,\" A said": sport and war alike), a
 * quoted "they", an unquoted "we" of a column, a quoted "we" said by no named person.
 */
import {describe, it} from "vitest";
import {checkInteractions as check, type InteractionCase as Case} from "./check.ts";

const cases: Record<string, Case> = {
  "\"We urge B to …,\" said A → A called on B": {
    s: "\"We urge Niger to reopen the border crossing,\" said Oumar Traore, the union's secretary.",
    m: ["Niger:country", "Oumar Traore"],
    rows: ["Oumar Traore -called_on-> Niger"]
  },
  "\"We thank B and C for …,\" A wrote → A thanked both": {
    s: "\"We thank Norway and Ghana for their patience,\" Ines Mota wrote on Sunday.",
    m: ["Norway:country", "Ghana:country", "Ines Mota"],
    rows: ["Ines Mota -thanked-> Norway", "Ines Mota -thanked-> Ghana"]
  },
  "\"We call upon B to …,\" A told reporters → A called on B": {
    s: "\"We call upon Chad to hand over the detained nurses,\" Kojo Mensah told reporters.",
    m: ["Chad:country", "Kojo Mensah"],
    rows: ["Kojo Mensah -called_on-> Chad"]
  },
  "negative (sport): a team's deed in a player's quote": {
    s: "\"We attacked Benfica from the first minute,\" Kojo Mensah said after the match.",
    m: ["Benfica:organization", "Kojo Mensah"],
    rows: []
  },
  "negative: a group's deed told by its spokesman": {
    s: "\"We freed Kidal at dawn,\" said Kojo Mensah, a rebel spokesman.",
    m: ["Kidal:place", "Kojo Mensah"],
    rows: []
  },
  "negative: a quoted 'they' is not the speaker": {
    s: "\"They urge Niger to reopen the border,\" Oumar Traore said of the traders.",
    m: ["Niger:country", "Oumar Traore"],
    rows: []
  },
  "negative: an unquoted 'we' of a column": {
    s: "We urge Niger to reopen the border, writes the editorial board of Oumar Traore's paper.",
    m: ["Niger:country", "Oumar Traore"],
    rows: []
  },
  "negative: a quoted 'we' said by an unnamed speaker": {
    s: "\"We thank Norway for its patience,\" a spokesman said.",
    m: ["Norway:country"],
    rows: []
  }
};

describe("round 18: a quoted performative 'we' is the speaker", () => {
  for (const [name, c] of Object.entries(cases)) it(name, () => check(c));
});
