/**
 * Reading a 现金征缴台账 (cash ledger) from a sheet's 2-D array: the header row may sit under
 * a title, the columns come in any order and under the usual names. Each data row becomes a
 * LedgerRow whose dates and amount are either read exactly or marked unreadable with the
 * reason; nothing is guessed. Blank rows are skipped; 合计 rows and repeated headers are
 * kept aside with their reason, so every row of the sheet is accounted for.
 */
import { Decimal } from "../decimal";
import { Day, fromExcelSerial, fromJsDate, parseDate } from "../dates";
import { cellAddress } from "../sheet/address";
import type { CellValue, SheetData } from "../sheet/address";
import { headerKey } from "../sheet/header";
import { cellText, nameKey } from "../text";

export type LedgerField =
  | "date"
  | "village"
  | "collector"
  | "name"
  | "id"
  | "tier"
  | "category"
  | "amount"
  | "receipt"
  | "remitDate"
  | "remitMethod";

export const LEDGER_FIELDS: readonly LedgerField[] = [
  "date",
  "village",
  "collector",
  "name",
  "id",
  "tier",
  "category",
  "amount",
  "receipt",
  "remitDate",
  "remitMethod",
];

/** The clerk's word for each column (the template's headers). */
export const LEDGER_LABELS: Readonly<Record<LedgerField, string>> = {
  date: "收款日期",
  village: "村社",
  collector: "经办人",
  name: "缴费人姓名",
  id: "身份证号码",
  tier: "档次",
  category: "人员类别",
  amount: "金额",
  receipt: "收款凭证号",
  remitDate: "解缴日期",
  remitMethod: "解缴方式",
};

const ALIASES: Readonly<Record<LedgerField, readonly string[]>> = {
  date: ["收款日期", "收款时间", "收取日期", "收现日期", "缴费日期", "日期"],
  village: [
    "村社",
    "村（社区）",
    "村(社区)",
    "村社区",
    "村/社区",
    "所在村社",
    "村",
    "社区",
    "村组",
  ],
  collector: ["经办人", "征收经办人", "征缴经办人", "收款人", "征收人员", "收款经办人"],
  name: ["缴费人姓名", "缴费人", "姓名", "参保人姓名", "参保人"],
  id: ["身份证号码", "公民身份号码", "身份证号", "缴费人身份证号码", "证件号码"],
  tier: ["档次", "缴费档次", "参保档次"],
  category: ["人员类别", "资助类别", "身份类别", "参保身份", "类别"],
  amount: ["金额", "缴费金额", "收款金额", "收取金额", "现金金额"],
  receipt: ["收款凭证号", "现金收款凭证号", "凭证号", "凭证编号", "收据号", "票据号"],
  remitDate: ["解缴日期", "入库日期", "代缴日期", "解缴时间"],
  remitMethod: ["解缴方式", "代缴方式", "入库方式"],
};

export const REQUIRED_FIELDS: readonly LedgerField[] = [
  "date",
  "collector",
  "name",
  "id",
  "tier",
  "category",
  "amount",
];

const aliasIndex = new Map<string, LedgerField>();
for (const f of LEDGER_FIELDS)
  for (const a of ALIASES[f]) if (!aliasIndex.has(headerKey(a))) aliasIndex.set(headerKey(a), f);

export function ledgerField(header: string): LedgerField | null {
  return aliasIndex.get(headerKey(header)) ?? null;
}

export interface LedgerTable {
  sheet: string;
  /** 0-based header row. */
  headerRow: number;
  columns: Partial<Record<LedgerField, number>>;
}

export class LedgerError extends Error {}

const HEADER_SEARCH_ROWS = 30;

/** The header row: the first of the top rows that names the most ledger columns. */
export function findLedger(sheet: SheetData): LedgerTable {
  let best: LedgerTable | null = null;
  let bestScore = 0;
  const limit = Math.min(HEADER_SEARCH_ROWS, sheet.rows.length);
  for (let r = 0; r < limit; r++) {
    const columns: Partial<Record<LedgerField, number>> = {};
    let score = 0;
    (sheet.rows[r] ?? []).forEach((v, c) => {
      const f = typeof v === "string" ? ledgerField(v) : null;
      if (f && columns[f] === undefined) {
        columns[f] = c;
        score++;
      }
    });
    if (score > bestScore) {
      best = { sheet: sheet.name, headerRow: r, columns };
      bestScore = score;
    }
  }
  if (!best || bestScore < 3) {
    throw new LedgerError(
      `工作表“${sheet.name}”中没有找到现金征缴台账的表头（在前${HEADER_SEARCH_ROWS}行中找` +
        `${REQUIRED_FIELDS.map((f) => LEDGER_LABELS[f]).join("、")}等列名）`
    );
  }
  const missing = REQUIRED_FIELDS.filter((f) => best!.columns[f] === undefined);
  if (missing.length > 0) {
    throw new LedgerError(
      `工作表“${sheet.name}”第${best.headerRow + 1}行的台账缺少：${missing.map((f) => LEDGER_LABELS[f]).join("、")}。` +
        `请按空白台账模板的列名填写（yibao template cash）`
    );
  }
  return best;
}

/** A value read from a cell: exactly, or not at all with the reason. */
export type Read<T> = { ok: true; value: T } | { ok: false; reason: string };

export interface LedgerRow {
  /** 0-based row index in the sheet; the file's row is index + 1. */
  index: number;
  /** Cells by field, A1. */
  cells: Partial<Record<LedgerField, string>>;
  date: Read<Day> | null;
  remitDate: Read<Day> | null;
  amount: Read<Decimal> | null;
  village: string;
  collector: string;
  name: string;
  /** The ID cell as the sheet holds it (a number when Excel stored it as one). */
  idValue: CellValue;
  tier: string;
  category: string;
  receipt: string;
  remitMethod: string;
}

export interface SkippedRow {
  index: number;
  reason: string;
}

export interface Ledger {
  table: LedgerTable;
  rows: LedgerRow[];
  /** Blank rows between the header and the last data row. */
  blank: number;
  /** Rows under the header that are not payments (合计, a repeated header), with the reason. */
  skipped: SkippedRow[];
}

/** Plausible day serials: 1955 to 2119. Anything else in a date column is not a date. */
const SERIAL_MIN = 20_000;
const SERIAL_MAX = 80_000;

export function readDate(v: CellValue, what: string): Read<Day> | null {
  if (v === null || v === undefined || (typeof v === "string" && v.trim() === "")) return null;
  if (v instanceof Date) {
    const d = fromJsDate(v);
    return d === null ? { ok: false, reason: `${what}不是有效日期` } : { ok: true, value: d };
  }
  if (typeof v === "number") {
    const d = Number.isInteger(v) && v >= SERIAL_MIN && v <= SERIAL_MAX ? fromExcelSerial(v) : null;
    return d === null
      ? { ok: false, reason: `${what}“${v}”不是日期（单元格是数字，不像日期）` }
      : { ok: true, value: d };
  }
  const text = cellText(v);
  // A time of day after the date (exports write "2024-11-02 10:33:12") is not part of the day.
  const dayPart = text.replace(/[ T]\d{1,2}:\d{2}(:\d{2}(\.\d+)?)?$/, "");
  const d = parseDate(dayPart);
  return d === null
    ? {
        ok: false,
        reason: `${what}“${text}”无法识别为日期（可写 2024-11-02、2024/11/2 或 2024年11月2日）`,
      }
    : { ok: true, value: d };
}

/**
 * An amount in yuan: a number, or text of digits with at most two decimals, thousands
 * separated by commas in threes, optionally followed by 元. Anything else is unreadable.
 */
export function readAmount(v: CellValue, what = "金额"): Read<Decimal> | null {
  if (v === null || v === undefined || (typeof v === "string" && v.trim() === "")) return null;
  let d: Decimal;
  if (typeof v === "number") {
    if (!Number.isFinite(v)) return { ok: false, reason: `${what}不是有效数字` };
    d = new Decimal(v);
    // A formula's result may carry binary noise (399.99999999999994); more than that is not an amount in fen.
    const fen = d.toDecimalPlaces(2);
    if (!d.minus(fen).abs().lt("0.000001"))
      return { ok: false, reason: `${what}“${v}”超过两位小数（元以下只记到分）` };
    d = fen;
  } else if (typeof v === "string") {
    const text = cellText(v);
    const bare = text.trim().replace(/\s*元$/, "");
    if (!/^(\d{1,3}(,\d{3})+|\d+)(\.\d{1,2})?$/.test(bare))
      return {
        ok: false,
        reason: `${what}“${text}”无法识别为金额（应为数字，如 400 或 1070.00）`,
      };
    d = new Decimal(bare.replace(/,/g, ""));
  } else {
    return { ok: false, reason: `${what}“${cellText(v)}”无法识别为金额` };
  }
  if (d.lte(0)) return { ok: false, reason: `${what}“${cellText(v)}”应大于0` };
  return { ok: true, value: d };
}

const TOTAL_ROW = /^(合计|小计|总计|本页合计|累计)/;

function text(v: CellValue | undefined): string {
  return v === undefined ? "" : cellText(v);
}

/** Reads every row under the header. */
export function readLedger(sheet: SheetData, table: LedgerTable = findLedger(sheet)): Ledger {
  const rows: LedgerRow[] = [];
  const skipped: SkippedRow[] = [];
  let blank = 0;
  let pendingBlank = 0;
  const col = table.columns;
  for (let r = table.headerRow + 1; r < sheet.rows.length; r++) {
    const row = sheet.rows[r] ?? [];
    const texts = row.map((v) => text(v));
    if (texts.every((t) => t === "")) {
      pendingBlank++;
      continue;
    }
    blank += pendingBlank;
    pendingBlank = 0;
    const first = texts.find((t) => t !== "") ?? "";
    if (TOTAL_ROW.test(nameKey(first))) {
      skipped.push({ index: r, reason: `“${first}”行，不是一笔缴费` });
      continue;
    }
    const headerLike = texts.filter((t) => ledgerField(t) !== null).length;
    if (headerLike >= 3) {
      skipped.push({ index: r, reason: "重复的表头行" });
      continue;
    }
    // A row holding only its 序号 (an unused template line) is blank.
    const filled = LEDGER_FIELDS.some((f) => col[f] !== undefined && texts[col[f]!] !== "");
    if (!filled) {
      pendingBlank++;
      continue;
    }
    const cells: Partial<Record<LedgerField, string>> = {};
    for (const f of LEDGER_FIELDS) if (col[f] !== undefined) cells[f] = cellAddress(r, col[f]!);
    const at = (f: LedgerField): CellValue =>
      col[f] === undefined ? null : (row[col[f]!] ?? null);
    rows.push({
      index: r,
      cells,
      date: readDate(at("date"), LEDGER_LABELS.date),
      remitDate: readDate(at("remitDate"), LEDGER_LABELS.remitDate),
      amount: readAmount(at("amount")),
      village: text(at("village")),
      collector: text(at("collector")).replace(/\s+/g, ""),
      name: text(at("name")).replace(/([\u3400-\u9fff])\s+(?=[\u3400-\u9fff])/g, "$1"),
      idValue: at("id"),
      tier: text(at("tier")),
      category: text(at("category")),
      receipt: text(at("receipt")).replace(/\s+/g, ""),
      remitMethod: text(at("remitMethod")),
    });
  }
  return { table, rows, blank, skipped };
}
