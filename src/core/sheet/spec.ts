/**
 * A sheet to be written, independent of where: an .xlsx file (exceljs), or a new sheet in
 * the open workbook (Office.js). Templates, claim workbooks and annotated copies use it.
 */
export interface CellSpec {
  value?: string | number | boolean | null;
  /** An Excel formula without the leading "=", in English function names (SUM, SUMIFS). */
  formula?: string;
  bold?: boolean;
  /** Excel number format, e.g. "0.00%", "#,##0.00", "yyyy-mm-dd", "@" for text. */
  numFmt?: string;
  /** Background colour as RRGGBB. */
  fill?: string;
  align?: "left" | "center" | "right";
  /** A comment shown on the cell (findings in annotated copies). */
  note?: string;
}

export interface ListValidation {
  /** A1 range, e.g. "C3:C1000". */
  range: string;
  values: string[];
  /** Chinese message shown when a value outside the list is typed. */
  error: string;
}

export interface SheetSpec {
  name: string;
  /** Row-major; [0][0] is A1. null leaves the cell empty. */
  cells: (CellSpec | null)[][];
  columnWidths?: number[];
  merges?: string[];
  validations?: ListValidation[];
  frozenRows?: number;
  /** Columns whose cells must stay text (ID numbers), by 0-based index. */
  textColumns?: number[];
}

/** Excel limits sheet names to 31 characters without []:*?/\ and they must be unique in a workbook. */
export function safeSheetName(name: string, taken: Iterable<string> = []): string {
  const used = new Set([...taken].map((n) => n.toLowerCase()));
  const base = name.replace(/[[\]:*?/\\]/g, "_").slice(0, 31) || "Sheet";
  let candidate = base;
  for (let i = 2; used.has(candidate.toLowerCase()); i++) {
    const suffix = `(${i})`;
    candidate = base.slice(0, 31 - suffix.length) + suffix;
  }
  return candidate;
}
