/**
 * 生成资助申报表 as an Office Script: the claim job (src/scripts/jobs/claim.ts) over ExcelScript,
 * run from Excel's Automate tab, a button in a sheet, or a Power Automate flow. It answers what
 * `yibao claim --json` prints.
 */
/* eslint-disable @typescript-eslint/no-unused-vars -- Excel calls main; nothing here does. */
import type { ClaimJson } from "../../core/claim/json";
import { claimJob } from "../../scripts/jobs/claim";
import { withoutNulls, type Answer } from "../../scripts/answer";
import type { PolicyId } from "../embeddedPolicies";

/**
 * 由资助对象花名册生成资助申报表（资助明细、申报汇总、各认定部门申报表、未通过、合并记录），写成新工作表，不改动花名册。
 * @param workbook 当前工作簿
 * @param policy 政策（地区和年度）
 * @param sheets 花名册工作表名，多个用逗号分隔；不填则用所有认得出表头的工作表
 * @param date 花名册没有缴费日期时按此日期计算；不填则按征缴期最后一天
 * @param settings 通知未定、须自行填写的数值，写成“项目=值”，多项用分号隔开，如“财政补助标准=670”；也可写在本工作簿的“政策设置”工作表中（A列项目，B列值）
 */
function main(
  workbook: ExcelScript.Workbook,
  policy: PolicyId,
  sheets?: string,
  date?: string,
  settings?: string
): Answer<ClaimJson> {
  return withoutNulls(claimJob(workbook, { policy, sheets, date, settings }));
}
