/**
 * Reading .xlsx and .csv files into plain 2-D arrays for the core. Works in Node and in
 * the browser (the standalone page), from bytes, so nothing is uploaded anywhere.
 */
import ExcelJS from "exceljs";
import type { CellValue, SheetData } from "../core/sheet/address";
import { decodeText, parseCsv } from "./csv";
import {
  checkCsvBytes,
  checkRowCount,
  checkXlsxBytes,
  FileLimitError,
  PartialInflate,
} from "./limits";

export type { CellValue, SheetData };

function plain(value: ExcelJS.CellValue): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean")
    return value;
  if (value instanceof Date) return value;
  const v = value as unknown as Record<string, unknown>;
  if (Array.isArray(v.richText))
    return (v.richText as { text: string }[]).map((t) => t.text).join("");
  if ("result" in v || "formula" in v || "sharedFormula" in v) {
    return v.result === undefined ? null : plain(v.result as ExcelJS.CellValue);
  }
  if (typeof v.error === "string") return v.error;
  if (typeof v.text === "string") return v.text;
  return String(value);
}

export function worksheetRows(ws: ExcelJS.Worksheet): CellValue[][] {
  const rows: CellValue[][] = [];
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const values: CellValue[] = [];
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      values[colNumber - 1] = plain(cell.value);
    });
    for (let i = 0; i < values.length; i++) if (values[i] === undefined) values[i] = null;
    rows[rowNumber - 1] = values;
  });
  for (let i = 0; i < rows.length; i++) if (!rows[i]) rows[i] = [];
  return rows;
}

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

/**
 * Reads a workbook from its bytes. Files past the limits of ./limits are refused before
 * they are parsed; `inflate` (Node's zlib, where there is one) lets a sheet's row count be
 * read from its first block.
 */
export async function readWorkbookBytes(
  bytes: Uint8Array,
  fileName: string,
  inflate?: PartialInflate
): Promise<SheetData[]> {
  const name = shownName(fileName);
  if (isCsvName(fileName)) {
    checkCsvBytes(bytes, fileName);
    const rows = parseCsv(decodeText(bytes));
    checkRowCount(rows.length, `文件 ${name} `);
    return [{ name: fileName.replace(/^.*[\\/]/, "").replace(/\.[^.]+$/, ""), rows }];
  }
  if (!/\.xlsx$/i.test(fileName)) {
    throw new FileReadError(
      `不支持的文件类型：${name}。请另存为 .xlsx 或 .csv（.xls 请先用 Excel/WPS 另存为 .xlsx）`
    );
  }
  checkXlsxBytes(bytes, fileName, inflate);
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch (e) {
    if (e instanceof FileLimitError) throw e;
    throw new FileReadError(
      `无法读取 ${name}：文件不是有效的 .xlsx 工作簿，可能已损坏或是其他格式。请用 Excel/WPS 打开后另存为 .xlsx 再试`,
      (e as Error).message
    );
  }
  return wb.worksheets.map((ws) => {
    checkRowCount(ws.actualRowCount, `工作表“${ws.name.slice(0, 31)}”`);
    return { name: ws.name, rows: worksheetRows(ws) };
  });
}
