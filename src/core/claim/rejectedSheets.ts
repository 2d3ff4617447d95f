/**
 * 未通过 and 合并记录: every input row that is not a person of its own, with its sheet and row,
 * so the nothing-lost equation can be checked (rows in = people + merged + rejected).
 */
import { materialize, SheetRows } from "../sheet/rowSource";
import type { SheetSpec } from "../sheet/spec";
import type { ClaimResult } from "./build";
import { listRows, num, refSource, text, wrapped } from "./sheetCells";

export const REJECTED_SHEET = "未通过";
export const MERGED_SHEET = "合并记录";

export function rejectedRows(result: ClaimResult, name = REJECTED_SHEET): SheetRows {
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
  const widths = [12, 6, 10, 22, 24, 9, 12, 12, 14, 70];
  return listRows(name, headers, widths, 3, result.rejected.length, (i) => {
    const r = result.rejected[i];
    const v = r.values;
    return [
      text(r.sheet),
      num(r.row),
      text(v.name),
      text(v.id),
      text(v.category),
      text(v.tier),
      text(v.village),
      text(v.paidDate),
      text(v.department),
      // A reason can run to several lines' worth: it wraps in its column, so the sheet still
      // prints one page wide at a size that can be read.
      wrapped(r.reason),
    ];
  });
}

export function rejectedSheet(result: ClaimResult, name = REJECTED_SHEET): SheetSpec {
  return materialize(rejectedRows(result, name));
}

export function mergedRows(result: ClaimResult, name = MERGED_SHEET): SheetRows {
  const headers = ["工作表", "行号", "姓名", "身份证号码", "人员类别", "参保档次", "并入", "说明"];
  const key = (s: { sheet: string; row: number }): string => `${s.sheet}\u0000${s.row}`;
  let idOf: Map<string, string> | null = null;
  /** The masked IDs of the merged rows (only theirs: a county has far more people than merges). */
  const ids = (): Map<string, string> => {
    if (idOf) return idOf;
    const wanted = new Set(result.merged.map((v) => key(v)));
    idOf = new Map();
    for (const p of result.people)
      for (const s of p.sources) {
        const k = key(s);
        if (wanted.has(k)) idOf.set(k, p.idMasked);
      }
    return idOf;
  };
  const widths = [12, 6, 10, 22, 30, 9, 16, 70];
  return listRows(name, headers, widths, 3, result.merged.length, (i) => {
    const m = result.merged[i];
    return [
      text(m.sheet),
      num(m.row),
      text(m.name),
      text(ids().get(key(m)) ?? ""),
      wrapped(m.category),
      text(m.tier),
      text(refSource(m.into)),
      wrapped(m.reason),
    ];
  });
}

export function mergedSheet(result: ClaimResult, name = MERGED_SHEET): SheetSpec {
  return materialize(mergedRows(result, name));
}
