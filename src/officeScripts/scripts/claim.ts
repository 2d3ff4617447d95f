/**
 * 生成资助申报表 as an Office Script: the taskpane's claim job, run from Excel's Automate tab,
 * a button in a sheet, or a Power Automate flow. The roster sheets are read in blocks, the
 * claim is built by the core (buildClaim), its workbook is the core's (claimWorkbook: 申报汇总,
 * one 申报表 per certifying department, 资助明细, 合并记录, 未通过, the summaries keeping
 * their live formulas), written as new sheets, and the script returns what
 * `yibao claim --json` prints (the core's claimJson). The values the notice leaves open come
 * from the 政策设置 sheet or the settings parameter (settings.ts).
 */
/* eslint-disable @typescript-eslint/no-unused-vars -- Excel calls main; nothing here does. */
import { buildClaim, rosterTables } from "../../core/claim/build";
import { HEADER_SEARCH_ROWS } from "../../core/claim/roster";
import { claimWorkbook } from "../../core/claim/workbook";
import { getPolicy } from "../../core/policy/registry";
import { claimJson, type ClaimJson } from "../../core/claim/json";
import type { PolicyId } from "../embeddedPolicies";
import { dateParam, given } from "../params";
import { useWorkbookPolicyTable } from "../policyTable";
import { suppliedValues } from "../settings";
import { readHeads, readSheets, sheetNames } from "../sheetReader";
import { writeSheets } from "../sheetWriter";

/** Sheet names as a clerk types a list: commas (either width), 、 or semicolons. */
function sheetList(text: string | undefined): string[] {
  if (text === undefined) return [];
  return text
    .split(/[,，、;；]/)
    .map((s) => s.trim())
    .filter((s) => s !== "");
}

/**
 * 由资助对象花名册生成资助申报表（资助明细、申报汇总、各认定部门申报表、未通过、合并记录），写成新工作表，不改动花名册。
 * @param workbook 当前工作簿
 * @param policy 政策（地区和年度）；本工作簿有“政策表”工作表时，按政策表计算该地区该年度
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
): ClaimJson {
  // A 政策表 sheet in the workbook is the policy of its region and year (its region when none is chosen).
  const table = useWorkbookPolicyTable(workbook);
  const model = table && !given(policy) ? table : getPolicy(String(policy ?? ""));
  const day = given(date) ? dateParam(date, "缴费日期") : undefined;
  const supplied = suppliedValues(workbook, model, settings);
  let names = sheetList(sheets);
  if (names.length === 0) {
    // Which sheets hold a roster is decided on their header rows, as the core would on the whole sheet.
    const heads = readHeads(workbook, HEADER_SEARCH_ROWS);
    names = rosterTables(heads, model).map((t) => t.sheet.name);
  }
  const rosters = readSheets(workbook, names);
  const result = buildClaim(rosters, model, {
    date: day,
    supplied,
    sheets: rosters.map((s) => s.name),
  });
  const claim = claimWorkbook(result, model, { existingSheets: sheetNames(workbook) });
  writeSheets(workbook, claim.sheets, { exactNames: true });
  return claimJson(result);
}
