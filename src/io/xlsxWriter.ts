/**
 * Writes SheetSpecs to an .xlsx file's bytes with exceljs, in Node or the browser: values,
 * formulas with their cached results, formats, merges, lists, and the print setup every
 * sheet gets (see SheetSpec): A4, one page wide, landscape where wide, borders on the
 * table, its header repeated on each page, the title and 第 N 页 共 M 页 on every page.
 */
import ExcelJS from "exceljs";
import { printPlan } from "../core/sheet/print";
import { CellSpec, ListValidation, SheetSpec } from "../core/sheet/spec";
import { mergeRects, wrappedLines } from "../core/sheet/wrap";
import { withQuotePrefix } from "./quotePrefix";

// Pure sheet logic, kept importable from here for the writers that took it from this file.
export { mergeRects, textWidth, wrappedLines } from "../core/sheet/wrap";

export const THIN: Partial<ExcelJS.Borders> = {
  top: { style: "thin" },
  left: { style: "thin" },
  bottom: { style: "thin" },
  right: { style: "thin" },
};
/** A4 in Excel's paperSize codes. */
const A4 = 9;

export function writeCell(target: ExcelJS.Cell, cell: CellSpec): void {
  if (cell.formula !== undefined) {
    const v: ExcelJS.CellFormulaValue = { formula: cell.formula, date1904: false };
    if (cell.result !== undefined) (v as { result?: unknown }).result = cell.result;
    target.value = v;
  } else if (cell.value !== undefined && cell.value !== null) {
    target.value = cell.value;
  }
  if (cell.numFmt) target.numFmt = cell.numFmt;
  if (cell.bold || cell.fontSize) target.font = { bold: cell.bold, size: cell.fontSize };
  if (cell.fill)
    target.fill = { type: "pattern", pattern: "solid", fgColor: { argb: `FF${cell.fill}` } };
  if (cell.align || cell.wrap)
    target.alignment = { horizontal: cell.align, vertical: "middle", wrapText: cell.wrap };
  if (cell.note) target.note = cell.note;
}

/** The page setup and header/footer of a sheet, as exceljs takes them (see printPlan). */
export function printSetup(spec: SheetSpec): {
  pageSetup: Partial<ExcelJS.PageSetup>;
  headerFooter: Partial<ExcelJS.HeaderFooter>;
} {
  const plan = printPlan(spec);
  return {
    pageSetup: {
      paperSize: A4,
      orientation: plan.orientation,
      fitToPage: true,
      fitToWidth: plan.pagesWide,
      fitToHeight: plan.pagesTall,
      horizontalCentered: plan.centredHorizontally,
      margins: plan.margins,
      printTitlesRow: plan.repeatRows
        ? `${plan.repeatRows.first + 1}:${plan.repeatRows.last + 1}`
        : undefined,
    },
    headerFooter: { oddHeader: `&C${plan.header}`, oddFooter: `&C${plan.footer}` },
  };
}

/** Borders on the table, the header rows repeated, fit to one page wide, title and page numbers. */
export function setUpPrinting(ws: ExcelJS.Worksheet, spec: SheetSpec): void {
  const setup = printSetup(spec);
  const box = printPlan(spec).borders;
  if (box) {
    for (let r = box.r0; r <= box.r1; r++)
      for (let c = box.c0; c <= box.c1; c++) ws.getCell(r + 1, c + 1).border = THIN;
  }
  ws.pageSetup = { ...ws.pageSetup, ...setup.pageSetup } as ExcelJS.PageSetup;
  ws.headerFooter = { ...ws.headerFooter, ...setup.headerFooter };
}

/** Rows whose wrapped text needs more than one line get the height for it. */
function fitWrappedRows(ws: ExcelJS.Worksheet, spec: SheetSpec): void {
  const merges = mergeRects(spec);
  spec.cells.forEach((row, r) => {
    const lines = wrappedLines(spec, row, r, merges);
    if (lines > 1) ws.getRow(r + 1).height = 15 * lines;
  });
}

/** A dropdown list on a range, with the message shown when a value outside it is typed. */
export function addListValidation(ws: ExcelJS.Worksheet, v: ListValidation, formula: string): void {
  (
    ws as unknown as { dataValidations: { add(range: string, dv: ExcelJS.DataValidation): void } }
  ).dataValidations.add(v.range, {
    type: "list",
    allowBlank: true,
    formulae: [formula],
    showErrorMessage: true,
    errorTitle: "输入有误",
    error: v.error,
  });
}

export function addSheet(wb: ExcelJS.Workbook, spec: SheetSpec): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(
    spec.name,
    spec.frozenRows ? { views: [{ state: "frozen", ySplit: spec.frozenRows }] } : {}
  );
  spec.columnWidths?.forEach((w, i) => (ws.getColumn(i + 1).width = w));
  for (const c of spec.textColumns ?? []) ws.getColumn(c + 1).numFmt = "@";
  spec.cells.forEach((row, r) => {
    row?.forEach((cell, c) => {
      if (cell) writeCell(ws.getCell(r + 1, c + 1), cell);
    });
  });
  for (const m of spec.merges ?? []) ws.mergeCells(m);
  for (const v of spec.validations ?? []) {
    // Excel caps an inline list at 255 characters; longer lists go to a hidden sheet.
    const inline = `"${v.values.join(",")}"`;
    let formula = inline;
    if (inline.length > 255) {
      const listName = `_lists${wb.worksheets.length}`;
      const lists = wb.addWorksheet(listName, { state: "veryHidden" });
      v.values.forEach((val, i) => (lists.getCell(i + 1, 1).value = val));
      formula = `'${listName}'!$A$1:$A$${v.values.length}`;
    }
    addListValidation(ws, v, formula);
  }
  setUpPrinting(ws, spec);
  fitWrappedRows(ws, spec);
  return ws;
}

/** The workbook's bytes, with the quote prefix on text that a spreadsheet could take for a formula. */
export async function workbookBytes(wb: ExcelJS.Workbook): Promise<Uint8Array> {
  // The cached results let viewers that never recalculate show the numbers; Excel, WPS and
  // LibreOffice still compute every formula on open.
  wb.calcProperties.fullCalcOnLoad = true;
  const buffer = await wb.xlsx.writeBuffer();
  return withQuotePrefix(new Uint8Array(buffer as ArrayBuffer));
}

export async function writeXlsx(specs: SheetSpec[]): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.creator = "yibao";
  for (const spec of specs) addSheet(wb, spec);
  return workbookBytes(wb);
}
