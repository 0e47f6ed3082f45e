/**
 * First step of `npm test`: the browser tests drive Debian's Chromium at /usr/bin/chromium.
 * Present → exit 0. Missing and running as root → `apt-get update && apt-get install -y
 * chromium` (output streamed) and exit with its code. Otherwise print the command and exit 1.
 */
import {spawnSync} from "node:child_process";
import {existsSync} from "node:fs";

const CHROMIUM = "/usr/bin/chromium";
const INSTALL = "apt-get update && apt-get install -y chromium";

if (existsSync(CHROMIUM)) process.exit(0);

if (typeof process.getuid === "function" && process.getuid() === 0) {
  console.error(`[chromium] ${CHROMIUM} is missing; running: ${INSTALL}`);
  const result = spawnSync("sh", ["-c", INSTALL], {
    stdio: ["ignore", "inherit", "inherit"],
    env: {...process.env, DEBIAN_FRONTEND: "noninteractive"}
  });
  const code = result.status ?? 1;
  if (code === 0 && !existsSync(CHROMIUM)) {
    console.error(`[chromium] apt-get succeeded but ${CHROMIUM} still does not exist`);
    process.exit(1);
  }
  process.exit(code);
}

console.error(`[chromium] ${CHROMIUM} is missing. The browser tests need it. Install it with:\n  sudo sh -c '${INSTALL}'`);
process.exit(1);
