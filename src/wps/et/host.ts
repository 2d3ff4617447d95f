/// <reference types="et-jsapi-declare" />
/**
 * The host module of src/scripts/host.ts over the ET object model (WPS 表格's JS macros, and
 * 金山文档 AirScript 2.0, which follows the same model): what a job needs of the open
 * workbook. The bundler puts this module in host.ts's place.
 *
 * The object model's traps, kept here once:
 * - Worksheets.Item(i) and Cells.Item(r, c) count from 1; a Value2 array counts from 0;
 * - a single cell's Value2 is a scalar, a larger range's an array of rows; an empty cell reads
 *   as undefined; dates are serial numbers;
 * - text written through Value2 is parsed as if typed (a leading = makes a formula, digits a
 *   number), so text columns get the "@" format first and other text that starts with = + - @
 *   gets the apostrophe that keeps it text (formulaEntry);
 * - a sheet is deleted with DisplayAlerts off, or WPS asks the user.
 * Cells are read and written in row blocks (MAX_BLOCK_ROWS), so a 100,000-row roster is a few
 * calls, never one per cell.
 */
import { MAX_BLOCK_ROWS } from "../../core/sheet/blocks";
import type { CellValue, SheetData } from "../../core/sheet/address";
import { cellAddress, parseAddress } from "../../core/sheet/address";
import type { SheetSpec } from "../../core/sheet/spec";
import { nameClash } from "../../core/sheet/newSheets";
import { safeSheetName } from "../../core/sheet/spec";
import { isFindingNote, type CellMark } from "../../core/targets/annotate";
import { colour, writeSpec } from "./writer";

export type Book = Et.Workbook;
export type Sheet = Et.Worksheet;

/** As src/scripts/host.ts declares them (a host module stands alone in a bundle). */
export interface ReadOptions {
  maxRows?: number;
  /** Told the rows read so far after each block (the task pane's progress bar). */
  onRows?: (rowsRead: number) => void;
}
export interface WriteOptions {
  exactNames?: boolean;
}
export interface WriteResult {
  names: string[];
}

/**
 * Value2 as WPS gives it. Kingsoft's declaration says `string | any[]`; a cell holds a number,
 * a boolean or nothing (undefined) as well, and a range gives rows of those. This override is
 * the one place the declaration is corrected.
 */
export type Value2 = string | number | boolean | undefined;

export function value2Of(range: Et.Range): Value2 | Value2[][] {
  return range.Value2 as unknown as Value2 | Value2[][];
}

/** Worksheets.Item(i) is typed Worksheet | Sheets; with a number it is one sheet. */
function sheetAt(book: Book, index: number): Sheet {
  return book.Worksheets.Item(index) as Sheet;
}

function allSheets(book: Book): Sheet[] {
  const out: Sheet[] = [];
  for (let i = 1; i <= book.Worksheets.Count; i++) out.push(sheetAt(book, i));
  return out;
}

export function sheetNames(book: Book): string[] {
  return allSheets(book).map((ws) => ws.Name);
}

/** Looked up by walking the sheets: Item(name) of a missing sheet raises 下标越界 in WPS. */
export function getSheet(book: Book, name: string): Sheet | undefined {
  return allSheets(book).find((ws) => ws.Name === name);
}

export function findSheet(book: Book, name: string): Sheet | undefined {
  const key = name.trim().toLowerCase();
  return getSheet(book, name) ?? allSheets(book).find((ws) => ws.Name.trim().toLowerCase() === key);
}

export function activeSheet(book: Book): Sheet {
  return book.ActiveSheet as Sheet;
}

export function nameOf(sheet: Sheet): string {
  return sheet.Name;
}

export function positionOf(sheet: Sheet): number {
  return sheet.Index - 1;
}

export function moveSheet(book: Book, name: string, position: number): void {
  const ws = getSheet(book, name);
  if (!ws || positionOf(ws) === position) return;
  const others = allSheets(book).filter((s) => s !== ws);
  if (position >= others.length) ws.Move(undefined, others[others.length - 1]);
  else ws.Move(others[position]);
}

export function deleteSheet(book: Book, sheet: Sheet): void {
  const app = book.Application;
  const alerts = app.DisplayAlerts;
  app.DisplayAlerts = false;
  try {
    sheet.Delete();
  } finally {
    app.DisplayAlerts = alerts;
  }
}

const VISIBLE = -1;

/** Rows and columns from A1 to the last used cell (0 × 0 for an empty sheet). */
export function extentOf(ws: Sheet): { rows: number; columns: number } {
  const used = ws.UsedRange;
  const rows = used.Row + used.Rows.Count - 1;
  const columns = used.Column + used.Columns.Count - 1;
  if (rows === 1 && columns === 1 && value2Of(ws.Range("A1")) === undefined)
    return { rows: 0, columns: 0 };
  return { rows, columns };
}

function toRow(values: readonly Value2[]): CellValue[] {
  let end = values.length;
  while (end > 0 && (values[end - 1] === undefined || values[end - 1] === "")) end--;
  const row: CellValue[] = new Array(end);
  for (let i = 0; i < end; i++) {
    const v = values[i];
    row[i] = v === undefined || v === "" ? null : v;
  }
  return row;
}

/** The range of rows r0.. (0-based) and columns 0..columns-1. */
export function block(ws: Sheet, r0: number, rows: number, columns: number): Et.Range {
  return ws.Range(`A${r0 + 1}:${cellAddress(r0 + rows - 1, columns - 1)}`);
}

/** A range's Value2 as rows, whatever its size (one cell gives a scalar). */
export function gridOf(range: Et.Range, rows: number, columns: number): Value2[][] {
  const v = value2Of(range);
  if (rows === 1 && columns === 1) return [[v as Value2]];
  return v as Value2[][];
}

export function readSheet(ws: Sheet, options: ReadOptions = {}): SheetData {
  const extent = extentOf(ws);
  const total = Math.min(extent.rows, options.maxRows ?? extent.rows);
  const rows: CellValue[][] = new Array(total);
  for (let next = 0; next < total; next += MAX_BLOCK_ROWS) {
    const count = Math.min(MAX_BLOCK_ROWS, total - next);
    const values = gridOf(block(ws, next, count, extent.columns), count, extent.columns);
    for (let i = 0; i < count; i++) rows[next + i] = toRow(values[i]);
    options.onRows?.(next + count);
  }
  return { name: ws.Name, rows };
}

export function readSheets(book: Book, names: readonly string[]): SheetData[] {
  return names.map((name) => {
    const ws = findSheet(book, name);
    if (!ws) {
      const shown = allSheets(book)
        .filter((s) => s.Visible === VISIBLE)
        .map((s) => s.Name);
      throw new Error(`没有名为“${name}”的工作表。现有：${shown.join("、")}`);
    }
    return readSheet(ws);
  });
}

export function readHeads(book: Book, headRows: number): SheetData[] {
  return allSheets(book)
    .filter((ws) => ws.Visible === VISIBLE)
    .map((ws) => readSheet(ws, { maxRows: headRows }));
}

/** Adds each spec as a new sheet after the last one, activates the first, returns the names. */
export function writeSheets(
  book: Book,
  specs: readonly SheetSpec[],
  options: WriteOptions = {}
): WriteResult {
  const taken = sheetNames(book);
  const clash = options.exactNames ? nameClash(taken, specs, "运行") : null;
  if (clash) throw new Error(clash);
  const names: string[] = [];
  let first: Sheet | null = null;
  for (const spec of specs) {
    const name = options.exactNames ? spec.name : safeSheetName(spec.name, taken);
    taken.push(name);
    names.push(name);
    const all = allSheets(book);
    const ws = book.Worksheets.Add(undefined, all[all.length - 1]) as Sheet;
    ws.Name = name;
    writeSpec(book, ws, spec);
    if (!first) first = ws;
  }
  if (first) first.Activate();
  return { names };
}

const NO_FILL = -4142;

export function markCells(ws: Sheet, marks: readonly CellMark[]): void {
  const now = new Set(marks.map((m) => m.cell));
  const comments: Et.Comment[] = [];
  for (let i = 1; i <= ws.Comments.Count; i++) comments.push(ws.Comments.Item(i));
  const ours = new Map<string, Et.Comment>();
  for (const c of comments) ours.set((c.Parent as Et.Range).Address(false, false), c);
  ours.forEach((c, cell) => {
    if (now.has(cell) || !isFindingNote(c.Text())) return;
    c.Delete();
    const at = parseAddress(cell);
    if (at) ws.Cells.Item(at.row + 1, at.col + 1).Interior.Pattern = NO_FILL;
  });
  for (const m of marks) {
    const cell = ws.Cells.Item(m.row + 1, m.col + 1) as Et.Range;
    cell.Interior.Color = colour(m.fill);
    const old = ours.get(m.cell);
    if (!old) cell.AddComment(m.note);
    else if (isFindingNote(old.Text())) old.Text(m.note);
  }
}
