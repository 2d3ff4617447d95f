/**
 * What the annotated copy of a checked sheet adds (standalone page and `yibao targets --out`):
 * each finding's cell filled (errors red, warnings yellow) with the findings as its note, a
 * 检查结果 sheet listing the findings, and a 进度汇总 sheet when the table has progress data.
 * src/io/annotateWorkbook.ts puts these marks into a copy of the clerk's own workbook; a CSV
 * has nothing to keep but its values, and annotatedCopy gives those as a sheet. The input
 * file is never modified.
 */
import { fromJsDate, toExcelSerial } from "../dates";
import type { CellValue, SheetData } from "../sheet/address";
import { type CellSpec, safeSheetName, type SheetSpec } from "../sheet/spec";
import { percentText } from "./check";
import type { TargetFinding, TargetReport } from "./types";

export const ERROR_FILL = "FFC7CE";
export const WARNING_FILL = "FFEB9C";

const LEVEL = { error: "错误", warning: "提示" } as const;

function copyCell(v: CellValue, numbersFromText: boolean): CellSpec | null {
  if (v === null || v === undefined) return null;
  // A CSV keeps every field as text; in the copy, plain numbers become numbers again.
  if (numbersFromText && typeof v === "string" && /^-?\d{1,15}(\.\d+)?$/.test(v.trim())) {
    return { value: Number(v.trim()) };
  }
  if (v instanceof Date) {
    const day = fromJsDate(v);
    return day === null ? null : { value: toExcelSerial(day), numFmt: "yyyy-mm-dd" };
  }
  return { value: v };
}

/** One marked cell: its fill and its note (every finding at that cell, in the clerk's words). */
export interface CellMark {
  row: number;
  col: number;
  cell: string;
  fill: string;
  note: string;
}

/**
 * A cell note yibao wrote: every note of findingMarks starts with the level in brackets. A
 * script replaces or removes only such notes, never one the clerk wrote.
 */
export function isFindingNote(text: string): boolean {
  return /^【(错误|提示)】/.test(text);
}

/** The findings grouped by cell: red where any is an error, else yellow. */
export function findingMarks(findings: TargetFinding[]): CellMark[] {
  const byCell = new Map<string, TargetFinding[]>();
  for (const f of findings) byCell.set(f.cell, [...(byCell.get(f.cell) ?? []), f]);
  return [...byCell.values()].map((list) => ({
    row: list[0].row,
    col: list[0].col,
    cell: list[0].cell,
    fill: list.some((f) => f.severity === "error") ? ERROR_FILL : WARNING_FILL,
    note: list.map((f) => `【${LEVEL[f.severity]}】${f.message}`).join("\n"),
  }));
}

/** The sheet's values with the findings marked (for a CSV, which has nothing else to keep). */
export function annotatedCopy(
  sheet: SheetData,
  findings: TargetFinding[],
  name = sheet.name,
  numbersFromText = false
): SheetSpec {
  const cells: (CellSpec | null)[][] = sheet.rows.map((row) =>
    (row ?? []).map((v) => copyCell(v, numbersFromText))
  );
  for (const m of findingMarks(findings)) {
    while (cells.length <= m.row) cells.push([]);
    const line = cells[m.row];
    while (line.length <= m.col) line.push(null);
    line[m.col] = { ...(line[m.col] ?? {}), fill: m.fill, note: m.note };
  }
  const widest = cells.reduce((n, r) => Math.max(n, r.length), 0);
  return { name: safeSheetName(name), cells, columnWidths: new Array(widest).fill(14) };
}

/** The repair the check proposes, in words. */
export function fixText(f: TargetFinding): string {
  if (!f.fix) return "";
  return f.fix.kind === "textToNumber"
    ? `改为数字 ${f.fix.value}`
    : `改为公式 =${f.fix.formula.replace(/^=/, "")}`;
}

/**
 * The findings as a list, with the summary and notes under it. `copyNote` says what the
 * copy is (the clerk's workbook with marks, or a CSV's values).
 */
export function findingsSheet(
  report: TargetReport,
  name = "检查结果",
  copyNote = "有问题的单元格已在表中标色并加了批注；原文件没有改动。"
): SheetSpec {
  const s = report.summary;
  const errors = report.findings.filter((f) => f.severity === "error").length;
  const warnings = report.findings.length - errors;
  const cells: (CellSpec | null)[][] = [];
  cells.push([
    {
      value: `任务分解表检查结果：${report.sheet}${s.title ? `（${s.title}）` : ""}`,
      bold: true,
      fontSize: 14,
    },
  ]);
  cells.push([
    {
      wrap: true,
      value:
        `${report.ok ? "通过" : "未通过"}：${errors} 个错误，${warnings} 个提示。` +
        `${s.units} 个单位，各单位之和 ${s.sumOfUnits}` +
        (s.declaredTotal !== null ? `，合计 ${s.declaredTotal}` : "，没有合计") +
        (s.assigned !== null ? `，上级下达 ${s.assigned}` : "") +
        "。",
    },
  ]);
  cells.push(
    ["序号", "级别", "单元格", "说明", "建议的修改"].map((h) => ({
      value: h,
      bold: true,
      fill: "D9D9D9",
      align: "center" as const,
    }))
  );
  if (report.findings.length === 0) cells.push([null, null, null, { value: "未发现问题" }, null]);
  report.findings.forEach((f, i) => {
    cells.push([
      { value: i + 1 },
      {
        value: LEVEL[f.severity],
        fill: f.severity === "error" ? ERROR_FILL : WARNING_FILL,
        align: "center",
      },
      { value: f.cell, align: "center" },
      { value: f.message, wrap: true },
      { value: fixText(f), wrap: true },
    ]);
  });
  const lastRow = cells.length - 1;
  cells.push([]);
  const notes = [...(s.notes ?? []), copyNote];
  for (const n of notes) cells.push([{ value: "说明" }, null, null, { value: n, wrap: true }]);
  return {
    name: safeSheetName(name),
    cells,
    columnWidths: [6, 6, 8, 80, 20],
    merges: ["A1:E1", "A2:E2"],
    frozenRows: 3,
    table: { headerRow: 2, lastRow },
  };
}

/** Each unit's progress, grade and work fund; null when the table has no progress data. */
export function progressSheet(report: TargetReport, name = "进度汇总"): SheetSpec | null {
  const s = report.summary;
  if (s.progress.length === 0) return null;
  const rate = (v: number | null | undefined): CellSpec | null =>
    v === null || v === undefined ? null : { value: v, numFmt: "0.00%" };
  const cells: (CellSpec | null)[][] = [];
  const dueText = s.due
    ? `截至 ${s.asOf} 应完成 ${percentText(s.due.share)}（节点 ${s.due.by}）`
    : "未对照进度节点";
  cells.push([{ value: `进度汇总：${report.sheet}；${dueText}`, bold: true, fontSize: 14 }]);
  cells.push(
    [
      "村（社区）",
      "任务数",
      "已缴费人数",
      "完成率",
      "应完成",
      "进度",
      "还差人数",
      "低收入人口参保率",
      "脱贫人口参保率",
      "评档",
      "工作经费（元）",
    ].map((h) => ({ value: h, bold: true, fill: "D9D9D9" }))
  );
  let target = 0;
  let paid = 0;
  for (const p of s.progress) {
    target += p.target;
    paid += p.paid ?? 0;
    cells.push([
      { value: p.unit },
      { value: p.target, numFmt: "0" },
      p.paid === null ? null : { value: p.paid, numFmt: "0" },
      rate(p.rate),
      rate(p.due),
      p.due === null ? null : p.behind ? { value: "落后", fill: WARNING_FILL } : { value: "达到" },
      p.shortfall === null || p.shortfall === undefined
        ? null
        : { value: p.shortfall, numFmt: "0" },
      rate(p.lowIncomeRate),
      rate(p.povertyRate),
      p.grade === null ? null : { value: p.grade, align: "center" },
      p.workFund === null ? null : { value: p.workFund, numFmt: "#,##0.00" },
    ]);
  }
  cells.push([
    { value: "合计", bold: true },
    { value: target, numFmt: "0", bold: true },
    { value: paid, numFmt: "0", bold: true },
    target > 0 ? { value: paid / target, numFmt: "0.00%", bold: true } : null,
    null,
    null,
    null,
    null,
    null,
    null,
    s.workFundTotal === null || s.workFundTotal === undefined
      ? null
      : { value: s.workFundTotal, numFmt: "#,##0.00", bold: true },
  ]);
  return {
    name: safeSheetName(name),
    cells,
    columnWidths: [16, 10, 12, 10, 10, 8, 10, 16, 14, 8, 14],
    frozenRows: 2,
    table: { headerRow: 1 },
  };
}

/**
 * The sheets the check adds to the copy: 检查结果, and 进度汇总 when there is progress data,
 * under names not taken in the workbook.
 */
export function reportSheets(
  report: TargetReport,
  taken: string[],
  copyNote?: string
): SheetSpec[] {
  const names = [...taken];
  const list = findingsSheet(report, safeSheetName("检查结果", names), copyNote);
  names.push(list.name);
  const specs = [list];
  const progress = progressSheet(report, safeSheetName("进度汇总", names));
  if (progress) specs.push(progress);
  return specs;
}

/**
 * The annotated workbook as sheets, from the values alone: the marked copy, 检查结果, and
 * 进度汇总 when there is progress data. For a CSV (source "csv") the copy turns plain
 * numeric text back into numbers. An .xlsx is annotated in a copy of the file itself
 * (src/io/annotateWorkbook.ts), keeping everything else in it.
 */
export function annotateTargets(
  sheet: SheetData,
  report: TargetReport,
  options: { source?: "xlsx" | "csv" | "excel" } = {}
): SheetSpec[] {
  const copy = annotatedCopy(sheet, report.findings, sheet.name, options.source === "csv");
  const note =
    options.source === "csv"
      ? "CSV 文件只有单元格的值：本副本是这些值，有问题的单元格标了颜色并加了批注；原文件没有改动。"
      : `工作表“${copy.name}”是原表数值的副本（公式和格式不在其中），有问题的单元格标了颜色并加了批注；原工作表没有改动。`;
  return [copy, ...reportSheets(report, [copy.name], note)];
}
