/**
 * What the two workbook writers (the taskpane's Office.js one and the Office Scripts one)
 * share about adding sheets to a clerk's workbook: where long validation lists live, and
 * refusing a set of sheets whose names are already taken.
 */
import type { SheetSpec } from "./spec";

/** Excel caps an inline validation list at 255 characters; longer lists live on a hidden sheet. */
export const INLINE_LIST_MAX = 255;
/** The hidden sheet of long validation lists. */
export const LISTS_SHEET = "_yibao_lists";

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
