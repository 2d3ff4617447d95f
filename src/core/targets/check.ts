/**
 * 检查任务分解表: reads a target-decomposition sheet (参保任务分解表 / 参保目标任务表) as a
 * 2-D array, wherever the table starts, and reports what is wrong with the cell to fix.
 *
 * How the sheet is read:
 * - The header row is the first row among the first 30 that has a unit-name column
 *   (村（社区）, 村社区, 村(社区), 乡镇（街道）, 单位…) and a target column (任务数, 参保目标,
 *   2025年度参保目标…). A second header row under it (merged group headers such as
 *   “7类低收入人口” over “人数 / 已参保”) is read too.
 * - Above it: the title (text rows, 附件N lines left out) and the unit line (单位：人).
 * - Below it: one unit per row until the total row (合计, 合 计, 总计, 全镇合计) in any column
 *   left of the target, or a note line (注：, 填表人…), or the end. 小计 rows are not units.
 * - Group columns (7类低收入人口, 脱贫人口) are read by their header: a header with 率 or % holds
 *   rates, otherwise one with 已参保/已缴费/参保人数 holds people paid and any other holds the
 *   group's head count; rate = paid ÷ count (a group of 0 people counts as 100%). In a rate
 *   column, text like “98%” and numbers above 1 are percentages, numbers up to 1 are shares
 *   (Excel keeps 98% as 0.98); a header marked (%) makes every number a percentage.
 *
 * Pure: no Office, no files. The CLI, the taskpane and the standalone page all call it.
 *
 * This file runs the rules in order; each rule is in rules/, the table's layout in layout.ts,
 * cell reading in cells.ts and progress in progress.ts.
 */
import { columnName, type SheetData } from "../sheet/address";
import { toIso } from "../dates";
import type { TargetCheckOptions, TargetReport, TargetSummary } from "./types";
import { add, sortFindings, type Ctx } from "./findings";
import { HEADER_SCAN_ROWS, locateTable, parseRows, unitNoun } from "./layout";
import { progressOf } from "./progress";
import { checkCoverage } from "./rules/coverage";
import { checkSequence } from "./rules/sequence";
import { checkAssigned, checkSums } from "./rules/sums";
import { checkTitle } from "./rules/title";
import { checkUnitSheets, sheetTotal } from "./rules/unitSheets";
import { readUnits } from "./rules/units";

export { classifyHeader, HEADER_SCAN_ROWS, locateTable } from "./layout";
export { headerKey } from "../sheet/header";
export type { ColumnRole, TableLayout } from "./layout";
export { percentText } from "./words";
export { sheetTotal };

function emptySummary(sheet: SheetData, options: TargetCheckOptions): TargetSummary {
  return {
    title: null,
    headerRow: -1,
    totalRow: null,
    units: 0,
    sumOfUnits: 0,
    declaredTotal: null,
    assigned: options.assigned ?? null,
    population: null,
    paid: null,
    progress: [],
    sheet: sheet.name,
    range: null,
    columns: {},
    unitLine: null,
    policy: options.policy?.id ?? null,
    asOf: options.asOf !== undefined ? toIso(options.asOf) : null,
    due: null,
    coverageGoal: null,
    workFundTotal: null,
    notes: [],
  };
}

/** Checks a target-decomposition sheet. See the file comment for how the sheet is read. */
export function checkTargets(sheet: SheetData, options: TargetCheckOptions = {}): TargetReport {
  const rows = sheet.rows;
  const ctx: Ctx = { rows, findings: [], csv: options.source === "csv" };
  const summary = emptySummary(sheet, options);
  const notes = summary.notes!;
  const policy = options.policy;

  const layout = locateTable(rows);
  if (!layout) {
    add(
      ctx,
      "error",
      "NO_HEADER",
      0,
      0,
      `前${HEADER_SCAN_ROWS}行中没有找到表头：表头行应同时有村（社区）名称列（如“村（社区）”“村社区”）和任务数列（如“任务数”“参保目标”“2025年度参保目标”）。请确认选对了工作表，或补上表头。`
    );
    return { ok: false, sheet: sheet.name, findings: ctx.findings, summary };
  }
  const col = layout.columns;
  const noun = unitNoun(layout);
  summary.headerRow = layout.headerRow;
  summary.columns = Object.fromEntries(
    Object.entries(col).map(([role, c]) => [role, columnName(c as number)])
  );

  checkTitle(ctx, layout, summary);
  const parsed = parseRows(rows, layout);
  const read = readUnits(ctx, layout, parsed, noun, summary);
  const units = read.units;
  checkSequence(ctx, layout, units);
  checkSums(ctx, layout, parsed, read, noun, summary);
  if (options.assigned !== undefined)
    checkAssigned(ctx, layout, parsed, read.lastUnitRow, noun, summary, options.assigned);
  const populationOf = checkCoverage(ctx, layout, units, policy, summary);

  if (col.paid !== undefined || options.matched) {
    summary.progress = progressOf(ctx, layout, units, populationOf, options, summary);
  } else if (options.asOf !== undefined) {
    notes.push("表中没有已缴费（已参保）人数列，未检查进度。");
  }

  const others = options.otherSheets ?? [];
  if (others.length > 0) checkUnitSheets(ctx, layout, sheet.name, units, others, noun, notes);

  const findings = sortFindings(ctx.findings);
  summary.notes = notes;
  return {
    ok: !findings.some((f) => f.severity === "error"),
    sheet: sheet.name,
    findings,
    summary,
  };
}
