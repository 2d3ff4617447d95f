/**
 * 记录参保进度 as an Office Script: the progress job (src/scripts/jobs/progress.ts) over
 * ExcelScript. The target sheet is only read; 进度记录 is yibao's own sheet. Returns the
 * villages behind, for a flow to send on.
 */
/* eslint-disable @typescript-eslint/no-unused-vars -- Excel calls main; nothing here does. */
import { progressJob, type ProgressSummary } from "../../scripts/jobs/progress";
import type { PolicyId } from "../embeddedPolicies";

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
  return progressJob(workbook, { policy, sheet, date });
}
