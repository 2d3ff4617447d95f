/**
 * The progress sheets in Excel: 进度记录 and 进度图表 are yibao's own sheets, so each report
 * replaces them (the history itself is carried over by the core). A sheet by that name whose
 * header is not yibao's is the clerk's: it is never deleted, the write is refused.
 *
 * The chart is an Office.js line chart over 进度图表's table, one line per village and the
 * milestones, from the same LineChartSpec the .xlsx writer draws.
 */
import { isProgressHeader, PROGRESS_HEADER, PROGRESS_SHEET } from "../core/progress/history";
import { CHART_SHEET, type LineChartSpec } from "../core/progress/sheets";
import { cellAddress, columnName } from "../core/sheet/address";
import type { SheetSpec } from "../core/sheet/spec";
import { insertSheets } from "./write";

const OURS = new Set([PROGRESS_SHEET, CHART_SHEET]);

export async function writeProgressSheets(
  context: Excel.RequestContext,
  specs: SheetSpec[],
  chart: LineChartSpec | null
): Promise<void> {
  const sheets = context.workbook.worksheets;
  sheets.load("items/name");
  await context.sync();
  const existing = sheets.items.filter((s) => OURS.has(s.name));
  const progress = existing.find((s) => s.name === PROGRESS_SHEET);
  if (progress) {
    const head = progress.getRange(`A1:${columnName(PROGRESS_HEADER.length - 1)}1`);
    head.load("values");
    await context.sync();
    const found = (head.values[0] as unknown[]).map((v) => String(v ?? "").trim());
    if (!isProgressHeader(found)) {
      throw new Error(
        `工作簿中已有名为“${PROGRESS_SHEET}”的工作表，但不是本助手生成的进度记录（第1行为：${found.filter((v) => v).join("、") || "空"}）。请先把它改名，再记录进度。`
      );
    }
  }
  for (const s of existing) s.delete();
  if (existing.length > 0) await context.sync();
  await insertSheets(context, specs, { exactNames: true });
  if (!chart) return;
  const ws = context.workbook.worksheets.getItem(chart.sheet);
  const last = chart.categoryCache.length;
  const source = ws.getRange(`A1:${columnName(chart.series.length)}${last + 1}`);
  const c = ws.charts.add("Line", source, "Columns");
  c.title.text = chart.title;
  c.legend.position = "Bottom";
  c.axes.valueAxis.minimum = 0;
  c.axes.valueAxis.maximum = 1;
  c.axes.valueAxis.numberFormat = "0%";
  const a = chart.anchor;
  c.setPosition(cellAddress(a.row, a.col), cellAddress(a.row + a.rows, a.col + a.cols));
  await context.sync();
}
