import {defineConfig} from "vitest/config";

/**
 * Two projects:
 * - unit: everything under test/ except test/browser (parallel, two cores).
 * - browser: test/browser/**, one production build + static server shared through a global
 *   setup, files one at a time (each launches Chromium; two at once starve a 2-core machine).
 * Run one: `npx vitest run --project unit`.
 */
export default defineConfig({
  test: {
    reporters: ["default", "./test/summary-reporter.ts"],
    projects: [
      {
        test: {
          name: "unit",
          include: ["test/**/*.test.ts"],
          exclude: ["test/browser/**", "**/node_modules/**"],
          testTimeout: 20_000
        }
      },
      {
        test: {
          name: "browser",
          include: ["test/browser/**/*.test.ts"],
          globalSetup: ["test/browser/setup.ts"],
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 300_000
        }
      }
    ]
  }
});
