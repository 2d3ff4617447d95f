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

/** A safe one-click repair the clerk may apply; never applied without that click. */
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
}

export interface TargetSummary {
  title: string | null;
  headerRow: number;
  totalRow: number | null;
  units: number;
  sumOfUnits: number;
  declaredTotal: number | null;
  assigned: number | null;
  population: number | null;
  paid: number | null;
  progress: UnitProgress[];
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
}
