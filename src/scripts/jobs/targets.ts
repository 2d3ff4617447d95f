/**
 * 检查任务分解表, on whichever spreadsheet the host module reads and writes: the target check
 * of the CLI and the taskpane (checkTargets) on the named sheet or the active one. Each cell
 * the check finds fault with gets the fill and the comment of the annotated copy (findingMarks:
 * red for an error, yellow for a warning, the findings in the clerk's words); no value is
 * changed. A later run replaces its own marks (the host's markCells). The 检查结果 sheet (and
 * 进度汇总 when the table has progress data) is the core's, as the CLI and the taskpane write
 * it; the job answers what `yibao targets --json` prints.
 */
import { getPolicy } from "../../core/policy/registry";
import { useWorkbookPolicyTable } from "../policyTable";
import type { SheetData } from "../../core/sheet/address";
import { findingMarks, reportSheets } from "../../core/targets/annotate";
import { checkTargets } from "../../core/targets/check";
import { reportJson, type TargetsJson } from "../../core/targets/json";
import {
  activeSheet,
  deleteSheet,
  findSheet,
  getSheet,
  markCells,
  nameOf,
  readSheet,
  sheetNames,
  writeSheets,
  type Book,
} from "../host";
import { countParam, dateParam, given } from "../params";

export interface TargetsParams {
  policy?: string;
  sheet?: string;
  assigned?: number;
  asOf?: string;
}

/** The first cell of the sheets the check writes, by which an earlier run's sheet is known. */
const OUR_SHEETS: { name: string; title: string }[] = [
  { name: "检查结果", title: "任务分解表检查结果：" },
  { name: "进度汇总", title: "进度汇总：" },
];
/** The same ceiling as the CLI's --assigned: more than any county's units. */
const MAX_ASSIGNED = 100_000_000;

/** Deletes the 检查结果 / 进度汇总 sheets an earlier run wrote (known by their first cell). */
function dropOurSheets(book: Book): void {
  for (const s of OUR_SHEETS) {
    const ws = getSheet(book, s.name);
    if (!ws) continue;
    const a1 = readSheet(ws, { maxRows: 1 }).rows[0]?.[0];
    if (typeof a1 === "string" && a1.startsWith(s.title)) deleteSheet(book, ws);
  }
}

export function targetsJob(book: Book, p: TargetsParams): TargetsJson {
  // A 政策表 sheet in the workbook is the policy of its region and year (its region when none is chosen).
  const table = useWorkbookPolicyTable(book);
  const model = given(p.policy) ? getPolicy(p.policy) : (table ?? undefined);
  const ws = given(p.sheet) ? findSheet(book, p.sheet) : activeSheet(book);
  if (!ws) throw new Error(`没有名为“${p.sheet}”的工作表。现有：${sheetNames(book).join("、")}`);
  const figure = countParam(p.assigned, "上级下达的任务数", MAX_ASSIGNED);
  const day = given(p.asOf) ? dateParam(p.asOf, "统计截至日期") : undefined;
  const target = readSheet(ws);
  // The other sheets, as the CLI reads the whole file: a unit's own sheet is compared with its row.
  const others: SheetData[] = [];
  for (const name of sheetNames(book)) {
    const other = name === nameOf(ws) ? undefined : getSheet(book, name);
    if (other) others.push(readSheet(other));
  }
  const report = checkTargets(target, {
    assigned: figure,
    asOf: day,
    policy: model,
    source: "excel",
    otherSheets: others,
  });
  markCells(ws, findingMarks(report.findings));
  dropOurSheets(book);
  const note = `有问题的单元格已在工作表“${target.name}”中标色并加了批注；单元格的值没有改动。`;
  writeSheets(book, reportSheets(report, sheetNames(book), note));
  return reportJson(report);
}
