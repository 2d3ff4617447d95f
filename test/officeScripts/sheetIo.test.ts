/**
 * The Office Scripts sheet I/O on the in-memory workbook: reading a sheet in blocks under the
 * request limit, and writing a SheetSpec as a new sheet with its text kept as text, its
 * formats, and the print setup of printPlan. The bundled, checked form runs in
 * claimScript.test.ts; here the modules run directly, with the enums Excel passes.
 */
import { printPlan } from "../../src/core/sheet/print";
import type { SheetSpec } from "../../src/core/sheet/spec";
import {
  extentOf,
  findSheet,
  readHeads,
  readSheet,
  readSheets,
  sheetNames,
  visibleSheetNames,
} from "../../src/officeScripts/sheetReader";
import { LISTS_SHEET } from "../../src/core/sheet/newSheets";
import { writeSheets } from "../../src/officeScripts/sheetWriter";
import { EXCEL_SCRIPT_ENUMS, MemoryWorkbook, REQUEST_LIMIT_BYTES } from "./memoryWorkbook";

beforeAll(() => {
  (globalThis as unknown as { ExcelScript: unknown }).ExcelScript = EXCEL_SCRIPT_ENUMS;
});

const book = (wb: MemoryWorkbook): ExcelScript.Workbook => wb as unknown as ExcelScript.Workbook;

describe("reading", () => {
  it("reads from A1 with nulls for blanks and no trailing blanks, and finds sheets by name", () => {
    const wb = MemoryWorkbook.from({
      名单: [
        ["", "", ""],
        ["姓名", "身份证号码", ""],
        ["张一", "500240198001010012", ""],
      ],
      空表: [],
    });
    wb.sheets[1].visibility = "Hidden";
    expect(sheetNames(book(wb))).toEqual(["名单", "空表"]);
    expect(visibleSheetNames(book(wb))).toEqual(["名单"]);
    expect(findSheet(book(wb), " 名单 ")?.getName()).toBe("名单");
    expect(findSheet(book(wb), "没有")).toBeUndefined();
    expect(extentOf(wb.sheets[1] as unknown as ExcelScript.Worksheet)).toEqual({
      rows: 0,
      columns: 0,
    });
    const sheet = readSheet(wb.sheets[0] as unknown as ExcelScript.Worksheet);
    expect(sheet).toEqual({
      name: "名单",
      rows: [[], ["姓名", "身份证号码"], ["张一", "500240198001010012"]],
    });
    expect(readHeads(book(wb), 2).map((s) => [s.name, s.rows.length])).toEqual([["名单", 2]]);
    expect(() => readSheets(book(wb), ["花名册"])).toThrow("没有名为“花名册”的工作表。现有：名单");
  });

  it("reads texts for the columns asked, e.g. a date Excel keeps as a serial", () => {
    const wb = MemoryWorkbook.from({ 表: [["缴费日期"], [45611]] });
    const ws = wb.sheets[0];
    // The memory workbook shows a number as its digits; a date format would show the date.
    expect(readSheet(ws as unknown as ExcelScript.Worksheet).rows[1]).toEqual([45611]);
    expect(readSheet(ws as unknown as ExcelScript.Worksheet, { textColumns: [0] }).rows[1]).toEqual(
      ["45611"]
    );
  });

  it("reads 120,000 rows in blocks of at most 10,000 rows, no response over 5 MB", () => {
    const rows: (string | number)[][] = [["序号", "姓名", "身份证号码", "备注"]];
    for (let i = 1; i <= 120_000; i++)
      rows.push([
        i,
        `居民${i}`,
        `50024019800101${String(i).padStart(4, "0")}`,
        "很长的备注".repeat(5),
      ]);
    const wb = MemoryWorkbook.from({ 名单: rows });
    const sheet = readSheet(wb.sheets[0] as unknown as ExcelScript.Worksheet);
    expect(sheet.rows.length).toBe(120_001);
    expect(sheet.rows[120_000]).toEqual(rows[120_000]);
    expect(wb.requests.largestBytes).toBeLessThan(REQUEST_LIMIT_BYTES);
    expect(wb.requests.reads).toBeGreaterThanOrEqual(13);
  });
});

describe("writing a SheetSpec as a new sheet", () => {
  const spec: SheetSpec = {
    name: "资助明细",
    cells: [
      [{ value: "某县资助明细", bold: true, fontSize: 14, align: "center" }],
      [
        { value: "序号", bold: true, fill: "DDEBF7", wrap: true },
        { value: "姓名", bold: true, fill: "DDEBF7", wrap: true },
        { value: "身份证号码", bold: true, fill: "DDEBF7", wrap: true },
        { value: "金额", bold: true, fill: "DDEBF7", wrap: true },
      ],
      [
        { value: 1 },
        { value: '=HYPERLINK("http://x","y")' },
        { value: "500240198001010012" },
        { value: 100, numFmt: "0.00" },
      ],
      [
        { value: 2 },
        { value: "+1 张三", note: "通知未定" },
        { value: "00012" },
        { value: 200, numFmt: "0.00" },
      ],
      [
        { value: "合计", bold: true },
        null,
        null,
        { formula: "SUM(D3:D4)", result: 300, numFmt: "0.00" },
      ],
    ],
    columnWidths: [6, 10, 22, 12],
    merges: ["A1:D1"],
    validations: [{ range: "B3:B4", values: ["一档", "二档"], error: "请选择档次" }],
    frozenRows: 2,
    textColumns: [2],
  };

  it("keeps user text as text, IDs as text, formulas live, and never touches a sheet that is there", () => {
    const wb = MemoryWorkbook.from({ 资助明细: [["旧的"]] });
    const before = wb.snapshot()["资助明细"];
    const { names } = writeSheets(book(wb), [spec]);
    expect(names).toEqual(["资助明细(2)"]);
    expect(wb.snapshot()["资助明细"]).toEqual(before);
    const out = wb.getWorksheet("资助明细(2)")!;
    const { values, formulas } = out.dump();
    expect(values[2][1]).toBe('=HYPERLINK("http://x","y")');
    expect(formulas[2][1]).toBeNull();
    expect(values[3][1]).toBe("+1 张三");
    expect(values[2][2]).toBe("500240198001010012");
    expect(values[3][2]).toBe("00012");
    expect(formulas[4][3]).toBe("=SUM(D3:D4)");
    expect(out.cellAt(2, 3, false).numberFormat).toBe("0.00");
    expect(out.cellAt(1, 0, false)).toMatchObject({ bold: true, fill: "#DDEBF7", wrap: true });
    expect(out.cellAt(0, 0, false)).toMatchObject({ fontSize: 14, align: "Center" });
    expect(out.cellAt(3, 1, false).comment).toBe("通知未定");
    expect(out.merges).toEqual(["资助明细(2)!A1:D1"]);
    expect(out.validations).toEqual([
      { address: "资助明细(2)!B3:B4", list: "一档,二档", error: "请选择档次" },
    ]);
    expect(out.frozenRows).toBe(2);
    expect(out.columnWidths.get(2)).toBeCloseTo(((22 * 7 + 5) * 3) / 4);
    expect(wb.getActiveWorksheet()).toBe(out);
  });

  it("refuses, before writing anything, a name that is taken when the names must be exact", () => {
    const wb = MemoryWorkbook.from({ 资助明细: [["旧的"]] });
    expect(() =>
      writeSheets(book(wb), [{ ...spec, name: "申报汇总" }, spec], { exactNames: true })
    ).toThrow("工作簿中已有名为“资助明细”的工作表");
    expect(wb.sheets.map((s) => s.name)).toEqual(["资助明细"]);
  });

  it("sets up the page as printPlan says: A4, one page wide, title rows, header, footer, borders", () => {
    const wb = MemoryWorkbook.from({ 花名册: [["x"]] });
    writeSheets(book(wb), [spec]);
    const out = wb.getWorksheet("资助明细")!;
    const plan = printPlan(spec);
    expect(out.page).toEqual({
      paperSize: "A4",
      orientation: plan.orientation === "landscape" ? "Landscape" : "Portrait",
      zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
      margins: { unit: "Inches", ...plan.margins },
      centerHorizontally: true,
      titleRows: "$2:$2",
      header: "某县资助明细",
      footer: "第 &P 页 共 &N 页",
    });
    const lines = [
      "EdgeTop",
      "EdgeBottom",
      "EdgeLeft",
      "EdgeRight",
      "InsideVertical",
      "InsideHorizontal",
    ];
    expect(out.borders).toEqual(
      lines.map((index) => ({
        address: "资助明细!A2:D5",
        index,
        style: "Continuous",
        weight: "Thin",
      }))
    );
  });

  it("puts a long validation list on a hidden sheet, its entries kept as text", () => {
    const values = Array.from({ length: 40 }, (_, i) => `很长的人员类别名称${i}`);
    values.push("=1+1");
    const wb = MemoryWorkbook.from({ 花名册: [["x"]] });
    writeSheets(book(wb), [
      {
        name: "模板",
        cells: [[{ value: "类别" }]],
        validations: [{ range: "A2:A9", values, error: "请选择" }],
      },
    ]);
    const lists = wb.getWorksheet(LISTS_SHEET)!;
    expect(lists.visibility).toBe("VeryHidden");
    expect(lists.dump().values.map((r) => r[0])).toEqual(values);
    expect(wb.getWorksheet("模板")!.validations[0].list).toBe(`='${LISTS_SHEET}'!$A$1:$A$41`);
  });

  it("writes 100,000 rows in blocks, no request over 5 MB", () => {
    const cells: SheetSpec["cells"] = [
      [{ value: "序号" }, { value: "姓名" }, { value: "身份证号码" }, { value: "金额" }],
    ];
    for (let i = 1; i <= 100_000; i++)
      cells.push([
        { value: i },
        { value: `居民${i}` },
        { value: `50024019800101${String(i).padStart(4, "0")}` },
        { value: 100, numFmt: "0.00" },
      ]);
    const wb = MemoryWorkbook.from({ 花名册: [["x"]] });
    writeSheets(book(wb), [{ name: "大表", cells, textColumns: [2], frozenRows: 1 }]);
    expect(wb.requests.largestBytes).toBeLessThan(REQUEST_LIMIT_BYTES);
    const out = wb.getWorksheet("大表")!;
    expect(out.cellAt(100_000, 2, false).value).toBe("50024019800101100000");
    expect(out.cellAt(100_000, 3, false)).toMatchObject({ value: 100, numberFormat: "0.00" });
  });
});
