/**
 * 未通过 and 合并记录: every input row that is not a person of its own, with its sheet and row,
 * so the nothing-lost equation can be checked (rows in = people + merged + rejected).
 */
import type { CellSpec, SheetSpec } from "../sheet/spec";
import type { ClaimResult } from "./build";
import { head, num, refSource, text } from "./sheetCells";

export const REJECTED_SHEET = "未通过";
export const MERGED_SHEET = "合并记录";

export function rejectedSheet(result: ClaimResult, name = REJECTED_SHEET): SheetSpec {
  const headers = [
    "工作表",
    "行号",
    "姓名",
    "身份证号码（原样）",
    "人员类别",
    "参保档次",
    "村（社区）",
    "缴费日期",
    "认定部门",
    "原因",
  ];
  const cells: (CellSpec | null)[][] = [headers.map(head)];
  for (const r of result.rejected) {
    const v = r.values;
    cells.push([
      text(r.sheet),
      num(r.row),
      text(v.name),
      text(v.id),
      text(v.category),
      text(v.tier),
      text(v.village),
      text(v.paidDate),
      text(v.department),
      text(r.reason),
    ]);
  }
  return {
    name,
    cells,
    columnWidths: [12, 6, 10, 22, 24, 9, 12, 12, 14, 70],
    frozenRows: 1,
    textColumns: [3],
  };
}

export function mergedSheet(result: ClaimResult, name = MERGED_SHEET): SheetSpec {
  const headers = [
    "工作表",
    "行号",
    "姓名",
    "身份证号码",
    "人员类别",
    "参保档次",
    "并入（工作表!行）",
    "说明",
  ];
  const cells: (CellSpec | null)[][] = [headers.map(head)];
  const idOf = new Map<string, string>();
  for (const p of result.people)
    for (const s of p.sources) idOf.set(`${s.sheet}\u0000${s.row}`, p.idMasked);
  for (const m of result.merged) {
    cells.push([
      text(m.sheet),
      num(m.row),
      text(m.name),
      text(idOf.get(`${m.sheet}\u0000${m.row}`) ?? ""),
      text(m.category),
      text(m.tier),
      text(refSource(m.into)),
      text(m.reason),
    ]);
  }
  return {
    name,
    cells,
    columnWidths: [12, 6, 10, 22, 30, 9, 16, 70],
    frozenRows: 1,
    textColumns: [3],
  };
}
