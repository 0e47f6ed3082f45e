/**
 * A worker entry for test/cli/parallel.test.ts: the real stages 02–08 and the real protocol
 * (serveExtraction), except for two marked articles. One whose text holds WORKER-EXIT kills the
 * worker thread (process.exit in a worker ends that thread only), as a stage that crashes a
 * worker would; one holding STAGE-THROW has stage 05 throw, through the StageTimer hook
 * extractArticles already has, so the pipeline's own guard turns it into a warning.
 */
import {extractArticles, type StageTimer} from "../../src/pipeline/index.ts";
import {serveExtraction} from "../../src/cli/worker-serve.ts";

const throwIn05: StageTimer = {
  time(stage, run) {
    if (stage === "05-figures") throw new Error("injected failure");
    return run();
  }
};

serveExtraction((articles, ctx) =>
  articles.flatMap((a) => {
    if (a.text.includes("WORKER-EXIT")) process.exit(7);
    return extractArticles([a], ctx, a.text.includes("STAGE-THROW") ? throwIn05 : undefined);
  })
);
