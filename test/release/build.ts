/**
 * Runs `npm run release` (scripts/release/release.js) for the tests, with a base URL of our own.
 * The release test and the release's e2e test share one run: the first to need it builds into
 * test-output/release and leaves the folder in YIBAO_RELEASE_DIR, which later test files of the
 * same jest run (one worker) find; set it to an existing release's output to skip building.
 */
import { execFileSync } from "child_process";
import { existsSync, readFileSync } from "fs";
import { join } from "path";
import { OUTPUT, ROOT } from "../e2e/build";

export const BASE_URL = "https://yibao.example.gov.cn/yibao/";

export const VERSION: string = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")).version;
export const NAME = `医保助手-${VERSION}`;

/** Runs the release into `out`; returns `out`. */
export function runRelease(out: string): string {
  execFileSync(
    process.execPath,
    [join(ROOT, "scripts/release/release.js"), "--base-url", BASE_URL, "--out", out],
    {
      cwd: ROOT,
      stdio: ["ignore", "ignore", "inherit"],
      env: { ...process.env, YIBAO_BASE_URL: "" },
    }
  );
  return out;
}

/** The output folder of one release run (holding 医保助手-<version>/, its zip and SHA256SUMS). */
export function ensureRelease(): string {
  const given = process.env.YIBAO_RELEASE_DIR;
  if (given && existsSync(join(given, "SHA256SUMS"))) return given;
  const out = runRelease(join(OUTPUT, "release"));
  process.env.YIBAO_RELEASE_DIR = out;
  return out;
}
