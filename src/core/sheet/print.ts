/**
 * How a sheet prints, decided once for every writer: the .xlsx file (src/io/xlsxWriter), a sheet
 * inserted through Office.js, and one written by an Office Script. A4, one page wide,
 * landscape where the columns are wider than a portrait page, thin borders on the table,
 * its header rows repeated on every page, the title in the page header and
 * "第 N 页 共 M 页" in the footer.
 */
import { PORTRAIT_WIDTH, printTitle, SheetSpec, tableOf } from "./spec";

/** Excel's column width when a sheet sets none (what the file writer writes for it). */
export const DEFAULT_COLUMN_WIDTH = 9;

/** A 0-based rectangle of cells, both ends included. */
export interface CellRect {
  r0: number;
  c0: number;
  r1: number;
  c1: number;
}

export interface PrintPlan {
  orientation: "portrait" | "landscape";
  /** Always 1: a table never splits across pages sideways. */
  pagesWide: 1;
  /** 0: as many pages as needed. */
  pagesTall: number;
  /** The table, drawn with thin borders inside and out; null when the sheet has none. */
  borders: CellRect | null;
  /** 0-based first and last header row repeated at the top of every page. */
  repeatRows: { first: number; last: number } | null;
  /** The centre of the page header, in Excel's header codes (a literal & is doubled). */
  header: string;
  /** The centre of the page footer, in Excel's header codes. */
  footer: string;
  /** Margins in inches. */
  margins: {
    left: number;
    right: number;
    top: number;
    bottom: number;
    header: number;
    footer: number;
  };
  centredHorizontally: true;
}

export function columnWidth(spec: SheetSpec, col: number): number {
  return spec.columnWidths?.[col] ?? DEFAULT_COLUMN_WIDTH;
}

/** Text for a header/footer section: & starts a code there, so a literal one is doubled. */
function headerText(s: string): string {
  return s.replace(/&/g, "&&");
}

export function printPlan(spec: SheetSpec): PrintPlan {
  const table = tableOf(spec);
  let widest = table ? table.lastCol + 1 : 0;
  for (const row of spec.cells) widest = Math.max(widest, row?.length ?? 0);
  let width = 0;
  for (let c = 0; c < widest; c++) width += columnWidth(spec, c);
  const print = spec.print ?? {};
  return {
    orientation: print.orientation ?? (width > PORTRAIT_WIDTH ? "landscape" : "portrait"),
    pagesWide: 1,
    pagesTall: print.pagesTall ?? 0,
    borders: table ? { r0: table.headerRow, c0: 0, r1: table.lastRow, c1: table.lastCol } : null,
    repeatRows: table
      ? { first: table.headerRow, last: table.headerRow + table.headerRows - 1 }
      : null,
    header: headerText(printTitle(spec)),
    footer: "第 &P 页 共 &N 页",
    margins: { left: 0.4, right: 0.4, top: 0.7, bottom: 0.7, header: 0.3, footer: 0.3 },
    centredHorizontally: true,
  };
}
