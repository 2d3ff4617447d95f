/**
 * 现金台账 end to end on the standalone page in headless Chromium: open a 石柱 workbook with a
 * ledger and a tax export, choose the policy, check; the page shows what the core's
 * checkCash gives on the same file (every row's accounting, the totals, the findings at their
 * cells), a finding leads to its cell in the preview, the comparison with the export, and the
 * check workbook, the notice and the blank ledger download. No request leaves 127.0.0.1.
 * Screenshots go to test-output/. YIBAO_SKIP_E2E=1 skips it.
 */
import { readFileSync, writeFileSync } from "fs";
import { join } from "path";
import { checkCash } from "../../src/core/cash/check";
import { compareExport } from "../../src/core/cash/reconcile";
import { iso, toExcelSerial } from "../../src/core/dates";
import { getPolicy } from "../../src/core/policy/registry";
import type { SheetData } from "../../src/core/sheet/address";
import { readWorkbookBytes } from "../../src/io/workbook";
import { writeXlsx } from "../../src/io/xlsxWriter";
import { e2eSuite, expectNothingLeft, useBrowser, WORK } from "../e2e/browser";
import { OUTPUT } from "../e2e/build";
import { COL, ledger, payment, personId, rowOf } from "./fixtures";

jest.setTimeout(180_000);

function workbook(): SheetData[] {
  const a = personId(901);
  const sheet = ledger([
    payment({ id: a }),
    payment({ remitDate: "2024-11-09" }), // late
    null,
    payment({ amount: "四百" }), // unreadable
    payment({ village: "柏树社区", receipt: "XL000004" }),
    payment({ village: "柏树社区", date: "2025-07-05", remitDate: "2025-07-05", amount: 400, receipt: "XL000005" }), // should be 1070
  ]);
  const exp = { name: "税务导出", rows: [["缴费人姓名", "证件号码", "缴费金额", "入库日期"], ["某", a, 400, toExcelSerial(iso("2024-11-02"))]] };
  return [sheet, exp];
}

e2eSuite("现金台账 on the standalone page (headless Chromium)", () => {
  const browser = useBrowser();

  test("check, findings to their cells, export comparison, downloads", async () => {
    const file = join(WORK, "现金台账.xlsx");
    const sheets = workbook();
    writeFileSync(
      file,
      await writeXlsx(sheets.map((s) => ({ name: s.name, cells: s.rows.map((r) => r.map((v) => (v === null ? null : { value: v as string | number }))), textColumns: [5] })))
    );
    const read = await readWorkbookBytes(new Uint8Array(readFileSync(file)), "现金台账.xlsx");
    const policy = getPolicy("cq-shizhu-2025");
    const expected = checkCash(read[0], policy, { asOf: iso("2025-12-31") });
    const cmp = compareExport(expected, read[1]);

    const page = await browser.open(1280, "#yb-tab-cash");
    await page.setInputFiles("#yb-file", file);
    await page.waitForSelector("text=已打开：现金台账.xlsx");
    await page.selectOption("#yb-policy", "cq-shizhu-2025");
    await page.click("#yb-tab-cash");
    await page.waitForSelector('#yb-cash-export option[value="税务导出"]', { state: "attached" });
    await page.fill("#yb-cash-asof", "2025-12-31");
    await page.selectOption("#yb-cash-export", "税务导出");
    await page.click("#yb-cash-run");
    await page.waitForSelector("#yb-cash-summary");

    const value = (id: string) => page.locator(id).getAttribute("data-value").then(Number);
    const a = expected.accounting;
    await expect(value("#yb-cash-input")).resolves.toBe(a.ok + a.withFindings + a.unreadable);
    await expect(value("#yb-cash-ok")).resolves.toBe(a.ok);
    await expect(value("#yb-cash-findings")).resolves.toBe(a.withFindings);
    await expect(value("#yb-cash-unreadable")).resolves.toBe(1);
    await expect(page.locator("#yb-cash-totals").getAttribute("data-received")).resolves.toBe(expected.totals.received.toFixed(2));
    const shown = await page.locator("#yb-cash-list .yb-finding").evaluateAll((els) => els.map((e) => [(e as HTMLElement).dataset.code, (e as HTMLElement).dataset.cell]));
    expect(shown).toEqual([...expected.findings, ...cmp.findings].map((f) => [f.code, f.cell]));
    const text = await page.locator("#yb-cash-results").innerText();
    expect(text).not.toMatch(/[A-Z]+_[A-Z]+/);
    expect(text).toContain("台账5行 = 无误2行 + 有问题2行 + 无法读取1行（空行1行不计）");
    await expect(page.locator("#yb-cash-compare").getAttribute("data-not-in-export")).resolves.toBe(String(cmp.notInExport.length));

    // A finding leads to its cell in the preview.
    const late = `${COL.remitDate}${rowOf(1)}`;
    await page.click(`#yb-cash-list .yb-finding[data-cell="${late}"] .yb-finding-main`);
    await expect(page.locator(`td[data-cell="${late}"]`).getAttribute("class")).resolves.toContain("yb-selected");
    await page.screenshot({ path: join(OUTPUT, "standalone-cash.png"), fullPage: true });

    // Downloads: the check workbook, the notice of 2024Q4, the blank ledger.
    const [report] = await Promise.all([page.waitForEvent("download"), page.click("#yb-cash-report")]);
    expect(report.suggestedFilename()).toBe("现金征缴台账-检查结果.xlsx");
    await page.selectOption("#yb-cash-period", "2024Q4");
    const [noticeFile] = await Promise.all([page.waitForEvent("download"), page.click("#yb-cash-notice")]);
    expect(noticeFile.suggestedFilename()).toBe("现金缴费公示-2024年第四季度.xlsx");
    const saved = join(WORK, noticeFile.suggestedFilename());
    await noticeFile.saveAs(saved);
    const posted = await readWorkbookBytes(new Uint8Array(readFileSync(saved)), saved);
    expect(posted.map((s) => s.name)).toEqual(["红岩社区", "柏树社区"]);
    expect(JSON.stringify(posted)).not.toMatch(/\d{15}/);
    await page.waitForSelector("#yb-cash-excluded li");
    await expect(page.locator("#yb-cash-excluded").innerText()).resolves.toContain(`第${rowOf(3)}行`);
    const [template] = await Promise.all([page.waitForEvent("download"), page.click("#yb-cash-template")]);
    expect(template.suggestedFilename()).toBe("现金征缴台账模板-重庆市石柱县下路街道2025年度.xlsx");

    await page.setViewportSize({ width: 320, height: 900 });
    await page.screenshot({ path: join(OUTPUT, "standalone-cash-320.png"), fullPage: true });
    await page.close();
  });

  test("nothing left the page", () => expectNothingLeft(browser));
});
