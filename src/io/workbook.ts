/**
 * Reading .xlsx, .xls and .csv files into plain 2-D arrays for the core. Works in Node and in
 * the browser (the standalone page), from bytes, so nothing is uploaded anywhere.
 *
 * A plain .xlsx is scanned by ./xlsxRead as it is unpacked (by ./zipRead, the same in Node
 * and in the page's Web Worker), at less than half SheetJS's CPU and memory on the bench's 100,000-row roster.
 * Everything else is read with SheetJS (@e965/xlsx), which also reads the old .xls format
 * that departments still send. Cells come as exceljs gave them before: a formula as its
 * cached result, rich text as its text, an error as its code (#N/A), a date as a Date, and a
 * merged range's value in each of its cells.
 */
import type * as XLSX from "@e965/xlsx";
import type { CellValue, SheetData } from "../core/sheet/address";
import { CsvError, decodeText, parseCsv } from "./csv";
import { checkCsvBytes, checkFileSize, checkRowCount, checkXlsxBytes, LIMITS } from "./limits";
import { readXlsxFast } from "./xlsxRead";
import { DamagedFile } from "./xlsxCells";
import { type InflateChunks, platformInflate } from "./zipRead";

export type { CellValue, SheetData };

export function isCsvName(fileName: string): boolean {
  return /\.(csv|txt)$/i.test(fileName);
}

/** A file that cannot be read: a Chinese message; the library's own text only in `detail`. */
export class FileReadError extends Error {
  readonly detail?: string;
  constructor(message: string, detail?: string) {
    super(message);
    this.name = "FileReadError";
    if (detail !== undefined) this.detail = detail;
  }
}

function shownName(fileName: string): string {
  const base = fileName.replace(/^.*[\\/]/, "");
  return base.length > 60 ? base.slice(0, 60) + "…" : base;
}

/** Excel's error codes as SheetJS stores them (BIFF numbers), shown as Excel shows them. */
const ERRORS: Record<number, string> = {
  0: "#NULL!",
  7: "#DIV/0!",
  15: "#VALUE!",
  23: "#REF!",
  29: "#NAME?",
  36: "#NUM!",
  42: "#N/A",
  43: "#GETTING_DATA",
};

function plain(cell: XLSX.CellObject | undefined): CellValue {
  if (!cell) return null;
  switch (cell.t) {
    case "z":
      return null;
    case "e":
      return ERRORS[cell.v as number] ?? "#VALUE!";
    case "s":
      // A formula whose result is empty reads as an empty cell.
      return cell.f !== undefined && cell.v === "" ? null : (cell.v as string);
    case "d":
      return cell.v instanceof Date ? cell.v : new Date(String(cell.v));
    default:
      return cell.v === undefined ? null : (cell.v as number | boolean);
  }
}

/** A sheet's rows as plain values; the value of a merged range is in each of its cells. */
export function sheetRows(ws: XLSX.WorkSheet): CellValue[][] {
  const data = (ws["!data"] ?? []) as (XLSX.CellObject[] | undefined)[];
  const rows: CellValue[][] = new Array(data.length);
  for (let r = 0; r < data.length; r++) {
    const src = data[r];
    if (!src) {
      rows[r] = [];
      continue;
    }
    let last = src.length - 1;
    while (last >= 0 && plain(src[last]) === null) last--;
    const row: CellValue[] = new Array(last + 1);
    for (let c = 0; c <= last; c++) row[c] = plain(src[c]);
    rows[r] = row;
  }
  for (const m of ws["!merges"] ?? []) {
    const v = rows[m.s.r]?.[m.s.c] ?? null;
    if (v === null) continue;
    for (let r = m.s.r; r <= m.e.r; r++) {
      const row = (rows[r] ??= []);
      for (let c = m.s.c; c <= m.e.c; c++) row[c] = v;
      for (let c = 0; c < row.length; c++) if (row[c] === undefined) row[c] = null;
    }
  }
  // Trailing empty rows are not rows of the sheet.
  let end = rows.length;
  while (end > 0 && rows[end - 1].length === 0) end--;
  rows.length = end;
  return rows;
}

const isZip = (b: Uint8Array): boolean =>
  b.length >= 4 && b[0] === 0x50 && b[1] === 0x4b && b[2] === 0x03 && b[3] === 0x04;
/** An OLE compound file: a BIFF .xls, or an .xlsx encrypted with a password. */
const isCompound = (b: Uint8Array): boolean =>
  b.length >= 8 && [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1].every((x, i) => b[i] === x);

/**
 * Reads a workbook from its bytes. Files past the limits of ./limits are refused before
 * they are parsed (a sheet's row count is read from its first block). `inflate` unpacks the
 * .xlsx's parts (./zipRead's, where the platform has DecompressionStream); null reads with
 * SheetJS alone (so does an old WebView without it; the fast reader's differential test
 * compares the two).
 */
export async function readWorkbookBytes(
  bytes: Uint8Array,
  fileName: string,
  inflate: InflateChunks | null = platformInflate()
): Promise<SheetData[]> {
  const name = shownName(fileName);
  if (isCsvName(fileName)) {
    checkCsvBytes(bytes, fileName);
    let rows: CellValue[][];
    try {
      rows = parseCsv(decodeText(bytes));
    } catch (e) {
      if (e instanceof CsvError) throw new FileReadError(`无法读取 ${name}：${e.message}`);
      throw e;
    }
    checkRowCount(rows.length, `文件 ${name} `);
    return [{ name: fileName.replace(/^.*[\\/]/, "").replace(/\.[^.]+$/, ""), rows }];
  }
  // .xlsm (with macros) is an .xlsx package whose macros are only carried along.
  if (!/\.xls[xm]?$/i.test(fileName)) {
    throw new FileReadError(
      `不支持的文件类型：${name}。请用 .xlsx、.xlsm、.xls 或 .csv 文件（其他格式请先用 Excel/WPS 另存为 .xlsx）`
    );
  }
  const kind = /\.xls$/i.test(fileName) ? ".xls" : ".xlsx";
  const unreadable = (detail?: string): FileReadError =>
    new FileReadError(
      `无法读取 ${name}：文件不是有效的 ${kind} 工作簿，可能已损坏或是其他格式。请用 Excel/WPS 打开后另存为 .xlsx 再试`,
      detail
    );
  if (isZip(bytes)) {
    await checkXlsxBytes(bytes, fileName, inflate);
    // The plain .xlsx is scanned without SheetJS's cells.
    let fast: SheetData[] | null = null;
    try {
      fast = inflate && kind === ".xlsx" ? await readXlsxFast(bytes, inflate) : null;
    } catch (e) {
      if (e instanceof DamagedFile)
        throw new FileReadError(
          `无法读取 ${name}：${e.message}。请用 Excel/WPS 打开后另存为 .xlsx 再试，或向发来文件的人要一份完好的`
        );
      throw e;
    }
    if (fast) {
      for (const s of fast)
        checkRowCount(s.rows.filter((r) => r.length > 0).length, `工作表“${s.name.slice(0, 31)}”`);
      return fast;
    }
  } else if (isCompound(bytes)) checkFileSize(bytes.length, fileName);
  else throw unreadable();
  // SheetJS loads only for the files the fast reader leaves to it (a quarter of a second in Node).
  const sheetjs = await import(/* webpackMode: "eager" */ "@e965/xlsx");
  let wb: XLSX.WorkBook;
  try {
    wb = sheetjs.read(bytes, {
      type: "array",
      dense: true,
      cellDates: true,
      cellText: false,
      cellHTML: false,
      // One row past the limit is enough to know a sheet is too long (the rest is not parsed).
      sheetRows: LIMITS.rows + 1,
    });
  } catch (e) {
    const message = (e as Error).message;
    // An .xlsx with an opening password is a compound file, not a zip.
    if (isCompound(bytes) && /password|encrypt/i.test(message))
      throw new FileReadError(
        `无法读取 ${name}：文件设置了打开密码。请在 Excel/WPS 中取消密码后另存为 .xlsx 再试`,
        message
      );
    throw unreadable(message);
  }
  return wb.SheetNames.map((sheetName) => {
    const ws = wb.Sheets[sheetName];
    const where = `工作表“${sheetName.slice(0, 31)}”`;
    // Counted by the rows read (at most one past the limit), not the dimension the file claims.
    const rows = sheetRows(ws);
    checkRowCount(rows.length, where);
    checkRowCount(rows.filter((r) => r.length > 0).length, where);
    const merges = (ws["!merges"] ?? []).map((m) => ({
      top: m.s.r,
      left: m.s.c,
      bottom: m.e.r,
      right: m.e.c,
    }));
    return merges.length > 0 ? { name: sheetName, rows, merges } : { name: sheetName, rows };
  });
}
