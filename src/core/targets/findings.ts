/** The findings of one target check, and the unit rows they are about. */
import { cellAddress, type CellValue } from "../sheet/address";
import type { Severity, TargetCode, TargetFinding, TargetFix } from "./types";

export interface UnitRow {
  row: number;
  name: string;
  key: string;
  target: number | null;
  /** Target read as a number, valid or not (decimals and negatives included), for the sum. */
  raw: number | null;
}

export interface Ctx {
  rows: CellValue[][];
  findings: TargetFinding[];
  csv: boolean;
}

export function add(
  ctx: Ctx,
  severity: Severity,
  code: TargetCode,
  row: number,
  col: number,
  message: string,
  fix?: TargetFix
): void {
  const cell = cellAddress(row, col);
  const f: TargetFinding = { severity, code, row, col, cell, message: `${cell}：${message}` };
  if (fix) f.fix = fix;
  ctx.findings.push(f);
}

export function sortFindings(findings: TargetFinding[]): TargetFinding[] {
  const rank = (s: Severity) => (s === "error" ? 0 : 1);
  return findings
    .map((f, i) => ({ f, i }))
    .sort(
      (a, b) =>
        rank(a.f.severity) - rank(b.f.severity) ||
        a.f.row - b.f.row ||
        a.f.col - b.f.col ||
        a.i - b.i
    )
    .map((x) => x.f);
}
