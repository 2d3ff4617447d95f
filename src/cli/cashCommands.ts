/**
 * `yibao cash` (现金征缴台账检查、每日对账、现金缴费公示) and `yibao template cash`.
 * Exit codes: 0 no errors (hints only), 1 the check found errors, 2 bad input.
 * No full ID is printed: messages carry at most the last 4 digits.
 */
import { toIso } from "../core/dates";
import { checkCash, CashReport } from "../core/cash/check";
import type { CashFinding } from "../core/cash/findings";
import { LedgerError } from "../core/cash/ledger";
import {
  buildNotice,
  noticeSheets,
  parsePeriod,
  periodKey,
  PublicNotice,
} from "../core/cash/notice";
import {
  compareExport,
  comparisonSummary,
  dailyLines,
  ExportComparison,
} from "../core/cash/reconcile";
import { balanceText, reportSheets } from "../core/cash/sheets";
import { cashTemplate, CASH_TEMPLATE } from "../core/cash/template";
import { getPolicy } from "../core/policy/registry";
import type { SheetData } from "../core/sheet/address";
import { pickSheet, readWorkbookFile } from "../io/files";
import { writeXlsx } from "../io/xlsxWriter";
import { flag, opt, ParsedArgs, required, supplied, UsageError } from "./args";
import { dateOption, refuseOverwrite, refuseSameFile, writeOutput, xlsxOut } from "./options";
import type { Command } from "./command";
import type { Io } from "./io";
import { CASH, CASH_TEMPLATE as CASH_TEMPLATE_SPEC, TEMPLATE } from "./specs";

/** The ledger's outputs: .xlsx, never the ledger itself (under any name), never one another. */
async function xlsxOutputs(
  file: string,
  outputs: { path: string | undefined; what: string }[],
  force: boolean
): Promise<void> {
  const given = outputs.filter((o): o is { path: string; what: string } => o.path !== undefined);
  for (const o of given) {
    xlsxOut(o.path, o.what);
    await refuseSameFile(file, o.path, `${o.what}不能与台账是同一个文件：结果另存，不改动台账`);
    await refuseOverwrite(o.path, force);
  }
  for (let i = 1; i < given.length; i++) {
    const [a, b] = [given[i - 1], given[i]];
    await refuseSameFile(a.path, b.path, `${a.what}与${b.what}不能是同一个文件：请各用一个文件名`);
  }
}

const money = (d: { toFixed(n: number): string }): number => Number(d.toFixed(2));

function findingJson(f: CashFinding) {
  return {
    severity: f.severity,
    code: f.code,
    cell: f.cell,
    row: f.row + 1,
    ...(f.sheet ? { sheet: f.sheet } : {}),
    message: f.message,
  };
}

export function cashJson(
  report: CashReport,
  comparison?: ExportComparison,
  notice?: PublicNotice & { period: string }
) {
  const a = report.accounting;
  return {
    ok: report.ok && !(comparison?.findings ?? []).some((f) => f.severity === "error"),
    sheet: report.sheet,
    policy: report.policy.id,
    asOf: report.asOf !== null ? toIso(report.asOf) : null,
    accounting: {
      inputRows: a.ok + a.withFindings + a.unreadable,
      ok: a.ok,
      withFindings: a.withFindings,
      unreadable: a.unreadable,
      blank: a.blank,
      skipped: a.skipped,
      rows: a.rows,
    },
    findings: [...report.findings, ...(comparison?.findings ?? [])].map(findingJson),
    totals: {
      count: report.totals.count,
      received: money(report.totals.received),
      remitted: money(report.totals.remitted),
      unremitted: money(report.totals.unremitted),
    },
    daily: dailyLines(report.entries).map((l) => ({
      collector: l.collector,
      day: toIso(l.day),
      receivedCount: l.receivedCount,
      received: money(l.received),
      remittedCount: l.remittedCount,
      remitted: money(l.remitted),
      held: money(l.held),
    })),
    ...(comparison
      ? {
          export: {
            sheet: comparison.sheet,
            rows: comparison.exportRows,
            matched: comparison.matched.length,
            notInExport: comparison.notInExport.map((e) => e.row.index + 1),
            notInLedger: comparison.notInLedger.map((x) => x.row),
            badId: comparison.badId.map((b) => ({
              row: b.entry.row.index + 1,
              exportRow: b.exportRow,
              badIn: b.badIn,
            })),
            remittedBeforeReceived: comparison.remittedBeforeReceived.map((e) => e.row.index + 1),
            outsideDays: comparison.outsideDays,
          },
        }
      : {}),
    ...(notice
      ? {
          notice: {
            period: notice.period,
            from: toIso(notice.range.from),
            to: toIso(notice.range.to),
            dueBy: notice.range.dueBy !== null ? toIso(notice.range.dueBy) : null,
            count: notice.count,
            total: money(notice.total),
            villages: notice.villages.map((v) => ({
              village: v.village,
              count: v.lines.length,
              total: money(v.total),
            })),
            excluded: notice.excluded,
          },
        }
      : {}),
    notes: report.notes,
  };
}

const MAX_LISTED = 100;

export function cashText(report: CashReport, comparison?: ExportComparison): string {
  const out: string[] = [];
  out.push(
    `${report.policy.label}现金征缴台账检查：工作表“${report.sheet}”${report.asOf !== null ? `，截至${toIso(report.asOf)}` : ""}`
  );
  out.push(balanceText(report));
  const t = report.totals;
  out.push(
    `收款${t.count}笔，合计${t.received.toFixed(2)}元；已解缴${t.remitted.toFixed(2)}元；未解缴${t.unremitted.toFixed(2)}元`
  );
  const all = [...report.findings, ...(comparison?.findings ?? [])];
  for (const f of all.slice(0, MAX_LISTED))
    out.push(
      `  [${f.severity === "error" ? "错误" : "提示"}] ${f.sheet ? `${f.sheet}!` : ""}${f.cell}：${f.message}`
    );
  if (all.length > MAX_LISTED)
    out.push(`  （只列出前${MAX_LISTED}条；全部见 --out 生成的工作簿或 --json）`);
  for (const r of report.accounting.rows
    .filter((x) => x.status === "unreadable")
    .slice(0, MAX_LISTED))
    out.push(`  第${r.row}行无法读取，未计入：${r.reasons.join("；")}`);
  for (const s of report.accounting.skipped)
    out.push(`  第${s.row}行不是缴费，未计入：${s.reason}`);
  const daily = dailyLines(report.entries);
  out.push(`每日对账（经办人 日期：收款 / 解缴 / 当日结存）：${daily.length === 0 ? "无" : ""}`);
  for (const l of daily)
    out.push(
      `  ${l.collector || "（未填）"} ${toIso(l.day)}：收款${l.receivedCount}笔${l.received.toFixed(2)}元 / 解缴${l.remittedCount}笔${l.remitted.toFixed(2)}元 / 结存${l.held.toFixed(2)}元`
    );
  if (comparison) {
    out.push(
      `与缴费数据“${comparison.sheet}”比对：${comparisonSummary(comparison)}` +
        (comparison.outsideDays > 0
          ? `；另有${comparison.outsideDays}笔不在台账的解缴日期范围内，未比对`
          : "")
    );
  }
  for (const n of report.notes) out.push(`说明：${n}`);
  const errors = all.filter((f) => f.severity === "error").length;
  out.push(
    errors === 0
      ? `结论：通过（${all.length}个提示）`
      : `结论：未通过（${errors}个错误，${all.length - errors}个提示）`
  );
  return out.join("\n");
}

function ledgerSheet(sheets: SheetData[], name?: string): SheetData {
  if (name) return pickSheet(sheets, name);
  return (
    sheets.find((s) =>
      s.rows.slice(0, 30).some((r) => r.some((v) => v === "收款日期" || v === "收款凭证号"))
    ) ?? pickSheet(sheets)
  );
}

export const cashCommand: Command = {
  ...CASH,
  async run(args: ParsedArgs, io: Io) {
    if (args.positionals.length !== 1) throw new UsageError(`用法：${cashCommand.usage}`);
    const file = args.positionals[0];
    const policy = getPolicy(required(args, "policy", "政策编号，见 yibao policies"));
    const asOfText = opt(args, "as-of");
    const asOf =
      asOfText !== undefined
        ? dateOption(asOfText, "检查截至日期（--as-of）")
        : dateOption(todayIso(), "今天");
    const out = opt(args, "out");
    const noticeText = opt(args, "notice");
    const noticeOut = opt(args, "notice-out");
    const period = noticeText !== undefined ? parsePeriod(noticeText) : null;
    if (noticeText !== undefined && period === null)
      throw new UsageError(
        `--notice 应为季度（如 2024Q4、2025年第一季度）或 full（集中征收期全面公示），而不是“${noticeText}”`
      );
    if (noticeOut !== undefined && period === null)
      throw new UsageError("--notice-out 需与 --notice 一起使用");
    const force = flag(args, "force");
    await xlsxOutputs(
      file,
      [
        { path: out, what: "检查结果（--out）" },
        { path: noticeOut, what: "公示文件（--notice-out）" },
      ],
      force
    );
    const sheets = await readWorkbookFile(file);
    const sheet = ledgerSheet(sheets, opt(args, "sheet"));
    let report: CashReport;
    try {
      report = checkCash(sheet, policy, { asOf, supplied: supplied(args) });
    } catch (e) {
      if (e instanceof LedgerError) throw new UsageError(e.message);
      throw e;
    }
    let comparison: ExportComparison | undefined;
    const exportFile = opt(args, "export");
    if (exportFile !== undefined) {
      const exp = await readWorkbookFile(exportFile);
      comparison = compareExport(report, pickSheet(exp, opt(args, "export-sheet")));
    } else if (opt(args, "export-sheet") !== undefined) {
      comparison = compareExport(report, pickSheet(sheets, opt(args, "export-sheet")));
    }
    const notice = period
      ? { ...buildNotice(report, period), period: periodKey(period) }
      : undefined;
    if (out !== undefined)
      await writeOutput(out, await writeXlsx(reportSheets(report, comparison)), { force });
    if (notice && noticeOut !== undefined) {
      const specs = noticeSheets(notice, report);
      if (specs.length === 0) throw new UsageError(`${notice.range.label}没有可公示的现金缴费`);
      await writeOutput(noticeOut, await writeXlsx(specs), { force });
    }
    const json = cashJson(report, comparison, notice);
    if (flag(args, "json")) io.out(JSON.stringify(json, null, 2));
    else {
      const lines = [cashText(report, comparison)];
      if (out !== undefined)
        lines.push(`已生成检查结果：${out}（台账检查结果、每日对账、缴费数据比对）`);
      if (notice) {
        lines.push(
          `现金缴费公示（${notice.range.label}）：${notice.villages.length}个村社，${notice.count}人，${notice.total.toFixed(2)}元` +
            (notice.range.dueBy !== null ? `；应于${toIso(notice.range.dueBy)}前张贴` : "")
        );
        for (const x of notice.excluded) lines.push(`  第${x.row}行未公示：${x.reason}`);
        if (noticeOut !== undefined)
          lines.push(
            `已生成公示：${noticeOut}（每个村社一张表，只有身份证后4位；张贴后请留存原件或照片备查）`
          );
        else lines.push("加 --notice-out 公示.xlsx 生成可打印的公示表");
      }
      io.out(lines.join("\n"));
    }
    return json.ok ? 0 : 1;
  },
};

function todayIso(now = new Date()): string {
  const p = (n: number) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${p(now.getMonth() + 1)}-${p(now.getDate())}`;
}

/** `yibao template cash --policy ID [--out FILE] [--rows N]` added to the existing template command. */
export function withCashTemplate(base: Command): Command {
  return {
    ...TEMPLATE,
    async run(args: ParsedArgs, io: Io) {
      if (args.positionals[0] !== "cash") return base.run(args, io);
      if (args.positionals.length !== 1) throw new UsageError(`用法：${CASH_TEMPLATE_SPEC.usage}`);
      const policy = getPolicy(
        required(args, "policy", "政策编号：档次、人员类别和村社因地区而异")
      );
      const rowsText = opt(args, "rows");
      const rows = rowsText === undefined ? CASH_TEMPLATE.dataRows : Number(rowsText);
      if (!Number.isInteger(rows) || rows < 1 || rows > 10_000)
        throw new UsageError(`行数（--rows）应为 1 到 10000 的整数，而不是“${rowsText}”`);
      const file = opt(args, "out") ?? `现金征缴台账模板-${policy.id}.xlsx`;
      if (!/\.xlsx$/i.test(file))
        throw new UsageError(`模板文件（--out）应为 .xlsx 文件，而不是“${file}”`);
      const specs = cashTemplate(policy, rows);
      await writeOutput(file, await writeXlsx(specs), { force: flag(args, "force") });
      const json = { file, policy: policy.id, sheets: specs.map((s) => s.name), rows };
      io.out(
        flag(args, "json")
          ? JSON.stringify(json, null, 2)
          : `已生成现金征缴台账模板：${file}（${policy.label}，${rows}行；村社、档次、人员类别、解缴方式为下拉列表）`
      );
      return 0;
    },
  };
}
