/**
 * 检查任务分解表 as an Office Script: the target check of the CLI and the taskpane
 * (checkTargets) on the named sheet or the active one. Each cell the check finds fault with
 * gets the fill and the comment of the annotated copy (findingMarks: red for an error, yellow
 * for a warning, the findings in the clerk's words); no value is changed. A later run
 * replaces its own marks: a cell marked before and now fine loses the fill and the comment
 * yibao put there, and a comment the clerk wrote is never touched. The 检查结果 sheet (and
 * 进度汇总 when the table has progress data) is the core's, as the CLI and the taskpane write
 * it; the script returns what `yibao targets --json` prints.
 */
/* eslint-disable @typescript-eslint/no-unused-vars -- Excel calls main; nothing here does. */
import { getPolicy } from "../../core/policy/registry";
import { parseAddress } from "../../core/sheet/address";
import { findingMarks, reportSheets } from "../../core/targets/annotate";
import { checkTargets } from "../../core/targets/check";
import { reportJson, type TargetsJson } from "../../core/targets/json";
import type { PolicyId } from "../embeddedPolicies";
import { countParam, dateParam, given } from "../params";
import { findSheet, readSheet, sheetNames } from "../sheetReader";
import { writeSheets } from "../sheetWriter";

/** A comment yibao wrote: findingMarks starts every note with the level in brackets. */
const OUR_NOTE = /^【(错误|提示)】/;
/** The first cell of the sheets the check writes, by which an earlier run's sheet is known. */
const OUR_SHEETS: { name: string; title: string }[] = [
  { name: "检查结果", title: "任务分解表检查结果：" },
  { name: "进度汇总", title: "进度汇总：" },
];
/** The same ceiling as the CLI's --assigned: more than any county's units. */
const MAX_ASSIGNED = 100_000_000;

function cellKey(address: string): string {
  return address.replace(/^.*!/, "").replace(/\$/g, "").toUpperCase();
}

/** Marks the findings' cells (fill and comment) and takes away this script's earlier marks. */
function markCells(ws: ExcelScript.Worksheet, marks: ReturnType<typeof findingMarks>): void {
  const comments = new Map<string, ExcelScript.Comment>();
  for (const c of ws.getComments()) comments.set(cellKey(c.getLocation().getAddress()), c);
  const now = new Set(marks.map((m) => m.cell));
  comments.forEach((c, cell) => {
    if (now.has(cell) || !OUR_NOTE.test(c.getContent())) return;
    c.delete();
    const at = parseAddress(cell);
    if (at) ws.getCell(at.row, at.col).getFormat().getFill().clear();
  });
  for (const m of marks) {
    const cell = ws.getCell(m.row, m.col);
    cell.getFormat().getFill().setColor(`#${m.fill}`);
    const old = comments.get(m.cell);
    if (!old) ws.addComment(cell, m.note, ExcelScript.ContentType.plain);
    else if (OUR_NOTE.test(old.getContent())) old.setContent(m.note);
  }
}

/** Deletes the 检查结果 / 进度汇总 sheets an earlier run wrote (known by their first cell). */
function dropOurSheets(workbook: ExcelScript.Workbook): void {
  for (const s of OUR_SHEETS) {
    const ws = workbook.getWorksheet(s.name);
    if (!ws) continue;
    const a1 = ws.getRange("A1").getValues()[0][0];
    if (typeof a1 === "string" && a1.startsWith(s.title)) ws.delete();
  }
}

/**
 * 检查参保任务分解表（合计、重复、文本数字、序号、覆盖率、进度、评档和工作经费），在有问题的单元格标色加批注，并写出“检查结果”工作表；单元格的值不改动。
 * @param workbook 当前工作簿
 * @param policy 政策（地区和年度），用于覆盖率、进度节点、评档和工作经费；不填则只查表内
 * @param sheet 任务分解表所在的工作表名；不填则用当前工作表
 * @param assigned 上级下达的任务数；填了则核对合计是否相符
 * @param asOf 统计截至日期（如 2024-11-29），用于对照进度节点
 */
function main(
  workbook: ExcelScript.Workbook,
  policy?: PolicyId,
  sheet?: string,
  assigned?: number,
  asOf?: string
): TargetsJson {
  const model = given(policy) ? getPolicy(policy) : undefined;
  const ws = given(sheet) ? findSheet(workbook, sheet) : workbook.getActiveWorksheet();
  if (!ws) throw new Error(`没有名为“${sheet}”的工作表。现有：${sheetNames(workbook).join("、")}`);
  const figure = countParam(assigned, "上级下达的任务数", MAX_ASSIGNED);
  const day = given(asOf) ? dateParam(asOf, "统计截至日期") : undefined;
  const target = readSheet(ws);
  // The other sheets, as the CLI reads the whole file: a unit's own sheet is compared with its row.
  const others = workbook
    .getWorksheets()
    .filter((s) => s.getName() !== ws.getName())
    .map((s) => readSheet(s));
  const report = checkTargets(target, {
    assigned: figure,
    asOf: day,
    policy: model,
    source: "excel",
    otherSheets: others,
  });
  markCells(ws, findingMarks(report.findings));
  dropOurSheets(workbook);
  const note = `有问题的单元格已在工作表“${target.name}”中标色并加了批注；单元格的值没有改动。`;
  writeSheets(workbook, reportSheets(report, sheetNames(workbook), note));
  return reportJson(report);
}
