/**
 * A clerk's 2027 notice, made up for the tests: the 政策表 of 彭水 2025 edited as a clerk
 * would (the year, her notice's number in every citation, each date and quote moved to her
 * notice's years, a few amounts changed with their quotes) and a made-up notice text pasted
 * into 通知原文, whose numbering prints every clause the table cites.
 */
import type { SheetData, CellValue } from "../../src/core/sheet/address";
import type { SheetSpec } from "../../src/core/sheet/spec";
import { hanNumeral } from "../../src/core/policy/outline";

export const NEW_DOC = "大同府发〔2026〕99号";
export const NEW_YEAR = 2027;

/** The edits: 一档 420 and 二档 800 (城乡居民 standards), 财政补助 700, 低保 一档资助 380. */
export const EDITS: Record<string, { value: CellValue; quote: string }> = {
  "一档个人缴费标准（元）": { value: 420, quote: "个人缴费标准为一档420元/人·年、二档800元/人·年" },
  "二档个人缴费标准（元）": { value: 800, quote: "个人缴费标准为一档420元/人·年、二档800元/人·年" },
  "财政补助标准（元）": { value: 700, quote: "财政补助标准为每人每年不低于700元" },
  "城乡最低生活保障人员 一档资助": {
    value: 380,
    quote: "城乡最低生活保障人员 一档 380 40 二档 400 400",
  },
};

const STANDING = new Set(["国办发〔2024〕38号", "国务院令第649号"]);
const shift = (s: string): string =>
  s.replace(/202([45])/g, (_m, d: string) => (d === "4" ? "2026" : "2027"));

/** A notice whose numbering prints 一 to 十 with （一）…（八） and 1 … 6 under each, and 附件1 to 附件4. */
function skeleton(): string[] {
  const lines: string[] = ["关于做好2027年度居民医疗保险参保缴费工作的通知"];
  const body = (): void => {
    for (let a = 1; a <= 10; a++) {
      lines.push(`${hanNumeral(a)}、第${a}部分`);
      for (let b = 1; b <= 8; b++) {
        lines.push(`（${hanNumeral(b)}）第${b}项`);
        for (let c = 1; c <= 6; c++) lines.push(`${c}.第${c}点`);
      }
    }
  };
  body();
  for (let n = 1; n <= 4; n++) {
    lines.push(`附件${n}`);
    body();
  }
  return lines;
}

const text = (v: CellValue): string => (v === null || v === undefined ? "" : String(v));

export interface ClerkTable {
  sheets: SheetData[];
  /** The row (0-based) of each label on the 政策表 sheet. */
  rowOf(label: string): number;
}

/** The clerk's edit of an exported 政策表 (its sheets as read from the file). */
export function clerkEdit(exported: SheetData[]): ClerkTable {
  const sheets = exported.map((s) => ({ name: s.name, rows: s.rows.map((r) => [...r]) }));
  const table = sheets.find((s) => s.name === "政策表")!;
  const quotes: string[] = [];
  for (const row of table.rows.slice(3)) {
    const label = text(row[0]);
    if (label === "参保年度") row[1] = NEW_YEAR;
    if (typeof row[1] === "string") row[1] = shift(row[1]);
    if (typeof row[2] === "string") row[2] = shift(row[2]);
    if (text(row[3]) !== "" && !STANDING.has(text(row[3]))) {
      row[3] = NEW_DOC;
      if (typeof row[5] === "string") row[5] = shift(row[5]);
    }
    const edit = EDITS[label];
    if (edit) [row[1], row[5]] = [edit.value, edit.quote];
    if (text(row[5]) !== "" && text(row[3]) === NEW_DOC) quotes.push(text(row[5]));
  }
  const docs = sheets.find((s) => s.name === "文件")!;
  docs.rows.push([
    NEW_DOC,
    "关于做好2027年度居民医疗保险参保缴费工作通知",
    "彭水苗族土家族自治县大同镇人民政府",
    "2026-10-16",
    NEW_YEAR,
    "否",
  ]);
  const notice = sheets.find((s) => s.name === "通知原文")!;
  [...skeleton(), ...quotes].forEach((line, i) =>
    notice.rows.push([i === 0 ? NEW_DOC : null, line])
  );
  return {
    sheets,
    rowOf: (label) => table.rows.findIndex((r) => text(r[0]) === label),
  };
}

/** Sheets as the one writer takes them, dates as the clerk types them (2026-10-15). */
export const tableSpecs = (sheets: SheetData[]): SheetSpec[] =>
  sheets.map((s) => ({
    name: s.name,
    cells: s.rows.map((r) =>
      r.map((v) =>
        v === null ? null : { value: v instanceof Date ? v.toISOString().slice(0, 10) : v }
      )
    ),
  }));

/** The clerk's table with the 低保 一档 subsidy (380 in its quote) typed as 390: refused at its cell. */
export function wrongSubsidy(t: ClerkTable): ClerkTable {
  t.sheets.find((s) => s.name === "政策表")!.rows[t.rowOf("城乡最低生活保障人员 一档资助")][1] =
    390;
  return t;
}
