/**
 * Stage 07 on invented sentences (round 27): a captive's state told with an armed holder named as such: "B
 * remains in the hands of the X movement / militia" (the group's noun after the name), "B is in the custody
 * of the X Division / Brigade" (an armed unit's name) → X held B. Negatives: an agency's "Division of …", a
 * business group's hands with no captive, a family's custody, a person's hands.
 */
import {describe, it} from "vitest";
import {checkInteractions as check, type InteractionCase as Case} from "./check.ts";

const cases: Record<string, Case> = {
  "B remains in the hands of the X movement, <speech tag> → X held B": {
    s: "The pilot's brother, Tomas Brandt, remains in the hands of the Red Dawn movement, his lawyer said.",
    m: ["Tomas Brandt", "Red Dawn:organization"],
    rows: ["Red Dawn -held-> Tomas Brandt"]
  },
  "B is still in the hands of the X militia → X held B": {
    s: "Engineer Lina Ortez is still in the hands of the Kivu Lions militia.",
    m: ["Lina Ortez", "Kivu Lions:organization"],
    rows: ["Kivu Lions -held-> Lina Ortez"]
  },
  "B remains in the custody of the X Division → X held B": {
    s: "Her cousin, Aras Demir, remains in the custody of the Northern Storm Division, the family said.",
    m: ["Aras Demir", "Northern Storm Division:organization"],
    rows: ["Northern Storm Division -held-> Aras Demir"]
  },
  "B is in the custody of the X Brigade → X held B": {
    s: "Aid worker Mona Saleh is in the custody of the Hamza Brigade.",
    m: ["Mona Saleh", "Hamza Brigade:organization"],
    rows: ["Hamza Brigade -held-> Mona Saleh"]
  },
  "negative: the custody of an agency's 'Division of …' is a ward's": {
    s: "The boy, Aras Demir, is in the custody of the Norvik Division of Child Services.",
    m: ["Aras Demir", "Norvik Division of Child Services:organization"],
    rows: []
  },
  "negative: a company in the hands of a business group holds no one": {
    s: "The Kastor Hotel remains in the hands of the Lotus group.",
    m: ["Kastor Hotel:organization", "Lotus:organization"],
    rows: []
  },
  "negative: 'B's fate is in the hands of the X movement' has another subject": {
    s: "Lina Ortez's fate is in the hands of the Red Dawn movement.",
    m: ["Lina Ortez", "Red Dawn:organization"],
    rows: []
  },
  "negative: an organisation's hands with no armed noun and no captivity word": {
    s: "Lina Ortez is in the hands of the Norvik Clinic after the crash.",
    m: ["Lina Ortez", "Norvik Clinic:organization"],
    rows: []
  }
};

describe("findInteractions: a captive in the hands or custody of an armed group or unit (round 27)", () => {
  it.each(Object.entries(cases))("%s", (_label, c) => check(c));
});
