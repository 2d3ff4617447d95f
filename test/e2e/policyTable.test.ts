/**
 * The clerk's 政策表 on the standalone page (headless Chromium): the 2027 table written by
 * `yibao policy --out` and edited (test/policyTable/clerk.ts). A table with a wrong amount is
 * refused with its cell and nothing of it is used; the valid one is used by 政策设置's summary,
 * the open values (still open) and the claim built in the worker, as the CLI computes it; the
 * page says whose policy is in use and from which file; it writes the table in use as a file;
 * 改回收录的政策 goes back. Its screenshot (test-output) shows the card with the table in use;
 * the guide's picture of the card is the release test's.
 */
import ExcelJS from "exceljs";
import { mkdirSync, writeFileSync } from "fs";
import { join } from "path";
import type { Page } from "playwright-core";
import { readWorkbookFile } from "../../src/io/files";
import { writeXlsx } from "../../src/io/xlsxWriter";
import type { SheetData } from "../../src/core/sheet/address";
import { asSpecs, withCheck } from "../claim/fixtures";
import { yibao } from "../cli/run";
import { clerkEdit, tableSpecs, wrongSubsidy } from "../policyTable/clerk";
import { englishOnPage } from "./words";
import { e2eSuite, expectNothingLeft, useBrowser, WORK } from "./browser";
import { OUTPUT } from "./build";

jest.setTimeout(240_000);

const roster: SheetData = {
  name: "花名册",
  rows: [
    ["序号", "村（社区）", "姓名", "身份证号码", "人员类别", "参保档次"],
    [1, "大同村", "居民1", withCheck("50024319600101100"), "城乡最低生活保障人员", "一档"],
    [2, "大同村", "居民2", withCheck("50024319610101200"), "城乡最低生活保障人员", "二档"],
    [3, "大同村", "居民3", withCheck("50024319620101300"), "低保边缘户", "一档"],
  ],
};

const files = {
  good: join(WORK, "政策表2027.xlsx"),
  bad: join(WORK, "政策表有误.xlsx"),
  roster: join(WORK, "彭水花名册.xlsx"),
};
/** What the CLI gives for the same roster with the same table (the page must agree). */
let cli: { totalSubsidy: number; totalStandard: number };

beforeAll(async () => {
  const exported = join(WORK, "导出的政策表.xlsx");
  expect((await yibao("policy", "cq-pengshui-2025", "--out", exported)).stderr).toBe("");
  const sheets = await readWorkbookFile(exported);
  writeFileSync(files.good, await writeXlsx(tableSpecs(clerkEdit(sheets).sheets)));
  writeFileSync(files.bad, await writeXlsx(tableSpecs(wrongSubsidy(clerkEdit(sheets)).sheets)));
  writeFileSync(files.roster, await writeXlsx(asSpecs([roster])));
  const r = await yibao(
    "claim",
    files.roster,
    "--sheet",
    "花名册",
    "--policy-file",
    files.good,
    "--date",
    "2026-11-15",
    "--json"
  );
  expect(r.stderr).toBe("");
  cli = r.json() as typeof cli;
  // 低保 一档 380 (2025: 360) + 二档 400 + 低保边缘户 一档 280; standards 420 + 800 + 420.
  expect(cli).toMatchObject({ totalSubsidy: 1060, totalStandard: 1640 });
}, 240_000);

e2eSuite("政策表 on the standalone page (headless Chromium)", () => {
  const browser = useBrowser();

  const inUse = (page: Page) => page.locator("#yb-table-in-use");
  const policyOptions = (page: Page) =>
    page
      .locator("#yb-policy option")
      .evaluateAll((els) => els.map((e) => (e as HTMLOptionElement).value));

  test("a wrong table is refused by cell; the valid one is used by every panel, written, and given back", async () => {
    const page = await browser.open(1280, "#yb-tab-settings");
    await page.click("#yb-tab-settings");
    await expect(inUse(page).getAttribute("data-source")).resolves.toBe("shipped");

    // The wrong amount: every problem at its cell, nothing used.
    await page.setInputFiles("#yb-table-file", files.bad);
    await page.waitForSelector("#yb-table-problems li");
    const problems = await page
      .locator("#yb-table-problems li")
      .evaluateAll((els) => els.map((e) => e.textContent ?? ""));
    expect(problems.length).toBeGreaterThan(0);
    expect(problems.join("\n")).toMatch(/政策表!B\d+：.*390/);
    await expect(page.locator(".yb-status-error").textContent()).resolves.toContain("没有使用");
    await expect(inUse(page).getAttribute("data-source")).resolves.toBe("shipped");
    expect(await policyOptions(page)).not.toContain("cq-pengshui-2027");
    await expect(englishOnPage(page)).resolves.toEqual([]);

    // The valid table: in use, named with its file, chosen, and its figures shown.
    await page.setInputFiles("#yb-table-file", files.good);
    await page.waitForSelector('#yb-table-in-use[data-source="file"]');
    await expect(page.locator("#yb-table-problems").count()).resolves.toBe(0);
    const said = (await inUse(page).textContent()) ?? "";
    expect(said).toContain("您自己的政策表");
    expect(said).toContain("政策表2027.xlsx");
    expect(said).toContain("2027");
    await expect(page.inputValue("#yb-policy")).resolves.toBe("cq-pengshui-2027");
    const facts = (await page.locator("#yb-settings-facts").textContent()) ?? "";
    expect(facts).toContain("420");
    expect(facts).toContain("800");
    expect(facts).toContain("700");
    await expect(
      page
        .locator(
          '#yb-settings-subsidies tr[data-category="城乡最低生活保障人员"][data-tier="一档"]'
        )
        .textContent()
    ).resolves.toContain("380");
    // What the notice leaves open stays open: the same values are asked for, none carried over.
    const open = await page
      .locator("#yb-settings-open .yb-open-field")
      .evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.key));
    expect(open).toEqual(expect.arrayContaining(["breakPenalty", "exception.lowIncome"]));
    await expect(englishOnPage(page)).resolves.toEqual([]);
    mkdirSync(OUTPUT, { recursive: true });
    await page.locator("#yb-policy-table").screenshot({ path: join(OUTPUT, "policy-table.png") });

    // The claim (built in the page's worker) uses the table: the CLI's totals.
    await page.setInputFiles("#yb-file", files.roster);
    await page.waitForSelector("text=已打开：彭水花名册.xlsx");
    await page.click("#yb-tab-claim");
    await page.waitForSelector("#yb-claim-sheets .yb-sheet-item");
    await page.fill("#yb-claim-date", "2026-11-15");
    await page.locator("#yb-claim-date").dispatchEvent("change");
    await page.click("#yb-claim-run");
    await page.waitForSelector("#yb-claim-summary");
    await expect(page.locator("#yb-claim-subsidy").getAttribute("data-value")).resolves.toBe(
      String(cli.totalSubsidy)
    );
    await expect(page.locator("#yb-claim-standard").getAttribute("data-value")).resolves.toBe(
      String(cli.totalStandard)
    );

    // The table in use written back as a file: the clerk's amounts, year and notice.
    await page.click("#yb-tab-settings");
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.click("#yb-table-write"),
    ]);
    expect(download.suggestedFilename()).toMatch(/^政策表.*2027.*\.xlsx$/);
    const saved = join(WORK, "再次导出.xlsx");
    await download.saveAs(saved);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(saved);
    expect(wb.worksheets.map((w) => w.name)).toEqual(["政策表", "文件", "通知原文"]);
    const rows = wb.getWorksheet("政策表")!.getSheetValues() as unknown[][];
    const valueOf = (label: string) => rows.find((r) => Array.isArray(r) && r[1] === label)?.[2];
    expect(valueOf("参保年度")).toBe(2027);
    expect(valueOf("一档个人缴费标准（元）")).toBe(420);

    // Kept in this browser: the next visit still uses it.
    const again = await browser.open(1280, "#yb-tab-settings");
    await again.waitForSelector('#yb-table-in-use[data-source="file"]', { state: "attached" });
    await expect(again.inputValue("#yb-policy")).resolves.toBe("cq-pengshui-2027");
    await again.close();

    // Back to the shipped policy: the clerk's year is gone from the list.
    await page.click("#yb-table-shipped");
    await page.waitForSelector('#yb-table-in-use[data-source="shipped"]');
    expect(await policyOptions(page)).not.toContain("cq-pengshui-2027");
    await expect(page.inputValue("#yb-policy")).resolves.toBe("cq-pengshui-2025");
    await page.close();
  });

  test("nothing left 127.0.0.1 and no page error", () => expectNothingLeft(browser));
});
