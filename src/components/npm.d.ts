/**
 * Types for the `npm:` specifiers components import. Framework serves `npm:@observablehq/plot`
 * and `npm:d3` from the vendored bundles (src/.observablehq/cache/_npm, see src/cli/vendor-npm.ts);
 * TypeScript only needs to know they are the installed packages.
 */
declare module "npm:@observablehq/plot" {
  export * from "@observablehq/plot";
}
declare module "npm:d3" {
  export * from "d3";
}
