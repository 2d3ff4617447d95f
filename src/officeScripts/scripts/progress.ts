/**
 * 记录参保进度 as an Office Script: for a target sheet with 已缴费 (the daily or weekly
 * report), one dated row per village in the 进度记录 sheet (created the first time), with the
 * target, people paid, the rate, the share due by the milestones, the gap in people and the
 * village's rank that day; the same date recorded again replaces that date's rows. The
 * figures are the target check's (checkTargets), the history is the core's (recordProgress,
 * as `yibao match` keeps it). 进度记录 is yibao's own sheet, rewritten each time; the target
 * sheet is only read. Returns the villages behind, for a flow to send on.
 */
/* eslint-disable @typescript-eslint/no-unused-vars -- Excel calls main; nothing here does. */
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
import { checkTargets } from "../../core/targets/check";
import type { PolicyId } from "../embeddedPolicies";
import { dateParam, given } from "../params";
import { findSheet, readSheet, sheetNames } from "../sheetReader";
import { writeSheets } from "../sheetWriter";

interface VillageProgress {
  village: string;
  target: number;
  paid: number;
  rate: number;
  /** Share due by the date, null when no milestone had fallen due. */
  due: number | null;
  /** People still to pay to reach it. */
  shortfall: number | null;
  rank: number;
}

interface ProgressSummary {
  date: string;
  /** The report date before this one in 进度记录, null on the first. */
  previous: string | null;
  due: number | null;
  villages: number;
  /** The villages below the share due that day, in rank order. */
  behind: VillageProgress[];
}

function village(r: ProgressRow): VillageProgress {
  return {
    village: r.village,
    target: r.target,
    paid: r.paid,
    rate: r.rate,
    due: r.due,
    shortfall: r.shortfall,
    rank: r.rank,
  };
}

function today(): string {
  const d = new Date();
  const two = (n: number): string => (n < 10 ? `0${n}` : String(n));
  return `${d.getFullYear()}-${two(d.getMonth() + 1)}-${two(d.getDate())}`;
}

/**
 * 把任务分解表中各村（社区）的已缴费人数记入“进度记录”工作表（首次运行时新建），同一日期再次运行则替换当天的记录；返回进度落后的村（社区）。
 * @param workbook 当前工作簿
 * @param policy 政策（地区和年度），用于进度节点（应完成进度）
 * @param sheet 任务分解表所在的工作表名；不填则用当前工作表
 * @param date 报告日期（如 2024-11-29）；不填则为今天
 */
function main(
  workbook: ExcelScript.Workbook,
  policy: PolicyId,
  sheet?: string,
  date?: string
): ProgressSummary {
  const model = getPolicy(String(policy ?? ""));
  const day = given(date) ? toIso(dateParam(date, "报告日期")) : today();
  const ws = given(sheet) ? findSheet(workbook, sheet) : workbook.getActiveWorksheet();
  if (!ws) throw new Error(`没有名为“${sheet}”的工作表。现有：${sheetNames(workbook).join("、")}`);
  if (ws.getName() === PROGRESS_SHEET)
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

  const old = workbook.getWorksheet(PROGRESS_SHEET);
  let existing: ProgressCell[][] = [];
  if (old) {
    // Excel hands dates over as serial numbers; a Date only comes from a file reader.
    existing = readSheet(old).rows.map((r) => r.map((v) => (v instanceof Date ? null : v)));
    if (!isProgressHeader(existing[0] ?? []))
      throw new Error(
        `工作簿中已有名为“${PROGRESS_SHEET}”的工作表，但不是本助手生成的进度记录（第1行为：${(existing[0] ?? []).filter((v) => v !== null && v !== "").join("、") || "空"}）。请先把它改名，再记录进度。`
      );
  }
  const values = recordProgress(existing, day, entries, dueOn(model, day));
  const history = readProgress(values);
  const position = old ? old.getPosition() : -1;
  if (old) old.delete();
  const written = writeSheets(workbook, [progressSheet(history)], { exactNames: true }).names[0];
  if (position >= 0) workbook.getWorksheet(written)?.setPosition(position);
  const rep = progressReport(history, day)!;
  return {
    date: day,
    previous: rep.previous,
    due: rep.due,
    villages: rep.ranking.length,
    behind: rep.behind.map(village),
  };
}
