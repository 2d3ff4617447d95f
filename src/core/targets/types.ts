/**
 * The contract of the target-decomposition check (参保任务分解表): what the core returns,
 * the CLI prints, and the taskpane shows.
 */
import type { Day } from "../dates";
import type { PolicyModel } from "../policy/model";
import type { SheetData } from "../sheet/address";

export type Severity = "error" | "warning";

export type TargetCode =
  | "NO_HEADER"
  | "NO_TOTAL_ROW"
  | "SUM_MISMATCH"
  | "ASSIGNED_MISMATCH"
  | "DUPLICATE_UNIT"
  | "MISSING_UNIT"
  | "MISSING_TARGET"
  | "NOT_INTEGER"
  | "NEGATIVE"
  | "TEXT_NUMBER"
  | "SEQ_GAP"
  | "ABOVE_POPULATION"
  | "BELOW_COVERAGE"
  | "BEHIND_SCHEDULE"
  | "LOW_INCOME_GOAL"
  | "POVERTY_GOAL"
  | "UNIT_SHEET_MISMATCH"
  | "NO_TITLE"
  | "NO_UNIT_LINE";

/**
 * A safe one-click repair the clerk may apply; never applied without that click.
 * `formula` is written as typed in Excel, with the leading "=" (e.g. "=SUM(C4:C7)").
 */
export type TargetFix =
  | { kind: "textToNumber"; row: number; col: number; value: number }
  | { kind: "sumFormula"; row: number; col: number; formula: string };

export interface TargetFinding {
  severity: Severity;
  code: TargetCode;
  /** 0-based position in the sheet's rows (row 0 is the sheet's row 1). */
  row: number;
  col: number;
  /** A1 address, rows as in the file. */
  cell: string;
  message: string;
  fix?: TargetFix;
}

export interface UnitProgress {
  unit: string;
  row: number;
  target: number;
  paid: number | null;
  rate: number | null;
  /** Share due by the as-of date under the policy's milestones. */
  due: number | null;
  behind: boolean;
  lowIncomeRate: number | null;
  povertyRate: number | null;
  grade: "A" | "B" | "C" | null;
  workFund: number | null;
  /** Optional additions (check.ts fills them): the unit's population and target ÷ population. */
  population?: number | null;
  coverage?: number | null;
  /** People still to pay to reach `due` (0 when on schedule), null when not judged. */
  shortfall?: number | null;
}

export interface TargetSummary {
  title: string | null;
  /** 0-based like TargetFinding.row (-1 when no header was found); totalRow likewise. */
  headerRow: number;
  totalRow: number | null;
  units: number;
  sumOfUnits: number;
  declaredTotal: number | null;
  assigned: number | null;
  population: number | null;
  paid: number | null;
  progress: UnitProgress[];
  /** Optional additions (check.ts fills them). */
  sheet?: string;
  /** The table's A1 range, header row to total row. */
  range?: string | null;
  /** Where each recognised column is: role → column letter (seq, unit, target, population, paid, …). */
  columns?: Record<string, string>;
  unitLine?: string | null;
  policy?: string | null;
  asOf?: string | null;
  /** The milestone in force on asOf: share due and its date. */
  due?: { share: number; by: string } | null;
  /** The overall coverage goal used for BELOW_COVERAGE, null when none was available. */
  coverageGoal?: number | null;
  /** Sum of the units' work funds in yuan (computed in exact decimals), null when not computed. */
  workFundTotal?: number | null;
  /** What was not checked and why, and which rules were used, in Chinese. */
  notes?: string[];
}

export interface TargetReport {
  ok: boolean;
  sheet: string;
  findings: TargetFinding[];
  summary: TargetSummary;
}

export interface TargetCheckOptions {
  /** The figure assigned from above (县下达任务数), when the user gives it. */
  assigned?: number;
  /** The day progress is judged on (milestones). */
  asOf?: Day;
  policy?: PolicyModel;
  /** CSV has no number type: numbers there are not "stored as text". */
  source?: "xlsx" | "csv" | "excel";
  /** The other sheets of the workbook, to compare a county/town sheet with its units' sheets. */
  otherSheets?: SheetData[];
  /**
   * Counts from matching the paid list against the identity lists (参保比对), by unit name
   * key (nameKey): used instead of the sheet's 已缴费 and group columns for progress, 评档
   * and 工作经费.
   */
  matched?: Record<string, MatchedCount>;
}

export interface MatchedCount {
  paid: number;
  lowIncomeCount: number;
  lowIncomePaid: number;
  povertyCount: number;
  povertyPaid: number;
}
