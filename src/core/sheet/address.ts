/** A1 addresses for 0-based row and column indexes of a sheet read from its first cell. */
export function columnName(col: number): string {
  let n = col + 1;
  let name = "";
  while (n > 0) {
    const r = (n - 1) % 26;
    name = String.fromCharCode(65 + r) + name;
    n = Math.floor((n - 1) / 26);
  }
  return name;
}

/** A sheet's name as a formula refers to it: quoted, its own quotes doubled ('村''s表'). */
export function quotedSheetName(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

export function cellAddress(row: number, col: number): string {
  return `${columnName(col)}${row + 1}`;
}

export function parseAddress(a1: string): { row: number; col: number } | null {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(a1.trim());
  if (!m) return null;
  let col = 0;
  for (const ch of m[1].toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(m[2]) - 1, col: col - 1 };
}

/** A cell value as spreadsheets hand it over: text, number, boolean, date, or empty. */
export type CellValue = string | number | boolean | Date | null;

/** A merged range, 0-based and inclusive. */
export interface MergedRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** One sheet as a 2-D array whose [0][0] is the sheet's A1. */
export interface SheetData {
  name: string;
  rows: CellValue[][];
  /**
   * The file's merged ranges, where it has any (the readers put a merge's value in each of its
   * cells, for the checks; the preview shows it once).
   */
  merges?: MergedRange[];
}
