/**
 * The steps behind the 现金台账 tab's buttons, without the DOM, so that the task pane, the
 * standalone page and the tests run the same code: read the ledger (the sheet the clerk is
 * on) and, if chosen, the POS/tax export (a sheet through the host, or one read from a file
 * of its own); check with the core; and
 * hand the result sheets to the clerk: new sheets in Excel, a downloaded file on the page.
 */
import { checkCash, CashReport } from "../../core/cash/check";
import { buildNotice, NoticePeriod, noticeSheets, PublicNotice } from "../../core/cash/notice";
import { compareExport, ExportComparison } from "../../core/cash/reconcile";
import { reportSheets } from "../../core/cash/sheets";
import { cashTemplate } from "../../core/cash/template";
import type { Day } from "../../core/dates";
import type { PolicyModel, Supplied } from "../../core/policy/model";
import type { SheetData } from "../../core/sheet/address";
import type { SheetSpec } from "../../core/sheet/spec";
import type { PanelHost } from "../host";

export interface CashRun {
  report: CashReport;
  comparison: ExportComparison | null;
}

export async function runCashCheck(
  host: PanelHost,
  o: {
    policy: PolicyModel;
    asOf: Day;
    /** The POS/tax export: a sheet of the ledger's workbook by name, or a sheet read from another file. */
    exportSheet?: string | SheetData | null;
    supplied?: Supplied;
  }
): Promise<CashRun> {
  const read = await host.readActiveSheet();
  const report = checkCash(read.sheet, o.policy, {
    asOf: o.asOf,
    supplied: { ...(o.supplied ?? {}) },
  });
  let comparison: ExportComparison | null = null;
  if (typeof o.exportSheet === "string" && o.exportSheet !== "") {
    if (o.exportSheet === read.sheet.name)
      throw new Error("缴费数据不能是台账本身：请选另一个工作表");
    const [sheet] = await host.readSheets([o.exportSheet]);
    comparison = compareExport(report, sheet);
  } else if (o.exportSheet) comparison = compareExport(report, o.exportSheet);
  return { report, comparison };
}

/** The file writer is loaded only when a file is made (the Excel task pane inserts sheets instead). */
async function xlsxBytes(specs: SheetSpec[]): Promise<Uint8Array> {
  const { writeXlsx } = await import("../../io/xlsxWriter");
  return writeXlsx(specs);
}

/** New sheets in Excel (never into an existing one), or a file to download; what was made, for the status line. */
export async function deliver(
  host: PanelHost,
  specs: SheetSpec[],
  fileName: string
): Promise<string> {
  if (host.insertSheets && !host.download) {
    const names = await host.insertSheets(specs);
    return `已新建工作表：${names.join("、")}（原有工作表没有改动）`;
  }
  if (host.download) {
    await host.download(await xlsxBytes(specs), fileName);
    return `已生成“${fileName}”（原文件没有改动）`;
  }
  throw new Error("这里不能生成工作表");
}

export function checkSheets(run: CashRun): SheetSpec[] {
  return reportSheets(run.report, run.comparison ?? undefined);
}

export function notice(
  run: CashRun,
  period: NoticePeriod
): { notice: PublicNotice; specs: SheetSpec[] } {
  const n = buildNotice(run.report, period);
  return { notice: n, specs: noticeSheets(n, run.report) };
}

export function templateSheets(policy: PolicyModel): SheetSpec[] {
  return cashTemplate(policy);
}
