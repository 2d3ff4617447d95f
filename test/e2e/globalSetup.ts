/**
 * Jest globalSetup: builds the web bundle once if this run includes end-to-end tests
 * (all tests, or a path filter matching test/e2e). The test workers find the build
 * through YIBAO_E2E_DIST, which they inherit from this process. Likewise the release, once, for
 * the test files that need it (YIBAO_RELEASE_DIR): two workers building it at once into one
 * folder would trip over each other.
 */
import { ensureRelease } from "../release/build";
import { ensureDist } from "./build";

interface GlobalConfig {
  testPathPattern?: string;
}

export default async function globalSetup(config: GlobalConfig): Promise<void> {
  const pattern = config.testPathPattern ?? "";
  const release = ["test/release/release.test.ts", "test/e2e/release.test.ts"];
  if (!pattern || release.some((file) => new RegExp(pattern, "i").test(file))) {
    const started = Date.now();
    const dir = ensureRelease();
    process.stderr.write(`
release: built in ${dir} (${Math.round((Date.now() - started) / 1000)} s)
`);
  }
  if (process.env.YIBAO_SKIP_E2E === "1") return;
  const e2e = [
    "test/e2e/standalone.test.ts",
    "test/e2e/claim.test.ts",
    "test/e2e/claimScale.test.ts",
    "test/e2e/match.test.ts",
    "test/e2e/policyTable.test.ts",
    "test/e2e/layout.test.ts",
  ];
  if (pattern && !e2e.some((file) => new RegExp(pattern, "i").test(file))) return;
  const given = process.env.YIBAO_E2E_DIST;
  const started = Date.now();
  const dir = ensureDist();
  if (dir !== given)
    process.stderr.write(
      `\ne2e: web bundle built in ${dir} (${Math.round((Date.now() - started) / 1000)} s)\n`
    );
}
