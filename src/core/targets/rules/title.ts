/** Title and unit line (单位：人), above the header. */
import { nameKey } from "../../text";
import type { TargetSummary } from "../types";
import { shown } from "../cells";
import { add, type Ctx } from "../findings";
import type { TableLayout } from "../layout";

export function checkTitle(ctx: Ctx, layout: TableLayout, summary: TargetSummary): void {
  const rows = ctx.rows;
  const col = layout.columns;
  const unitCol = col.unit!;
  const titleParts: string[] = [];
  let unitLine: { text: string; row: number; col: number } | null = null;
  for (let r = 0; r < layout.headerRow; r++) {
    let previous = "";
    (rows[r] ?? []).forEach((v, c) => {
      const text = shown(v);
      // A merged title reads the same in every cell it covers (exceljs): keep it once.
      if (!text || text === previous) return;
      previous = text;
      const key = nameKey(text);
      if (/^单位[:：]/.test(key)) {
        unitLine = { text, row: r, col: c };
        return;
      }
      if (
        /^附件\d*[:：]?$/.test(key) ||
        /^(填报|制表|报送|日期|时间|编号)/.test(key) ||
        typeof v === "number"
      )
        return;
      titleParts.push(text);
    });
  }
  summary.title = titleParts.length > 0 ? titleParts.join("") : null;
  if (!summary.title) {
    add(
      ctx,
      "warning",
      "NO_TITLE",
      Math.max(0, layout.headerRow - 1),
      Math.min(unitCol, col.seq ?? unitCol),
      `表头上方没有标题。请在表头上方加标题，写明单位、年度和表名，如“××镇2025年度村（社区）城乡居民基本医疗保险参保任务分解表”。`
    );
  }
  const ul = unitLine as { text: string; row: number; col: number } | null;
  summary.unitLine = ul ? ul.text : null;
  if (!ul) {
    add(
      ctx,
      "warning",
      "NO_UNIT_LINE",
      Math.max(0, layout.headerRow - 1),
      layout.lastColumn,
      `表头上方没有计量单位。请在表头右上方注明“单位：人”。`
    );
  } else if (nameKey(ul.text).replace(/^单位[:：]/, "") !== "人") {
    add(
      ctx,
      "warning",
      "NO_UNIT_LINE",
      ul.row,
      ul.col,
      `计量单位写的是“${ul.text}”，任务分解表的数字是人数，应为“单位：人”。请核对。`
    );
  }
}
