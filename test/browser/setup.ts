/**
 * Global setup of the `browser` vitest project: build the site once (`npm run build`, which
 * vendors the npm cache first and honours NEWSPRISM_CORPUS), serve it on a free loopback port,
 * and hand the URL to the tests (`inject("baseUrl")`, see harness.ts). Teardown stops the server.
 *
 * The build goes to a fresh folder test-output/site-XXXXXX (via NEWSPRISM_OUTPUT, read by
 * observablehq.config.ts), deleted at teardown, so a test run never clobbers dist/ and two runs
 * at once (several people in one checkout) don't overwrite each other's site mid-test.
 *
 * NEWSPRISM_SKIP_BUILD=1 serves the existing dist/ instead — handy while writing browser tests.
 * NEWSPRISM_KEEP_SITE=1 keeps the built folder after the run.
 */
import {spawn} from "node:child_process";
import {existsSync} from "node:fs";
import {mkdir, mkdtemp, rm} from "node:fs/promises";
import {relative, resolve} from "node:path";
import type {TestProject} from "vitest/node";
import {startServer} from "../../src/cli/serve.ts";

function run(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((ok, fail) => {
    // Output goes to the terminal so a failing build explains itself in the test log.
    const child = spawn(command, args, {stdio: ["ignore", "inherit", "inherit"], env});
    child.on("error", fail);
    child.on("exit", (code, signal) =>
      code === 0 ? ok() : fail(new Error(`${command} ${args.join(" ")} exited with ${signal ?? code}`))
    );
  });
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  let site: string;
  let temporary = false;
  if (process.env.NEWSPRISM_SKIP_BUILD === "1" && existsSync(resolve("dist", "index.html"))) {
    site = resolve("dist");
    console.error("[browser setup] NEWSPRISM_SKIP_BUILD=1: serving the existing dist/");
  } else {
    await mkdir("test-output", {recursive: true});
    site = await mkdtemp(resolve("test-output", "site-"));
    temporary = process.env.NEWSPRISM_KEEP_SITE !== "1";
    const started = Date.now();
    await run("npm", ["run", "build", "--silent"], {...process.env, NEWSPRISM_OUTPUT: relative(process.cwd(), site)});
    console.error(`[browser setup] build took ${((Date.now() - started) / 1000).toFixed(1)} s → ${relative(process.cwd(), site)}`);
  }
  const server = await startServer(site, 0);
  project.provide("baseUrl", server.url);
  project.provide("distDir", site);
  return async () => {
    await server.close();
    if (temporary) await rm(site, {recursive: true, force: true});
  };
}
