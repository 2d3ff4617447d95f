/**
 * Writing a SheetSpec into the open workbook as a NEW worksheet from an Office Script: the
 * synchronous twin of src/office/write.ts, built on the same core/sheet pieces.
 *
 * It never writes into an existing sheet: the name is made unique first (or, where the
 * sheets refer to each other by name, the caller asks for the exact names and nothing is
 * written if one is taken). Every call below is one request to Excel, and none carries more
 * than a block: cells go in row blocks from splitRows (under 2 MB and 10,000 rows), each
 * preceded by the "@" format of its rows in the text columns so ID numbers stay text; user
 * text that Excel would run (=, +, -, @) goes in with formulaEntry's apostrophe, so it stays
 * text. Then the formats (and the file writer's row heights for wrapped text) (formatRects cut into blocks by blockRects: one call per rectangle
 * and property), column widths, merges, list validations, frozen rows, cell notes (as
 * comments, which is what ExcelScript has), and the print setup of printPlan: A4, the
 * orientation, one page wide, the table's header rows on every page, the title in the page
 * header and the page number in the footer, and thin borders on the table's edges and
 * inside lines.
 */
import { cellAddress, columnName } from "../core/sheet/address";
import { splitRows } from "../core/sheet/blocks";
import { blockRects, Entry, formatRects, formulaEntry, widthToPoints } from "../core/sheet/grid";
import { CellRect, printPlan } from "../core/sheet/print";
import { LISTS_SHEET, listFitsInline, nameClash } from "../core/sheet/newSheets";
import { CellSpec, SheetSpec, safeSheetName } from "../core/sheet/spec";
// The file writer's row-height rule for wrapped text (pure functions from the core).
import { mergeRects, wrappedLines } from "../core/sheet/wrap";

export interface WriteOptions {
  /** Refuse, before writing anything, if a spec's name is taken (formulas refer to the names). */
  exactNames?: boolean;
}

export interface WriteResult {
  /** The names the new sheets were given, in the order of the specs. */
  names: string[];
}

function alignment(align: "left" | "center" | "right"): ExcelScript.HorizontalAlignment {
  if (align === "left") return ExcelScript.HorizontalAlignment.left;
  if (align === "right") return ExcelScript.HorizontalAlignment.right;
  return ExcelScript.HorizontalAlignment.center;
}

function rectRange(ws: ExcelScript.Worksheet, r: CellRect): ExcelScript.Range {
  return ws.getRangeByIndexes(r.r0, r.c0, r.r1 - r.r0 + 1, r.c1 - r.c0 + 1);
}

/** Runs of adjacent cells in a row that share a value of `key` (wrap, font size), for one call each. */
function runs<T>(
  cells: (CellSpec | null)[][],
  key: (c: CellSpec) => T | undefined
): { row: number; c0: number; c1: number; value: T }[] {
  const out: { row: number; c0: number; c1: number; value: T }[] = [];
  cells.forEach((row, r) => {
    let c = 0;
    while (c < row.length) {
      const cell = row[c];
      const v = cell ? key(cell) : undefined;
      if (v === undefined) {
        c++;
        continue;
      }
      let end = c;
      while (end + 1 < row.length && row[end + 1] && key(row[end + 1] as CellSpec) === v) end++;
      out.push({ row: r, c0: c, c1: end, value: v });
      c = end + 1;
    }
  });
  return out;
}

/** The cells: values and formulas in blocks, text columns formatted as text first. */
function writeCells(ws: ExcelScript.Worksheet, spec: SheetSpec): void {
  // A loop, not Math.max(...rows): spreading 200,000 rows overflows the call stack.
  const columns = spec.cells.reduce((n, r) => Math.max(n, r ? r.length : 0), 1);
  const grid = spec.cells.map((row) => {
    const out: Entry[] = new Array(columns).fill("");
    (row ?? []).forEach((cell, c) => (out[c] = formulaEntry(cell)));
    return out;
  });
  for (const block of splitRows(grid)) {
    const n = block.rows.length;
    for (const c of spec.textColumns ?? []) {
      if (c < columns) ws.getRangeByIndexes(block.start, c, n, 1).setNumberFormat("@");
    }
    ws.getRangeByIndexes(block.start, 0, n, columns).setValues(block.rows);
  }
}

function writeFormats(ws: ExcelScript.Worksheet, spec: SheetSpec): void {
  for (const rect of blockRects(formatRects(spec.cells))) {
    const range = rectRange(ws, rect);
    const cell = rect.cell;
    if (cell.numFmt) range.setNumberFormat(cell.numFmt);
    if (cell.bold) range.getFormat().getFont().setBold(true);
    if (cell.fill) range.getFormat().getFill().setColor(`#${cell.fill}`);
    if (cell.align) range.getFormat().setHorizontalAlignment(alignment(cell.align));
  }
  for (const run of runs(spec.cells, (c) => (c.wrap ? true : undefined)))
    ws.getRangeByIndexes(run.row, run.c0, 1, run.c1 - run.c0 + 1)
      .getFormat()
      .setWrapText(true);
  // Rows whose wrapped text needs more than one line get the height for it, as in the file.
  const merges = mergeRects(spec);
  spec.cells.forEach((row, r) => {
    const lines = wrappedLines(spec, row, r, merges);
    if (lines > 1)
      ws.getRangeByIndexes(r, 0, 1, 1)
        .getFormat()
        .setRowHeight(15 * lines);
  });
  for (const run of runs(spec.cells, (c) => c.fontSize))
    ws.getRangeByIndexes(run.row, run.c0, 1, run.c1 - run.c0 + 1)
      .getFormat()
      .getFont()
      .setSize(run.value);
  (spec.columnWidths ?? []).forEach((width, c) =>
    ws.getRangeByIndexes(0, c, 1, 1).getFormat().setColumnWidth(widthToPoints(width))
  );
  for (const m of spec.merges ?? []) ws.getRange(m).merge(false);
}

interface Lists {
  sheet: ExcelScript.Worksheet | null;
  next: number;
}

function writeValidations(
  workbook: ExcelScript.Workbook,
  ws: ExcelScript.Worksheet,
  spec: SheetSpec,
  lists: Lists
): void {
  for (const v of spec.validations ?? []) {
    // A list with nothing to choose from is no list (an empty inline list is not valid).
    if (v.values.length === 0) continue;
    let source = v.values.join(",");
    if (!listFitsInline(v.values)) {
      if (!lists.sheet) {
        lists.sheet = workbook.addWorksheet(LISTS_SHEET);
        lists.sheet.setVisibility(ExcelScript.SheetVisibility.veryHidden);
      }
      const col = columnName(lists.next++);
      // Quoted so that an entry starting with = stays a list item, not a formula.
      lists.sheet
        .getRange(`${col}1:${col}${v.values.length}`)
        .setValues(v.values.map((x) => [formulaEntry({ value: x })]));
      source = `='${LISTS_SHEET}'!$${col}$1:$${col}$${v.values.length}`;
    }
    const dv = ws.getRange(v.range).getDataValidation();
    dv.setRule({ list: { inCellDropDown: true, source } });
    dv.setErrorAlert({
      showAlert: true,
      style: ExcelScript.DataValidationAlertStyle.stop,
      title: "输入有误",
      message: v.error,
    });
  }
}

/** The page setup: A4, orientation, one page wide, repeated header rows, header/footer, table borders. */
function writePrint(ws: ExcelScript.Worksheet, spec: SheetSpec): void {
  const plan = printPlan(spec);
  const page = ws.getPageLayout();
  page.setPaperSize(ExcelScript.PaperType.a4);
  page.setOrientation(
    plan.orientation === "landscape"
      ? ExcelScript.PageOrientation.landscape
      : ExcelScript.PageOrientation.portrait
  );
  page.setZoom({ horizontalFitToPages: plan.pagesWide, verticalFitToPages: plan.pagesTall });
  page.setPrintMargins(ExcelScript.PrintMarginUnit.inches, plan.margins);
  page.setCenterHorizontally(plan.centredHorizontally);
  if (plan.repeatRows)
    page.setPrintTitleRows(`$${plan.repeatRows.first + 1}:$${plan.repeatRows.last + 1}`);
  const headers = page.getHeadersFooters().getDefaultForAllPages();
  headers.setCenterHeader(plan.header);
  headers.setCenterFooter(plan.footer);
  if (plan.borders) {
    const format = rectRange(ws, plan.borders).getFormat();
    const lines = [
      ExcelScript.BorderIndex.edgeTop,
      ExcelScript.BorderIndex.edgeBottom,
      ExcelScript.BorderIndex.edgeLeft,
      ExcelScript.BorderIndex.edgeRight,
      ExcelScript.BorderIndex.insideVertical,
      ExcelScript.BorderIndex.insideHorizontal,
    ];
    for (const line of lines) {
      const border = format.getRangeBorder(line);
      border.setStyle(ExcelScript.BorderLineStyle.continuous);
      border.setWeight(ExcelScript.BorderWeight.thin);
    }
  }
}

/** Cell notes, as comments (ExcelScript's only per-cell annotation). */
function writeNotes(ws: ExcelScript.Worksheet, spec: SheetSpec): void {
  spec.cells.forEach((row, r) =>
    (row ?? []).forEach((cell, c) => {
      if (cell?.note) ws.addComment(ws.getRange(cellAddress(r, c)), cell.note);
    })
  );
}

function writeOne(
  workbook: ExcelScript.Workbook,
  spec: SheetSpec,
  name: string,
  lists: Lists
): ExcelScript.Worksheet {
  const ws = workbook.addWorksheet(name);
  writeCells(ws, spec);
  writeFormats(ws, spec);
  writeValidations(workbook, ws, spec, lists);
  if (spec.frozenRows) ws.getFreezePanes().freezeRows(spec.frozenRows);
  writePrint(ws, spec);
  writeNotes(ws, spec);
  return ws;
}

/**
 * Adds each spec as a new sheet under a name not yet taken, activates the first, and
 * returns the names used. Existing sheets are never written to.
 */
export function writeSheets(
  workbook: ExcelScript.Workbook,
  specs: readonly SheetSpec[],
  options: WriteOptions = {}
): WriteResult {
  const taken = workbook.getWorksheets().map((ws) => ws.getName());
  const clash = options.exactNames ? nameClash(taken, specs, "运行") : null;
  if (clash) throw new Error(clash);
  const existingLists = workbook.getWorksheet(LISTS_SHEET);
  const lists: Lists = { sheet: existingLists ?? null, next: 0 };
  if (existingLists) {
    // An earlier run's lists: append to the right of its used columns.
    const used = existingLists.getUsedRange(true);
    lists.next = used ? used.getColumnIndex() + used.getColumnCount() : 0;
  }
  const names: string[] = [];
  let first: ExcelScript.Worksheet | null = null;
  for (const spec of specs) {
    const name = options.exactNames ? spec.name : safeSheetName(spec.name, taken);
    taken.push(name);
    names.push(name);
    const ws = writeOne(workbook, spec, name, lists);
    first ??= ws;
  }
  // Range.select() throws in a Power Automate flow (Microsoft's troubleshooting page); activate() does not.
  if (first) first.activate();
  return { names };
}
