/**
 * Jest globalSetup: builds the web bundle once if this run includes end-to-end tests
 * (all tests, or a path filter matching test/e2e). The test workers find the build
 * through YIBAO_E2E_DIST, which they inherit from this process.
 */
import { ensureDist } from "./build";

interface GlobalConfig {
  testPathPattern?: string;
}

export default async function globalSetup(config: GlobalConfig): Promise<void> {
  if (process.env.YIBAO_SKIP_E2E === "1") return;
  const pattern = config.testPathPattern ?? "";
  const e2e = ["test/e2e/standalone.test.ts", "test/e2e/claim.test.ts", "test/e2e/claimScale.test.ts", "test/e2e/match.test.ts"];
  if (pattern && !e2e.some((file) => new RegExp(pattern, "i").test(file))) return;
  const given = process.env.YIBAO_E2E_DIST;
  const started = Date.now();
  const dir = ensureDist();
  if (dir !== given) process.stderr.write(`\ne2e: web bundle built in ${dir} (${Math.round((Date.now() - started) / 1000)} s)\n`);
}
