/**
 * 参保比对 end to end through the standalone page in headless Chromium: open the 彭水 lists with
 * 附件1, add the tax system's paid list as a second file, press the button, and check that the
 * page shows what the core's runMatch gives on the same files (the two equations, the grades,
 * the ranking and the line chart); download the result, then add it as the last report and
 * match again on a later date: the ranking shows the change since then and the downloaded
 * 进度记录 has both dates, with a chart part. Screenshots go to test-output/. No request may
 * leave 127.0.0.1. YIBAO_SKIP_E2E=1 skips it.
 */
import { readFileSync } from "fs";
import JSZip from "jszip";
import { join } from "path";
import { iso } from "../../src/core/dates";
import { balanceText } from "../../src/core/match/match";
import { runMatch } from "../../src/core/match/run";
import { getPolicy } from "../../src/core/policy/registry";
import { readWorkbookBytes } from "../../src/io/workbook";
import { pengshui, writeSheets } from "../match/fixtures";
import { e2eSuite, expectNothingLeft, useBrowser, WORK } from "./browser";

jest.setTimeout(180_000);

e2eSuite("参保比对 on the standalone page (headless Chromium)", () => {
  const browser = useBrowser();

  test("彭水: lists and 附件1 in one file, the paid list added, results equal the core's, two reports", async () => {
    const fx = pengshui();
    const lists = await writeSheets(WORK, "大同镇名单.xlsx", [fx.household, fx.civil, fx.agri, fx.targets]);
    const paid = await writeSheets(WORK, "税务缴费名单.xlsx", [fx.paid]);
    const policy = getPolicy("cq-pengshui-2025");
    const read = await readWorkbookBytes(new Uint8Array(readFileSync(lists)), "大同镇名单.xlsx");
    const paidRead = await readWorkbookBytes(new Uint8Array(readFileSync(paid)), "税务缴费名单.xlsx");
    const expected = runMatch({ lists: read.slice(0, 3), paid: paidRead[0], targets: read[3], policy, date: iso("2024-12-06") });

    const page = await browser.open(1280, "#yb-file");
    await page.setInputFiles("#yb-file", lists);
    await page.waitForSelector("text=已打开：大同镇名单.xlsx");
    await page.selectOption("#yb-policy", "cq-pengshui-2025");
    await page.click("#yb-tab-match");
    await page.waitForSelector('#yb-match-sheets select[data-sheet="户籍人员"]');
    await page.setInputFiles("#yb-match-file", paid);
    await page.waitForSelector('#yb-match-sheets select[data-sheet="税务缴费名单 · 缴费明细"]');
    const roles = await page.locator("#yb-match-sheets select").evaluateAll((els) => els.map((e) => [(e as HTMLSelectElement).dataset.sheet, (e as HTMLSelectElement).value]));
    expect(roles).toEqual([
      ["户籍人员", "list"],
      ["民政", "list"],
      ["农业农村", "list"],
      ["附件1", "targets"],
      ["税务缴费名单 · 缴费明细", "paid"],
    ]);
    await page.fill("#yb-match-date", "2024-12-06");
    await page.click("#yb-match-run");
    await page.waitForSelector("#yb-match-balance");
    const [l1, l2] = balanceText(expected.result.counts).split("\n");
    await expect(page.locator("#yb-match-balance").textContent()).resolves.toBe(l1);
    await expect(page.locator("#yb-match-balance-paid").textContent()).resolves.toBe(l2);
    const grades = await page.locator("#yb-match-villages tbody tr").evaluateAll((rows) => rows.map((r) => [r.getAttribute("data-village"), r.children[6].textContent]));
    expect(grades).toEqual(expected.targets!.summary.progress.map((u) => [u.unit, `${u.grade}档`]));
    await expect(page.locator("#yb-match-ranking li").count()).resolves.toBe(4);
    await expect(page.locator("#yb-match-chart polyline").count()).resolves.toBe(5);
    await expect(page.locator("#yb-match-behind").textContent()).resolves.toContain("应完成 65%");
    await page.screenshot({ path: join(WORK, "match-1280.png"), fullPage: true });

    const [download] = await Promise.all([page.waitForEvent("download"), page.click("#yb-match-download")]);
    expect(download.suggestedFilename()).toBe("大同镇名单-参保比对.xlsx");
    const first = join(WORK, "第一次比对.xlsx");
    await download.saveAs(first);

    // The next week's report: the last result added as a file gives the history.
    await page.setInputFiles("#yb-match-file", first);
    await page.waitForSelector('#yb-match-sheets select[data-sheet="第一次比对 · 进度记录"]');
    await expect(page.locator('select[data-sheet="第一次比对 · 进度记录"]').inputValue()).resolves.toBe("history");
    await expect(page.locator('select[data-sheet="第一次比对 · 比对明细"]').inputValue()).resolves.toBe("none");
    await page.fill("#yb-match-date", "2024-12-13");
    await page.click("#yb-match-run");
    await page.waitForSelector("text=进度排名（2024-12-13，较 2024-12-06）");
    await expect(page.locator("#yb-match-ranking li").first().textContent()).resolves.toMatch(/^第1名 大厂社区 100%（2,490\/2,490），较上次\+0人$/);
    await page.setViewportSize({ width: 320, height: 900 });
    await page.screenshot({ path: join(WORK, "match-320.png"), fullPage: true });
    const [second] = await Promise.all([page.waitForEvent("download"), page.click("#yb-match-download")]);
    const saved = join(WORK, "第二次比对.xlsx");
    await second.saveAs(saved);
    const book = await readWorkbookBytes(new Uint8Array(readFileSync(saved)), "第二次比对.xlsx");
    const history = book.find((s) => s.name === "进度记录")!;
    expect([...new Set(history.rows.slice(1).map((r) => r[0]))]).toEqual(["2024-12-06", "2024-12-13"]);
    const zip = await JSZip.loadAsync(readFileSync(saved));
    expect(zip.file("xl/charts/chart1.xml")).not.toBeNull();
    await page.close();
  });

  test("nothing left the machine", () => expectNothingLeft(browser));
});
