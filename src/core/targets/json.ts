/**
 * A target check as JSON: what `yibao targets --json` prints and the 检查任务分解表 Office
 * Script returns, built here once so both front doors give the same object.
 */
import type { Severity, TargetCode, TargetReport, TargetSummary, UnitProgress } from "./types";

export interface TargetsJson {
  ok: boolean;
  findings: { severity: Severity; code: TargetCode; cell: string; message: string }[];
  /** The core's summary with rows counted from 1, as Excel shows them (null when none). */
  summary: Omit<TargetSummary, "headerRow" | "progress"> & {
    headerRow: number | null;
    progress: (Omit<UnitProgress, "row"> & { row: number | null })[];
    sheet: string;
  };
}

/**
 * Exactly ok, findings (severity, code, cell, message) and summary. Rows in the JSON are
 * 1-based, as the cells' A1 addresses and Excel show them (the core's summary counts from 0):
 * headerRow is null when no header was found.
 */
export function reportJson(report: TargetReport): TargetsJson {
  const s = report.summary;
  const fileRow = (r: number | null | undefined): number | null =>
    r === null || r === undefined || r < 0 ? null : r + 1;
  return {
    ok: report.ok,
    findings: report.findings.map((f) => ({
      severity: f.severity,
      code: f.code,
      cell: f.cell,
      message: f.message,
    })),
    summary: {
      ...s,
      headerRow: fileRow(s.headerRow),
      totalRow: fileRow(s.totalRow),
      progress: s.progress.map((p) => ({ ...p, row: fileRow(p.row) })),
      sheet: report.sheet,
    },
  };
}
