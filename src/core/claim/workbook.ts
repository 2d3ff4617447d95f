/**
 * The claim workbook: new sheets written next to the rosters, never over them.
 *
 *   申报汇总            every category × tier of the region's table, per department with a
 *                       小计 and a 合计, counts and sums as COUNTIFS/SUMIFS over 资助明细, so
 *                       the claim is auditable and follows edits to the detail sheet; below it
 *                       the checks (detail total, rows in = people + merged + rejected)
 *   申报表-<部门>       the same for one certifying department
 *   资助明细            one row per person (the full ID: this is the clerk's own sheet)
 *   合并记录            rows merged into a person (duplicates, other identities)
 *   未通过              rejected rows with the reason and the values as written
 *   公示名单            on request: the subsidised people by village, the ID masked to its
 *                       last 4 digits
 *
 * Formulas use English function names and whole-column references, so rows the clerk adds
 * to 资助明细 are counted too. Each formula carries the value yibao computed as its cached
 * result (viewers that do not recalculate show it); spreadsheets recalculate on load.
 *
 * Made again in the same workbook, the sheets get the first suffix free for all of them
 * (申报汇总(2), 申报表-县民政局(2), 资助明细(2), 合并记录(2), 未通过(2)) and the formulas
 * refer to those names; the earlier sheets are left as they are.
 */
import type { PolicyModel, Supplied } from "../policy/model";
import type { SheetSpec } from "../sheet/spec";
import { safeSheetName, sheetNameWithSuffix } from "../sheet/sheetName";
import { ClaimResult, claimDepartments } from "./build";
import { ClaimSheetLayout, claimSheet, FormulaRefs } from "./claimSheet";
import { fitNotes } from "../sheet/notes";
import { materialize, SheetRows } from "../sheet/rowSource";
import { DETAIL_SHEET, detailRows } from "./detailSheet";
import { NOTICE_SHEET, publicNoticeRows } from "./publicNotice";
import { MERGED_SHEET, mergedRows, REJECTED_SHEET, rejectedRows } from "./rejectedSheets";

export { DETAIL_COLUMNS, DETAIL_SHEET } from "./detailSheet";
export { MERGED_SHEET, REJECTED_SHEET } from "./rejectedSheets";
export { NOTICE_SHEET, publicNoticeRows, publicNoticeSheet } from "./publicNotice";
export type { ClaimSheetLayout } from "./claimSheet";

export const SUMMARY_SHEET = "申报汇总";

export interface ClaimWorkbookOptions {
  /** Add the public-notice list (公示名单). */
  publicNotice?: boolean;
  /**
   * Sheet names already in the workbook (Office.js), so new names do not collide: where the
   * default names are taken (the claim was made before), the sheets that refer to each other
   * get one common suffix, 申报汇总(2), 资助明细(2)…, and the formulas use those names.
   */
  existingSheets?: string[];
  /** Values supplied for what the notice leaves open, for the table's lines nobody is on. */
  supplied?: Supplied;
}

/** The names a claim workbook's sheets were given (with a suffix where the defaults were taken). */
export interface ClaimSheetNames {
  summary: string;
  detail: string;
  merged: string;
  rejected: string;
  /** By department, for the departments with people. */
  departments: Record<string, string>;
  notice: string | null;
}

export interface ClaimWorkbook {
  sheets: SheetSpec[];
  /** The layout of 申报汇总 and of each 申报表-<部门> sheet, by sheet name. */
  layouts: Record<string, ClaimSheetLayout>;
  names: ClaimSheetNames;
}

/** A sheet name with the run's suffix: 资助明细, 资助明细(2)…, kept within Excel's 31 characters. */
function withSuffix(name: string, k: number): string {
  return k === 1 ? safeSheetName(name) : sheetNameWithSuffix(name, `(${k})`);
}

/**
 * The smallest suffix (1: none) under which every one of `names` is free: the sheets whose
 * formulas refer to each other keep one suffix, so a second claim reads 申报汇总(2) → 资助明细(2).
 */
function freeSuffix(names: string[], taken: string[]): number {
  const used = new Set(taken.map((n) => n.toLowerCase()));
  for (let k = 1; k < 1000; k++) {
    const candidates = names.map((n) => withSuffix(n, k).toLowerCase());
    if (candidates.every((c) => !used.has(c)) && new Set(candidates).size === candidates.length)
      return k;
  }
  throw new Error("工作簿中已有太多申报表：请先删除旧的申报表工作表");
}

/** The claim workbook's sheets, in the order a clerk reads them. */
export function claimWorkbook(
  result: ClaimResult,
  policy: PolicyModel,
  options: ClaimWorkbookOptions = {}
): ClaimWorkbook {
  const wb = claimWorkbookRows(result, policy, options);
  return { ...wb, sheets: wb.sheets.map((v) => materialize(v)) };
}

/** The claim workbook for a streaming writer: its long sheets make their rows as they are written. */
export interface ClaimWorkbookRows extends Omit<ClaimWorkbook, "sheets"> {
  sheets: SheetRows[];
}

/** The same sheets as claimWorkbook, with 资助明细, 合并记录, 未通过 and 公示名单 made row by row. */
export function claimWorkbookRows(
  result: ClaimResult,
  policy: PolicyModel,
  options: ClaimWorkbookOptions = {}
): ClaimWorkbookRows {
  const taken = [...(options.existingSheets ?? [])];
  const layouts: Record<string, ClaimSheetLayout> = {};
  const used = new Set(result.lines.map((l) => l.department));
  const departments = [
    ...claimDepartments(policy),
    ...[...used].filter((d) => !claimDepartments(policy).includes(d)),
  ];
  const withPeople = departments.filter((d) => used.has(d));
  // The sheets that refer to each other by name share one suffix, free for all of them.
  const linked = [
    SUMMARY_SHEET,
    ...withPeople.map((d) => `申报表-${d}`),
    DETAIL_SHEET,
    MERGED_SHEET,
    REJECTED_SHEET,
  ];
  const k = freeSuffix(linked, taken);
  const name = (n: string): string => {
    const s = safeSheetName(withSuffix(n, k), taken);
    taken.push(s);
    return s;
  };
  const summaryName = name(SUMMARY_SHEET);
  const deptNames: Record<string, string> = {};
  for (const dept of withPeople) deptNames[dept] = name(`申报表-${dept}`);
  const refs: FormulaRefs = {
    detail: name(DETAIL_SHEET),
    merged: name(MERGED_SHEET),
    rejected: name(REJECTED_SHEET),
  };
  // The notice refers to nothing: the run's suffix if that name is free, else the next free one.
  let notice: string | null = null;
  if (options.publicNotice) {
    const own = withSuffix(NOTICE_SHEET, k);
    notice = safeSheetName(
      taken.some((t) => t.toLowerCase() === own.toLowerCase()) ? NOTICE_SHEET : own,
      taken
    );
    taken.push(notice);
  }

  const sheets: SheetRows[] = [];
  const summary = claimSheet(
    summaryName,
    `${policy.label}城乡居民医保困难群众参保资助申报汇总表`,
    policy,
    result,
    departments,
    true,
    refs,
    options.supplied
  );
  sheets.push({ spec: fitNotes(summary.spec) });
  layouts[summaryName] = summary.layout;
  for (const dept of withPeople) {
    const sheetName = deptNames[dept];
    const s = claimSheet(
      sheetName,
      `${policy.label}城乡居民医保参保资助申报表（${dept}）`,
      policy,
      result,
      [dept],
      false,
      refs,
      options.supplied
    );
    sheets.push({ spec: fitNotes(s.spec) });
    layouts[sheetName] = s.layout;
  }
  sheets.push(
    detailRows(result, refs.detail),
    mergedRows(result, refs.merged),
    rejectedRows(result, refs.rejected)
  );
  if (notice !== null) sheets.push(publicNoticeRows(result, policy, notice));
  return {
    sheets,
    layouts,
    names: {
      summary: summaryName,
      detail: refs.detail,
      merged: refs.merged,
      rejected: refs.rejected,
      departments: deptNames,
      notice,
    },
  };
}
