/**
 * The page's sheet preview shows a merged title once, spanning its columns (issue 23 §6: it
 * was repeated in every cell of the merge), and a merge down rows once, spanning them. The
 * readers keep the value in each cell for the checks and hand the ranges over as `merges`.
 */
import ExcelJS from "exceljs";
import type { SheetData } from "../../src/core/sheet/address";
import { readWorkbookBytes } from "../../src/io/workbook";
import { mergeSpans, SheetPreview } from "../../src/standalone/preview";
import { FakeElement, installFakeDocument } from "./fakeDom";

const TITLE = "大同镇2025年度村（社区）城乡居民基本医疗保险参保目标任务表";

async function mergedFile(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("附件1");
  ws.getCell("A1").value = TITLE;
  ws.mergeCells("A1:D1");
  ws.getRow(2).values = ["序号", "村（社区）", "目标", "备注"];
  ws.getRow(3).values = [1, "大厂社区", 2490, "同上"];
  ws.getRow(4).values = [2, "大河村", 1273];
  ws.mergeCells("D3:D4");
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

describe.each([
  ["the fast reader", undefined],
  ["SheetJS", null],
] as const)("%s", (_name, inflate) => {
  test("keeps the value in each merged cell and gives the ranges", async () => {
    const [sheet] = await readWorkbookBytes(await mergedFile(), "附件1.xlsx", inflate);
    expect(sheet.rows[0]).toEqual([TITLE, TITLE, TITLE, TITLE]);
    expect(sheet.rows[3][3]).toBe("同上");
    expect(sheet.merges).toEqual([
      { top: 0, left: 0, bottom: 0, right: 3 },
      { top: 2, left: 3, bottom: 3, right: 3 },
    ]);
  });
});

describe("the preview", () => {
  let restore: () => void;
  beforeAll(() => {
    restore = installFakeDocument();
  });
  afterAll(() => restore());

  function drawn(
    sheet: SheetData
  ): { text: string; cell: string; colspan: string | null; rowspan: string | null }[][] {
    const preview = new SheetPreview();
    preview.show(sheet);
    const root = preview.element as unknown as FakeElement;
    return root
      .all()
      .filter((e) => e.tagName === "tr")
      .slice(1)
      .map((tr) =>
        (tr.childNodes as FakeElement[])
          .filter((c) => c.tagName === "td")
          .map((td) => ({
            text: td.textContent,
            cell: td.dataset.cell,
            colspan: td.getAttribute("colspan"),
            rowspan: td.getAttribute("rowspan"),
          }))
      );
  }

  test("a merged title once across its columns, a merge down rows once across its rows", async () => {
    const [sheet] = await readWorkbookBytes(await mergedFile(), "附件1.xlsx");
    const rows = drawn(sheet);
    expect(rows[0]).toEqual([{ text: TITLE, cell: "A1", colspan: "4", rowspan: null }]);
    expect(rows[1].map((c) => c.text)).toEqual(["序号", "村（社区）", "目标", "备注"]);
    expect(rows[2].map((c) => [c.cell, c.text, c.rowspan])).toEqual([
      ["A3", "1", null],
      ["B3", "大厂社区", null],
      ["C3", "2490", null],
      ["D3", "同上", "2"],
    ]);
    expect(rows[3].map((c) => c.cell)).toEqual(["A4", "B4", "C4"]);
    expect(rows.flat().filter((c) => c.text === TITLE)).toHaveLength(1);
  });

  test("a sheet without merges (a CSV) draws every cell", () => {
    const rows = drawn({
      name: "名单",
      rows: [
        ["甲", "甲"],
        ["乙", null],
      ],
    });
    expect(rows.map((r) => r.map((c) => c.text))).toEqual([
      ["甲", "甲"],
      ["乙", ""],
    ]);
  });

  test("a merge is clipped to the rows drawn: it starts at the window's first row", () => {
    const m = [{ top: 0, left: 1, bottom: 9, right: 2 }];
    const { spans, anchorOf } = mergeSpans(m, 5, 400, 3);
    expect([...spans]).toEqual([["B6", { rows: 5, cols: 2 }]]);
    expect(anchorOf.get("C10")).toBe("B6");
    expect(anchorOf.has("B6")).toBe(false);
    expect(mergeSpans(m, 10, 400, 3).spans.size).toBe(0);
  });
});
