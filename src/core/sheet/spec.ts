/**
 * A sheet to be written, independent of where: an .xlsx file (src/io/xlsxWriter), or a new sheet in
 * the open workbook (Office.js). Templates, claim workbooks and annotated copies use it.
 *
 * Printing: every sheet written to a file prints one page wide on A4, landscape where its
 * columns are wider than a portrait page, with its title in the page header and
 * "第 N 页 共 M 页" in the footer. A sheet that holds a table declares it (`table`): the
 * table gets thin borders and its header rows repeat on every page. Without `table`, a sheet
 * with `frozenRows` is taken to be one table from its last frozen row down. Set `print` only
 * where the defaults do not suit (a title other than A1's text, a short sheet squeezed onto
 * one page).
 */
export interface CellSpec {
  value?: string | number | boolean | null;
  /** An Excel formula without the leading "=", in English function names (SUM, SUMIFS). */
  formula?: string;
  /**
   * The formula's value as yibao computed it. Written as the cached result, so viewers that
   * do not recalculate (WeChat and QQ previews, phone viewers) show the number; Excel, WPS and
   * LibreOffice still recalculate on open. Give it with every formula ("" for an empty result).
   */
  result?: string | number | boolean;
  bold?: boolean;
  /** Font size in points (default 11); titles use 14. */
  fontSize?: number;
  /** Excel number format, e.g. "0.00%", "#,##0.00", "yyyy-mm-dd", "@" for text. */
  numFmt?: string;
  /** Background colour as RRGGBB. */
  fill?: string;
  align?: "left" | "center" | "right";
  /** Text wraps within the column width (long headers, notes). */
  wrap?: boolean;
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

/** The table on a sheet: drawn with thin borders; its header rows repeat on every printed page. */
export interface TableSpec {
  /** 0-based row of the (first) header row. */
  headerRow: number;
  /** How many header rows (default 1). */
  headerRows?: number;
  /** 0-based last row of the table (default: the sheet's last row). */
  lastRow?: number;
  /** 0-based last column (default: the widest row of the table). */
  lastCol?: number;
}

export interface PrintSpec {
  /** Printed in the page header; default: the text of A1 (the sheet's title row), else the sheet name. */
  title?: string;
  /** Default: landscape when the column widths add up to more than a portrait A4 page holds. */
  orientation?: "portrait" | "landscape";
  /** Pages tall: 0 (default) as many as needed; 1 squeezes the sheet onto one page. Always one page wide. */
  pagesTall?: number;
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
  /** The table to border and whose header repeats on each page (see the file comment for the default). */
  table?: TableSpec;
  print?: PrintSpec;
}

/** Column widths (in characters) a portrait A4 page holds at 100 %; wider sheets print landscape. */
export const PORTRAIT_WIDTH = 95;

/** The table a sheet declares, or the default one: from the last frozen row to the end. */
export function tableOf(spec: SheetSpec): Required<TableSpec> | null {
  const t: TableSpec | null =
    spec.table ?? (spec.frozenRows ? { headerRow: spec.frozenRows - 1 } : null);
  if (!t) return null;
  const lastRow = t.lastRow ?? spec.cells.length - 1;
  let lastCol = t.lastCol ?? -1;
  if (t.lastCol === undefined)
    for (let r = t.headerRow; r <= lastRow; r++)
      lastCol = Math.max(lastCol, (spec.cells[r]?.length ?? 0) - 1);
  if (lastRow < t.headerRow || lastCol < 0) return null;
  return { headerRow: t.headerRow, headerRows: t.headerRows ?? 1, lastRow, lastCol };
}

/** The page header's title: the declared one, A1's text, or the sheet's name. */
export function printTitle(spec: SheetSpec): string {
  if (spec.print?.title) return spec.print.title;
  // A1 is a title unless the table starts there (then A1 is a column header such as 序号).
  const a1 = spec.cells[0]?.[0]?.value;
  const headerAtTop = (tableOf(spec)?.headerRow ?? -1) === 0;
  return typeof a1 === "string" && a1.trim() !== "" && !headerAtTop ? a1 : spec.name;
}

export { safeSheetName } from "./sheetName";
