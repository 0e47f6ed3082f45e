/**
 * Entry file of an extraction worker thread (started by src/cli/worker-pool.ts): stages 02–08
 * exactly as runPipeline runs them on the main thread, so the tables do not depend on the
 * number of workers. Not meant to be run directly.
 */
import {extractArticles} from "../pipeline/index.ts";
import {serveExtraction} from "./worker-serve.ts";

serveExtraction((articles, ctx) => extractArticles(articles, ctx));
