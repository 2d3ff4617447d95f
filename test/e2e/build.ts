/**
 * Builds the web bundle once for the end-to-end tests: `webpack --mode development` into
 * test-output/dist (not dist/, so a developer's own build is left alone). The jest
 * globalSetup (globalSetup.ts) calls it once per run and passes the folder to the test
 * workers in YIBAO_E2E_DIST; a test run on its own (no globalSetup) builds on first use.
 * Set YIBAO_E2E_DIST to an existing build (e.g. dist after `npm run build`) to skip building.
 */
import { execFileSync } from "child_process";
import { existsSync } from "fs";
import { dirname, join } from "path";

/** The project folder: the nearest with a package.json, since `npm run bench` runs this compiled from lib/. */
function projectRoot(from: string): string {
  for (let dir = from; ; dir = dirname(dir)) {
    if (existsSync(join(dir, "package.json"))) return dir;
    if (dirname(dir) === dir) throw new Error(`no package.json above ${from}`);
  }
}

export const ROOT = projectRoot(__dirname);
export const OUTPUT = join(ROOT, "test-output");

export function buildDist(outDir = join(OUTPUT, "dist")): string {
  const cli = require.resolve("webpack-cli/bin/cli.js", { paths: [ROOT] });
  execFileSync(process.execPath, [cli, "--mode", "development", "--env", `outputPath=${outDir}`], {
    cwd: ROOT,
    stdio: ["ignore", "ignore", "inherit"],
    env: { ...process.env, NODE_ENV: "development" },
  });
  if (!existsSync(join(outDir, "index.html"))) throw new Error(`webpack did not write ${outDir}/index.html`);
  return outDir;
}

/** The built web bundle's folder, building it if this run has none yet. */
export function ensureDist(): string {
  const given = process.env.YIBAO_E2E_DIST;
  if (given && existsSync(join(given, "index.html"))) return given;
  const dir = buildDist();
  process.env.YIBAO_E2E_DIST = dir;
  return dir;
}
