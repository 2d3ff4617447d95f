/**
 * The annotated copy is the clerk's own workbook with marks added: a formatted 石柱 附件1
 * (merged title, borders, fonts, widths, a =SUM total, a dropdown, a note of the clerk's, a
 * second sheet whose formula reads the first, a third sheet) keeps all of it; the cells at
 * fault get a fill and a note in words; 检查结果 and 进度汇总 are added. The same through
 * `yibao targets --out`, and for a file saved by a real spreadsheet program (LibreOffice).
 */
import ExcelJS from "exceljs";
import { readFileSync, writeFileSync } from "fs";
import { join } from "path";
import { getPolicy } from "../../src/core/policy/registry";
import { checkTargets } from "../../src/core/targets/check";
import { ERROR_FILL, WARNING_FILL } from "../../src/core/targets/annotate";
import { annotatedWorkbook } from "../../src/io/annotateWorkbook";
import { readWorkbookBytes } from "../../src/io/workbook";
import { recalcBytes } from "../helpers/libreoffice";
import { SHIZHU_UNITS, tmpDir, yibao } from "./fixtures";

const THIN: Partial<ExcelJS.Borders> = {
  top: { style: "thin" },
  left: { style: "thin" },
  bottom: { style: "thin" },
  right: { style: "thin" },
};

/** 石柱 附件1 as a clerk formats it; 柏树社区's 2417 typed as text, 高平村's target 2786.5. */
async function formattedShizhu(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("附件1");
  ws.getCell("A1").value = "附件1";
  ws.getCell("A2").value = "下路街道2025年度城乡居民基本医疗保险";
  ws.getCell("A3").value = "参保任务分解表";
  ws.mergeCells("A2:C2");
  ws.mergeCells("A3:C3");
  ws.getCell("A2").font = { bold: true, size: 16, name: "方正小标宋简体" };
  ws.getCell("A2").alignment = { horizontal: "center" };
  ws.getCell("C4").value = "单位：人";
  ["序号", "村社区", "任务数"].forEach((h, i) => {
    const c = ws.getCell(5, i + 1);
    c.value = h;
    c.font = { bold: true, name: "黑体" };
    c.border = THIN;
  });
  SHIZHU_UNITS.forEach(([name, target], i) => {
    const r = 6 + i;
    ws.getCell(r, 1).value = i + 1;
    ws.getCell(r, 2).value = name;
    ws.getCell(r, 3).value = name === "柏树社区" ? "2417" : name === "高平村" ? 2786.5 : target;
    for (let c = 1; c <= 3; c++) ws.getCell(r, c).border = THIN;
  });
  ws.getCell("A18").value = "合计";
  ws.mergeCells("A18:B18");
  ws.getCell("C18").value = { formula: "SUM(C6:C17)", result: 33828 - 2417 + 0.5, date1904: false };
  ws.getCell("C18").numFmt = "#,##0";
  ws.getColumn(1).width = 7;
  ws.getColumn(2).width = 18;
  ws.getColumn(3).width = 13;
  ws.getCell("B6").note = "社区书记：张三";
  (
    ws as unknown as { dataValidations: { add(r: string, v: ExcelJS.DataValidation): void } }
  ).dataValidations.add("B6:B17", {
    type: "list",
    allowBlank: true,
    formulae: ['"红岩社区,柏树社区"'],
  });
  const summary = wb.addWorksheet("汇总");
  summary.getCell("A1").value = "全街道任务";
  summary.getCell("B1").value = { formula: "附件1!C18", result: 31411.5, date1904: false };
  const notes = wb.addWorksheet("填表说明");
  notes.getCell("A1").value = "任务数按县下达数分解";
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

async function annotate(bytes: Uint8Array, fileName = "石柱附件1.xlsx") {
  const sheets = await readWorkbookBytes(bytes, fileName);
  const sheet = sheets[0];
  const report = checkTargets(sheet, {
    policy: getPolicy("cq-shizhu-2025"),
    source: "xlsx",
    otherSheets: sheets.slice(1),
  });
  const out = await annotatedWorkbook({ bytes, fileName, sheet, report });
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(out as unknown as ArrayBuffer);
  return { wb, report, out };
}

/** A note's text, whether exceljs reads it as a string or as rich text runs. */
export function noteText(c: ExcelJS.Cell): string {
  const n = c.note as string | { texts?: { text: string }[] } | undefined;
  return typeof n === "string" ? n : (n?.texts ?? []).map((t) => t.text).join("");
}

const argb = (c: ExcelJS.Cell): string | undefined =>
  (c.fill as ExcelJS.FillPattern | undefined)?.fgColor?.argb;

/** `font`: the header's font as the input file has it (LibreOffice substitutes missing fonts on save). */
function expectKept(wb: ExcelJS.Workbook, font = "黑体"): void {
  expect(wb.worksheets.map((w) => w.name)).toEqual(["附件1", "汇总", "填表说明", "检查结果"]);
  const ws = wb.getWorksheet("附件1")!;
  // The formula stays a formula; merges stay merged (the title once, not three times).
  expect(ws.getCell("C18").formula).toBe("SUM(C6:C17)");
  expect(ws.getCell("C18").numFmt).toBe("#,##0");
  expect(ws.getCell("A2").isMerged && ws.getCell("C2").isMerged).toBe(true);
  expect(ws.getCell("C2").master.address).toBe("A2");
  expect(ws.getCell("B18").master.address).toBe("A18");
  expect(ws.getCell("A2").font?.bold).toBe(true);
  expect(ws.getCell("A2").font?.size).toBe(16);
  expect(ws.getCell("B5").font?.name).toBe(font);
  expect(ws.getCell("B9").border?.left?.style).toBe("thin");
  expect([1, 2, 3].map((c) => ws.getColumn(c).width)).toEqual([7, 18, 13]);
  const dv = (ws as unknown as { dataValidations: { model: Record<string, { type: string }> } })
    .dataValidations.model;
  expect(Object.values(dv).map((v) => v.type)).toContain("list");
  // The clerk's own note stays.
  expect(JSON.stringify(ws.getCell("B6").note)).toContain("社区书记：张三");
  // The other sheets, with their formula.
  expect(wb.getWorksheet("汇总")!.getCell("B1").formula).toBe("附件1!C18");
  expect(wb.getWorksheet("填表说明")!.getCell("A1").value).toBe("任务数按县下达数分解");
}

function expectMarked(wb: ExcelJS.Workbook): void {
  const ws = wb.getWorksheet("附件1")!;
  // The text number is a warning (yellow), the decimal an error (red), with notes in words.
  expect(argb(ws.getCell("C7"))).toBe(`FF${WARNING_FILL}`);
  expect(argb(ws.getCell("C10"))).toBe(`FF${ERROR_FILL}`);
  expect(noteText(ws.getCell("C7"))).toMatch(/^【提示】/);
  expect(noteText(ws.getCell("C10"))).toMatch(/^【错误】/);
  // Only those cells: the neighbours that shared their style keep theirs.
  expect(argb(ws.getCell("C8"))).toBeUndefined();
  expect(argb(ws.getCell("C6"))).toBeUndefined();
  expect(ws.getCell("C8").border?.left?.style).toBe("thin");
  // 检查结果 lists the findings without codes.
  const list = wb.getWorksheet("检查结果")!;
  expect(list.getRow(3).values).toEqual([
    undefined,
    "序号",
    "级别",
    "单元格",
    "说明",
    "建议的修改",
  ]);
  const all: string[] = [];
  list.eachRow((r) => r.eachCell((c) => all.push(String(c.value))));
  expect(all.join("\n")).not.toMatch(/[A-Z]{3,}_[A-Z]+|NOT_INTEGER|TEXT_NUMBER/);
  expect(all.join("\n")).toContain("原工作簿的副本");
}

describe("the annotated copy keeps the clerk's workbook", () => {
  jest.setTimeout(180_000);

  test("a formatted, merged, multi-sheet 附件1 keeps its formulas, merges, styles, widths, lists and other sheets", async () => {
    const { wb, report } = await annotate(await formattedShizhu());
    expect(report.findings.map((f) => f.cell)).toEqual(expect.arrayContaining(["C7", "C10"]));
    expectKept(wb);
    expectMarked(wb);
  });

  test("the same for the file as LibreOffice saves it", async () => {
    const saved = new Uint8Array(recalcBytes(await formattedShizhu()));
    const input = new ExcelJS.Workbook();
    await input.xlsx.load(saved as unknown as ArrayBuffer);
    const { wb } = await annotate(saved);
    expectKept(wb, input.getWorksheet("附件1")!.getCell("B5").font!.name);
    expectMarked(wb);
  });

  test("yibao targets --out writes the annotated original; the input is unchanged", async () => {
    const dir = tmpDir();
    const file = join(dir, "石柱附件1.xlsx");
    const original = Buffer.from(await formattedShizhu());
    writeFileSync(file, original);
    const out = join(dir, "石柱附件1-检查结果.xlsx");
    const r = await yibao("targets", file, "--policy", "cq-shizhu-2025", "--out", out);
    expect(r.code).toBe(1);
    expect(readFileSync(file).equals(original)).toBe(true);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    expectKept(wb);
    expectMarked(wb);
  });

  test("fixes applied on the page go into the copy: the number, and the total as =SUM with its value", async () => {
    const bytes = await formattedShizhu();
    const sheets = await readWorkbookBytes(bytes, "a.xlsx");
    const sheet = sheets[0];
    sheet.rows[6][2] = 2417;
    sheet.rows[17][2] = 33828;
    const report = checkTargets(sheet, { source: "xlsx" });
    const out = await annotatedWorkbook({
      bytes,
      fileName: "a.xlsx",
      sheet,
      report,
      applied: [
        { kind: "textToNumber", row: 6, col: 2, value: 2417 },
        { kind: "sumFormula", row: 17, col: 2, formula: "=SUM(C6:C17)" },
      ],
    });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(out as unknown as ArrayBuffer);
    const ws = wb.getWorksheet("附件1")!;
    expect(ws.getCell("C7").value).toBe(2417);
    expect(ws.getCell("C18").formula).toBe("SUM(C6:C17)");
    expect(ws.getCell("C18").result).toBe(33828);
  });
});
