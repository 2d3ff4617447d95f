/**
 * The standalone page's layout at the widths clerks have (issue 23 §6): a 1366 and a 1920 px
 * screen, and a 400 px task pane (WPS, Excel). Every tab is inside the tab strip and the
 * window (none cut off past 现金台账), and the widest result tables (参保比对's 分村统计 with
 * 评档 and 工作经费, 现金台账's 每日对账 with 当日结存) show their last column without
 * scrolling sideways. Screenshots go to test-output/layout-<width>-*.png.
 */
import { writeFileSync } from "fs";
import { join } from "path";
import type { Page } from "playwright-core";
import { iso, toExcelSerial } from "../../src/core/dates";
import { writeXlsx } from "../../src/io/xlsxWriter";
import { ledger, payment, personId } from "../cash/fixtures";
import { pengshui, writeSheets } from "../match/fixtures";
import { e2eSuite, expectNothingLeft, useBrowser, WORK } from "./browser";
import { OUTPUT } from "./build";

jest.setTimeout(240_000);

const WIDTHS = [1366, 1920, 400];

interface Box {
  left: number;
  right: number;
}

/** Each tab's box against the strip's and the window's. */
async function tabBoxes(
  page: Page
): Promise<{ strip: Box; view: number; tabs: (Box & { text: string })[] }> {
  return page.evaluate(() => {
    const strip = document.querySelector(".yb-tabs")!.getBoundingClientRect();
    const tabs = [...document.querySelectorAll(".yb-tab")].map((t) => {
      const r = t.getBoundingClientRect();
      return { text: t.textContent ?? "", left: r.left, right: r.right };
    });
    return {
      strip: { left: strip.left, right: strip.right },
      view: document.documentElement.clientWidth,
      tabs,
    };
  });
}

/** The table's last header cell against the box it scrolls in, and the window. */
async function lastHeader(
  page: Page,
  table: string
): Promise<{ text: string; right: number; wrap: number; view: number }> {
  return page.evaluate((sel) => {
    const t = document.querySelector(sel)!;
    const cells = t.querySelectorAll("thead th");
    const last = cells[cells.length - 1];
    return {
      text: last.textContent ?? "",
      right: last.getBoundingClientRect().right,
      wrap: t.closest(".yb-table-wrap")!.getBoundingClientRect().right,
      view: document.documentElement.clientWidth,
    };
  }, table);
}

/** The table's last column head is inside its box and the window; the result is photographed. */
async function expectWhole(page: Page, table: string, head: string, shot: string): Promise<void> {
  await page.waitForSelector(table);
  const last = await lastHeader(page, table);
  expect(last.text).toBe(head);
  expect(last.right).toBeLessThanOrEqual(last.wrap + 0.5);
  expect(last.right).toBeLessThanOrEqual(last.view);
  await page.locator(table).scrollIntoViewIfNeeded();
  await page.screenshot({ path: join(OUTPUT, shot) });
}

async function cashWorkbook(): Promise<string> {
  const a = personId(901);
  const sheet = ledger([payment({ id: a }), payment({ village: "柏树社区", receipt: "XL000004" })]);
  const exp = {
    name: "税务导出",
    rows: [
      ["缴费人姓名", "证件号码", "缴费金额", "入库日期"],
      ["某", a, 400, toExcelSerial(iso("2024-11-02"))],
    ],
  };
  const file = join(WORK, "布局-现金台账.xlsx");
  writeFileSync(
    file,
    await writeXlsx(
      [sheet, exp].map((s) => ({
        name: s.name,
        cells: s.rows.map((r) =>
          r.map((v) => (v === null ? null : { value: v as string | number }))
        ),
        textColumns: [5],
      }))
    )
  );
  return file;
}

e2eSuite("the page at 1366, 1920 and 400 px (headless Chromium)", () => {
  const browser = useBrowser();
  let files: { lists: string; paid: string; cash: string };

  beforeAll(async () => {
    const fx = pengshui();
    files = {
      lists: await writeSheets(WORK, "布局-名单.xlsx", [
        fx.household,
        fx.civil,
        fx.agri,
        fx.targets,
      ]),
      paid: await writeSheets(WORK, "布局-缴费名单.xlsx", [fx.paid]),
      cash: await cashWorkbook(),
    };
  });

  test.each(WIDTHS)(
    "%i px: every tab in view, 评档 and 工作经费, 当日结存 not cut off",
    async (width) => {
      const page = await browser.open(width, "#yb-file");
      await expect(page.getAttribute("#yb-file", "accept")).resolves.toBe(
        ".xlsx,.xlsm,.xls,.csv,.txt"
      );
      for (const sel of ["#yb-tab-settings", "#yb-tab-match"]) {
        const { strip, view, tabs } = await tabBoxes(page);
        expect(tabs.map((t) => t.text)).toEqual([
          "检查任务分解表",
          "生成资助申报表",
          "参保比对",
          "现金台账",
          "政策设置",
        ]);
        for (const t of tabs) {
          expect([t.text, t.left >= strip.left - 0.5 && t.right <= strip.right + 0.5]).toEqual([
            t.text,
            true,
          ]);
          expect([t.text, t.right <= view]).toEqual([t.text, true]);
        }
        // A tab in view can be clicked where it is.
        await page.click(sel);
      }

      await page.setInputFiles("#yb-file", files.lists);
      await page.waitForSelector("text=已打开：布局-名单.xlsx");
      await page.selectOption("#yb-policy", "cq-pengshui-2025");
      await page.click("#yb-tab-match");
      await page.setInputFiles("#yb-match-file", files.paid);
      await page.waitForSelector('#yb-match-sheets select[data-sheet="布局-缴费名单 · 缴费明细"]');
      await page.fill("#yb-match-date", "2024-12-06");
      await page.click("#yb-match-run");
      await expectWhole(page, "#yb-match-villages", "工作经费", `layout-${width}-match.png`);

      await page.setInputFiles("#yb-file", files.cash);
      await page.waitForSelector("text=已打开：布局-现金台账.xlsx");
      await page.selectOption("#yb-policy", "cq-shizhu-2025");
      await page.click("#yb-tab-cash");
      await page.waitForSelector('#yb-cash-export option[value="税务导出"]', { state: "attached" });
      await page.fill("#yb-cash-asof", "2025-12-31");
      await page.selectOption("#yb-cash-export", "税务导出");
      await page.click("#yb-cash-run");
      await expectWhole(page, "#yb-cash-daily table", "当日结存", `layout-${width}-cash.png`);
      await page.close();
    }
  );

  test("nothing left the machine", () => expectNothingLeft(browser));
});
