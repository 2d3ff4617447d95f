/** Unit sheets in the same workbook: each unit's own sheet totals its target. */
import { Decimal } from "../../decimal";
import { cellAddress, type SheetData } from "../../sheet/address";
import { nameKey } from "../../text";
import { readNum } from "../cells";
import { add, type Ctx, type UnitRow } from "../findings";
import { locateTable, parseRows, type TableLayout } from "../layout";
import { diffText, fmt } from "../words";

export function sheetTotal(sheet: SheetData): { total: number; row: number; col: number } | null {
  const layout = locateTable(sheet.rows);
  if (!layout) return null;
  const targetCol = layout.columns.target!;
  const parsed = parseRows(sheet.rows, layout);
  if (parsed.totalRow !== null) {
    const n = readNum(sheet.rows[parsed.totalRow]?.[targetCol]);
    if (n.kind === "num") return { total: n.value, row: parsed.totalRow, col: targetCol };
  }
  let sum = 0;
  let any = false;
  for (const r of parsed.unitRows) {
    const n = readNum(sheet.rows[r]?.[targetCol]);
    if (n.kind === "num") {
      sum += n.value;
      any = true;
    }
  }
  if (!any) return null;
  const last = parsed.unitRows[parsed.unitRows.length - 1];
  return { total: sum, row: parsed.totalRow ?? last, col: targetCol };
}

const UNIT_SHEET_SUFFIX = /^(参保)?(任务|目标|分解|明细|表|清单|名单|进度)*$/;

function findUnitSheet(unitKey: string, self: string, others: SheetData[]): SheetData | undefined {
  const candidates = others.filter((s) => s.name !== self);
  return (
    candidates.find((s) => nameKey(s.name) === unitKey) ??
    candidates.find((s) => {
      const k = nameKey(s.name);
      return k.startsWith(unitKey) && UNIT_SHEET_SUFFIX.test(k.slice(unitKey.length));
    })
  );
}

export function checkUnitSheets(
  ctx: Ctx,
  layout: TableLayout,
  sheetName: string,
  units: UnitRow[],
  others: SheetData[],
  noun: string,
  notes: string[]
): void {
  const targetCol = layout.columns.target!;
  let compared = 0;
  for (const u of units) {
    if (!u.name || u.target === null) continue;
    const other = findUnitSheet(u.key, sheetName, others);
    if (!other) continue;
    const t = sheetTotal(other);
    if (!t) {
      notes.push(
        `工作表“${other.name}”不是任务分解表（没有找到表头），未与${u.name}的任务数核对。`
      );
      continue;
    }
    compared++;
    if (!new Decimal(t.total).eq(u.target)) {
      add(
        ctx,
        "error",
        "UNIT_SHEET_MISMATCH",
        u.row,
        targetCol,
        `${u.name}的任务数 ${u.target} 与工作表“${other.name}”的合计 ${fmt(t.total)}（${cellAddress(t.row, t.col)}）不符（本表${diffText(u.target, t.total)}）。请核对本表或“${other.name}”表。`
      );
    }
  }
  if (compared > 0) notes.push(`已与同一工作簿中 ${compared} 个${noun}的分表核对合计。`);
}
