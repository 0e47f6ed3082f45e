/**
 * Golden outputs for the whole pipeline on the bundled corpus: every table, as the extract
 * command would write it, compared with test/golden/seeds/<table>.json. A change in any stage
 * that alters a row shows up here as a readable diff. When the change is intended, review the
 * diff and update with `npx vitest run test/golden -u`.
 */
import {readFileSync} from "node:fs";
import {describe, expect, it} from "vitest";
import {readCorpus} from "../../src/cli/read-corpus.ts";
import {runPipeline, TABLE_NAMES} from "../../src/pipeline/index.ts";

const root = new URL("../../", import.meta.url);
const read = (path: string) => readFileSync(new URL(path, root), "utf8");

describe("golden tables on the bundled corpus", async () => {
  const corpus = await readCorpus(new URL("data/corpus", root).pathname);
  const tables = runPipeline({
    files: corpus.files,
    manifest: corpus.manifest,
    actorsCsv: read("data/reference/actors.csv"),
    outletsCsv: read("data/reference/outlets.csv")
  });

  it.each(TABLE_NAMES.map((name) => [name]))("%s", async (name) => {
    await expect(JSON.stringify(tables[name], null, 1) + "\n").toMatchFileSnapshot(`seeds/${name}.json`);
  });
});
