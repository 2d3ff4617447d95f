/**
 * The check's workbook: 台账检查结果 (the accounting of every row, then every finding at its
 * cell) and 每日对账 (per collector and day: received, remitted, held; and, with a POS or
 * tax export, the ledger against it). Values, not formulas, so the figures show in any viewer.
 * No codes: the clerk reads the findings' messages.
 */
import { Decimal } from "../decimal";
import { toIso } from "../dates";
import type { CellSpec, SheetSpec } from "../sheet/spec";
import { fitNotes } from "../sheet/notes";
import type { CashReport } from "./check";
import { comparisonSummary, dailyLines, type ExportComparison } from "./reconcile";

const HEAD: Partial<CellSpec> = { bold: true, fill: "DDEBF7", align: "center" };
const MONEY = "#,##0.00";
const money = (d: Decimal): CellSpec => ({ value: d.toNumber(), numFmt: MONEY });
const head = (values: string[]): CellSpec[] => values.map((value) => ({ value, ...HEAD }));

/** “输入N行 = 无误a + 有问题b + 无法读取c” and the blank and skipped rows. */
export function balanceText(report: CashReport): string {
  const a = report.accounting;
  const n = a.ok + a.withFindings + a.unreadable;
  const extra = [
    a.blank > 0 ? `空行${a.blank}行不计` : "",
    a.skipped.length > 0
      ? `另有${a.skipped.length}行不是缴费（${[...new Set(a.skipped.map((s) => s.reason))].join("、")}）`
      : "",
  ].filter((v) => Boolean(v));
  return `台账${n}行 = 无误${a.ok}行 + 有问题${a.withFindings}行 + 无法读取${a.unreadable}行${extra.length ? `（${extra.join("；")}）` : ""}`;
}

export function reportSheets(report: CashReport, comparison?: ExportComparison): SheetSpec[] {
  const t = report.totals;
  const check: (CellSpec | null)[][] = [
    [{ value: `${report.policy.label}现金征缴台账检查结果`, bold: true }],
    [
      {
        value: `台账：${report.sheet}${report.asOf !== null ? `\u3000检查截至：${toIso(report.asOf)}` : ""}`,
      },
    ],
    [{ value: balanceText(report) }],
    [
      {
        value: `收款${t.count}笔，合计${t.received.toFixed(2)}元；已解缴${t.remitted.toFixed(2)}元；未解缴${t.unremitted.toFixed(2)}元`,
      },
    ],
    ...report.notes.map((value) => [{ value }]),
    [],
    head(["单元格", "行号", "类型", "说明"]),
  ];
  // One table: the findings, then the rows not counted, so it borders and repeats as one.
  const headerRow = check.length - 1;
  const all = [...report.findings, ...(comparison?.findings ?? [])];
  for (const f of all)
    check.push([
      { value: f.sheet ? `${f.sheet}!${f.cell}` : f.cell },
      { value: f.row + 1 },
      { value: f.severity === "error" ? "错误" : "提示" },
      { value: f.message, wrap: true },
    ]);
  for (const r of report.accounting.rows.filter((x) => x.status === "unreadable"))
    check.push([
      { value: `第${r.row}行` },
      { value: r.row },
      { value: "无法读取，未计入" },
      { value: r.reasons.join("；"), wrap: true },
    ]);
  for (const s of report.accounting.skipped)
    check.push([
      { value: `第${s.row}行` },
      { value: s.row },
      { value: "不是缴费，未计入" },
      { value: s.reason, wrap: true },
    ]);
  if (check.length - 1 === headerRow)
    check.push([{ value: "—" }, null, null, { value: "台账没有发现问题" }]);
  const checkTable = { headerRow, lastRow: check.length - 1, lastCol: 3 };

  const daily: (CellSpec | null)[][] = [
    [{ value: `${report.policy.label}现金征缴每日对账表`, bold: true }],
    [
      {
        value:
          "当日结存：收款当日及以前收取、当日及以前尚未解缴的现金（同日收取同日解缴的不计滞留）",
      },
    ],
    head(["经办人", "日期", "收款笔数", "收款金额", "解缴笔数", "解缴金额", "当日结存"]),
  ];
  for (const l of dailyLines(report.entries))
    daily.push([
      { value: l.collector || "（未填）" },
      { value: toIso(l.day) },
      { value: l.receivedCount },
      money(l.received),
      { value: l.remittedCount },
      money(l.remitted),
      money(l.held),
    ]);
  const sheets: SheetSpec[] = [
    {
      name: "台账检查结果",
      cells: check,
      columnWidths: [14, 7, 16, 58],
      table: checkTable,
    },
    {
      name: "每日对账",
      cells: daily,
      columnWidths: [12, 12, 10, 14, 10, 14, 14],
      table: { headerRow: 2, lastCol: 6 },
    },
  ];
  if (comparison) sheets.push(comparisonSheet(report, comparison));
  return sheets.map((v) => fitNotes(v));
}

/**
 * 缴费数据比对: per day the ledger's remittances against the export, and under each day the
 * payments that are in one and not the other: one table, so it prints with its header.
 */
function comparisonSheet(report: CashReport, comparison: ExportComparison): SheetSpec {
  const cells: (CellSpec | null)[][] = [
    [{ value: `${report.policy.label}台账解缴与缴费数据（${comparison.sheet}）比对`, bold: true }],
    [
      {
        value: comparisonSummary(comparison),
      },
    ],
    head(["日期", "情况", "行号", "姓名", "台账解缴金额", "缴费数据金额", "差额"]),
  ];
  const key = (d: number | null) => (d === null ? "" : toIso(d));
  const days = new Map<string, (CellSpec | null)[][]>();
  const at = (day: string) => {
    if (!days.has(day)) days.set(day, []);
    return days.get(day)!;
  };
  for (const d of comparison.byDay)
    at(key(d.day)).unshift([
      { value: key(d.day), bold: true },
      { value: "当日合计", bold: true },
      null,
      null,
      money(d.ledger),
      money(d.exported),
      money(d.ledger.minus(d.exported)),
    ]);
  for (const e of comparison.notInExport)
    at(key(e.remitted)).push([
      { value: key(e.remitted) },
      { value: "台账有、缴费数据没有" },
      { value: `台账第${e.row.index + 1}行` },
      { value: e.row.name },
      money(e.amount),
      null,
      null,
    ]);
  for (const b of comparison.badId)
    at(key(b.entry.remitted)).push([
      { value: key(b.entry.remitted) },
      { value: "身份证号码有误" },
      {
        value:
          `台账第${b.entry.row.index + 1}行` +
          (b.exportRow === null ? "" : `、缴费数据第${b.exportRow}行`),
      },
      { value: b.entry.row.name },
      money(b.entry.amount),
      null,
      null,
    ]);
  for (const x of comparison.notInLedger)
    at(key(x.date)).push([
      { value: key(x.date) },
      { value: "缴费数据有、台账没有" },
      { value: `缴费数据第${x.row}行` },
      { value: x.name },
      null,
      money(x.amount),
      null,
    ]);
  for (const day of [...days.keys()].sort()) cells.push(...days.get(day)!);
  return {
    name: "缴费数据比对",
    cells,
    columnWidths: [12, 20, 16, 10, 14, 14, 12],
    table: { headerRow: 2, lastCol: 6 },
  };
}
