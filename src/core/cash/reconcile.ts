/**
 * The daily reconciliation (附件3 四, 当天核对): per collector and day, the cash received,
 * remitted and held, with the running balance; and, given the POS or tax-system export for
 * the same days, the ledger's remittances against the export, listing every payment that is
 * in one and not the other.
 *
 * Matching: a ledger row and an export row are the same payment when the ID number and the
 * amount agree; among several, the one whose date is the ledger's 解缴日期 is taken first.
 * A match on another day is listed, not refused (the export may book the next day).
 * A payment whose ID is not valid on either side cannot be matched by ID: it is paired, where
 * it can be, with the row of the same amount and the same ID as written (or the same name) on
 * the other side, and reported once as a bad ID, not as missing from both sides. A ledger row
 * remitted before it was received (a finding of the ledger check) is still compared, on its
 * 解缴日期, and counted in remittedBeforeReceived.
 */
import { Decimal } from "../decimal";
import { Day, toChinese } from "../dates";
import { checkId, idLast4, maskId } from "../idNumber";
import { cellAddress, parseAddress, type CellValue, type SheetData } from "../sheet/address";
import { headerKey } from "../sheet/header";
import { cellText } from "../text";
import type { CashReport } from "./check";
import { byCollector, pushTo, type CashEntry, type CashFinding } from "./findings";
import { readAmount, readDate } from "./ledger";

export interface DailyLine {
  collector: string;
  day: Day;
  receivedCount: number;
  received: Decimal;
  remittedCount: number;
  remitted: Decimal;
  /** Cash held at the end of the day (running balance). */
  held: Decimal;
}

/** Per collector (in order of first appearance) and day, the days on which anything happened. */
export function dailyLines(entries: CashEntry[]): DailyLine[] {
  const out: DailyLine[] = [];
  for (const [collector, list] of byCollector(entries)) {
    const received = new Map<Day, CashEntry[]>();
    const remitted = new Map<Day, CashEntry[]>();
    for (const e of list) {
      pushTo(received, e.received, e);
      // Remitted before received (a finding) counts as remitted on the day it was received.
      if (e.remitted !== null) {
        const day = Math.max(e.remitted, e.received);
        pushTo(remitted, day, e);
      }
    }
    const days = [...new Set([...received.keys(), ...remitted.keys()])].sort((a, b) => a - b);
    let held = new Decimal(0);
    for (const day of days) {
      const inn = received.get(day) ?? [];
      const out_ = remitted.get(day) ?? [];
      const r = inn.reduce((s, e) => s.plus(e.amount), new Decimal(0));
      const m = out_.reduce((s, e) => s.plus(e.amount), new Decimal(0));
      held = held.plus(r).minus(m);
      out.push({
        collector,
        day,
        receivedCount: inn.length,
        received: r,
        remittedCount: out_.length,
        remitted: m,
        held,
      });
    }
  }
  return out;
}

export type ExportField = "name" | "id" | "amount" | "date" | "method" | "collector";

const EXPORT_ALIASES: Record<ExportField, string[]> = {
  name: ["姓名", "缴费人姓名", "缴费人", "参保人姓名", "纳税人名称", "缴费人名称"],
  id: ["身份证号码", "证件号码", "缴费人证件号码", "公民身份号码", "身份证号", "证件号"],
  amount: ["金额", "缴费金额", "实缴金额", "交易金额", "入库金额"],
  date: ["缴费日期", "入库日期", "交易日期", "缴费时间", "交易时间", "日期", "入库时间"],
  method: ["缴费方式", "缴费渠道", "支付方式", "渠道"],
  collector: ["经办人", "代办人", "操作员", "收款人", "代缴人"],
};

const exportIndex = new Map<string, ExportField>();
for (const [f, list] of Object.entries(EXPORT_ALIASES))
  for (const a of list) exportIndex.set(headerKey(a), f as ExportField);

interface ExportRow {
  index: number;
  name: string;
  idValue: CellValue;
  id: string | null;
  amount: Decimal;
  date: Day | null;
  cells: Partial<Record<ExportField, string>>;
}

export interface ExportMatch {
  entry: CashEntry;
  exportRow: number;
  /** The export's day, where it is not the ledger's 解缴日期. */
  otherDay: Day | null;
}

/** A payment whose ID is not valid in the ledger or in the export (or both). */
export interface BadIdPayment {
  entry: CashEntry;
  /** The export's row (1-based) paired with it, or null where none is. */
  exportRow: number | null;
  /** Where the ID is not valid. */
  badIn: "ledger" | "export" | "both";
}

export interface ExportComparison {
  sheet: string;
  exportRows: number;
  matched: ExportMatch[];
  /** Payments that could not be matched by ID because an ID is not valid, each reported once. */
  badId: BadIdPayment[];
  /** Compared ledger rows (matched or not) whose 解缴日期 is before their 收款日期. */
  remittedBeforeReceived: CashEntry[];
  /** Ledger rows recorded as remitted with no payment in the export. */
  notInExport: CashEntry[];
  /** Export payments (on the ledger's days) that the ledger does not have. */
  notInLedger: { row: number; name: string; idMasked: string; amount: Decimal; date: Day | null }[];
  /** Export rows outside the ledger's days, not compared. */
  outsideDays: number;
  findings: CashFinding[];
  /** Per day: the ledger's remittances and the export's payments. */
  byDay: { day: Day; ledger: Decimal; exported: Decimal }[];
}

function readExport(sheet: SheetData): { rows: ExportRow[]; findings: CashFinding[] } {
  let header = -1;
  let columns: Partial<Record<ExportField, number>> = {};
  for (let r = 0; r < Math.min(30, sheet.rows.length) && header < 0; r++) {
    const cols: Partial<Record<ExportField, number>> = {};
    (sheet.rows[r] ?? []).forEach((v, c) => {
      const f = typeof v === "string" ? exportIndex.get(headerKey(v)) : undefined;
      if (f && cols[f] === undefined) cols[f] = c;
    });
    if (cols.id !== undefined && cols.amount !== undefined) {
      header = r;
      columns = cols;
    }
  }
  if (header < 0)
    throw new Error(
      `工作表“${sheet.name}”中没有找到缴费数据的表头（需要身份证号码（证件号码）和金额两列）`
    );
  const rows: ExportRow[] = [];
  const findings: CashFinding[] = [];
  const flag = (r: number, f: ExportField, message: string) => {
    const c = columns[f]!;
    findings.push({
      severity: "warning",
      code: "EXPORT_MISMATCH",
      row: r,
      col: c,
      cell: cellAddress(r, c),
      message,
      sheet: sheet.name,
    });
  };
  for (let r = header + 1; r < sheet.rows.length; r++) {
    const row = sheet.rows[r] ?? [];
    if (row.every((v) => cellText(v) === "")) continue;
    const at = (f: ExportField): CellValue =>
      columns[f] === undefined ? null : (row[columns[f]!] ?? null);
    if (/^(合计|小计|总计)/.test(cellText(row.find((v) => cellText(v) !== "") ?? null))) continue;
    const amount = readAmount(at("amount"));
    if (!amount || !amount.ok) {
      flag(
        r,
        "amount",
        `导出数据的金额无法识别：${amount ? amount.reason : "金额为空"}，未参与比对`
      );
      continue;
    }
    const date = columns.date === undefined ? null : readDate(at("date"), "日期");
    if (date && !date.ok) flag(r, "date", `导出数据的${date.reason}`);
    const id = checkId(at("id"));
    const cells: Partial<Record<ExportField, string>> = {};
    for (const [f, c] of Object.entries(columns)) cells[f as ExportField] = cellAddress(r, c!);
    rows.push({
      index: r,
      name: cellText(at("name")),
      idValue: at("id"),
      id: id.valid ? id.normalized! : null,
      amount: amount.value,
      date: date && date.ok ? date.value : null,
      cells,
    });
  }
  return { rows, findings };
}

/** The ledger's remitted payments against a POS or tax-system export. */
export function compareExport(report: CashReport, sheet: SheetData): ExportComparison {
  const { rows, findings } = readExport(sheet);
  const remitted = report.entries.filter((e) => e.remitted !== null);
  const pool = new Map<string, ExportRow[]>();
  const key = (id: string | null, amount: Decimal) => `${id ?? ""}\u0000${amount.toFixed(2)}`;
  for (const x of rows) if (x.id) pushTo(pool, key(x.id, x.amount), x);
  const used = new Set<ExportRow>();
  const matched: ExportMatch[] = [];
  const notInExport: CashEntry[] = [];
  const badId: BadIdPayment[] = [];
  for (const e of remitted) {
    const candidates = (pool.get(key(e.id, e.amount)) ?? []).filter((x) => !used.has(x));
    const pick = candidates.find((x) => x.date === e.remitted) ?? candidates[0];
    if (!e.id || !pick) {
      const pair = badIdPair(e, rows, used);
      if (pair) {
        used.add(pair);
        badId.push({
          entry: e,
          exportRow: pair.index + 1,
          badIn: e.id ? "export" : pair.id ? "ledger" : "both",
        });
      } else if (!e.id) badId.push({ entry: e, exportRow: null, badIn: "ledger" });
      else notInExport.push(e);
      continue;
    }
    used.add(pick);
    matched.push({
      entry: e,
      exportRow: pick.index + 1,
      otherDay: pick.date !== null && pick.date !== e.remitted ? pick.date : null,
    });
  }
  const days = remitted.map((e) => e.remitted!);
  const first = days.length ? Math.min(...days) : null;
  const last = days.length ? Math.max(...days) : null;
  const inDays = (x: ExportRow) =>
    first !== null && (x.date === null || (x.date >= first && x.date <= last!));
  const notInLedger = rows
    .filter((x) => !used.has(x) && inDays(x))
    .map((x) => ({
      row: x.index + 1,
      name: x.name,
      idMasked: x.id ? maskId(x.id) : maskId(cellText(x.idValue)),
      amount: x.amount,
      date: x.date,
    }));
  const outsideDays = rows.filter((x) => !used.has(x) && !inDays(x)).length;

  const out: CashFinding[] = [...findings];
  for (const b of badId) out.push(badIdFinding(b, sheet.name, rows));
  for (const e of notInExport) {
    const cell = e.row.cells.remitDate ?? e.row.cells.amount!;
    out.push({
      severity: "error",
      code: "NOT_IN_EXPORT",
      ...parseAddress(cell)!,
      cell,
      message: `台账记为${toChinese(e.remitted!)}已解缴${e.amount.toFixed(2)}元（${e.row.name}，身份证后4位${e.id ? idLast4(e.id) : "—"}），但缴费数据中没有这笔`,
    });
  }
  for (const x of rows.filter((r) => !used.has(r) && inDays(r))) {
    const c = x.cells.amount!;
    out.push({
      severity: "warning",
      code: "NOT_IN_LEDGER",
      ...parseAddress(c)!,
      cell: c,
      message: `缴费数据中有${x.date !== null ? toChinese(x.date) : ""}${x.amount.toFixed(2)}元（${x.name}，身份证后4位${x.id ? idLast4(x.id) : "—"}），台账中没有：如是现金代缴，应登记台账`,
      sheet: sheet.name,
    });
  }
  for (const m of matched.filter((m) => m.otherDay !== null)) {
    const cell = m.entry.row.cells.remitDate!;
    out.push({
      severity: "warning",
      code: "EXPORT_MISMATCH",
      ...parseAddress(cell)!,
      cell,
      message: `台账解缴日期${toChinese(m.entry.remitted!)}，缴费数据第${m.exportRow}行记为${toChinese(m.otherDay!)}`,
    });
  }

  const byDay = new Map<Day, { ledger: Decimal; exported: Decimal }>();
  const slot = (d: Day) =>
    byDay.get(d) ?? byDay.set(d, { ledger: new Decimal(0), exported: new Decimal(0) }).get(d)!;
  for (const e of remitted) slot(e.remitted!).ledger = slot(e.remitted!).ledger.plus(e.amount);
  for (const x of rows)
    if (x.date !== null && (used.has(x) || inDays(x)))
      slot(x.date).exported = slot(x.date).exported.plus(x.amount);
  return {
    sheet: sheet.name,
    exportRows: rows.length,
    matched,
    badId,
    remittedBeforeReceived: remitted.filter((e) => e.remitted! < e.received),
    notInExport,
    notInLedger,
    outsideDays,
    findings: out,
    byDay: [...byDay.entries()].sort((a, b) => a[0] - b[0]).map(([day, v]) => ({ day, ...v })),
  };
}

/** An ID as written, for comparing a not-valid ID on both sides (spaces and case aside). */
function writtenId(v: CellValue): string {
  return cellText(v).replace(/\s+/g, "").toUpperCase();
}

/**
 * The export row that is the ledger entry's payment although an ID of the two is not valid:
 * same amount, and the same ID as written or else the same name; the ledger's day first.
 */
function badIdPair(e: CashEntry, rows: ExportRow[], used: Set<ExportRow>): ExportRow | null {
  const written = writtenId(e.row.idValue);
  const name = e.row.name.replace(/\s+/g, "");
  const candidates = rows.filter((x) => !used.has(x) && (!e.id || !x.id) && x.amount.eq(e.amount));
  const sameId = candidates.filter((x) => written !== "" && writtenId(x.idValue) === written);
  const sameName = candidates.filter((x) => name !== "" && x.name.replace(/\s+/g, "") === name);
  const list = sameId.length > 0 ? sameId : sameName;
  return list.find((x) => x.date === e.remitted) ?? list[0] ?? null;
}

function badIdFinding(b: BadIdPayment, exportSheet: string, rows: ExportRow[]): CashFinding {
  const e = b.entry;
  const what = `${e.amount.toFixed(2)}元（${e.row.name}，身份证后4位${idLast4(cellText(e.row.idValue)) || "—"}）`;
  if (b.badIn === "export") {
    const x = rows.find((r) => r.index + 1 === b.exportRow)!;
    const cell = x.cells.id ?? x.cells.amount!;
    return {
      severity: "error",
      code: "EXPORT_BAD_ID",
      ...parseAddress(cell)!,
      cell,
      message: `缴费数据第${b.exportRow}行的身份证号码有误，按姓名和金额与台账第${e.row.index + 1}行${what}对应，请核对`,
      sheet: exportSheet,
    };
  }
  const cell = e.row.cells.id ?? e.row.cells.amount!;
  const message =
    b.exportRow === null
      ? `台账的身份证号码有误，这笔${what}无法与缴费数据比对，请先改正身份证号码`
      : `台账的身份证号码有误，这笔${what}与缴费数据第${b.exportRow}行对应${b.badIn === "both" ? "（那里的号码也有误）" : ""}，请核对`;
  return { severity: "error", code: "EXPORT_BAD_ID", ...parseAddress(cell)!, cell, message };
}

/** The comparison in one line, as the page, the CLI and the check workbook say it. */
export function comparisonSummary(c: ExportComparison): string {
  return (
    `相符${c.matched.length}笔；台账有、缴费数据没有${c.notInExport.length}笔；缴费数据有、台账没有${c.notInLedger.length}笔` +
    (c.badId.length > 0 ? `；身份证号码有误、无法按号码比对${c.badId.length}笔` : "") +
    (c.remittedBeforeReceived.length > 0
      ? `；其中${c.remittedBeforeReceived.length}笔解缴日期早于收款日期（按解缴日期比对，见台账检查结果）`
      : "")
  );
}
