/**
 * The standalone page at county scale: in headless Chromium, a 200,000-row 彭水 roster (.xlsx)
 * is opened, its claim built and downloaded (test/e2e/county.ts), measuring the tab's memory
 * (its renderer process, where the Web Worker runs too), the longest task of the page and
 * the progress bar's steps. Where Chromium is missing it says so and measures nothing.
 */
import { existsSync, mkdtempSync, rmSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { runCountyPage } from "../test/e2e/county";
import { CHROMIUM, launchChromium } from "../test/e2e/launch";
import { claimableCategories, rosterRows, writeRoster } from "./wholeFile";

export interface PageBenchRow {
  name: string;
  measured: string;
  target: string;
  ok: boolean;
}

const fmt = (n: number): string => Math.round(n).toLocaleString("en-US");
const DURING = { open: "打开文件时", claim: "生成时", download: "下载时" } as const;

export async function benchPage(
  rows: number,
  log: (line: string) => void
): Promise<PageBenchRow[]> {
  if (!existsSync(CHROMIUM)) {
    log(`网页版：本机没有 Chromium（${CHROMIUM}），无法测量。`);
    return [];
  }
  const dir = mkdtempSync(join(tmpdir(), "yibao-bench-page-"));
  const browser = await launchChromium();
  const requests: string[] = [];
  const pageErrors: string[] = [];
  try {
    const file = join(dir, `花名册-${rows}.xlsx`);
    await writeRoster(file, rosterRows(rows, claimableCategories()));
    const name = `网页版 ${fmt(rows / 10_000)} 万行`;
    let f;
    try {
      f = await runCountyPage(
        { ...browser, requests, pageErrors },
        file,
        rows,
        "cq-pengshui-2025",
        1_800_000
      );
    } catch (e) {
      const why = (e instanceof Error ? e.message : String(e)).split("\n")[0].slice(0, 200);
      return [
        {
          name,
          measured: `未完成：${why}${pageErrors.length ? `（页面错误：${pageErrors[0].slice(0, 200)}）` : ""}`,
          target: "读取、生成、下载完成",
          ok: false,
        },
      ];
    }
    log(
      `${name}：打开 ${fmt(f.openMs)} 毫秒，生成 ${fmt(f.claimMs)} 毫秒，下载 ${fmt(f.downloadMs)} 毫秒；进度 ${f.steps.join(" → ")}（${f.percents.length} 次变化）`
    );
    return [
      {
        name: `${name} 内存`,
        measured: `峰值 ${fmt(f.peakMb)} MB（标签页的渲染进程，含 Worker；打开文件时 ${fmt(f.peakOpenMb)}，生成时 ${fmt(f.peakClaimMb)}）`,
        target: "< 1,024 MB",
        ok: f.peakMb < 1024,
      },
      {
        name: `${name} 最长任务`,
        // The long-task API reports only tasks over 50 ms: none is "0".
        measured: f.longestTaskMs === 0 ? "没有超过 50 毫秒的任务" : `${fmt(f.longestTaskMs)} 毫秒（超过 200 毫秒 ${f.tasksOver200} 个${f.slowTasks.length ? `：${f.slowTasks.map((t) => `${DURING[t.during]} ${fmt(t.ms)} 毫秒`).join("、")}` : ""}）`,
        target: "≤ 200 毫秒",
        ok: f.longestTaskMs <= 200,
      },
      {
        name: `${name} 进度步骤`,
        measured: f.steps.join(" → "),
        target: "read → build → write",
        ok: f.steps.join(",") === "read,build,write",
      },
    ];
  } finally {
    await browser.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
