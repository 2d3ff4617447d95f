/**
 * A 政策表 inside an embedded script (Office Scripts, WPS): when the workbook has a 政策表 sheet (with its 文件 and
 * 通知原文 sheets), it is read and checked by the core, the same reader and checks as every
 * other front door, and becomes the policy of its region and year; a problem stops the
 * script before it writes, naming each cell.
 */
import type { PolicyModel as Model } from "../core/policy/model";
import { PolicyModel } from "../core/policy/model";
import { DOCUMENTS_SHEET, TABLE_SHEET, TEXT_SHEET } from "../core/policy/policyTable/layout";
import { checkPolicyTable, PolicyTableError } from "../core/policy/policyTable/load";
import { shippedRegistry, useUserPolicy } from "../core/policy/registry";
import { readSheets, sheetNames, type Book } from "./host";

export function useWorkbookPolicyTable(book: Book): Model | null {
  const present = sheetNames(book);
  if (!present.includes(TABLE_SHEET)) {
    useUserPolicy(null);
    return null;
  }
  const sheets = readSheets(
    book,
    [TABLE_SHEET, DOCUMENTS_SHEET, TEXT_SHEET].filter((name) => present.includes(name))
  );
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
