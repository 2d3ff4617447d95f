/**
 * 检查任务分解表 as an Office Script: the target check job (src/scripts/jobs/targets.ts) over
 * ExcelScript. No value is changed; the script returns what `yibao targets --json` prints.
 */
/* eslint-disable @typescript-eslint/no-unused-vars -- Excel calls main; nothing here does. */
import type { TargetsJson } from "../../core/targets/json";
import { targetsJob } from "../../scripts/jobs/targets";
import { withoutNulls, type Answer } from "../../scripts/answer";
import type { PolicyId } from "../embeddedPolicies";

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
): Answer<TargetsJson> {
  return withoutNulls(targetsJob(workbook, { policy, sheet, assigned, asOf }));
}
