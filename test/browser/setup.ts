/**
 * Global setup of the `browser` vitest project: build the site once (`npm run build`, which
 * vendors the npm cache first and honours NEWSPRISM_CORPUS), serve dist/ on a free loopback
 * port, and hand the URL to the tests (`inject("baseUrl")`, see harness.ts). Teardown stops
 * the server.
 *
 * NEWSPRISM_SKIP_BUILD=1 reuses an existing dist/ — handy while writing browser tests.
 */
import {spawn} from "node:child_process";
import {existsSync} from "node:fs";
import {resolve} from "node:path";
import type {TestProject} from "vitest/node";
import {startServer} from "../../src/cli/serve.ts";

function run(command: string, args: string[]): Promise<void> {
  return new Promise((ok, fail) => {
    // Output goes to the terminal so a failing build explains itself in the test log.
    const child = spawn(command, args, {stdio: ["ignore", "inherit", "inherit"], env: process.env});
    child.on("error", fail);
    child.on("exit", (code, signal) =>
      code === 0 ? ok() : fail(new Error(`${command} ${args.join(" ")} exited with ${signal ?? code}`))
    );
  });
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const dist = resolve("dist");
  if (process.env.NEWSPRISM_SKIP_BUILD === "1" && existsSync(resolve(dist, "index.html"))) {
    console.error("[browser setup] NEWSPRISM_SKIP_BUILD=1: reusing dist/");
  } else {
    const started = Date.now();
    await run("npm", ["run", "build", "--silent"]);
    console.error(`[browser setup] build took ${((Date.now() - started) / 1000).toFixed(1)} s`);
  }
  const server = await startServer(dist, 0);
  project.provide("baseUrl", server.url);
  project.provide("distDir", dist);
  return () => server.close();
}
