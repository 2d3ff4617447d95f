/**
 * The public notice of cash payers (附件3 五): per 村社, for a quarter or, after the
 * collection period, in full. It shows 村社、姓名、身份证后4位、缴费档次、缴费金额, the title and
 * the period, and never a full ID: the ID column is built from the last four characters
 * only. One sheet per 村社, so each prints on its own page(s) for its own notice board.
 */
import { Decimal } from "../decimal";
import { Day, dayFromParts, partsOf, toChinese } from "../dates";
import { idLast4 } from "../idNumber";
import type { PolicyModel } from "../policy/model";
import type { CellSpec, SheetSpec } from "../sheet/spec";
import { safeSheetName } from "../sheet/spec";
import { foldWidth } from "../text";
import { pushTo, type CashReport } from "./check";
import { citeText } from "./rules";

export type NoticePeriod =
  { kind: "quarter"; year: number; quarter: 1 | 2 | 3 | 4 } | { kind: "full" };

const QUARTER_NAMES = ["一", "二", "三", "四"];

/** "2024Q4", "2024-4", "2024年第四季度", "全面"/"full". */
export function parsePeriod(text: string): NoticePeriod | null {
  const s = foldWidth(text).replace(/\s+/g, "");
  if (/^(full|全面|全部|全面公示)$/i.test(s)) return { kind: "full" };
  const m = /^(\d{4})(?:年)?[-_]?(?:Q|第)?([1-4一二三四])(?:季度)?$/i.exec(s);
  if (!m) return null;
  const q = /\d/.test(m[2]) ? Number(m[2]) : QUARTER_NAMES.indexOf(m[2]) + 1;
  return { kind: "quarter", year: Number(m[1]), quarter: q as 1 | 2 | 3 | 4 };
}

export function periodKey(p: NoticePeriod): string {
  return p.kind === "full" ? "full" : `${p.year}Q${p.quarter}`;
}

/** The last day of the month `months` after the given day's month, or the same day-of-month where it exists. */
function addMonths(day: Day, months: number): Day {
  const p = partsOf(day);
  const m0 = p.month - 1 + months;
  const y = p.year + Math.floor(m0 / 12);
  const m = (m0 % 12) + 1;
  for (let d = p.day; d >= 28; d--) {
    const out = dayFromParts(y, m, d);
    if (out !== null) return out;
  }
  return dayFromParts(y, m, p.day)!;
}

export interface PeriodRange {
  from: Day;
  to: Day;
  /** 2024年第四季度, or 集中征收期. */
  label: string;
  /** The full notice: the day by which it must be posted (附件3 五: within a month after the period). */
  dueBy: Day | null;
}

export function periodRange(p: NoticePeriod, policy: PolicyModel, months = 1): PeriodRange {
  if (p.kind === "full") {
    return {
      from: policy.collectionStart,
      to: policy.collectionEnd,
      label: "集中征收期全面公示",
      dueBy: addMonths(policy.collectionEnd, months),
    };
  }
  const from = dayFromParts(p.year, (p.quarter - 1) * 3 + 1, 1)!;
  const to =
    (p.quarter === 4
      ? dayFromParts(p.year + 1, 1, 1)!
      : dayFromParts(p.year, p.quarter * 3 + 1, 1)!) - 1;
  return { from, to, label: `${p.year}年第${QUARTER_NAMES[p.quarter - 1]}季度`, dueBy: null };
}

/** The quarters in which the ledger has payments, and the full notice. */
export function noticePeriods(report: CashReport): NoticePeriod[] {
  const seen = new Set<string>();
  const out: NoticePeriod[] = [];
  for (const e of [...report.entries].sort((a, b) => a.received - b.received)) {
    if (!e.inYear) continue;
    const p = partsOf(e.received);
    const q: NoticePeriod = {
      kind: "quarter",
      year: p.year,
      quarter: (Math.floor((p.month - 1) / 3) + 1) as 1 | 2 | 3 | 4,
    };
    if (!seen.has(periodKey(q))) {
      seen.add(periodKey(q));
      out.push(q);
    }
  }
  return [...out, { kind: "full" }];
}

export interface NoticeLine {
  village: string;
  name: string;
  last4: string;
  tier: string;
  amount: Decimal;
  /** The ledger row (1-based), for the clerk; never printed on the notice. */
  row: number;
}

export interface PublicNotice {
  range: PeriodRange;
  villages: { village: string; lines: NoticeLine[]; total: Decimal }[];
  /** Ledger rows of the period left out, with the reason (and unreadable rows, whose period is unknown). */
  excluded: { row: number; reason: string }[];
  count: number;
  total: Decimal;
}

export function buildNotice(report: CashReport, period: NoticePeriod): PublicNotice {
  const months = report.rules?.fullNoticeMonths.value ?? 1;
  const range = periodRange(period, report.policy, months);
  const excluded: { row: number; reason: string }[] = [];
  const groups = new Map<string, NoticeLine[]>();
  for (const e of report.entries) {
    if (!e.inYear || e.received < range.from || e.received > range.to) continue;
    const row = e.row.index + 1;
    if (e.id === null) excluded.push({ row, reason: "身份证号码有误，不能公示后4位" });
    else if (e.row.name === "") excluded.push({ row, reason: "缴费人姓名为空" });
    else if (e.row.village === "") excluded.push({ row, reason: "村社为空，不知道在哪个村社公示" });
    else {
      const line: NoticeLine = {
        village: e.row.village,
        name: e.row.name,
        last4: idLast4(e.id),
        tier: e.tier,
        amount: e.amount,
        row,
      };
      pushTo(groups, line.village, line);
    }
  }
  for (const a of report.accounting.rows)
    if (a.status === "unreadable")
      excluded.push({ row: a.row, reason: `日期或金额无法识别，未公示：${a.reasons.join("；")}` });
  excluded.sort((a, b) => a.row - b.row);
  // 附件1's order where the policy has one (as the claim's 公示名单), then the ledger's order.
  const villages = report.policy.villageOrder(groups.keys()).map((village) => {
    const lines = groups.get(village)!;
    return { village, lines, total: lines.reduce((s, l) => s.plus(l.amount), new Decimal(0)) };
  });
  return {
    range,
    villages,
    excluded,
    count: villages.reduce((n, v) => n + v.lines.length, 0),
    total: villages.reduce((s, v) => s.plus(v.total), new Decimal(0)),
  };
}

const HEAD: Partial<CellSpec> = { bold: true, fill: "DDEBF7", align: "center" };
const TOTAL_FILL = "FFF2CC";
const MONEY = "#,##0.00";
const HEADERS = ["序号", "村社", "姓名", "身份证后4位", "缴费档次", "缴费金额（元）"];

/** One sheet per 村社, titled, with the period, the lines, the total and the signature line. */
export function noticeSheets(
  notice: PublicNotice,
  report: CashReport,
  taken: string[] = []
): SheetSpec[] {
  const policy = report.policy;
  const r = notice.range;
  const names = [...taken];
  return notice.villages.map(({ village, lines, total }) => {
    const cells: (CellSpec | null)[][] = [
      [
        {
          value: `${policy.policy.region.town ?? ""}${village}${policy.year}年度城乡居民医保现金缴费公示`,
          bold: true,
          align: "center",
        },
      ],
      [
        {
          value: `${r.label}：${toChinese(r.from)}至${toChinese(r.to)}收取的现金缴费`,
          align: "center",
        },
      ],
      HEADERS.map((value) => ({ value, ...HEAD })),
    ];
    lines.forEach((l, i) =>
      cells.push([
        { value: i + 1, align: "center" },
        { value: l.village },
        { value: l.name },
        { value: l.last4, align: "center" },
        { value: l.tier, align: "center" },
        { value: l.amount.toNumber(), numFmt: MONEY },
      ])
    );
    cells.push([
      { value: "合计", bold: true, fill: TOTAL_FILL, align: "center" },
      { value: "", fill: TOTAL_FILL },
      { value: `${lines.length}人`, bold: true, fill: TOTAL_FILL },
      { value: "", fill: TOTAL_FILL },
      { value: "", fill: TOTAL_FILL },
      { value: total.toNumber(), numFmt: MONEY, bold: true, fill: TOTAL_FILL },
    ]);
    const n = cells.length;
    const foot = [
      "为保护个人隐私，身份证号码只公示后4位。",
      "对公示内容有异议的，请向本村（社区）反映。",
      ...(report.rules ? [`依据：${citeText(report.rules.noticeQuarterly)}`] : []),
      "公示单位（盖章）：　　　　　　公示日期：　　年　　月　　日",
    ];
    cells.push([]);
    for (const value of foot) cells.push([{ value }]);
    const name = safeSheetName(village, names);
    names.push(name);
    return {
      name,
      cells,
      columnWidths: [6, 14, 12, 13, 10, 16],
      merges: ["A1:F1", "A2:F2", ...foot.map((_, i) => `A${n + 2 + i}:F${n + 2 + i}`)],
      frozenRows: 3,
      textColumns: [3],
      // Borders up to the 合计 row; the notes and the stamp line below stay unruled.
      table: { headerRow: 2, lastRow: n - 1, lastCol: 5 },
      print: { orientation: "portrait" },
    };
  });
}
