/// <reference types="et-jsapi-declare" />
/**
 * Writing a SheetSpec into a new ET worksheet: the twin of src/officeScripts/sheetWriter.ts
 * over the ET object model, built on the same core/sheet pieces. Cells go in row blocks of
 * Value2 arrays (splitRows), each preceded by the "@" format of its rows in the text columns so
 * ID numbers stay text; other user text that WPS would take for a formula (=, +, -, @) gets
 * formulaEntry's apostrophe. Then formats, row heights for wrapped text, column widths, merges,
 * list validations, frozen rows, cell notes (comments) and the print setup of printPlan (A4,
 * one page wide, repeated header rows, title and page number, thin table borders).
 */
import { columnName } from "../../core/sheet/address";
import { splitRows } from "../../core/sheet/blocks";
import { blockRects, Entry, formatRects, formulaEntry } from "../../core/sheet/grid";
import { CellRect, printPlan } from "../../core/sheet/print";
import { LISTS_SHEET, listFitsInline } from "../../core/sheet/newSheets";
import type { CellSpec, SheetSpec } from "../../core/sheet/spec";
import { mergeRects, wrappedLines } from "../../core/sheet/wrap";

/** The ET constants used (Kingsoft's Et enums are declared, not defined, at run time). */
const XL = {
  left: -4131,
  center: -4108,
  right: -4152,
  continuous: 1,
  thin: 2,
  paperA4: 9,
  portrait: 1,
  landscape: 2,
  validateList: 3,
  alertStop: 1,
  between: 1,
  veryHidden: 2,
  /** xlEdgeLeft, xlEdgeTop, xlEdgeBottom, xlEdgeRight, xlInsideVertical, xlInsideHorizontal. */
  borders: [7, 8, 9, 10, 11, 12],
} as const;

const POINTS_PER_INCH = 72;

function rectRange(ws: Et.Worksheet, r: CellRect): Et.Range {
  return ws.Range(`${columnName(r.c0)}${r.r0 + 1}:${columnName(r.c1)}${r.r1 + 1}`);
}

function cellsOf(ws: Et.Worksheet, r0: number, c0: number, rows: number, cols: number): Et.Range {
  return rectRange(ws, { r0, c0, r1: r0 + rows - 1, c1: c0 + cols - 1 });
}

/**
 * What goes into Value2 for a cell. WPS parses text written through Value2 as if typed, so in
 * a column that is not text-formatted every text value gets the apostrophe that keeps it text:
 * "2024-12-01" would become a date, "001" a number, "TRUE" a logical value, "=…" a formula, and
 * a leading apostrophe of the text itself would be taken for the prefix. A text column ("@",
 * set before the values) keeps what it is given as it is, so there text goes in bare.
 */
function entryOf(cell: CellSpec | null, textColumn: boolean): Entry {
  if (!cell || cell.formula !== undefined || typeof cell.value !== "string")
    return formulaEntry(cell);
  if (cell.value === "" || textColumn) return cell.value;
  return `'${cell.value}`;
}

function writeCells(ws: Et.Worksheet, spec: SheetSpec): void {
  const columns = spec.cells.reduce((n, r) => Math.max(n, r ? r.length : 0), 1);
  const text = new Set(spec.textColumns ?? []);
  const grid = spec.cells.map((row) => {
    const out: Entry[] = new Array(columns).fill("");
    (row ?? []).forEach((cell, c) => (out[c] = entryOf(cell, text.has(c))));
    return out;
  });
  for (const part of splitRows(grid)) {
    const n = part.rows.length;
    for (const c of spec.textColumns ?? [])
      if (c < columns) cellsOf(ws, part.start, c, n, 1).NumberFormat = "@";
    const range = cellsOf(ws, part.start, 0, n, columns);
    // One cell takes a scalar; a larger range the rows (0-based arrays).
    range.Value2 = (n === 1 && columns === 1 ? part.rows[0][0] : part.rows) as unknown as string;
  }
}

function alignment(a: "left" | "center" | "right"): number {
  return a === "left" ? XL.left : a === "right" ? XL.right : XL.center;
}

/** RRGGBB (as the core gives a fill) to BGR, as ET keeps a colour. */
export function colour(rrggbb: string): number {
  const n = parseInt(rrggbb, 16);
  return ((n & 0xff) << 16) | (n & 0xff00) | ((n >> 16) & 0xff);
}

function writeFormats(ws: Et.Worksheet, spec: SheetSpec): void {
  for (const rect of blockRects(formatRects(spec.cells))) {
    const range = rectRange(ws, rect);
    const cell: CellSpec = rect.cell;
    if (cell.numFmt) range.NumberFormat = cell.numFmt;
    if (cell.bold) range.Font.Bold = true;
    if (cell.fill) range.Interior.Color = colour(cell.fill);
    if (cell.align) range.HorizontalAlignment = alignment(cell.align);
  }
  spec.cells.forEach((row, r) =>
    (row ?? []).forEach((cell, c) => {
      if (cell?.wrap) cellsOf(ws, r, c, 1, 1).WrapText = true;
      if (cell?.fontSize) cellsOf(ws, r, c, 1, 1).Font.Size = cell.fontSize;
    })
  );
  const merges = mergeRects(spec);
  spec.cells.forEach((row, r) => {
    const lines = wrappedLines(spec, row, r, merges);
    if (lines > 1) cellsOf(ws, r, 0, 1, 1).RowHeight = 15 * lines;
  });
  (spec.columnWidths ?? []).forEach((width, c) => (cellsOf(ws, 0, c, 1, 1).ColumnWidth = width));
  for (const m of spec.merges ?? []) ws.Range(m).Merge();
}

function writeValidations(book: Et.Workbook, ws: Et.Worksheet, spec: SheetSpec): void {
  let next = 0;
  for (const v of spec.validations ?? []) {
    if (v.values.length === 0) continue;
    let source = v.values.join(",");
    if (!listFitsInline(v.values)) {
      // A long list lives in a very hidden sheet, as the Office Script puts it.
      let lists: Et.Worksheet | undefined;
      for (let i = 1; i <= book.Worksheets.Count; i++) {
        const s = book.Worksheets.Item(i) as Et.Worksheet;
        if (s.Name === LISTS_SHEET) lists = s;
      }
      if (!lists) {
        const last = book.Worksheets.Item(book.Worksheets.Count) as Et.Worksheet;
        lists = book.Worksheets.Add(undefined, last) as Et.Worksheet;
        lists.Name = LISTS_SHEET;
        lists.Visible = XL.veryHidden as Et.XlSheetVisibility;
        ws.Activate();
      } else next = lists.UsedRange.Column + lists.UsedRange.Columns.Count - 1;
      const col = columnName(next++);
      lists.Range(`${col}1:${col}${v.values.length}`).Value2 = v.values.map((x) => [
        formulaEntry({ value: x }),
      ]) as unknown as string;
      source = `='${LISTS_SHEET}'!$${col}$1:$${col}$${v.values.length}`;
    }
    const dv = ws.Range(v.range).Validation;
    dv.Add(XL.validateList as Et.XlDVType, XL.alertStop, XL.between, source);
    dv.InCellDropdown = true;
    dv.ShowError = true;
    dv.ErrorTitle = "输入有误";
    dv.ErrorMessage = v.error;
  }
}

function writePrint(ws: Et.Worksheet, spec: SheetSpec): void {
  const plan = printPlan(spec);
  const page = ws.PageSetup;
  page.PaperSize = XL.paperA4 as Et.XlPaperSize;
  page.Orientation = (
    plan.orientation === "landscape" ? XL.landscape : XL.portrait
  ) as Et.XlPageOrientation;
  page.Zoom = false;
  page.FitToPagesWide = plan.pagesWide;
  page.FitToPagesTall = plan.pagesTall === 0 ? false : plan.pagesTall;
  page.LeftMargin = plan.margins.left * POINTS_PER_INCH;
  page.RightMargin = plan.margins.right * POINTS_PER_INCH;
  page.TopMargin = plan.margins.top * POINTS_PER_INCH;
  page.BottomMargin = plan.margins.bottom * POINTS_PER_INCH;
  page.HeaderMargin = plan.margins.header * POINTS_PER_INCH;
  page.FooterMargin = plan.margins.footer * POINTS_PER_INCH;
  page.CenterHorizontally = plan.centredHorizontally;
  if (plan.repeatRows)
    page.PrintTitleRows = `$${plan.repeatRows.first + 1}:$${plan.repeatRows.last + 1}`;
  page.CenterHeader = plan.header;
  page.CenterFooter = plan.footer;
  if (plan.borders) {
    const range = rectRange(ws, plan.borders);
    for (const line of XL.borders) {
      const border = range.Borders.Item(line as Et.XlBordersIndex);
      border.LineStyle = XL.continuous;
      border.Weight = XL.thin;
    }
  }
}

function writeNotes(ws: Et.Worksheet, spec: SheetSpec): void {
  spec.cells.forEach((row, r) =>
    (row ?? []).forEach((cell, c) => {
      if (cell?.note) cellsOf(ws, r, c, 1, 1).AddComment(cell.note);
    })
  );
}

/** Writes the spec into the new, empty sheet ws. */
export function writeSpec(book: Et.Workbook, ws: Et.Worksheet, spec: SheetSpec): void {
  writeCells(ws, spec);
  writeFormats(ws, spec);
  writeValidations(book, ws, spec);
  writePrint(ws, spec);
  writeNotes(ws, spec);
  if (spec.frozenRows) {
    ws.Activate();
    const win = book.Application.ActiveWindow;
    win.SplitColumn = 0;
    win.SplitRow = spec.frozenRows;
    win.FreezePanes = true;
  }
}
