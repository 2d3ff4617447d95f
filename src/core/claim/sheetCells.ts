/**
 * The cells and money helpers the claim workbook's sheets share: header and total styles,
 * plain values, formulas with their cached result, sums of yuan as whole fen.
 */
import type { SheetRows } from "../sheet/rowSource";
import type { CellSpec } from "../sheet/spec";

export const MONEY = "#,##0.00";
export const HEAD_FILL = "DDEBF7";
export const TOTAL_FILL = "FFF2CC";

export const head = (value: string): CellSpec => ({
  value,
  bold: true,
  fill: HEAD_FILL,
  align: "center",
});
export const text = (value: string): CellSpec | null => (value === "" ? null : { value });
/** Text that wraps within its column (a long reason). */
export const wrapped = (value: string): CellSpec | null =>
  value === "" ? null : { value, wrap: true };
export const num = (value: number, numFmt?: string): CellSpec =>
  numFmt ? { value, numFmt } : { value };
export const f = (formula: string, result: number, numFmt?: string, bold?: boolean): CellSpec => ({
  formula,
  result,
  numFmt,
  bold,
});

/**
 * A list sheet of the claim workbook: one frozen header row, the ID column stored as text
 * (an 18-digit number would lose its last digits), and the rows made one at a time.
 */
export function listRows(
  name: string,
  headers: readonly string[],
  columnWidths: number[],
  idColumn: number,
  count: number,
  row: (i: number) => (CellSpec | null)[]
): SheetRows {
  return {
    spec: {
      name,
      cells: [headers.map((v) => head(v))],
      columnWidths,
      frozenRows: 1,
      textColumns: [idColumn],
    },
    rest: { count, row },
  };
}

/** A roster row as a clerk reads it: 民政花名册 第3行 (not Excel's 民政花名册!3, which names no cell). */
export function refSource(s: { sheet: string; row: number }): string {
  return `${s.sheet} 第${s.row}行`;
}

/** Money in yuan added as whole fen (exact, never a floating-point sum of yuan). */
export function addYuan(values: number[]): number {
  return values.reduce((fen, v) => fen + Math.round(v * 100), 0) / 100;
}

/** a − b in yuan, as whole fen. */
export function minusYuan(a: number, b: number): number {
  return (Math.round(a * 100) - Math.round(b * 100)) / 100;
}
