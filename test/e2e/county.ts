/**
 * A county's roster through the standalone page, measured: shared by the e2e test
 * (test/e2e/claimScale.test.ts, 20,000 rows, in `npm test`) and `npm run bench` (200,000
 * rows, bench/page.ts). The page opens a generated 彭水 roster (.xlsx, six columns, valid ids),
 * builds the claim and downloads the claim workbook, while it records:
 *   - every long task of the page (PerformanceObserver "longtask": a task over 50 ms);
 *   - each change of the claim's progress bar (its step and percent);
 *   - the resident memory of the tab's renderer process (where its Web Worker runs too),
 *     sampled every 50 ms from /proc.
 */
/// <reference lib="dom" />
import { readdirSync, readFileSync } from "fs";
import type { BrowserContext, Page } from "playwright-core";

/** What a run needs of the browser (useBrowser's in the tests, launchChromium's in the bench). */
export interface PageBrowser {
  readonly context: BrowserContext;
  readonly server: { origin: string };
  readonly profile: string;
  readonly requests: string[];
  readonly pageErrors: string[];
}

export interface PageFigures {
  rows: number;
  /** Longest task of the page from opening the file to the download, in ms. */
  longestTaskMs: number;
  /** Tasks over 200 ms. */
  tasksOver200: number;
  /** Those tasks: how long, when (ms after the file was chosen) and in which part of the run. */
  slowTasks: { ms: number; atMs: number; during: "open" | "claim" | "download" }[];
  /** The progress bar's steps in order, each once (read, build, write). */
  steps: string[];
  /** Every percent the bar showed, in order. */
  percents: number[];
  /** Peak resident memory of the tab's renderer process, in MB: overall, while opening the file, while building and writing the claim. */
  peakMb: number;
  peakOpenMb: number;
  peakClaimMb: number;
  openMs: number;
  claimMs: number;
  downloadMs: number;
  /** The downloaded workbook. */
  download: Buffer;
  downloadName: string;
  /** The page's figures as it shows them. */
  shown: { input: number; people: number; merged: number; rejected: number; subsidy: number };
}

declare global {
  interface Window {
    /** Long tasks: when each began (ms since the epoch) and how long it took. */
    ybLongTasks: { at: number; ms: number }[];
    ybBar: { step: string; pct: number }[];
  }
}

/** Records long tasks and the progress bar from the page's first script on. */
export async function watchPage(page: Page): Promise<void> {
  await page.addInitScript(() => {
    window.ybLongTasks = [];
    window.ybBar = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries())
        window.ybLongTasks.push({ at: performance.timeOrigin + e.startTime, ms: e.duration });
    }).observe({ type: "longtask", buffered: true });
    const watch = (): void => {
      new MutationObserver(() => {
        const bar = document.getElementById("yb-claim-progress");
        if (!bar || bar.hidden) return;
        const pct = Number(bar.getAttribute("aria-valuenow"));
        const step = bar.dataset.step ?? "";
        const last = window.ybBar[window.ybBar.length - 1];
        if (!last || last.pct !== pct || last.step !== step) window.ybBar.push({ step, pct });
      }).observe(document.body, {
        subtree: true,
        attributes: true,
        attributeFilter: ["aria-valuenow", "data-step"],
      });
    };
    if (document.body) watch();
    else document.addEventListener("DOMContentLoaded", watch);
  });
}

/** Processes by pid: parent, resident KB and command line. */
function processes(): Map<number, { ppid: number; kb: number; args: string }> {
  const out = new Map<number, { ppid: number; kb: number; args: string }>();
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const status = readFileSync(`/proc/${entry}/status`, "utf8");
      const args = readFileSync(`/proc/${entry}/cmdline`, "utf8").replace(/\0/g, " ");
      out.set(Number(entry), {
        ppid: Number(/PPid:\s+(\d+)/.exec(status)?.[1] ?? 0),
        kb: Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0),
        args,
      });
    } catch {
      // The process ended while we looked.
    }
  }
  return out;
}

/** The largest renderer of the Chromium that uses `profile`: the tab at work, with its worker. */
export function rendererKb(profile: string): number {
  const all = processes();
  const roots = [...all]
    .filter(([, p]) => p.args.includes(`--user-data-dir=${profile}`) && !p.args.includes("--type="))
    .map(([pid]) => pid);
  let kb = 0;
  for (const [pid, p] of all) {
    if (!p.args.includes("--type=renderer")) continue;
    for (let q: number | undefined = pid; q; q = all.get(q)?.ppid) {
      if (roots.includes(q)) {
        kb = Math.max(kb, p.kb);
        break;
      }
    }
  }
  return kb;
}

const dataValue = (page: Page, selector: string): Promise<number> =>
  page
    .locator(selector)
    .getAttribute("data-value")
    .then((v) => Number(v));

/** Opens `file` on a fresh page, builds the claim under `policy` and downloads it, measuring. */
export async function runCountyPage(
  browser: PageBrowser,
  file: string,
  rows: number,
  policy: string,
  timeoutMs: number
): Promise<PageFigures> {
  const page = await browser.context.newPage();
  page.on("pageerror", (e) => browser.pageErrors.push(e.message));
  page.on("request", (r) => browser.requests.push(r.url()));
  page.setDefaultTimeout(timeoutMs);
  await watchPage(page);
  await page.goto(`${browser.server.origin}/index.html`);
  await page.waitForSelector("#yb-claim-run", { state: "attached" });
  await page.selectOption("#yb-policy", policy);
  await page.click('.yb-tab:has-text("生成资助申报表")');
  // What loading the page cost is not the clerk's file: count from here.
  await page.evaluate(() => (window.ybLongTasks = []));
  let peakKb = 0;
  const phase = { open: 0, claim: 0 };
  let now: keyof typeof phase = "open";
  const sampler = setInterval(() => {
    const kb = rendererKb(browser.profile);
    peakKb = Math.max(peakKb, kb);
    phase[now] = Math.max(phase[now], kb);
  }, 50);
  try {
    const t0 = Date.now();
    await page.setInputFiles("#yb-file", file);
    await page.waitForSelector(`text=已打开：${file.replace(/^.*\//, "")}`);
    await page.waitForSelector("#yb-claim-sheets .yb-sheet-item");
    const t1 = Date.now();
    now = "claim";
    await page.click("#yb-claim-run");
    await page.waitForSelector("#yb-claim-download");
    const t2 = Date.now();
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.click("#yb-claim-download"),
    ]);
    const path = await download.path();
    const t3 = Date.now();
    const longTasks = await page.evaluate(() => window.ybLongTasks);
    const bar = await page.evaluate(() => window.ybBar);
    const shown = {
      input: await dataValue(page, "#yb-claim-input"),
      people: await dataValue(page, "#yb-claim-people"),
      merged: await dataValue(page, "#yb-claim-merged"),
      rejected: await dataValue(page, "#yb-claim-rejected"),
      subsidy: await dataValue(page, "#yb-claim-subsidy"),
    };
    const steps: string[] = [];
    for (const b of bar) if (steps[steps.length - 1] !== b.step) steps.push(b.step);
    return {
      rows,
      longestTaskMs: Math.max(0, ...longTasks.map((t) => t.ms)),
      tasksOver200: longTasks.filter((t) => t.ms > 200).length,
      slowTasks: longTasks
        .filter((t) => t.ms > 200)
        .map((t) => ({
          ms: Math.round(t.ms),
          atMs: Math.round(t.at - t0),
          during: t.at < t1 ? "open" : t.at < t2 ? "claim" : "download",
        })),
      steps,
      percents: bar.map((b) => b.pct),
      peakMb: peakKb / 1024,
      peakOpenMb: phase.open / 1024,
      peakClaimMb: phase.claim / 1024,
      openMs: t1 - t0,
      claimMs: t2 - t1,
      downloadMs: t3 - t2,
      download: readFileSync(path),
      downloadName: download.suggestedFilename(),
      shown,
    };
  } finally {
    clearInterval(sampler);
    await page.close();
  }
}
