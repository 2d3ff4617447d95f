/**
 * How a sheet inserted into the open workbook prints: the same plan (core/sheet/print.ts) as
 * the .xlsx writers, applied through Office.js. Only queued here; the caller's format round
 * trip carries it (a handful of small properties, whatever the sheet's size).
 */
import { printPlan } from "../core/sheet/print";
import type { SheetSpec } from "../core/sheet/spec";
import { supportsExcelApi } from "./requirements";

/** Page layout, print titles and headers/footers arrived with ExcelApi 1.9. */
export const PAGE_LAYOUT_API = "1.9";

type Edge =
  "EdgeTop" | "EdgeBottom" | "EdgeLeft" | "EdgeRight" | "InsideHorizontal" | "InsideVertical";

/** The edges a rectangle has: a single row has no inside horizontal line, a single column no vertical. */
function edges(rows: number, cols: number): Edge[] {
  const out: Edge[] = ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight"];
  if (rows > 1) out.push("InsideHorizontal");
  if (cols > 1) out.push("InsideVertical");
  return out;
}

/** Thin borders on the table (ExcelApi 1.1) and, where the host has it, the page setup. */
export function queuePrintSetup(worksheet: Excel.Worksheet, spec: SheetSpec): void {
  const plan = printPlan(spec);
  const box = plan.borders;
  if (box) {
    const rows = box.r1 - box.r0 + 1;
    const cols = box.c1 - box.c0 + 1;
    const borders = worksheet.getRangeByIndexes(box.r0, box.c0, rows, cols).format.borders;
    for (const edge of edges(rows, cols)) {
      const border = borders.getItem(edge);
      border.style = "Continuous";
      border.weight = "Thin";
      border.color = "#000000";
    }
  }
  if (!supportsExcelApi(PAGE_LAYOUT_API)) return;
  const layout = worksheet.pageLayout;
  layout.paperSize = "A4";
  layout.orientation = plan.orientation === "landscape" ? "Landscape" : "Portrait";
  // Zoom is set as a whole object: the API does not take zoom.horizontalFitToPages = … alone.
  layout.zoom = { horizontalFitToPages: plan.pagesWide, verticalFitToPages: plan.pagesTall };
  layout.centerHorizontally = plan.centredHorizontally;
  layout.setPrintMargins("Inches", plan.margins);
  if (plan.repeatRows)
    layout.setPrintTitleRows(`$${plan.repeatRows.first + 1}:$${plan.repeatRows.last + 1}`);
  layout.headersFooters.state = "Default";
  const page = layout.headersFooters.defaultForAllPages;
  page.centerHeader = plan.header;
  page.centerFooter = plan.footer;
}
