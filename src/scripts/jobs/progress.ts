/**
 * 记录参保进度, on whichever spreadsheet the host module reads and writes: for a target sheet
 * with 已缴费 (the daily or weekly report), one dated row per village in the 进度记录 sheet
 * (created the first time), with the target, people paid, the rate, the share due by the
 * milestones, the gap in people and the village's rank that day; the same date recorded again
 * replaces that date's rows. The figures are the target check's (checkTargets), the history
 * is the core's (recordProgress, as `yibao match` keeps it). 进度记录 is yibao's own sheet,
 * rewritten each time; the target sheet is only read. Answers the villages behind, for a flow
 * to send on. A figure with no value is left out of the answer (Office Scripts and Power
 * Automate pass no null).
 */
import { toIso } from "../../core/dates";
import { dueOn, progressEntries } from "../../core/progress/fromTargets";
import {
  isProgressHeader,
  PROGRESS_SHEET,
  progressReport,
  readProgress,
  recordProgress,
  type ProgressCell,
  type ProgressRow,
} from "../../core/progress/history";
import { progressSheet } from "../../core/progress/sheets";
import { getPolicy } from "../../core/policy/registry";
import { useWorkbookPolicyTable } from "../policyTable";
import { checkTargets } from "../../core/targets/check";
import {
  activeSheet,
  deleteSheet,
  findSheet,
  getSheet,
  moveSheet,
  nameOf,
  positionOf,
  readSheet,
  sheetNames,
  writeSheets,
  type Book,
} from "../host";
import { dateParam, given } from "../params";

export interface ProgressParams {
  policy: string;
  sheet?: string;
  date?: string;
}

export interface VillageProgress {
  village: string;
  target: number;
  paid: number;
  rate: number;
  /** Share due by the date; absent when no milestone had fallen due. */
  due?: number;
  /** People still to pay to reach it. */
  shortfall?: number;
  rank: number;
}

export interface ProgressSummary {
  date: string;
  /** The report date before this one in 进度记录; absent on the first. */
  previous?: string;
  due?: number;
  villages: number;
  /** The villages below the share due that day, in rank order. */
  behind: VillageProgress[];
}

function village(r: ProgressRow): VillageProgress {
  const v: VillageProgress = {
    village: r.village,
    target: r.target,
    paid: r.paid,
    rate: r.rate,
    rank: r.rank,
  };
  if (r.due !== null) v.due = r.due;
  if (r.shortfall !== null) v.shortfall = r.shortfall;
  return v;
}

function today(): string {
  const d = new Date();
  const two = (n: number): string => (n < 10 ? `0${n}` : String(n));
  return `${d.getFullYear()}-${two(d.getMonth() + 1)}-${two(d.getDate())}`;
}

export function progressJob(book: Book, p: ProgressParams): ProgressSummary {
  // A 政策表 sheet in the workbook is the policy of its region and year (its region when none is chosen).
  const table = useWorkbookPolicyTable(book);
  const model = table && !given(p.policy) ? table : getPolicy(String(p.policy ?? ""));
  const day = given(p.date) ? toIso(dateParam(p.date, "报告日期")) : today();
  const ws = given(p.sheet) ? findSheet(book, p.sheet) : activeSheet(book);
  if (!ws) throw new Error(`没有名为“${p.sheet}”的工作表。现有：${sheetNames(book).join("、")}`);
  if (nameOf(ws) === PROGRESS_SHEET)
    throw new Error(
      `当前是“${PROGRESS_SHEET}”工作表：请先切到任务分解表，或在 sheet 参数中写上它的名字。`
    );
  const target = readSheet(ws);
  const report = checkTargets(target, { policy: model, asOf: dateParam(day, "报告日期") });
  if (report.summary.headerRow < 0)
    throw new Error(report.findings[0]?.message ?? `工作表“${target.name}”不是任务分解表`);
  const entries = progressEntries(report);
  if (entries.length === 0)
    throw new Error(
      `工作表“${target.name}”没有已缴费人数：任务分解表需要“已缴费”（或“已参保”）列，并填上各村（社区）的人数。`
    );

  const old = getSheet(book, PROGRESS_SHEET);
  let existing: ProgressCell[][] = [];
  if (old) {
    // Spreadsheets hand dates over as serial numbers; a Date only comes from a file reader.
    existing = readSheet(old).rows.map((r) => r.map((v) => (v instanceof Date ? null : v)));
    if (!isProgressHeader(existing[0] ?? []))
      throw new Error(
        `工作簿中已有名为“${PROGRESS_SHEET}”的工作表，但不是本助手生成的进度记录（第1行为：${(existing[0] ?? []).filter((v) => v !== null && v !== "").join("、") || "空"}）。请先把它改名，再记录进度。`
      );
  }
  const values = recordProgress(existing, day, entries, dueOn(model, day));
  const history = readProgress(values);
  const position = old ? positionOf(old) : -1;
  if (old) deleteSheet(book, old);
  const written = writeSheets(book, [progressSheet(history)], { exactNames: true }).names[0];
  if (position >= 0) moveSheet(book, written, position);
  const rep = progressReport(history, day)!;
  const summary: ProgressSummary = {
    date: day,
    villages: rep.ranking.length,
    behind: rep.behind.map((r) => village(r)),
  };
  if (rep.previous !== null) summary.previous = rep.previous;
  if (rep.due !== null) summary.due = rep.due;
  return summary;
}
