/**
 * Reading worksheets into the core's 2-D arrays inside an Office Script: the synchronous
 * twin of src/office/read.ts.
 *
 * Each getValues (or getTexts) is one request, and Excel on the web refuses a response over
 * 5 MB or a range over 5 million cells, so a sheet is read from A1 in row blocks: at most
 * MAX_BLOCK_ROWS rows and, by the size the previous block really weighed, about
 * BLOCK_BYTE_BUDGET bytes. A 100,000-row roster of 8 columns is 10 requests of about 1 MB.
 * Values, not texts, unless asked: an ID typed as text arrives as a string; one Excel stored
 * as a number arrives as a number, and the core says it was damaged.
 */
import type { CellValue, SheetData } from "../core/sheet/address";
import {
  ASSUMED_BYTES_PER_CELL,
  BLOCK_BYTE_BUDGET,
  MAX_BLOCK_ROWS,
  jsonBytes,
} from "../core/sheet/blocks";

/** Excel on the web's limit on the cells of one range read. */
export const RANGE_CELL_LIMIT = 5_000_000;

export interface ReadOptions {
  /** Read only the first rows (the header search); default: every used row. */
  maxRows?: number;
  /**
   * Columns (0-based) read as shown (getTexts) rather than as stored, e.g. dates a clerk sees
   * as 2024-11-15 but Excel keeps as serial numbers. Costs one more request per block.
   */
  textColumns?: readonly number[];
}

/** Every sheet's name, in the workbook's order (hidden sheets too: their names are taken). */
export function sheetNames(workbook: ExcelScript.Workbook): string[] {
  return workbook.getWorksheets().map((ws) => ws.getName());
}

/** The names of the sheets a clerk sees (not hidden). */
export function visibleSheetNames(workbook: ExcelScript.Workbook): string[] {
  return workbook
    .getWorksheets()
    .filter((ws) => ws.getVisibility() === ExcelScript.SheetVisibility.visible)
    .map((ws) => ws.getName());
}

/** A sheet by the name a clerk typed: exact, else ignoring surrounding spaces and letter case. */
export function findSheet(
  workbook: ExcelScript.Workbook,
  name: string
): ExcelScript.Worksheet | undefined {
  const exact = workbook.getWorksheet(name);
  if (exact) return exact;
  const key = name.trim().toLowerCase();
  return workbook.getWorksheets().find((ws) => ws.getName().trim().toLowerCase() === key);
}

/** Rows and columns from A1 to the last used cell (0 × 0 for an empty sheet). */
export function extentOf(ws: ExcelScript.Worksheet): { rows: number; columns: number } {
  const used = ws.getUsedRange(true);
  if (!used) return { rows: 0, columns: 0 };
  const rows = used.getRowIndex() + used.getRowCount();
  const columns = used.getColumnIndex() + used.getColumnCount();
  // A blank sheet answers with its top-left cell.
  if (rows === 1 && columns === 1) {
    const v = used.getValues()[0][0];
    if (v === "" || v === null) return { rows: 0, columns: 0 };
  }
  return { rows, columns };
}

/** Excel answers "" for empty cells; the core wants null and rows without trailing blanks. */
function toRow(values: readonly (string | number | boolean)[]): CellValue[] {
  let end = values.length;
  while (end > 0 && (values[end - 1] === "" || values[end - 1] === null)) end--;
  const row: CellValue[] = new Array(end);
  for (let i = 0; i < end; i++) {
    const v = values[i];
    row[i] = v === "" || v === null || v === undefined ? null : v;
  }
  return row;
}

/** One worksheet as the core's SheetData, read in blocks under the request limit. */
export function readSheet(ws: ExcelScript.Worksheet, options: ReadOptions = {}): SheetData {
  const extent = extentOf(ws);
  const total = Math.min(extent.rows, options.maxRows ?? extent.rows);
  const columns = extent.columns;
  const rows: CellValue[][] = new Array(total);
  const texts = (options.textColumns ?? []).filter((c) => c >= 0 && c < columns);
  let bytesPerCell = ASSUMED_BYTES_PER_CELL * (texts.length > 0 ? 2 : 1);
  let next = 0;
  while (next < total) {
    const byBytes = Math.floor(BLOCK_BYTE_BUDGET / (bytesPerCell * columns));
    const byCells = Math.floor(RANGE_CELL_LIMIT / columns);
    const count = Math.max(1, Math.min(total - next, MAX_BLOCK_ROWS, byBytes, byCells));
    const range = ws.getRangeByIndexes(next, 0, count, columns);
    const values = range.getValues();
    let bytes = jsonBytes(values);
    if (texts.length > 0) {
      const shown = range.getTexts();
      bytes += jsonBytes(shown);
      for (let i = 0; i < values.length; i++)
        for (const c of texts) if (typeof values[i][c] === "number") values[i][c] = shown[i][c];
    }
    for (let i = 0; i < values.length; i++) rows[next + i] = toRow(values[i]);
    next += count;
    // The next block is sized on what this one weighed (never assume under 4 bytes a cell).
    bytesPerCell = Math.max(4, bytes / Math.max(1, count * columns));
  }
  return { name: ws.getName(), rows };
}

/**
 * Sheets by name, whole. A name that is not in the workbook is an error naming the sheets
 * that are.
 */
export function readSheets(
  workbook: ExcelScript.Workbook,
  names: readonly string[],
  options: ReadOptions = {}
): SheetData[] {
  return names.map((name) => {
    const ws = findSheet(workbook, name);
    if (!ws) {
      throw new Error(`没有名为“${name}”的工作表。现有：${visibleSheetNames(workbook).join("、")}`);
    }
    return readSheet(ws, options);
  });
}

/** The first rows of every visible sheet (to find which hold a roster, by its header). */
export function readHeads(workbook: ExcelScript.Workbook, headRows: number): SheetData[] {
  return workbook
    .getWorksheets()
    .filter((ws) => ws.getVisibility() === ExcelScript.SheetVisibility.visible)
    .map((ws) => readSheet(ws, { maxRows: headRows }));
}
