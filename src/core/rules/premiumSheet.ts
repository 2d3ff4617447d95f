/**
 * 计算保费 over a sheet of people: for each row, what the resident pays (个人缴费), the
 * subsidy (资助), the fiscal subsidy a late payer must add (加缴财政补助) and when benefits
 * start (待遇开始日期), from the same premium() and benefit() the custom functions and the
 * CLI call. A row the rules refuse gets the reason in 说明 and no number.
 *
 * The columns are found as the roster reader finds them (findRoster: 人员类别, 参保档次 and
 * 缴费日期 under their aliases, 姓名 when there is one); 事件日期 and 出生日期, which the
 * roster reader has no field for, by the small table below, with the roster reader's own
 * folding of a header's text (headerKey). Values the notice leaves open are taken from
 * `supplied`, as premium() and benefit() take them everywhere else.
 */
import { cellDay, toExcelSerial, toIso, type Day } from "../dates";
import type { PolicyModel, Supplied } from "../policy/model";
import { getPolicy } from "../policy/registry";
import { findRoster, type RosterField } from "../claim/roster";
import { cellText } from "../text";
import type { CellValue, SheetData } from "../sheet/address";
import { headerKey } from "../sheet/header";
import { safeSheetName, type CellSpec, type SheetSpec } from "../sheet/spec";
import { benefit } from "./benefit";
import { isRuleError } from "./errors";
import { policyFor } from "./insuranceYear";
import { premium } from "./premium";

/** Headers of the event day a category's rule depends on (a newborn's birth, a job loss…). */
export const EVENT_DATE_HEADERS: readonly string[] = [
  "事件日期",
  "出生日期",
  "出生时间",
  "出生年月日",
  "断保日期",
  "职工医保断保日期",
  "入院日期",
  "进入福利机构日期",
];

/** One input row's answer: the numbers, or the reason there are none. */
export interface PremiumRow {
  /** The sheet's row, 1-based as Excel shows it. */
  row: number;
  name: string;
  category: string;
  tier: string;
  paid: Day | null;
  /** The paid cell as typed, where it is not a date. */
  paidText: string;
  standard: number | null;
  personal: number | null;
  subsidy: number | null;
  fiscalSurcharge: number | null;
  benefitStart: Day | null;
  /** The event day used (birth for a newborn), when the category's rule needs one. */
  eventDate: Day | null;
  ok: boolean;
  /** The rule that set the start and any notes; for a refused row, why. */
  note: string;
}

export interface PremiumSheet {
  sheet: string;
  headerRow: number;
  rows: PremiumRow[];
}

/** The payer columns of a sheet; throws the roster reader's error (in Chinese) when they are missing. */
export function premiumColumns(
  sheet: SheetData,
  model: PolicyModel
): { headerRow: number; columns: Partial<Record<RosterField, number>>; event: number[] } {
  const singleTier = model.policy.tiers.length === 1;
  const required: RosterField[] = singleTier
    ? ["category", "paidDate"]
    : ["category", "tier", "paidDate"];
  const table = findRoster(sheet, { required, singleTier });
  const header = sheet.rows[table.headerRow] ?? [];
  const event: number[] = [];
  for (const h of EVENT_DATE_HEADERS)
    header.forEach((v, c) => {
      if (headerKey(v) === h && event.indexOf(c) < 0) event.push(c);
    });
  return { headerRow: table.headerRow, columns: table.columns, event };
}

function isBlankRow(row: CellValue[] | undefined): boolean {
  return !row || row.every((v) => cellText(v) === "");
}

/** The event day for a row: the first event column that holds a date, where the category needs one. */
function eventOf(
  row: CellValue[],
  columns: number[],
  policy: string | PolicyModel,
  category: string,
  paid: Day
): { day?: Day; problem?: string } {
  const model = policyFor(policy, paid);
  if (!model.findCategory(category).event) return {};
  for (const c of columns) {
    const d = cellDay(row[c]);
    if (d === undefined) continue;
    if (d === null) return { problem: `事件日期“${cellText(row[c])}”无法识别` };
    return { day: d };
  }
  return {};
}

/** Every non-blank row under the header, answered. `policy` is an id or family (year by payment date). */
export function premiumSheet(
  sheet: SheetData,
  policy: string | PolicyModel,
  supplied?: Supplied
): PremiumSheet {
  const model = typeof policy === "string" ? getPolicy(policy) : policy;
  const { headerRow, columns, event } = premiumColumns(sheet, model);
  const at = (row: CellValue[], f: RosterField): CellValue =>
    columns[f] === undefined ? null : (row[columns[f]!] ?? null);
  const rows: PremiumRow[] = [];
  for (let r = headerRow + 1; r < sheet.rows.length; r++) {
    const row = sheet.rows[r];
    if (isBlankRow(row)) continue;
    const category = cellText(at(row, "category"));
    const tier = columns.tier === undefined ? model.policy.tiers[0].id : cellText(at(row, "tier"));
    const paidCell = at(row, "paidDate");
    const paid = cellDay(paidCell);
    const out: PremiumRow = {
      row: r + 1,
      name: cellText(at(row, "name")),
      category,
      tier,
      paid: paid ?? null,
      paidText: paid === undefined || paid === null ? cellText(paidCell) : "",
      standard: null,
      personal: null,
      subsidy: null,
      fiscalSurcharge: null,
      benefitStart: null,
      eventDate: null,
      ok: false,
      note: "",
    };
    rows.push(out);
    const missing: string[] = [];
    if (category === "") missing.push("人员类别");
    if (tier === "") missing.push("参保档次");
    if (paid === undefined) missing.push("缴费日期");
    if (missing.length > 0) {
      out.note = `缺少${missing.join("、")}`;
      continue;
    }
    if (paid === null || paid === undefined) {
      out.note = `缴费日期“${cellText(paidCell)}”无法识别（可写 2025-03-01、2025/3/1 或 2025年3月1日）`;
      continue;
    }
    try {
      const ev = eventOf(row, event, policy, category, paid);
      if (ev.problem) {
        out.note = `${ev.problem}（可写 2025-03-01、2025/3/1 或 2025年3月1日）`;
        continue;
      }
      const p = premium({ policy, tier, category, paid, eventDate: ev.day, supplied });
      const b = benefit({ policy, category, paid, eventDate: ev.day, supplied });
      out.standard = p.standard.toNumber();
      out.personal = p.personal.toNumber();
      out.subsidy = p.subsidy.toNumber();
      out.fiscalSurcharge = p.fiscalSurcharge.toNumber();
      out.benefitStart = b.benefitStart;
      out.eventDate = ev.day ?? null;
      out.ok = true;
      out.note = [b.rule, ...p.notes, ...b.notes].join("；");
    } catch (e) {
      if (!isRuleError(e)) throw e;
      out.note = e.message;
    }
  }
  return { sheet: sheet.name, headerRow, rows };
}

const MONEY = "0.00";
const DATE = "yyyy-mm-dd";

/** The answers as a sheet to write beside the input: one row per input row, matched by 行号 and 姓名. */
export function premiumSpec(result: PremiumSheet, label: string, taken: string[]): SheetSpec {
  const header = [
    "行号",
    "姓名",
    "人员类别",
    "参保档次",
    "缴费日期",
    "缴费标准",
    "个人缴费",
    "资助",
    "加缴财政补助",
    "待遇开始日期",
    "说明",
  ];
  // Empty cells of a refused row keep the column's format, so each column is one format range.
  const money = (v: number | null): CellSpec => ({ value: v, numFmt: MONEY });
  const day = (d: Day | null): CellSpec => ({
    value: d === null ? null : toExcelSerial(d),
    numFmt: DATE,
  });
  const cells: (CellSpec | null)[][] = [
    [{ value: `保费计算：${result.sheet}（${label}）`, bold: true, fontSize: 14 }],
    header.map((h) => ({ value: h, bold: true, fill: "D9D9D9", align: "center" as const })),
  ];
  for (const r of result.rows) {
    cells.push([
      { value: r.row, align: "center" },
      { value: r.name },
      { value: r.category },
      { value: r.tier },
      r.paid === null ? { value: r.paidText, numFmt: DATE } : day(r.paid),
      money(r.standard),
      money(r.personal),
      money(r.subsidy),
      money(r.fiscalSurcharge),
      day(r.benefitStart),
      // A refusal is long: it wraps in its column (one call per refused row, as for its fill).
      r.ok ? { value: r.note } : { value: r.note, fill: "FFC7CE", wrap: true },
    ]);
  }
  return {
    name: safeSheetName(`${result.sheet}-保费`, taken),
    cells,
    columnWidths: [6, 10, 16, 8, 11, 9, 9, 9, 11, 12, 40],
    frozenRows: 2,
    textColumns: [1, 2, 3],
    table: { headerRow: 1 },
  };
}

/** An ISO date or null, for JSON. */
export function isoOrNull(d: Day | null): string | null {
  return d === null ? null : toIso(d);
}
