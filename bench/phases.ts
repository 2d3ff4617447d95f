/**
 * Where `yibao claim --out` spends its time and memory, phase by phase, in one process:
 * `node lib/bench/phases.js [rows]` (after `npm run build:core`). Heap and RSS after each phase.
 */
import fs from "fs";
import os from "os";
import path from "path";
import { dayFromParts } from "../src/core/dates";
import { buildClaim } from "../src/core/claim/build";
import { claimWorkbook } from "../src/core/claim/workbook";
import { getPolicy } from "../src/core/policy/registry";
import { readWorkbookFile } from "../src/io/files";
import { writeXlsx } from "../src/io/xlsxWriter";
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
  const wb = claimWorkbook(result, policy, { publicNotice: process.argv.includes("--public-notice") });
  step("spec");
  const bytes = await writeXlsx(wb.sheets);
  step("write");
  fs.writeFileSync(path.join(dir, "claim.xlsx"), bytes);
  step("save");
  clearInterval(timer);
  fs.rmSync(dir, { recursive: true, force: true });
}

main().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 2;
});

/*
 * Measured 2026-12-01 on this shared 2-core machine, 100,000 rows (node lib/bench/phases.js):
 *   read   3.7 s, heap 386 MB   (exceljs loads the whole roster's cell model)
 *   build  0.9 s, +40 MB
 *   spec   0.6 s, +80 MB        (the SheetSpecs' cell objects)
 *   write 18.8 s, peak RSS 2.1 GB: addSheet (exceljs cell model) 2.6 s / +500 MB, then
 *         wb.xlsx.writeBuffer 14.5 s / +700 MB and more at its peak; withQuotePrefix 0.3 s
 *         when no text needs the prefix.
 * The write path, exceljs's in-memory model and its writeBuffer, is where time and memory go.
 */
