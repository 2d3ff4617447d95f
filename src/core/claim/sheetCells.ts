/**
 * The cells and money helpers the claim workbook's sheets share: header and total styles,
 * plain values, formulas with their cached result, sums of yuan as whole fen.
 */
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
export const num = (value: number, numFmt?: string): CellSpec =>
  numFmt ? { value, numFmt } : { value };
export const f = (formula: string, result: number, numFmt?: string, bold?: boolean): CellSpec => ({
  formula,
  result,
  numFmt,
  bold,
});

export function quoteSheet(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

export function refSource(s: { sheet: string; row: number }): string {
  return `${s.sheet}!${s.row}`;
}

/** Money in yuan added as whole fen (exact, never a floating-point sum of yuan). */
export function addYuan(values: number[]): number {
  return values.reduce((fen, v) => fen + Math.round(v * 100), 0) / 100;
}

/** a − b in yuan, as whole fen. */
export function minusYuan(a: number, b: number): number {
  return (Math.round(a * 100) - Math.round(b * 100)) / 100;
}
