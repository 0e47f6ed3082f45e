import {describe, expect, it} from "vitest";
import {spawnSync} from "node:child_process";
import {readFileSync} from "node:fs";
import {datesOf, type Row} from "./dates/helpers.ts";
import {TZ_CASES} from "./dates/tz-cases.ts";

describe("03 dates: hand-labelled fixture article", () => {
  it("finds exactly the labelled dates of test/fixtures/dates/flood-article.txt", () => {
    const gold = JSON.parse(readFileSync("test/fixtures/dates/flood-article.gold.json", "utf8")) as {published: string; dayFirst: boolean; dates: Row[]};
    const text = readFileSync("test/fixtures/dates/flood-article.txt", "utf8");
    expect(datesOf(text, gold.published, gold.dayFirst)).toEqual(gold.dates);
  });
});

describe("03 dates: no dependence on the machine's time zone", () => {
  it("spot checks at day/month/year edges", () => {
    const [first, second] = TZ_CASES.map(([text, published, dayFirst]) => datesOf(text, published, dayFirst));
    expect(first.map((r) => r.date)).toEqual(["2023-12-31", "2023-12-31", "2023-12-29", "2023-12"]);
    expect(second.map((r) => r.date)).toEqual(["2023-12-31", "2024-01-01", "2024-02"]);
  });
  it.each(["America/Los_Angeles", "Asia/Tokyo", "Pacific/Kiritimati", "UTC"])("same rows under TZ=%s", (tz) => {
    const child = spawnSync(process.execPath, ["--import", "tsx", "test/pipeline/dates/tz-probe.ts"], {
      env: {...process.env, TZ: tz},
      encoding: "utf8",
      timeout: 60_000
    });
    expect(child.status, child.stderr).toBe(0);
    const expected = TZ_CASES.map(([text, published, dayFirst]) => datesOf(text, published, dayFirst));
    expect(JSON.parse(child.stdout)).toEqual(expected);
  }, 60_000);
});
