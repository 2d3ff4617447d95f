/**
 * A 政策表 inside an Office Script: when the workbook has a 政策表 sheet (with its 文件 and
 * 通知原文 sheets), it is read and checked by the core, the same reader and checks as every
 * other front door, and becomes the policy of its region and year; a problem stops the
 * script before it writes, naming each cell.
 */
import type { PolicyModel as Model } from "../core/policy/model";
import { PolicyModel } from "../core/policy/model";
import { DOCUMENTS_SHEET, TABLE_SHEET, TEXT_SHEET } from "../core/policy/policyTable/layout";
import { checkPolicyTable, PolicyTableError } from "../core/policy/policyTable/load";
import { shippedRegistry, useUserPolicy } from "../core/policy/registry";
import { readSheet } from "./sheetReader";

export function useWorkbookPolicyTable(workbook: ExcelScript.Workbook): Model | null {
  if (!workbook.getWorksheet(TABLE_SHEET)) {
    useUserPolicy(null);
    return null;
  }
  const sheets = [TABLE_SHEET, DOCUMENTS_SHEET, TEXT_SHEET]
    .map((name) => workbook.getWorksheet(name))
    .filter((ws): ws is ExcelScript.Worksheet => ws !== undefined)
    .map((ws) => readSheet(ws));
  const patterns = shippedRegistry()
    .list()
    .map((m) => m.policy);
  const { policy, problems } = checkPolicyTable(sheets, patterns);
  if (!policy) throw new PolicyTableError(problems);
  const model = new PolicyModel(policy);
  model.userTable = true;
  useUserPolicy(model);
  return model;
}
