/**
 * End to end through the standalone page in headless Chromium: open a file, press
 * 检查任务分解表, read the findings, click one, fix, download, and check that no request
 * leaves 127.0.0.1. Screenshots go to test-output/ (a CJK font, fonts-wqy-microhei, must be
 * installed for the Chinese to be readable in them).
 *
 * Needs /usr/bin/chromium (or CHROMIUM_PATH) and fonts-wqy-microhei. The web bundle is built
 * once by the jest globalSetup (test/e2e/globalSetup.ts); YIBAO_E2E_DIST=<folder> uses an
 * existing build instead.
 */
import ExcelJS from "exceljs";
import { join } from "path";
import type { Page } from "playwright-core";
import { englishOnPage } from "./words";
import { e2eSuite, expectNothingLeft, useBrowser, WORK } from "./browser";
import { OUTPUT } from "./build";
import { set, shizhu as shizhuTable } from "../targets/fixtures";

jest.setTimeout(180_000);


type Row = (string | number | null)[];

async function writeXlsx(file: string, sheet: string, rows: Row[]): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(sheet);
  rows.forEach((r, i) => r.forEach((v, j) => v !== null && (ws.getCell(i + 1, j + 1).value = v)));
  await wb.xlsx.writeFile(file);
  return file;
}

/** 石柱 附件1 (下路街道发〔2024〕78号) with a wrong total in C18 and 柏树社区's 2417 stored as text in C7. */
function shizhu(): Row[] {
  return set(set(shizhuTable(), "C7", "2417"), "C18", 33800) as Row[];
}

/** 彭水 附件1 (大同府发〔2024〕31号) in mid-campaign: people paid and the two group rates per village. */
function pengshuiProgress(): Row[] {
  return [
    ["附件1"],
    ["大同镇2025年度村（社区）城乡居民基本医疗保险参保目标任务表"],
    [null, null, null, null, null, "单位：人"],
    ["序号", "村（社区）", "2025年度参保目标", "已缴费人数", "低收入人口参保率", "脱贫人口参保率"],
    [1, "大厂社区", 2490, 1800, 1, 0.995],
    [2, "大河村", 1273, 700, 0.96, 0.97],
    [3, "龙门村", 1645, 1645, 1, 1],
    [4, "马驴村", 1774, 1200, 1, 0.99],
    [null, "合 计", 7182, 5345, null, null],
  ];
}

/** A stand-in for Office.js in Excel: what the task pane and the settings use, recorded in window.__yb. */
const FAKE_OFFICE = `(function () {
  var yb = { store: { "yibao.policy": "hn-shuangqing-2025" }, saves: [], calcs: [], visibility: null };
  window.__yb = yb;
  var settings = {
    get: function (k) { return k in yb.store ? yb.store[k] : null; },
    set: function (k, v) { yb.store[k] = v; },
    remove: function (k) { delete yb.store[k]; },
    saveAsync: function (cb) { yb.saves.push(JSON.stringify(yb.store)); if (cb) cb({ status: "succeeded" }); },
    addHandlerAsync: function (type, h, cb) { if (cb) cb({ status: "succeeded" }); }
  };
  var info = { host: "Excel", platform: "PC" };
  window.Office = {
    HostType: { Excel: "Excel" },
    EventType: { SettingsChanged: "settingsChanged" },
    context: { document: { settings: settings }, requirements: { isSetSupported: function () { return true; } } },
    addin: { onVisibilityModeChanged: function (h) { yb.visibility = h; return Promise.resolve(function () { return Promise.resolve(); }); } },
    onReady: function (cb) { if (cb) setTimeout(function () { cb(info); }, 0); return Promise.resolve(info); }
  };
  var context = {
    workbook: {
      worksheets: { load: function () { return this; }, items: [] },
      application: { calculate: function (t) { yb.calcs.push(t); } }
    },
    sync: function () { return Promise.resolve(); }
  };
  window.Excel = { run: function (batch) { return batch(context); }, CalculationType: { full: "Full" } };
  window.CustomFunctions = { associate: function () {}, Error: function (code, message) { this.code = code; this.message = message; }, ErrorCode: {} };
})();`;

e2eSuite("standalone page (headless Chromium)", () => {
  const browser = useBrowser();

  function openPage(width: number): Promise<Page> {
    return browser.open(width, "#yb-check");
  }


  async function check(page: Page): Promise<void> {
    const before = await page.locator("#yb-results").innerHTML();
    await page.click("#yb-check");
    await page.waitForFunction((old) => {
      const el = document.querySelector("#yb-results");
      return !!el && el.innerHTML !== old && el.children.length > 0;
    }, before);
  }

  test("石柱 附件1 with a wrong total: findings, click to the cell, fixes, marks, download", async () => {
    const page = await openPage(1280);
    await expect(page.locator("#yb-privacy").textContent()).resolves.toBe("文件只在本机浏览器中处理，不会上传");

    await page.setInputFiles("#yb-file", await writeXlsx(join(WORK, "石柱附件1.xlsx"), "附件1", shizhu()));
    await page.waitForSelector("text=已打开：石柱附件1.xlsx");
    await page.selectOption("#yb-policy", "cq-shizhu-2025");
    await check(page);

    const sum = page.locator('.yb-finding[data-code="SUM_MISMATCH"]');
    await expect(sum.count()).resolves.toBe(1);
    await expect(sum.getAttribute("data-cell")).resolves.toBe("C18");
    const sumText = (await sum.textContent()) ?? "";
    expect(sumText).toContain("错误");
    expect(sumText).toContain("C18");
    expect(sumText).toContain("33800");
    expect(sumText).toContain("33828");
    // Errors first.
    const severities = await page.locator(".yb-finding").evaluateAll((els) => els.map((e) => (e.classList.contains("yb-finding-error") ? "error" : "warning")));
    expect(severities.indexOf("warning") === -1 || severities.lastIndexOf("error") < severities.indexOf("warning")).toBe(true);
    const text = page.locator('.yb-finding[data-code="TEXT_NUMBER"]');
    await expect(text.getAttribute("data-cell")).resolves.toBe("C7");
    // The SUM fix says to convert C7 first (SUM skips text).
    await expect(sum.locator(".yb-fix-note").textContent()).resolves.toContain("C7");

    // What the clerk reads is Chinese: no code, key, policy id or flag on the page.
    await expect(englishOnPage(page)).resolves.toEqual([]);
    // The date box shows 2026-12-01 style dates in any browser (no type=date, whose display is
    // the browser's 12/01/2026), and takes 2024年11月30日.
    await expect(page.getAttribute("#yb-asof", "type")).resolves.not.toBe("date");
    await expect(page.inputValue("#yb-asof")).resolves.toMatch(/^\d{4}-\d{2}-\d{2}$/);
    await page.fill("#yb-asof", "2024年11月30日");
    await page.locator("#yb-asof").dispatchEvent("change");
    await expect(page.inputValue("#yb-asof")).resolves.toBe("2024-11-30");

    // The cells are marked in the preview; clicking a finding selects its cell.
    await expect(page.locator('td[data-cell="C18"]').getAttribute("class")).resolves.toContain("yb-mark-error");
    await expect(page.locator('td[data-cell="C7"]').getAttribute("class")).resolves.toContain("yb-mark-warning");
    await sum.locator(".yb-finding-main").click();
    await expect(page.locator('td[data-cell="C18"]').getAttribute("class")).resolves.toContain("yb-selected");
    await page.screenshot({ path: join(OUTPUT, "standalone-targets.png"), fullPage: true });

    // The narrow task-pane width: same findings, nothing cut off sideways.
    await page.setViewportSize({ width: 320, height: 900 });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(overflow).toBeLessThanOrEqual(320);
    await page.screenshot({ path: join(OUTPUT, "standalone-targets-320.png"), fullPage: false });
    await page.setViewportSize({ width: 1280, height: 900 });

    // 清除标记 removes every mark in one click.
    await page.click("#yb-clear");
    await page.waitForSelector("text=已清除本工具加的标记。");
    await expect(page.locator("td.yb-mark-error, td.yb-mark-warning").count()).resolves.toBe(0);

    // One-click fixes: text to number first (SUM skips text, as in Excel), then the total as =SUM.
    await text.locator(".yb-fix").click();
    await page.waitForSelector('.yb-finding[data-code="TEXT_NUMBER"]', { state: "detached" });
    await expect(page.locator('td[data-cell="C7"]').textContent()).resolves.toBe("2417");
    await page.locator('.yb-finding[data-code="SUM_MISMATCH"] .yb-fix').click();
    await page.waitForSelector('.yb-finding[data-code="SUM_MISMATCH"]', { state: "detached" });
    await expect(page.locator('td[data-cell="C18"]').textContent()).resolves.toBe("33828");
    await expect(page.locator(".yb-finding-error").count()).resolves.toBe(0);

    // The annotated workbook is made in the page and handed over as a download.
    const [download] = await Promise.all([page.waitForEvent("download"), page.click("#yb-export")]);
    expect(download.suggestedFilename()).toBe("石柱附件1-检查结果.xlsx");
    const saved = join(WORK, download.suggestedFilename());
    await download.saveAs(saved);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(saved);
    expect(wb.worksheets.map((w) => w.name)).toEqual(["附件1", "检查结果"]);
    const total = wb.getWorksheet("附件1")!.getCell("C18").value as { formula?: string };
    expect(total.formula).toBe("SUM(C6:C17)");
    expect(wb.getWorksheet("附件1")!.getCell("C7").value).toBe(2417);

    // A message about this tab does not stay on another one.
    await expect(page.locator(".yb-status").isHidden()).resolves.toBe(false);
    await page.click("#yb-tab-claim");
    await expect(page.locator(".yb-status").isHidden()).resolves.toBe(true);
    await expect(englishOnPage(page)).resolves.toEqual([]);
    // The claim's date box: its label a whole sentence, not "未填缴费日期的按" before the box;
    // the date shown as 2026-12-01, not the browser's 12/01/2026, and 2026年12月1日 taken.
    await expect(page.locator('label[for="yb-claim-date"]').textContent()).resolves.toBe("花名册未填缴费日期的，按此日期缴费计");
    await expect(page.getAttribute("#yb-claim-date", "type")).resolves.not.toBe("date");
    await expect(page.inputValue("#yb-claim-date")).resolves.toMatch(/^\d{4}-\d{2}-\d{2}$/);
    await page.fill("#yb-claim-date", "2026年12月1日");
    await page.locator("#yb-claim-date").dispatchEvent("change");
    await expect(page.inputValue("#yb-claim-date")).resolves.toBe("2026-12-01");
    await page.click("#yb-tab-targets");

    // The blank template downloads too.
    const [template] = await Promise.all([page.waitForEvent("download"), page.click("#yb-template")]);
    expect(template.suggestedFilename()).toMatch(/模板\.xlsx$/);
    await page.close();
  });

  test("彭水 progress at a 320 px pane: table, grade, work fund and the chart", async () => {
    const page = await openPage(320);
    await page.setInputFiles("#yb-file", await writeXlsx(join(WORK, "彭水进度.xlsx"), "附件1", pengshuiProgress()));
    await page.waitForSelector("text=已打开：彭水进度.xlsx");
    await page.selectOption("#yb-policy", "cq-pengshui-2025");
    await page.fill("#yb-asof", "2024-11-30");
    await page.fill("#yb-assigned", "7182");
    await check(page);

    const rows = page.locator("#yb-progress tbody tr");
    await expect(rows.count()).resolves.toBe(4);
    const daHe = (await rows.nth(1).textContent()) ?? "";
    expect(daHe).toContain("大河村");
    expect(daHe).toContain("55%");
    expect(daHe).toContain("65%");
    await expect(page.locator('.yb-finding[data-code="BEHIND_SCHEDULE"][data-cell="D6"]').count()).resolves.toBe(1);
    await expect(page.locator("#yb-progress svg.yb-chart rect").count()).resolves.toBe(4);
    await expect(page.locator("#yb-progress .yb-chart-due-label").textContent()).resolves.toBe("应完成 65%");
    const longMan = (await rows.nth(2).textContent()) ?? "";
    expect(longMan).toContain("100%");
    expect(longMan).toContain("A");
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await page.locator("#yb-progress").scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(OUTPUT, "standalone-progress-320.png"), fullPage: true });
    await page.close();
  });

  test("政策设置 on a 1366×768 screen takes the page's width: summary beside the open values, each value's words beside its boxes", async () => {
    const page = await openPage(1366);
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.selectOption("#yb-policy", "cq-tongnan-2025");
    await page.click("#yb-tab-settings");
    await page.waitForSelector("#yb-settings-open");
    const box = async (sel: string) => (await page.locator(sel).boundingBox())!;
    const panel = await box("#yb-panel-settings");
    const summary = await box("#yb-settings-summary");
    const open = await box("#yb-settings-open");
    // Not a fixed column of about 370 px with two thirds of the screen empty.
    expect(panel.width).toBeGreaterThan(1366 * 0.8);
    expect(open.x).toBeGreaterThan(summary.x + summary.width - 1);
    expect(open.width).toBeGreaterThan(600);
    expect(Math.abs(open.y - summary.y)).toBeLessThan(2);
    // Each open value: the notice's words and the boxes side by side.
    const first = page.locator("#yb-settings-open .yb-open-body").first();
    const columns = await first.evaluate((el) => getComputedStyle(el).gridTemplateColumns.split(" ").length);
    expect(columns).toBe(2);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1366);
    await page.screenshot({ path: join(OUTPUT, "standalone-settings-1366.png"), fullPage: false });
    // Every panel of the page, the shown one and the hidden ones, speaks Chinese only.
    await expect(englishOnPage(page)).resolves.toEqual([]);
    // The scan reads hidden panels and attributes too: a planted code and flag are found.
    await page.evaluate(() => {
      const p = document.createElement("p");
      p.textContent = "【错误 NOT_INTEGER】";
      p.title = "用 --set 提供";
      document.querySelector("#yb-panel-claim")!.append(p);
    });
    await expect(page.locator("#yb-panel-claim").isVisible()).resolves.toBe(false);
    await expect(englishOnPage(page)).resolves.toEqual([expect.stringContaining("NOT_INTEGER"), expect.stringContaining("--set")]);
    await page.close();
  });

  test("the task pane outside Excel asks for Office.js from Microsoft's CDN only, and says to open it in Excel", async () => {
    const page = await browser.context.newPage();
    const seen: string[] = [];
    page.on("request", (r) => seen.push(r.url()));
    await page.goto(`${browser.server.origin}/taskpane.html`);
    await page.waitForSelector("text=请在 Excel 中打开本加载项");
    const outside = seen.filter((u) => !u.startsWith(browser.server.origin + "/"));
    expect(outside).toEqual(["https://appsforoffice.microsoft.com/lib/1/hosted/office.js"]);
    await page.close();
  });

  test("the task pane in Excel (Office.js faked) opens on 政策设置, again when the ribbon button shows it; 保存 goes into the workbook", async () => {
    const page = await browser.context.newPage();
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));
    // Office.js replaced by a stand-in: the document's settings, Excel.run for the recalculation,
    // and the visibility event the shared runtime raises when the ribbon button shows the pane.
    await page.route("https://appsforoffice.microsoft.com/**", (route) => route.fulfill({ contentType: "text/javascript", body: FAKE_OFFICE }));
    await page.goto(`${browser.server.origin}/taskpane.html`);
    await page.waitForSelector("#yb-settings-summary");
    await expect(page.locator("#yb-tab-settings").getAttribute("aria-selected")).resolves.toBe("true");
    await expect(page.locator("#yb-panel-settings").isVisible()).resolves.toBe(true);
    await expect(page.locator("#yb-policy").inputValue()).resolves.toBe("hn-shuangqing-2025");
    await expect(page.locator("#yb-settings-open").textContent()).resolves.toContain("保存在本工作簿中");
    // The task pane's every panel, shown or not, speaks Chinese only.
    await expect(englishOnPage(page)).resolves.toEqual([]);

    await page.locator('#yb-settings-open [data-key="fiscalSubsidy"] input').fill("670");
    await page.click("#yb-settings-save");
    await page.waitForSelector(".yb-status-success >> text=已保存到本工作簿");
    const office = await page.evaluate(() => (window as unknown as { __yb: { store: Record<string, unknown>; saves: string[]; calcs: string[] } }).__yb);
    expect(office.store["yibao.supplied"]).toEqual({ fiscalSubsidy: 670 });
    expect(office.saves).toHaveLength(1);
    expect(office.calcs).toEqual(["Full"]);

    // On another tab, the pane is closed and the 政策设置 button shows it again.
    await page.click("#yb-tab-claim");
    await expect(page.locator("#yb-panel-settings").isVisible()).resolves.toBe(false);
    await page.evaluate(() => (window as unknown as { __yb: { visibility: (m: unknown) => void } }).__yb.visibility({ visibilityMode: "Taskpane" }));
    await expect(page.locator("#yb-tab-settings").getAttribute("aria-selected")).resolves.toBe("true");
    await expect(page.locator("#yb-panel-settings").isVisible()).resolves.toBe(true);
    await page.screenshot({ path: join(OUTPUT, "taskpane-settings.png"), fullPage: true });
    await expect(englishOnPage(page)).resolves.toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  test("no request of the standalone page left 127.0.0.1 and the page raised no errors", () => expectNothingLeft(browser));
});
