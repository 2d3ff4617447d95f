/**
 * 计算保费 as an Office Script: the premium job (src/scripts/jobs/premium.ts) over ExcelScript,
 * with nothing installed. The input sheet is only read.
 */
/* eslint-disable @typescript-eslint/no-unused-vars -- Excel calls main; nothing here does. */
import { premiumJob, type PremiumSummary } from "../../scripts/jobs/premium";
import type { PolicyId } from "../embeddedPolicies";

/**
 * 按人员类别、参保档次和缴费日期计算每人的个人缴费、资助、加缴财政补助和待遇开始日期，写在旁边的新工作表里（原表不改动）。
 * @param workbook 当前工作簿
 * @param policy 政策（地区和年度；年度按缴费日期自动选）
 * @param sheet 人员名单所在的工作表名；不填则用当前工作表
 * @param settings 通知未定、须自行填写的数值，写成“项目=值”，多项用分号隔开，如“财政补助标准=670”；也可写在本工作簿的“政策设置”工作表中（A列项目，B列值）
 */
function main(
  workbook: ExcelScript.Workbook,
  policy: PolicyId,
  sheet?: string,
  settings?: string
): PremiumSummary {
  return premiumJob(workbook, { policy, sheet, settings });
}
