import {defineConfig} from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // Browser tests build the site once and share a server; run files one at a time
    // there, but keep unit tests parallel (two cores).
    testTimeout: 20_000,
    hookTimeout: 240_000,
    reporters: ["default"]
  }
});
