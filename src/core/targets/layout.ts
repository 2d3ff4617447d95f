/**
 * Where the table is on a target sheet: the header row (one or two rows), each column's role,
 * and the rows between the header and the total row. See check.ts for how the sheet is read.
 */
import { type CellValue } from "../sheet/address";
import { headerKey } from "../sheet/header";
import { cellText, foldWidth, nameKey } from "../text";

/** How many rows from the top are searched for the header. */
export const HEADER_SCAN_ROWS = 30;

export type ColumnRole =
  | "seq"
  | "unit"
  | "target"
  | "population"
  | "paid"
  | "rate"
  | "lowIncomeCount"
  | "lowIncomePaid"
  | "lowIncomeRate"
  | "povertyCount"
  | "povertyPaid"
  | "povertyRate";

export interface TableLayout {
  /** 0-based row of the header (the upper one when the header has two rows). */
  headerRow: number;
  /** First row after the header. */
  dataStart: number;
  columns: Partial<Record<ColumnRole, number>>;
  /** The header text of each recognised column, as written. */
  headers: Partial<Record<ColumnRole, string>>;
  /** Whether a group's rate column is in percent (its header says %). */
  percentHeader: Partial<Record<ColumnRole, boolean>>;
  lastColumn: number;
}

// ---------------------------------------------------------------------------------------
// Header recognition

/** A header's key for its role: headerKey without any brackets (村（社区） reads as 村社区). */
function roleKey(value: CellValue | undefined): string {
  return headerKey(value).replace(/[()[\]【】〔〕]/g, "");
}

const UNIT_RE = /^(村|社区|居委会|居委|居|乡|镇|街道|区|县|单位|地区|村社|组)+(名称|名|别)?$/;
const PAID_RE =
  /已参保|已缴费|已缴|已完成|实缴|实际参保|实际缴费|完成数|完成人数|参保人数|缴费人数|参保数/;

/** The role of a column from its header text, or null. */
export function classifyHeader(text: CellValue | undefined): ColumnRole | null {
  const key = roleKey(text);
  if (!key) return null;
  if (/^(序号|编号|序)$/.test(key)) return "seq";
  // Last year's figures (上年参保人数) are for comparison, not this year's progress.
  if (/上年|去年|上一年|往年|同期/.test(key)) return null;
  const isRate = /率|%|百分比|占比/.test(key);
  const paidLike = PAID_RE.test(key) && !/目标|任务|应参保/.test(key);
  const group = /低收入|困难|特困|低保/.test(key)
    ? "lowIncome"
    : /脱贫/.test(key)
      ? "poverty"
      : null;
  if (group) return `${group}${isRate ? "Rate" : paidLike ? "Paid" : "Count"}` as ColumnRole;
  if (isRate) return "rate";
  if (paidLike) return "paid";
  if (/户籍|人口|应参保/.test(key)) return "population";
  if (/目标|任务|计划/.test(key)) return "target";
  if (UNIT_RE.test(key)) return "unit";
  return null;
}

function yearIn(text: string): number {
  const m = /(\d{4})/.exec(text);
  return m ? Number(m[1]) : 0;
}

export function isBlank(v: CellValue | undefined): boolean {
  return v === null || v === undefined || (typeof v === "string" && foldWidth(v).trim() === "");
}

function layoutFrom(
  headerTexts: string[],
  headerRow: number,
  dataStart: number
): TableLayout | null {
  const columns: TableLayout["columns"] = {};
  const headers: TableLayout["headers"] = {};
  const percentHeader: TableLayout["percentHeader"] = {};
  let lastColumn = 0;
  headerTexts.forEach((text, c) => {
    const role = classifyHeader(text);
    if (!text) return;
    lastColumn = Math.max(lastColumn, c);
    if (!role) return;
    const existing = columns[role];
    // Two target columns (2024 and 2025): the later year's is the one to check.
    const replace =
      existing === undefined || (role === "target" && yearIn(text) > yearIn(headers.target ?? ""));
    if (!replace) return;
    columns[role] = c;
    headers[role] = text;
    percentHeader[role] = /%/.test(foldWidth(text));
  });
  if (columns.unit === undefined || columns.target === undefined) return null;
  return { headerRow, dataStart, columns, headers, percentHeader, lastColumn };
}

function rowTexts(row: CellValue[] | undefined): string[] {
  return (row ?? []).map((v) => cellText(v));
}

/** Header text of two stacked header rows: a group's upper cell carries over the columns under it. */
function combinedTexts(top: CellValue[] | undefined, sub: CellValue[] | undefined): string[] {
  const t = rowTexts(top);
  const s = rowTexts(sub);
  const n = Math.max(t.length, s.length);
  const out: string[] = [];
  let group = "";
  for (let c = 0; c < n; c++) {
    const up = t[c] ?? "";
    const down = s[c] ?? "";
    if (up) group = down ? up : "";
    const upper = up || (down ? group : "");
    // A cell merged over both rows reads the same in each (exceljs repeats a merge's value).
    out.push(down === upper ? upper : upper + down);
  }
  return out;
}

function hasNumber(row: CellValue[] | undefined): boolean {
  return (row ?? []).some((v) => typeof v === "number");
}

/** Finds the table's header among the first HEADER_SCAN_ROWS rows, or null. */
export function locateTable(rows: CellValue[][]): TableLayout | null {
  const limit = Math.min(HEADER_SCAN_ROWS, rows.length);
  for (let h = 0; h < limit; h++) {
    const single = layoutFrom(rowTexts(rows[h]), h, h + 1);
    const next = rows[h + 1];
    const nextIsText = next !== undefined && !hasNumber(next) && next.some((v) => !isBlank(v));
    if (single) {
      const same = (c: number) =>
        isBlank(next?.[c]) || cellText(next?.[c]) === cellText(rows[h][c]);
      const subHeader = nextIsText && same(single.columns.unit!) && same(single.columns.target!);
      if (subHeader) {
        const both = layoutFrom(combinedTexts(rows[h], next), h, h + 2);
        if (both) return both;
      }
      return single;
    }
    if (nextIsText) {
      const both = layoutFrom(combinedTexts(rows[h], next), h, h + 2);
      if (both && isBlank(next[both.columns.unit!])) return both;
    }
  }
  return null;
}

const TOTAL_RE = /^(全(镇|乡|街道|县|区|村|社区|街|办))?(合计|总计|总合计)$/;
const NOTE_RE = /^(注[:：]|注\d|备注|说明[:：]|填表|制表|审核|单位负责人|负责人|联系电话|联系人)/;
const SUBTOTAL_RE = /小计$/;

export function unitNoun(layout: TableLayout): string {
  const h = layout.headers.unit ?? "";
  if (/村|社区|居/.test(h)) return "村";
  if (/乡|镇|街道/.test(h)) return "乡镇（街道）";
  return "单位";
}

export interface TableRows {
  unitRows: number[];
  /** The 合计 row, or null when the table has none. */
  totalRow: number | null;
  subtotalRows: number[];
  endRow: number;
}

/** Rows of the table, without judging them (used for unit sheets too). */
export function parseRows(rows: CellValue[][], layout: TableLayout): TableRows {
  const { unit: unitCol, target: targetCol } = layout.columns as Required<
    Pick<TableLayout["columns"], "unit" | "target">
  >;
  const labelCols = new Set<number>([unitCol]);
  if (layout.columns.seq !== undefined) labelCols.add(layout.columns.seq);
  for (let c = 0; c < targetCol; c++) labelCols.add(c);
  const unitRows: number[] = [];
  const subtotalRows: number[] = [];
  let totalRow: number | null = null;
  let r = layout.dataStart;
  for (; r < rows.length; r++) {
    const row = rows[r] ?? [];
    if (row.every((v) => isBlank(v))) continue;
    if ([...labelCols].some((c) => TOTAL_RE.test(nameKey(cellText(row[c]))))) {
      totalRow = r;
      break;
    }
    const first = row.find((v) => !isBlank(v));
    if (typeof first === "string" && NOTE_RE.test(nameKey(first))) break;
    const name = cellText(row[unitCol]);
    if (SUBTOTAL_RE.test(nameKey(name))) {
      subtotalRows.push(r);
      continue;
    }
    if (!name && isBlank(row[targetCol])) continue;
    unitRows.push(r);
  }
  return { unitRows, totalRow, subtotalRows, endRow: totalRow ?? r };
}
