/**
 * 计算保费 as an Office Script: for a sheet of people (人员类别, 参保档次, 缴费日期, and 事件日期
 * or 出生日期 where a category's rule needs one), what each pays, the subsidy, the fiscal
 * subsidy a late payer adds, and when benefits start, written as a new sheet beside it, one
 * row per input row. The same premium() and benefit() as =YB.PREMIUM and `yibao premium` /
 * `yibao benefit`, with nothing installed; the values the notice leaves open from the 政策设置
 * sheet or the settings parameter (settings.ts). The input sheet is only read.
 */
/* eslint-disable @typescript-eslint/no-unused-vars -- Excel calls main; nothing here does. */
import { Decimal } from "../../core/decimal";
import { getPolicy } from "../../core/policy/registry";
import { premiumSheet, premiumSpec, type PremiumRow } from "../../core/rules/premiumSheet";
import type { PolicyId } from "../embeddedPolicies";
import { given } from "../params";
import { suppliedValues } from "../settings";
import { findSheet, readSheet, sheetNames } from "../sheetReader";
import { writeSheets } from "../sheetWriter";

/** A row the rules refused, with its reason (the same text as in 说明). */
interface RowReason {
  row: number;
  reason: string;
}

interface PremiumSummary {
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

/**
 * 按人员类别、参保档次和缴费日期计算每人的个人缴费、资助、加缴财政补助和待遇开始日期，写在旁边的新工作表里（原表不改动）。
 * @param workbook 当前工作簿
 * @param policy 政策（地区和年度；年度按缴费日期自动选）
 * @param sheet 人员名单所在的工作表名；不填则用当前工作表
 * @param settings 通知未定、须自行填写的数值，写成“项目=值”，多项用分号隔开，如“财政补助标准=670”；也可写在本工作簿的“政策设置”工作表中（A列项目，B列值）
 */
function main(
  workbook: ExcelScript.Workbook,
  policy: PolicyId,
  sheet?: string,
  settings?: string
): PremiumSummary {
  const model = getPolicy(String(policy ?? ""));
  const supplied = suppliedValues(workbook, model, settings);
  const ws = given(sheet) ? findSheet(workbook, sheet) : workbook.getActiveWorksheet();
  if (!ws) throw new Error(`没有名为“${sheet}”的工作表。现有：${sheetNames(workbook).join("、")}`);
  const data = readSheet(ws);
  const result = premiumSheet(data, model, supplied);
  const spec = premiumSpec(result, model.label, sheetNames(workbook));
  const written = writeSheets(workbook, [spec]).names[0];
  workbook.getWorksheet(written)?.setPosition(ws.getPosition() + 1);
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
