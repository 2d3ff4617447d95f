/**
 * Notes above or below a sheet's table (说明, 提示, 核对 lines, a target sheet's issues) are one
 * long text in column A. Left alone, the text runs across the page: over the bordered cells
 * of the table beside it, and past the table's right edge, which widens the print area and
 * shrinks the page. Each such note is merged across the table's columns and wrapped there
 * (the writers give the row the height its lines need), so it stays within the print area.
 */
import { columnName } from "./address";
import { columnWidth } from "./print";
import { tableOf, type CellSpec, type SheetSpec } from "./spec";
import { mergeRects, textWidth } from "./wrap";

export function fitNotes(spec: SheetSpec): SheetSpec {
  const table = tableOf(spec);
  let lastCol = table ? table.lastCol : 0;
  if (!table) for (const row of spec.cells) lastCol = Math.max(lastCol, (row?.length ?? 0) - 1);
  const merged = new Set(mergeRects(spec).map((m) => m.r0));
  const merges = [...(spec.merges ?? [])];
  let changed = false;
  const cells = spec.cells.map((row, r) => {
    if (table && r >= table.headerRow && r <= table.lastRow) return row;
    const note = row?.[0];
    const alone = row?.every((cell, c) => c === 0 || cell === null || cell === undefined);
    if (!note || !alone || typeof note.value !== "string" || merged.has(r)) return row;
    if (textWidth(note.value) <= columnWidth(spec, 0)) return row;
    changed = true;
    if (lastCol > 0) merges.push(`A${r + 1}:${columnName(lastCol)}${r + 1}`);
    const fitted: CellSpec = { ...note, wrap: true };
    return [fitted];
  });
  return changed ? { ...spec, cells, merges } : spec;
}
