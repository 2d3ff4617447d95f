/**
 * Reading .xlsx and .csv files into plain 2-D arrays for the core. Works in Node and in
 * the browser (the standalone page), from bytes, so nothing is uploaded anywhere.
 */
import ExcelJS from "exceljs";
import type { CellValue, SheetData } from "../core/sheet/address";
import { decodeText, parseCsv } from "./csv";

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

export async function readWorkbookBytes(bytes: Uint8Array, fileName: string): Promise<SheetData[]> {
  if (isCsvName(fileName)) {
    const name = fileName.replace(/^.*[\\/]/, "").replace(/\.[^.]+$/, "");
    return [{ name, rows: parseCsv(decodeText(bytes)) }];
  }
  if (!/\.xlsx$/i.test(fileName)) {
    throw new Error(
      `不支持的文件类型：${fileName}。请另存为 .xlsx 或 .csv（.xls 请先用 Excel/WPS 另存为 .xlsx）`
    );
  }
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch (e) {
    throw new Error(`无法读取 ${fileName}：文件不是有效的 .xlsx（${(e as Error).message}）`);
  }
  return wb.worksheets.map((ws) => ({ name: ws.name, rows: worksheetRows(ws) }));
}
