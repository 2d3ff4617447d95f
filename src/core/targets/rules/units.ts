/** The unit rows: a name and a target each, no name twice. */
import { cellAddress } from "../../sheet/address";
import { nameKey } from "../../text";
import type { TargetSummary } from "../types";
import { readCount, shown } from "../cells";
import { add, type Ctx, type UnitRow } from "../findings";
import type { TableLayout, TableRows } from "../layout";
import { fmt } from "../words";

export interface UnitsRead {
  units: UnitRow[];
  /** Units whose target is counted as 0 in the sum ("白鹤村为空"), for the total's finding. */
  countedAsZero: string[];
  /** The last unit's row, or the row above the data when there is none. */
  lastUnitRow: number;
}

export function readUnits(
  ctx: Ctx,
  layout: TableLayout,
  parsed: TableRows,
  noun: string,
  summary: TargetSummary
): UnitsRead {
  const rows = ctx.rows;
  const unitCol = layout.columns.unit!;
  const targetCol = layout.columns.target!;
  const units: UnitRow[] = [];
  const seen = new Map<string, UnitRow>();
  const countedAsZero: string[] = [];
  for (const r of parsed.unitRows) {
    const row = rows[r] ?? [];
    const name = shown(row[unitCol]);
    const label = name || `第${r + 1}行`;
    const t = readCount(ctx, r, targetCol, `${name ? name + "的" : ""}任务数`, false);
    if (t.blank) {
      countedAsZero.push(`${label}为空`);
      add(
        ctx,
        "error",
        "MISSING_TARGET",
        r,
        targetCol,
        `${label}的任务数为空，请填写该${noun}的参保目标人数（没有任务的填 0）。`
      );
    }
    if (t.bad) countedAsZero.push(`${label}不是数字`);
    if (!name) {
      add(
        ctx,
        "error",
        "MISSING_UNIT",
        r,
        unitCol,
        `这一行有任务数${t.raw !== null ? ` ${fmt(t.raw)}` : ""}，但${noun}名称为空。请填写名称；如果是多余的行，请删除。`
      );
    }
    const unit: UnitRow = { row: r, name, key: nameKey(name), target: t.value, raw: t.raw };
    units.push(unit);
    if (name) {
      const first = seen.get(unit.key);
      if (first) {
        add(
          ctx,
          "error",
          "DUPLICATE_UNIT",
          r,
          unitCol,
          `“${name}”与第${first.row + 1}行（${cellAddress(first.row, unitCol)}“${first.name}”）重复。请核对是重复录入还是名称写错；同名的${noun}只能有一行。`
        );
      } else seen.set(unit.key, unit);
    }
  }
  summary.units = units.filter((u) => u.name).length;
  const lastUnitRow = units.length > 0 ? units[units.length - 1].row : layout.dataStart - 1;
  if (units.length === 0) {
    add(
      ctx,
      "error",
      "MISSING_UNIT",
      layout.dataStart,
      unitCol,
      `表中还没有任何${noun}。请在表头下逐行填写${noun}名称和任务数。`
    );
  }
  return { units, countedAsZero, lastUnitRow };
}
