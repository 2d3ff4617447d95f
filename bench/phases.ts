/**
 * Where `yibao claim --out` spends its time and memory, phase by phase, in one process:
 * `node lib/bench/phases.js [rows]` (after `npm run build:core`). Heap and RSS after each phase.
 */
import fs from "fs";
import os from "os";
import path from "path";
import { dayFromParts } from "../src/core/dates";
import { buildClaim } from "../src/core/claim/build";
import { claimWorkbookRows } from "../src/core/claim/workbook";
import { getPolicy } from "../src/core/policy/registry";
import { readWorkbookFile } from "../src/io/files";
import { writeXlsxFile } from "../src/io/xlsxFile";
import { claimableCategories, rosterRows, writeRoster } from "./wholeFile";

async function main(): Promise<void> {
  const n = Number(process.argv[2] ?? 100_000);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "yibao-phases-"));
  const file = path.join(dir, "roster.xlsx");
  await writeRoster(file, rosterRows(n, claimableCategories()));
  let peak = 0;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 10);
  const mb = (b: number): string => `${Math.round(b / 1024 / 1024)} MB`;
  let t = performance.now();
  const step = (name: string): void => {
    const now = performance.now();
    const m = process.memoryUsage();
    peak = Math.max(peak, m.rss);
    console.log(`${name.padEnd(10)} ${Math.round(now - t)} ms  heap ${mb(m.heapUsed)}  rss ${mb(m.rss)}  peak rss ${mb(peak)}`);
    t = performance.now();
  };
  const policy = getPolicy("cq-pengshui-2025");
  const sheets = await readWorkbookFile(file);
  step("read");
  const result = buildClaim(sheets, policy, { date: dayFromParts(2024, 11, 15)! });
  step("build");
  // As `claim --out` does: the long sheets' rows are made as the writer asks for them.
  const wb = claimWorkbookRows(result, policy, { publicNotice: process.argv.includes("--public-notice") });
  step("spec");
  await writeXlsxFile(wb.sheets, path.join(dir, "claim.xlsx"));
  step("write");
  clearInterval(timer);
  fs.rmSync(dir, { recursive: true, force: true });
}

main().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 2;
});
