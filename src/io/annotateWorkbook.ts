/**
 * The annotated copy of the clerk's own workbook (下载标注后的工作簿, `yibao targets --out`):
 * the original file loaded and kept whole (every sheet, formula, merge, style, width and
 * list), the cells found at fault filled and given a note, the fixes the clerk applied on
 * the page written in, and 检查结果 and 进度汇总 added as new sheets. It is saved under a new
 * name by the caller; the original bytes are never written. A CSV has only values: its copy
 * is built from them.
 */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import type { SheetData } from "../core/sheet/address";
import {
  annotateTargets,
  type CellMark,
  findingMarks,
  reportSheets,
} from "../core/targets/annotate";
import type { TargetFix, TargetReport } from "../core/targets/types";
import { isCsvName } from "./workbook";
import { addSheet, workbookBytes, writeXlsx } from "./xlsxWriter";

export interface AnnotateInput {
  /** The opened file as it is on disk. */
  bytes: Uint8Array;
  fileName: string;
  /** The checked sheet as read (on the page: with the fixes applied). */
  sheet: SheetData;
  report: TargetReport;
  /** Fixes the clerk applied since the file was opened, in order (written into the copy). */
  applied?: TargetFix[];
}

/** Parts of a package exceljs does not carry over; the 检查结果 sheet says so when present. */
const UNKEPT: { pattern: RegExp; what: string }[] = [
  { pattern: /^xl\/charts\//, what: "图表" },
  { pattern: /^xl\/pivotTables\//, what: "数据透视表" },
  { pattern: /^xl\/(activeX|ctrlProps)\//, what: "控件" },
  { pattern: /^xl\/vbaProject\.bin$/, what: "宏" },
];

async function unkeptParts(bytes: Uint8Array): Promise<string[]> {
  const zip = await JSZip.loadAsync(bytes);
  const names = Object.keys(zip.files);
  return UNKEPT.filter((u) => names.some((n) => u.pattern.test(n))).map((u) => u.what);
}

function applyFix(ws: ExcelJS.Worksheet, fix: TargetFix, sheet: SheetData): void {
  const cell = ws.getCell(fix.row + 1, fix.col + 1);
  if (fix.kind === "textToNumber") {
    cell.value = fix.value;
    return;
  }
  const now = sheet.rows[fix.row]?.[fix.col];
  const value: ExcelJS.CellFormulaValue = {
    formula: fix.formula.replace(/^=/, ""),
    date1904: false,
  };
  if (typeof now === "number") (value as { result?: number }).result = now;
  cell.value = value;
}

/** Fills the cell and adds the findings to its note (after the clerk's own note, if any). */
function mark(target: ExcelJS.Cell, m: CellMark): void {
  // exceljs shares one style object among the cells of a style: give this cell its own.
  target.style = {
    ...target.style,
    fill: { type: "pattern", pattern: "solid", fgColor: { argb: `FF${m.fill}` } },
  };
  const old = target.note as string | { texts?: { text: string }[] } | undefined;
  const before = typeof old === "string" ? old : (old?.texts ?? []).map((t) => t.text).join("");
  target.note = before ? `${before}\n${m.note}` : m.note;
}

export async function annotatedWorkbook(input: AnnotateInput): Promise<Uint8Array> {
  const { report, sheet } = input;
  if (isCsvName(input.fileName))
    return writeXlsx(annotateTargets(sheet, report, { source: "csv" }));

  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(input.bytes as unknown as ArrayBuffer);
  } catch {
    throw new Error(`无法读取 ${input.fileName}，没有生成标注副本`);
  }
  const ws = wb.getWorksheet(sheet.name);
  if (!ws) throw new Error(`${input.fileName} 中没有工作表“${sheet.name}”，没有生成标注副本`);
  for (const fix of input.applied ?? []) applyFix(ws, fix, sheet);
  for (const m of findingMarks(report.findings)) mark(ws.getCell(m.row + 1, m.col + 1), m);
  const unkept = await unkeptParts(input.bytes);
  const note =
    `本文件是原工作簿的副本：工作表“${sheet.name}”中有问题的单元格标了颜色并加了批注，其余内容与原文件相同；原文件没有改动。` +
    (unkept.length > 0
      ? `原文件中的${unkept.join("、")}没有保留在本副本中，请在原文件中查看。`
      : "");
  for (const spec of reportSheets(
    report,
    wb.worksheets.map((w) => w.name),
    note
  ))
    addSheet(wb, spec);
  return workbookBytes(wb);
}
