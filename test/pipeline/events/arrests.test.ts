/**
 * Stage 06, session 32: an arrest or a detention is a dated event of its own ("other"), however far its date stands
 * from the verb; the adjective ("the detained men") is none. Captors who "let … walk" someone release them (model
 * event-triggers.ts). Sentences invented for the tests.
 */
import {describe, expect, it} from "vitest";
import {sentenceEvents} from "./helpers.ts";

describe("arrests and detentions", () => {
  it("an arrest with a long object before its date", () => {
    expect(sentenceEvents("Police arrested the quarry's manager, T. Okonkwo, and three foremen late on Friday night.", ["Friday=2025-10-17"])).toContain("other:arrested=2025-10-17");
  });
  it("a detention with a list of names before its date", () => {
    expect(sentenceEvents("The navy detained the skipper, his nephew Ruwan Perera and nine other crewmen on 4 March.", ["4 March=2025-03-04"])).toContain("other:detained=2025-03-04");
  });
  it("a passive arrest", () => {
    expect(sentenceEvents("The treasurer was arrested at the airport on Sunday.", ["Sunday=2025-10-19"])).toContain("other:arrested=2025-10-19");
  });
  it("negative: the adjective 'the detained men' is no event", () => {
    expect(sentenceEvents("Relatives of the detained men gathered outside.", [])).toEqual([]);
  });
  it("negative: 'an arrested suspect' is no event", () => {
    expect(sentenceEvents("Investigators questioned an arrested suspect.", [])).toEqual([]);
  });
});

describe("arrests and detentions: participles describing someone", () => {
  it("negative: 'detained since <month>' describes the workers; the release keeps the headline", () => {
    expect(sentenceEvents("Four engineers detained since June released, ministry says.", [])).toEqual(["release:released=null"]);
  });
  it("negative: 'a teacher detained during the protests that followed the 2020 vote' leaves the year to the vote", () => {
    expect(sentenceEvents("Amal Rizk, a teacher detained during the protests that followed the disputed 2020 election, returned home.", ["2020=2020"]).some((e) => e.startsWith("other:detained"))).toBe(false);
  });
  it("an active arrest of a count", () => {
    expect(sentenceEvents("Officers arrested two men near the depot on Tuesday.", ["Tuesday=2025-10-21"])).toContain("other:arrested=2025-10-21");
  });
});

describe("'let … walk' near captors or captivity: a release", () => {
  it("a gang let children walk down to a petrol station", () => {
    expect(sentenceEvents("The gang let nine younger pupils walk down to a filling station on Monday evening.", ["Monday evening=2025-10-20"])).toContain("release:let nine younger pupils walk=2025-10-20");
  });
  it("kidnappers let two nurses walk to a waiting car", () => {
    expect(sentenceEvents("The kidnappers let two nurses walk to a waiting car on Friday.", ["Friday=2025-10-17"])).toContain("release:let two nurses walk=2025-10-17");
  });
  it("negative: the police let marchers walk to the square", () => {
    expect(sentenceEvents("The police let the marchers walk to the square on Sunday.", ["Sunday=2025-10-19"]).some((e) => e.startsWith("release"))).toBe(false);
  });
});
