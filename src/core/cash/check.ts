/**
 * The ledger check (附件3 二、三、四): every finding at its cell, and every row of the ledger
 * accounted for as fine, with findings, or unreadable with its reason.
 *
 * Amounts are checked by the rules engine's premium() for the row's tier, category and day
 * of receipt, so the late-year surcharge and the subsidies are the engine's, never a copy.
 * Money is the core's Decimal throughout.
 */
import { Decimal } from "../decimal";
import { Day, toChinese } from "../dates";
import { checkId, idLast4, idProblem } from "../idNumber";
import type { PolicyModel } from "../policy/model";
import { isRuleError } from "../rules/errors";
import { premium } from "../rules/premium";
import { parseAddress, type SheetData } from "../sheet/address";
import {
  pushTo,
  yuan,
  type CashCode,
  type CashEntry,
  type CashFinding,
  type CashSeverity,
  type RowAccount,
  type RowStatus,
} from "./findings";
import { checkHolding } from "./holding";
import { findLedger, LEDGER_LABELS, LedgerField, LedgerRow, readLedger } from "./ledger";
import { checkReceipts } from "./receipts";
import { CashRules, cashRulesOf, citeText } from "./rules";

// The findings' types live in findings.ts; pushTo stays importable from here for notice.ts.
export { pushTo } from "./findings";

export interface CashCheckOptions {
  /** Cash still unremitted on this day is overdue when the remittance limit has passed. */
  asOf?: Day;
  supplied?: Record<string, string | number>;
}

export interface CashReport {
  ok: boolean;
  sheet: string;
  policy: PolicyModel;
  rules: CashRules | null;
  asOf: Day | null;
  findings: CashFinding[];
  entries: CashEntry[];
  accounting: {
    rows: RowAccount[];
    ok: number;
    withFindings: number;
    unreadable: number;
    blank: number;
    /** Rows under the header that are not payments (合计, repeated header). */
    skipped: { row: number; reason: string }[];
  };
  totals: { received: Decimal; remitted: Decimal; unremitted: Decimal; count: number };
  notes: string[];
}
function remitMethod(text: string): string | null {
  if (text === "") return null;
  if (/pos/i.test(text)) return "POS机";
  if (/线上|网上|微信|支付宝|云闪付|渝快办|电子税务局|手机|APP/i.test(text)) return "线上代缴";
  if (/办税|税务|服务厅/.test(text)) return "办税服务厅";
  return null;
}
export function checkCash(
  sheet: SheetData,
  policy: PolicyModel,
  options: CashCheckOptions = {}
): CashReport {
  const ledger = readLedger(sheet, findLedger(sheet));
  const rules = cashRulesOf(policy);
  const asOf = options.asOf ?? null;
  const findings: CashFinding[] = [];
  const byRow = new Map<number, CashFinding[]>();
  const unreadable = new Map<number, string[]>();
  const notes: string[] = [];

  const add = (
    r: LedgerRow,
    field: LedgerField,
    severity: CashSeverity,
    code: CashCode,
    message: string
  ): void => {
    const cell = r.cells[field] ?? r.cells.name!;
    const at = parseAddress(cell)!;
    const f: CashFinding = { severity, code, row: at.row, col: at.col, cell, message };
    findings.push(f);
    pushTo(byRow, r.index, f);
    if (code === "UNREADABLE_DATE" || code === "UNREADABLE_AMOUNT")
      pushTo(unreadable, r.index, message);
  };

  const entries: CashEntry[] = [];
  const firstById = new Map<string, LedgerRow>();
  const remitDays = rules?.remitDays.value ?? null;

  for (const r of ledger.rows) {
    // 1. Dates and amount: read exactly or not at all.
    if (r.date === null) add(r, "date", "error", "UNREADABLE_DATE", `${LEDGER_LABELS.date}为空`);
    else if (!r.date.ok) add(r, "date", "error", "UNREADABLE_DATE", r.date.reason);
    if (r.amount === null)
      add(r, "amount", "error", "UNREADABLE_AMOUNT", `${LEDGER_LABELS.amount}为空`);
    else if (!r.amount.ok) add(r, "amount", "error", "UNREADABLE_AMOUNT", r.amount.reason);
    if (r.remitDate !== null && !r.remitDate.ok)
      add(r, "remitDate", "error", "UNREADABLE_DATE", r.remitDate.reason);

    // 2. What must be filled in.
    for (const f of ["collector", "name", "tier", "category"] as const) {
      if (r[f] === "") add(r, f, "error", "MISSING_VALUE", `${LEDGER_LABELS[f]}为空`);
    }
    if (r.village === "" && r.cells.village)
      add(r, "village", "warning", "MISSING_VALUE", "村社为空：公示时不知道在哪个村社公示");

    const villages = rules?.villages;
    if (r.village !== "" && villages && !villages.value.includes(r.village))
      add(
        r,
        "village",
        "warning",
        "UNKNOWN_VILLAGE",
        `村社“${r.village}”不在${citeText(villages)}的村（社区）名单中：公示按台账写法分表，请核对名称`
      );

    const idCheck = checkId(r.idValue, asOf ?? undefined);
    const id = idCheck.valid ? idCheck.normalized! : null;
    if (!idCheck.valid) add(r, "id", "error", "BAD_ID", idProblem(idCheck));

    if (r.remitDate?.ok) {
      const method = remitMethod(r.remitMethod);
      if (r.cells.remitMethod && r.remitMethod === "")
        add(r, "remitMethod", "warning", "MISSING_VALUE", "已填解缴日期，但解缴方式为空");
      else if (r.cells.remitMethod && method === null && rules)
        add(
          r,
          "remitMethod",
          "warning",
          "BAD_REMIT_METHOD",
          `解缴方式“${r.remitMethod}”不是${rules.remitMethods.value.join("、")}之一（${citeText(rules.remitMethods)}）`
        );
    }

    if (unreadable.has(r.index) || !r.date?.ok || !r.amount?.ok) continue;
    const received = r.date.value;
    const remitted = r.remitDate?.ok ? r.remitDate.value : null;
    const amount = r.amount.value;
    const tierModel = r.tier ? policy.tryTier(r.tier) : undefined;
    const inYear = received >= policy.collectionStart && received <= policy.lastPayableDay;
    entries.push({
      row: r,
      received,
      remitted,
      amount,
      id,
      tier: tierModel?.id ?? r.tier,
      collector: r.collector,
      inYear,
    });

    // 3. Dates against the collection year, the as-of day and each other.
    if (!inYear) {
      add(
        r,
        "date",
        "error",
        "DATE_OUTSIDE_YEAR",
        `收款日期${toChinese(received)}不在${policy.label}的缴费期内（${toChinese(policy.collectionStart)}至${toChinese(policy.lastPayableDay)}）`
      );
    }
    if (asOf !== null && received > asOf)
      add(
        r,
        "date",
        "warning",
        "DATE_AFTER_AS_OF",
        `收款日期${toChinese(received)}晚于检查截至日期${toChinese(asOf)}`
      );
    if (remitted !== null && remitted < received) {
      add(
        r,
        "remitDate",
        "error",
        "REMITTED_BEFORE_RECEIVED",
        `解缴日期${toChinese(remitted)}早于收款日期${toChinese(received)}`
      );
    } else if (remitDays !== null && rules) {
      const due = received + remitDays;
      if (remitted !== null && remitted > due) {
        add(
          r,
          "remitDate",
          "error",
          "LATE_REMITTANCE",
          `${toChinese(received)}收取的现金${toChinese(remitted)}才解缴，收款后第${remitted - received}天，` +
            `超过${remitDays}日时限（最迟${toChinese(due)}，${citeText(rules.remitDays)}；收款当日不计，按日历日计算）`
        );
      } else if (remitted === null && asOf !== null && asOf > due) {
        add(
          r,
          r.cells.remitDate ? "remitDate" : "amount",
          "error",
          "OVERDUE_UNREMITTED",
          `${toChinese(received)}收取的现金到${toChinese(asOf)}仍未解缴，已超过${remitDays}日时限（最迟${toChinese(due)}，${citeText(rules.remitDays)}）`
        );
      }
    }

    // 4. The amount the policy gives for the tier, category and day, from the rules engine.
    if (inYear && r.tier !== "" && r.category !== "") {
      try {
        const p = premium({
          policy,
          tier: r.tier,
          category: r.category,
          paid: received,
          year: policy.year,
          supplied: options.supplied,
        });
        if (!p.personal.eq(amount)) {
          const parts = [`缴费标准${yuan(p.standard)}元`];
          if (p.subsidy.gt(0)) parts.push(`资助${yuan(p.subsidy)}元`);
          if (p.fiscalSurcharge.gt(0)) parts.push(`另缴财政补助${yuan(p.fiscalSurcharge)}元`);
          add(
            r,
            "amount",
            "error",
            "AMOUNT_MISMATCH",
            `金额${yuan(amount)}元与应缴${yuan(p.personal)}元不符（${p.category} ${p.tier}，${toChinese(received)}缴费：${parts.join("，")}）`
          );
        }
      } catch (e) {
        if (!isRuleError(e)) throw e;
        const field: LedgerField =
          e.code === "UNKNOWN_TIER" || e.code === "TIER_NOT_ALLOWED" ? "tier" : "category";
        add(r, field, "error", "AMOUNT_UNCHECKED", `无法核对金额：${e.message}`);
      }
    }

    // 5. The same person paid twice in the year.
    if (id !== null && inYear) {
      const first = firstById.get(id);
      if (first)
        add(
          r,
          "id",
          "error",
          "DUPLICATE_PERSON",
          `与第${first.index + 1}行是同一人（身份证后4位${idLast4(id)}），${policy.year}年度缴了两次`
        );
      else firstById.set(id, r);
    }
  }

  checkReceipts(ledger.rows, add);
  if (rules) checkHolding(entries, rules, add);
  else
    notes.push(
      `${policy.label}的通知没有规定现金解缴时限和滞留限额（石柱县现金征缴工作规范只适用于石柱），本次未检查这两项`
    );

  findings.sort((a, b) => a.row - b.row || a.col - b.col);
  const accountRows: RowAccount[] = ledger.rows.map((r) => {
    const u = unreadable.get(r.index);
    const fs = byRow.get(r.index) ?? [];
    return u
      ? { row: r.index + 1, status: "unreadable", reasons: u }
      : {
          row: r.index + 1,
          status: fs.length > 0 ? "finding" : "ok",
          reasons: fs.map((f) => `${f.cell}：${f.message}`),
        };
  });
  const count = (s: RowStatus) => accountRows.filter((a) => a.status === s).length;
  const zero = new Decimal(0);
  const received = entries.reduce((s, e) => s.plus(e.amount), zero);
  const remitted = entries.reduce(
    (s, e) => (e.remitted !== null && (asOf === null || e.remitted <= asOf) ? s.plus(e.amount) : s),
    zero
  );
  if (!ledger.table.columns.receipt) notes.push("台账没有收款凭证号列，未检查凭证号的重复和缺号");
  if (!ledger.table.columns.remitDate) notes.push("台账没有解缴日期列：所有现金都按未解缴计算");
  if (asOf === null) notes.push("未给检查截至日期：未检查仍未解缴的现金是否超时");
  return {
    ok: !findings.some((f) => f.severity === "error"),
    sheet: sheet.name,
    policy,
    rules,
    asOf,
    findings,
    entries,
    accounting: {
      rows: accountRows,
      ok: count("ok"),
      withFindings: count("finding"),
      unreadable: count("unreadable"),
      blank: ledger.blank,
      skipped: ledger.skipped.map((s) => ({ row: s.index + 1, reason: s.reason })),
    },
    totals: { received, remitted, unremitted: received.minus(remitted), count: entries.length },
    notes,
  };
}
