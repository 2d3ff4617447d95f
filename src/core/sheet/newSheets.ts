/**
 * What the workbook writers (the .xlsx file, the taskpane's Office.js one and the Office
 * Scripts one) share about adding sheets to a clerk's workbook: where long validation lists live, and
 * refusing a set of sheets whose names are already taken.
 */
import type { SheetSpec } from "./spec";

/** Excel caps an inline validation list at 255 characters; longer lists live on a hidden sheet. */
export const INLINE_LIST_MAX = 255;
/**
 * The very hidden sheet of long validation lists, one list a column. Its name shows in the
 * data validation box (='医保助手下拉列表'!$A$1:$A$60), so it is Chinese, and distinctive
 * enough not to be a clerk's own sheet.
 */
export const LISTS_SHEET = "医保助手下拉列表";

/**
 * Whether a dropdown list can be written inline ("一档,二档"): short enough, and no value
 * with a comma (which would split it) or a quote (which would end the formula's text).
 */
export function listFitsInline(values: readonly string[]): boolean {
  return values.join(",").length <= INLINE_LIST_MAX && !values.some((v) => /[,"]/.test(v));
}

/**
 * Why these specs cannot be written under their own names (one is taken, ignoring letter
 * case, as Excel does), or null. Asked before anything is written, since the specs'
 * formulas refer to each other by name. `again` is the front door's verb: 运行, 生成.
 */
export function nameClash(
  taken: readonly string[],
  specs: readonly SheetSpec[],
  again: string
): string | null {
  const lower = new Set(taken.map((n) => n.toLowerCase()));
  const clash = specs.find((s) => lower.has(s.name.toLowerCase()));
  return clash
    ? `工作簿中已有名为“${clash.name}”的工作表：请先改名或删除它，再重新${again}（没有写入任何工作表）。`
    : null;
}
