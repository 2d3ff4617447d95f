/**
 * A claim as JSON: what `yibao claim --json` prints and the 生成资助申报表 Office Script
 * returns, built here once so both front doors give the same object.
 */
import { maskIdsIn } from "../idNumber";
import type { ClaimResult } from "./build";

/** A roster row: its sheet (when several rosters were read), its 1-based row, and why. */
export interface ClaimRowReason {
  sheet?: string;
  row: number;
  reason: string;
}

export interface ClaimMergedRow {
  sheet?: string;
  row: number;
  /** The row it was merged into. */
  into: number;
  intoSheet?: string;
}

export interface ClaimLineJson {
  department: string;
  category: string;
  tier: string;
  count: number;
  subsidyEach: number;
  subsidyTotal: number;
}

export interface ClaimJson {
  inputRows: number;
  people: number;
  rejected: ClaimRowReason[];
  merged: ClaimMergedRow[];
  ignored: ClaimRowReason[];
  lines: ClaimLineJson[];
  totalSubsidy: number;
  totalPersonal: number;
  totalStandard: number;
}

/**
 * The JSON of `yibao claim --json`; "sheet" is added when the rows come from several sheets.
 * Every non-empty input row is in exactly one list, so a program can check
 * inputRows = people + merged + rejected + ignored. Reasons are masked like the text output.
 */
export function claimJson(r: ClaimResult): ClaimJson {
  const multi = r.rosters.length > 1;
  const at = (x: { sheet: string; row: number }): { sheet?: string; row: number } =>
    multi ? { sheet: x.sheet, row: x.row } : { row: x.row };
  return {
    inputRows: r.inputRows + r.ignored.length,
    people: r.people.length,
    rejected: r.rejected.map((x) => ({ ...at(x), reason: maskIdsIn(x.reason) })),
    merged: r.merged.map((m) =>
      multi
        ? { sheet: m.sheet, row: m.row, into: m.into.row, intoSheet: m.into.sheet }
        : { row: m.row, into: m.into.row }
    ),
    ignored: r.ignored.map((g) => ({ ...at(g), reason: maskIdsIn(g.reason) })),
    lines: r.lines.map((l) => ({
      department: l.department,
      category: l.category,
      tier: l.tier,
      count: l.count,
      subsidyEach: l.subsidyEach,
      subsidyTotal: l.subsidyTotal,
    })),
    totalSubsidy: r.totals.subsidy,
    totalPersonal: r.totals.personal,
    totalStandard: r.totals.standard,
  };
}
