/** 序号: from 1, one after another. */
import { readNum } from "../cells";
import { add, type Ctx, type UnitRow } from "../findings";
import type { TableLayout } from "../layout";
import { fmt } from "../words";

export function checkSequence(ctx: Ctx, layout: TableLayout, units: UnitRow[]): void {
  const rows = ctx.rows;
  const col = layout.columns;
  if (col.seq !== undefined && units.length > 0) {
    const seqCol = col.seq;
    const values = units.map((u) => readNum(rows[u.row]?.[seqCol]));
    if (values.some((v) => v.kind === "num")) {
      // A number is in order when it follows the one above or matches its position, so one
      // typo is flagged once and a gap (1, 2, 4, 5) only where it opens.
      let previous = 0;
      units.forEach((u, i) => {
        const v = values[i];
        const expected = previous + 1;
        if (v.kind === "num" && (v.value === expected || v.value === i + 1)) {
          previous = v.value;
          return;
        }
        const what =
          v.kind === "num"
            ? `是 ${fmt(v.value)}`
            : v.kind === "blank"
              ? "为空"
              : `“${v.text}”不是数字`;
        add(
          ctx,
          "warning",
          "SEQ_GAP",
          u.row,
          seqCol,
          `序号${what}，按顺序应为 ${expected}。请重新编号（序号应从1起连续）。`
        );
        previous = v.kind === "num" && Number.isInteger(v.value) ? v.value : expected;
      });
    }
  }
}
