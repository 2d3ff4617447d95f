/**
 * 生成资助申报表 end to end through the standalone page in headless Chromium: open a 石柱
 * workbook of four departments' rosters with the usual faults, choose the policy, map the
 * one header the core does not know, press the button, and check that the page shows what
 * the core's buildClaim gives on the same file (the equation 输入行数 = 人数 + 合并 + 未通过,
 * the totals, the lines, the rejected rows and their reasons); click a rejected row to its
 * cell; download the claim workbook and the blank templates; a 双清 CSV with a value the
 * notice leaves open, filled in on the 政策设置 tab, and the fiscal subsidy a late payer pays,
 * saved there and used by the claim. Screenshots at desktop width and at 320 px go to
 * test-output/. No request may leave 127.0.0.1.
 *
 * Same set-up as standalone.test.ts (build once in globalSetup, static server, Chromium with
 * a fresh profile); YIBAO_SKIP_E2E=1 skips it.
 */
import ExcelJS from "exceljs";
import { readFileSync, writeFileSync } from "fs";
import { join } from "path";
import type { Page } from "playwright-core";
import { buildClaim, ClaimResult } from "../../src/core/claim/build";
import { claimWorkbook } from "../../src/core/claim/workbook";
import { getPolicy } from "../../src/core/policy/registry";
import type { CellValue, SheetData } from "../../src/core/sheet/address";
import { toCsv } from "../../src/io/csv";
import { readWorkbookBytes } from "../../src/io/workbook";
import { writeXlsx } from "../../src/io/xlsxWriter";
import { openValues } from "../../src/core/policy/openValues";
import { asSpecs, shizhuRosters, shuangqingLateRoster, shuangqingRoster, SZ_IDS, withCheck } from "../claim/fixtures";
import { englishOnPage } from "./words";
import { e2eSuite, expectNothingLeft, useBrowser, WORK } from "./browser";
import { OUTPUT } from "./build";

jest.setTimeout(180_000);


/** The fixture's three rosters and a fourth whose category column is headed 对象属性 (not a known name). */
function shizhuWorkbook(): SheetData[] {
  const xiangcun: CellValue[][] = [
    ["序号", "姓名", "身份证号码", "对象属性", "参保档次", "村（社区）"],
    [1, "钟廿四", withCheck("50024019680301024"), "返贫致贫人口", "二档", "高平村"],
    [2, "汪廿五", withCheck("50024019790412025"), "边缘易致贫户", "一档", "湖海村"],
    // 李二 is also on 民政's list (特困, 400): the higher identity stays, this row is merged.
    [3, "李二", SZ_IDS.li2, "脱贫不稳定户", "二档", "柏树社区"],
  ];
  return [...shizhuRosters(), { name: "乡村振兴", rows: xiangcun }];
}

function dataValue(page: Page, selector: string): Promise<number> {
  return page.locator(selector).getAttribute("data-value").then((v) => Number(v));
}

e2eSuite("生成资助申报表 on the standalone page (headless Chromium)", () => {
  const browser = useBrowser();

  function openPage(width: number): Promise<Page> {
    return browser.open(width, "#yb-claim-run");
  }


  async function openFile(page: Page, file: string, policy: string): Promise<void> {
    await page.setInputFiles("#yb-file", file);
    await page.waitForSelector(`text=已打开：${file.replace(/^.*\//, "")}`);
    await page.selectOption("#yb-policy", policy);
    await page.click('.yb-tab:has-text("生成资助申报表")');
    await page.waitForSelector("#yb-claim-sheets .yb-sheet-item");
  }

  async function generate(page: Page): Promise<void> {
    const before = await page.locator("#yb-claim-results").innerHTML();
    await page.click("#yb-claim-run");
    await page.waitForFunction((old) => {
      const el = document.querySelector("#yb-claim-results");
      return !!el && el.innerHTML !== old && !!el.querySelector("#yb-claim-summary");
    }, before);
  }

  async function expectSummary(page: Page, expected: ClaimResult): Promise<void> {
    await expect(dataValue(page, "#yb-claim-input")).resolves.toBe(expected.inputRows);
    await expect(dataValue(page, "#yb-claim-people")).resolves.toBe(expected.people.length);
    await expect(dataValue(page, "#yb-claim-merged")).resolves.toBe(expected.merged.length);
    await expect(dataValue(page, "#yb-claim-rejected")).resolves.toBe(expected.rejected.length);
    await expect(dataValue(page, "#yb-claim-subsidy")).resolves.toBe(expected.totals.subsidy);
    await expect(dataValue(page, "#yb-claim-personal")).resolves.toBe(expected.totals.personal);
    await expect(dataValue(page, "#yb-claim-standard")).resolves.toBe(expected.totals.standard);
  }

  test("石柱: four rosters with faults, a header to map, the summary equals the core's, click to a cell, download", async () => {
    const sheets = shizhuWorkbook();
    const file = join(WORK, "石柱花名册.xlsx");
    writeFileSync(file, await writeXlsx(asSpecs(sheets)));
    const policy = getPolicy("cq-shizhu-2025");
    // What the core makes of the same file, read the same way (exceljs), with the same choices.
    const read = await readWorkbookBytes(new Uint8Array(readFileSync(file)), "石柱花名册.xlsx");
    const names = ["民政", "残联", "卫健", "乡村振兴"];
    const expected = buildClaim(read, policy, { sheets: names, mapping: { category: "对象属性" }, date: policy.collectionEnd, supplied: {} });
    expect(expected.inputRows).toBe(expected.people.length + expected.merged.length + expected.rejected.length);
    const codes = new Set(expected.rejected.map((r) => r.code));
    for (const c of ["ID", "CATEGORY", "NAME_CONFLICT"]) expect(codes).toContain(c);

    const page = await openPage(1280);
    await openFile(page, file, "cq-shizhu-2025");

    // The rosters are preselected; 乡村振兴 lacks 人员类别 and asks for a column.
    const items = page.locator("#yb-claim-sheets .yb-sheet-item");
    await expect(items.count()).resolves.toBe(4);
    const checked = await page.locator('#yb-claim-sheets input[type="checkbox"]').evaluateAll((els) => els.map((e) => [(e as HTMLInputElement).dataset.sheet, (e as HTMLInputElement).checked]));
    expect(checked).toEqual(names.map((n) => [n, true]));
    await expect(page.locator('.yb-sheet-item[data-sheet="乡村振兴"] .yb-sheet-meta').textContent()).resolves.toContain("缺少：人员类别");
    await expect(page.locator('.yb-sheet-item[data-sheet="民政"] .yb-sheet-meta').textContent()).resolves.toContain("表头在第1行");
    await expect(page.locator('.yb-sheet-item[data-sheet="残联"] .yb-sheet-meta').textContent()).resolves.toContain("表头在第3行");

    // Pressing the button before choosing the column says what is missing.
    await page.click("#yb-claim-run");
    await page.waitForSelector(".yb-status-error >> text=“乡村振兴”还缺少：人员类别");

    const map = page.locator('select[data-sheet="乡村振兴"][data-field="category"]');
    const options = await map.locator("option").allTextContents();
    expect(options).toContain("D列：对象属性");
    await map.selectOption({ label: "D列：对象属性" });
    await expect(page.locator('.yb-sheet-item[data-sheet="乡村振兴"] .yb-sheet-meta').textContent()).resolves.toContain("表头在第1行");
    await page.check("#yb-claim-notice");
    await generate(page);

    // The equation and the totals are the core's.
    await expectSummary(page, expected);
    const balance = (await page.locator("#yb-claim-balance").textContent()) ?? "";
    expect(balance).toContain("输入行数");
    expect(balance).toContain("人数");
    expect(balance).toContain("合并");
    expect(balance).toContain("未通过");
    await expect(page.locator("#yb-claim-ignored").textContent()).resolves.toContain(`另有 ${expected.ignored.length} 行不是数据`);

    // The claim lines.
    const lines = page.locator("#yb-claim-lines tbody tr.yb-line");
    await expect(lines.count()).resolves.toBe(expected.lines.length);
    for (let i = 0; i < expected.lines.length; i++) {
      const l = expected.lines[i];
      await expect(lines.nth(i).getAttribute("data-department")).resolves.toBe(l.department);
      const cells = await lines.nth(i).locator("th, td").allTextContents();
      expect(cells[0]).toBe(l.category);
      expect(cells[1]).toBe(l.tier);
      expect(Number(cells[2].replace(/,/g, ""))).toBe(l.count);
      expect(Number(cells[3].replace(/,/g, ""))).toBe(l.subsidyEach);
      expect(Number(cells[4].replace(/,/g, ""))).toBe(l.subsidyTotal);
    }
    const groups = await page.locator("#yb-claim-lines tbody tr.yb-group").evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.department));
    expect(groups).toEqual([...new Set(expected.lines.map((l) => l.department))]);

    // Every rejected row is listed with its sheet, row and reason.
    const rejected = page.locator("#yb-claim-rejected-list > li");
    await expect(rejected.count()).resolves.toBe(expected.rejected.length);
    for (const r of expected.rejected) {
      const li = page.locator(`#yb-claim-rejected-list > li[data-sheet="${r.sheet}"][data-row="${r.row}"]`);
      await expect(li.getAttribute("data-code")).resolves.toBe(r.code);
      await expect(li.textContent()).resolves.toContain(r.reason);
    }
    const reasonOf = (sheet: string, row: number) => expected.rejected.find((r) => r.sheet === sheet && r.row === row)!.reason;
    expect(reasonOf("民政", 6)).toContain("身份证号码有误"); // bad check digit
    expect(reasonOf("民政", 8)).toContain("身份证号码为空");
    expect(reasonOf("民政", 9)).toContain("低收入人口"); // unknown category
    expect(reasonOf("残联", 5)).toContain("姓名不一致"); // one ID, two names
    // The 15-digit ID and the lower-case x were accepted (15 digits converted, with a note).
    expect(expected.people.some((p) => p.id === SZ_IDS.wang3_18)).toBe(true);
    expect(expected.people.some((p) => p.id === SZ_IDS.li2 && p.otherIdentities.length > 0)).toBe(true);

    // Clicking a rejected row shows the cell at fault in the preview, in its own sheet: the
    // name for two names under one ID, the ID for a bad check digit, the tier, the category.
    const selected = async (sheet: string, row: number, cell: string): Promise<void> => {
      await page.locator(`#yb-claim-rejected-list > li[data-sheet="${sheet}"][data-row="${row}"] .yb-finding-main`).click();
      await expect(page.locator(".yb-preview-caption").textContent()).resolves.toContain(sheet);
      await expect(page.locator(`td[data-cell="${cell}"]`).getAttribute("class")).resolves.toContain("yb-selected");
    };
    await selected("残联", 5, "B5");
    await selected("民政", 6, "D6");
    await selected("民政", 17, "F17");
    await selected("民政", 9, "E9");
    await selected("卫健", 7, "F7");

    // What the clerk reads is Chinese: no code, key, policy id or flag; rows counted below the header.
    await expect(englishOnPage(page)).resolves.toEqual([]);
    await expect(page.locator('.yb-sheet-item[data-sheet="民政"] .yb-sheet-meta').textContent()).resolves.toContain("17 行数据");
    await page.locator("#yb-claim-summary").scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(OUTPUT, "standalone-claim.png"), fullPage: true });

    // The claim workbook, made in the page.
    const [download] = await Promise.all([page.waitForEvent("download"), page.click("#yb-claim-download")]);
    expect(download.suggestedFilename()).toBe("石柱花名册-资助申报表.xlsx");
    const saved = join(WORK, download.suggestedFilename());
    await download.saveAs(saved);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(saved);
    const want = claimWorkbook(expected, policy, { publicNotice: true }).sheets.map((s) => s.name);
    expect(wb.worksheets.map((w) => w.name)).toEqual(want);
    expect(want).toEqual(expect.arrayContaining(["申报汇总", "资助明细", "合并记录", "未通过", "公示名单"]));
    expect(want.some((n) => n.startsWith("申报表-"))).toBe(true);
    const detail = wb.getWorksheet("资助明细")!;
    expect(detail.getCell("D2").value).toBe(expected.people[0].id); // the ID as text
    expect(detail.rowCount).toBe(expected.people.length + 1);
    expect(wb.getWorksheet("未通过")!.rowCount).toBe(expected.rejected.length + 1);
    const count = wb.getWorksheet("申报汇总")!.getCell("D4").value as { formula?: string };
    expect(count.formula).toMatch(/^COUNTIFS\(/);

    // The blank templates download too (inserted as sheets in Excel).
    const [roster] = await Promise.all([page.waitForEvent("download"), page.click("#yb-claim-roster-template")]);
    expect(roster.suggestedFilename()).toBe("资助对象花名册模板-重庆市石柱县下路街道2025年度.xlsx");
    const [claim] = await Promise.all([page.waitForEvent("download"), page.click("#yb-claim-claim-template")]);
    expect(claim.suggestedFilename()).toBe("资助申报表模板-重庆市石柱县下路街道2025年度.xlsx");

    // The task pane's width: nothing runs off to the side.
    await page.setViewportSize({ width: 320, height: 900 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    // What the clerk reads is Chinese: no code, key, policy id or flag; rows counted below the header.
    await expect(englishOnPage(page)).resolves.toEqual([]);
    await expect(page.locator('.yb-sheet-item[data-sheet="民政"] .yb-sheet-meta').textContent()).resolves.toContain("17 行数据");
    await page.locator("#yb-claim-summary").scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(OUTPUT, "standalone-claim-320.png"), fullPage: true });
    await page.close();
  });

  /** The 政策设置 tab's input for a key. */
  const settingsInput = (page: Page, key: string) => page.locator(`#yb-settings-open [data-key="${key}"] :is(input, select)`);

  async function saveSettings(page: Page): Promise<void> {
    await page.click("#yb-settings-save");
    await page.waitForSelector(".yb-status-success >> text=已保存到本浏览器");
  }

  test("双清 CSV: a subsidy the notice leaves open is filled in on 政策设置, and the claim is made again", async () => {
    const sheet = shuangqingRoster();
    const file = join(WORK, "双清花名册.csv");
    writeFileSync(file, "\ufeff" + toCsv(sheet.rows));
    const policy = getPolicy("hn-shuangqing-2025");
    const [read] = await readWorkbookBytes(new Uint8Array(readFileSync(file)), "双清花名册.csv");
    const before = buildClaim([read], policy, { sheets: [read.name], date: policy.collectionEnd, supplied: {} });
    const open = before.rejected.filter((r) => r.code === "OPEN_VALUE");
    expect(open.length).toBeGreaterThan(0);
    expect(open.every((r) => r.supplyKey === "subsidy.其他困难群体")).toBe(true);

    const page = await openPage(1280);
    await openFile(page, file, "hn-shuangqing-2025");
    await generate(page);
    await expectSummary(page, before);
    await expect(page.locator('#yb-claim-open [data-key="subsidy.其他困难群体"]').count()).resolves.toBe(1);
    await expect(page.locator("#yb-claim-open").textContent()).resolves.toContain(`${open.length} 行`);
    // The open value's rows say what to do without a command-line option.
    await expect(englishOnPage(page)).resolves.toEqual([]);
    // The rejected row links to 政策设置 too.
    await expect(page.locator('#yb-claim-rejected-list li[data-code="OPEN_VALUE"] button[data-key="subsidy.其他困难群体"]').count()).resolves.toBe(open.length);

    // 去政策设置填写: the 政策设置 tab, with the cursor in that value's input.
    await page.click("#yb-claim-open-settings");
    await page.waitForSelector("#yb-panel-settings:not([hidden])");
    const input = settingsInput(page, "subsidy.其他困难群体");
    await expect(input.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
    await input.fill("200");
    await saveSettings(page);
    // Remembered in this browser for the next visit.
    await expect(page.evaluate(() => window.localStorage.getItem("yibao.supplied"))).resolves.toBe(JSON.stringify({ "subsidy.其他困难群体": 200 }));

    // Back on the claim: the result says it was made with the old values; make it again.
    await page.click("#yb-tab-claim");
    await page.waitForSelector("#yb-claim-stale");
    const old = await page.locator("#yb-claim-results").innerHTML();
    await page.click("#yb-claim-rerun");
    await page.waitForFunction((o) => document.querySelector("#yb-claim-results")?.innerHTML !== o && !!document.querySelector("#yb-claim-summary"), old);
    await page.waitForSelector("#yb-claim-open", { state: "detached" });
    await page.waitForSelector("#yb-claim-stale", { state: "detached" });
    const after = buildClaim([read], policy, { sheets: [read.name], date: policy.collectionEnd, supplied: { "subsidy.其他困难群体": 200 } });
    expect(after.rejected.filter((r) => r.code === "OPEN_VALUE")).toEqual([]);
    await expectSummary(page, after);
    await page.close();
  });

  test("政策设置 for 双清: the summary, every open value, a refused entry, then fiscalSubsidy saved and used by the claim", async () => {
    const sheet = shuangqingLateRoster();
    const file = join(WORK, "双清花名册-补缴.csv");
    writeFileSync(file, "\ufeff" + toCsv(sheet.rows));
    const policy = getPolicy("hn-shuangqing-2025");
    const [read] = await readWorkbookBytes(new Uint8Array(readFileSync(file)), "双清花名册-补缴.csv");
    const claimWith = (supplied: Record<string, number>) => buildClaim([read], policy, { sheets: [read.name], date: policy.collectionEnd, supplied });

    const page = await openPage(1280);
    // Start from a browser that remembers nothing (the test before saved a value).
    await page.evaluate(() => window.localStorage.clear());
    await page.reload();
    await page.waitForSelector("#yb-claim-run", { state: "attached" });
    await openFile(page, file, "hn-shuangqing-2025");
    const before = claimWith({});
    expect(before.rejected.filter((r) => r.supplyKey === "fiscalSubsidy").length).toBe(3);
    await generate(page);
    await expectSummary(page, before);
    await expect(page.locator('#yb-claim-open [data-key="fiscalSubsidy"]').count()).resolves.toBe(1);

    await page.click("#yb-tab-settings");
    await page.waitForSelector("#yb-settings-summary");
    // The summary: region, year, the notice with its number, the tier, the fiscal subsidy, the dates.
    const facts = (await page.locator("#yb-settings-facts").textContent()) ?? "";
    for (const text of ["湖南省邵阳市双清区", "2025年度", "双政办发〔2024〕11号", "单档：400元/人", "通知未定", "2024年9月1日至2024年12月31日", "2025年12月31日"]) expect(facts).toContain(text);
    // Every value the notice leaves open, with the notice's words and the clause.
    const keys = await page.locator("#yb-settings-open .yb-open-field").evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.key));
    expect(keys).toEqual(openValues(policy).map((s) => s.key));
    const fiscal = page.locator('#yb-settings-open .yb-open-field[data-key="fiscalSubsidy"]');
    await expect(fiscal.textContent()).resolves.toContain("按照国家规定执行");
    await expect(fiscal.textContent()).resolves.toContain("双政办发〔2024〕11号 三（三）");

    // A negative amount is refused next to the field, and nothing is saved.
    await settingsInput(page, "fiscalSubsidy").fill("-670");
    await settingsInput(page, "breakPenalty").fill("1.5");
    await page.click("#yb-settings-save");
    await expect(fiscal.locator(".yb-field-error").textContent()).resolves.toBe("金额不能小于0");
    await expect(page.locator('#yb-settings-open .yb-open-field[data-key="breakPenalty"] .yb-field-error').textContent()).resolves.toBe("月数应为整数，如 1");
    await page.waitForSelector(".yb-status-error >> text=有 2 项填写有误，没有保存");
    await expect(page.evaluate(() => window.localStorage.getItem("yibao.supplied"))).resolves.toBeNull();

    await settingsInput(page, "fiscalSubsidy").fill("670");
    await settingsInput(page, "breakPenalty").fill("");
    await saveSettings(page);
    await expect(fiscal.locator(".yb-field-error").isHidden()).resolves.toBe(true);
    await expect(page.evaluate(() => window.localStorage.getItem("yibao.supplied"))).resolves.toBe(JSON.stringify({ fiscalSubsidy: 670 }));
    await page.setViewportSize({ width: 320, height: 900 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await page.screenshot({ path: join(OUTPUT, "standalone-settings-320.png"), fullPage: true });
    await page.setViewportSize({ width: 1280, height: 900 });

    // The claim uses it: the late payers pay 670 more, as the core says.
    await page.click("#yb-tab-claim");
    await generate(page);
    const after = claimWith({ fiscalSubsidy: 670 });
    expect(after.totals.fiscalSurcharge).toBe(3 * 670);
    await expectSummary(page, after);
    await expect(dataValue(page, "#yb-claim-surcharge")).resolves.toBe(2010);

    // A new visit pre-fills what was saved; 清除 takes it away.
    await page.reload();
    await page.waitForSelector("#yb-claim-run", { state: "attached" });
    await page.click("#yb-tab-settings");
    await expect(settingsInput(page, "fiscalSubsidy").inputValue()).resolves.toBe("670");
    await page.click("#yb-settings-clear");
    await page.waitForSelector(".yb-status-success >> text=已清除");
    await expect(settingsInput(page, "fiscalSubsidy").inputValue()).resolves.toBe("");
    await expect(page.evaluate(() => window.localStorage.getItem("yibao.supplied"))).resolves.toBeNull();
    await page.close();
  });

  test("no request of the page left 127.0.0.1 and the page raised no errors", () => expectNothingLeft(browser));
});
