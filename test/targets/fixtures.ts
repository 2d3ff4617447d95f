/**
 * The notices' own target tables, as a clerk's sheet holds them, and helpers to write them
 * to .xlsx and .csv files and run the CLI on them.
 *
 * 彭水: 大同府发〔2024〕31号 附件1 (4 villages, 合 计 7182, empty 序号 on the total row).
 * 石柱: 下路街道发〔2024〕78号 附件1 (12 villages, 合计 in the 序号 column, empty name, 33828).
 */
import ExcelJS from "exceljs";
import { mkdtempSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { toCsv } from "../../src/io/csv";
import type { CellValue, SheetData } from "../../src/core/sheet/address";

export type Rows = CellValue[][];

export const PENGSHUI_UNITS: [string, number][] = [
  ["大厂社区", 2490],
  ["大河村", 1273],
  ["龙门村", 1645],
  ["马驴村", 1774],
];

export const SHIZHU_UNITS: [string, number][] = [
  ["红岩社区", 4162],
  ["柏树社区", 2417],
  ["银河社区", 2607],
  ["金彰社区", 2483],
  ["高平村", 2786],
  ["高鹿村", 2497],
  ["湖海村", 3679],
  ["白鹤村", 2614],
  ["上进村", 3169],
  ["双香村", 2548],
  ["天泉村", 2431],
  ["照明村", 2435],
];

/**
 * 彭水 附件1: A1 附件1, A2 title, C3 单位：人, row 4 header, rows 5–8 villages, row 9 合 计.
 * So the villages' targets are C5:C8 and the total is C9.
 */
export function pengshui(): Rows {
  return [
    ["附件1"],
    ["大同镇2025年度村（社区）城乡居民基本医疗保险参保目标任务表"],
    [null, null, "单位：人"],
    ["序号", "村（社区）", "2025年度参保目标"],
    ...PENGSHUI_UNITS.map(([name, t], i) => [i + 1, name, t] as CellValue[]),
    [null, "合 计", 7182],
  ];
}

/**
 * 石柱 附件1: A1 附件1, A2–A3 the two title lines, C4 单位：人, row 5 header, rows 6–17 the
 * 12 villages, row 18 合计 in the 序号 column with an empty name and 33828 in C18.
 */
export function shizhu(): Rows {
  return [
    ["附件1"],
    ["下路街道2025年度城乡居民基本医疗保险"],
    ["参保任务分解表"],
    [null, null, "单位：人"],
    ["序号", "村社区", "任务数"],
    ...SHIZHU_UNITS.map(([name, t], i) => [i + 1, name, t] as CellValue[]),
    ["合计", null, 33828],
  ];
}

/** Deep copy, so variants can be edited in place. */
export function clone(rows: Rows): Rows {
  return rows.map((r) => [...r]);
}

/** Sets the cell at an A1 address (C5 → rows[4][2]), padding the row. */
export function set(rows: Rows, a1: string, value: CellValue): Rows {
  const m = /^([A-Z]+)(\d+)$/.exec(a1)!;
  let col = 0;
  for (const ch of m[1]) col = col * 26 + ch.charCodeAt(0) - 64;
  const r = Number(m[2]) - 1;
  while (rows.length <= r) rows.push([]);
  const row = rows[r];
  while (row.length < col) row.push(null);
  row[col - 1] = value;
  return rows;
}

export function tmpDir(): string {
  return mkdtempSync(join(tmpdir(), "yibao-targets-"));
}

/** Writes sheets to an .xlsx with exceljs, cell types as given (a string stays text). */
export async function writeXlsxFile(path: string, sheets: SheetData[]): Promise<void> {
  const wb = new ExcelJS.Workbook();
  for (const s of sheets) {
    const ws = wb.addWorksheet(s.name);
    s.rows.forEach((row, r) =>
      row.forEach((v, c) => {
        if (v !== null && v !== undefined) ws.getCell(r + 1, c + 1).value = v as ExcelJS.CellValue;
      })
    );
  }
  await wb.xlsx.writeFile(path);
}

export function writeCsvFile(path: string, rows: Rows): void {
  writeFileSync(path, "\ufeff" + toCsv(rows), "utf8");
}

export { yibao } from "../cli/run";
export type { CliRun } from "../cli/run";
