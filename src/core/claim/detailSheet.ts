/**
 * 资助明细: one row per person, with the full ID (this is the clerk's own sheet). The claim
 * sheets' formulas count and sum its columns.
 */
import { toIso } from "../dates";
import { materialize, SheetRows } from "../sheet/rowSource";
import type { SheetSpec } from "../sheet/spec";
import type { ClaimResult } from "./build";
import { listRows, refSource, text, wrapped } from "./sheetCells";

export const DETAIL_SHEET = "资助明细";

/** Detail sheet columns (0-based), shared by the writer and the formulas. */
export const DETAIL_COLUMNS = [
  "序号",
  "村（社区）",
  "姓名",
  "身份证号码",
  "资助身份",
  "参保档次",
  "认定部门",
  "缴费标准",
  "资助金额",
  "另缴财政补助",
  "个人缴费",
  "缴费日期",
  "其他身份（已合并）",
  "来源",
  "提示",
] as const;
export const D = {
  seq: 0,
  village: 1,
  name: 2,
  id: 3,
  category: 4,
  tier: 5,
  department: 6,
  standard: 7,
  subsidy: 8,
  surcharge: 9,
  personal: 10,
  paid: 11,
  others: 12,
  sources: 13,
  warnings: 14,
};

/** 资助明细 with its rows made one at a time, as a streaming writer asks for them. */
export function detailRows(result: ClaimResult, name = DETAIL_SHEET): SheetRows {
  const people = result.people;
  const widths = [6, 12, 8, 21, 28, 7, 14, 9, 9, 11, 9, 11, 18, 16, 30];
  return listRows(name, DETAIL_COLUMNS, widths, D.id, people.length, (i) => {
    const p = people[i];
    return [
      { value: i + 1 },
      text(p.village),
      text(p.name),
      { value: p.id },
      // Long texts wrap within their columns: the page keeps its width (and its scale near 100 %).
      wrapped(p.category),
      { value: p.tier },
      { value: p.department },
      { value: p.standard },
      { value: p.subsidy },
      { value: p.fiscalSurcharge },
      { value: p.personal },
      p.paidGiven ? { value: toIso(p.paid) } : null,
      wrapped(p.otherIdentities.join("、")),
      wrapped(p.sources.map((v) => refSource(v)).join("；")),
      wrapped(p.warnings.join("；")),
    ];
  });
}

export function detailSheet(result: ClaimResult, name = DETAIL_SHEET): SheetSpec {
  return materialize(detailRows(result, name));
}
