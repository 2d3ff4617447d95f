/**
 * 计算保费, on whichever spreadsheet the host module reads and writes: for a sheet of people
 * (人员类别, 参保档次, 缴费日期, and 事件日期 or 出生日期 where a category's rule needs one),
 * what each pays, the subsidy, the fiscal subsidy a late payer adds, and when benefits start,
 * written as a new sheet beside it, one row per input row. The same premium() and benefit() as
 * =YB.PREMIUM and `yibao premium` / `yibao benefit`; the values the notice leaves open from the
 * 政策设置 sheet or the settings parameter (settings.ts). The input sheet is only read.
 */
import { Decimal } from "../../core/decimal";
import { getPolicy } from "../../core/policy/registry";
import { useWorkbookPolicyTable } from "../policyTable";
import { premiumSheet, premiumSpec, type PremiumRow } from "../../core/rules/premiumSheet";
import {
  activeSheet,
  findSheet,
  moveSheet,
  positionOf,
  readSheet,
  sheetNames,
  writeSheets,
  type Book,
} from "../host";
import { given } from "../params";
import { suppliedValues } from "../settings";

export interface PremiumParams {
  policy: string;
  sheet?: string;
  settings?: string;
}

/** A row the rules refused, with its reason (the same text as in 说明). */
export interface RowReason {
  row: number;
  reason: string;
}

export interface PremiumSummary {
  /** The sheet read and the sheet written. */
  sheet: string;
  written: string;
  /** Rows under the header that are not blank, each answered in the written sheet. */
  rows: number;
  computed: number;
  rejected: RowReason[];
  /** Sums over the computed rows, in yuan. */
  totalPersonal: number;
  totalSubsidy: number;
  totalFiscalSurcharge: number;
}

export function premiumJob(book: Book, p: PremiumParams): PremiumSummary {
  // A 政策表 sheet in the workbook is the policy of its region and year (its region when none is chosen).
  const table = useWorkbookPolicyTable(book);
  const model = table && !given(p.policy) ? table : getPolicy(String(p.policy ?? ""));
  const supplied = suppliedValues(book, model, p.settings);
  const ws = given(p.sheet) ? findSheet(book, p.sheet) : activeSheet(book);
  if (!ws) throw new Error(`没有名为“${p.sheet}”的工作表。现有：${sheetNames(book).join("、")}`);
  const data = readSheet(ws);
  const result = premiumSheet(data, model, supplied);
  const spec = premiumSpec(result, model.label, sheetNames(book));
  const written = writeSheets(book, [spec]).names[0];
  moveSheet(book, written, positionOf(ws) + 1);
  const done = result.rows.filter((r) => r.ok);
  const total = (f: (r: PremiumRow) => number | null): number =>
    done.reduce((s, r) => s.plus(f(r) ?? 0), new Decimal(0)).toNumber();
  return {
    sheet: data.name,
    written,
    rows: result.rows.length,
    computed: done.length,
    rejected: result.rows.filter((r) => !r.ok).map((r) => ({ row: r.row, reason: r.note })),
    totalPersonal: total((r) => r.personal),
    totalSubsidy: total((r) => r.subsidy),
    totalFiscalSurcharge: total((r) => r.fiscalSurcharge),
  };
}
