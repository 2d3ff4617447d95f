/**
 * A SheetSpec as the cells and format ranges a live workbook takes, for the writers that go
 * through Excel's API (Office.js in the taskpane, ExcelScript in an Office Script) rather
 * than an .xlsx file.
 */
import { MAX_BLOCK_ROWS } from "./blocks";
import { CellSpec } from "./spec";

export type Entry = string | number | boolean;

/** A cell as it goes into Range.formulas: a formula, a constant, or "" for empty. */
export function formulaEntry(cell: CellSpec | null): Entry {
  if (!cell) return "";
  if (cell.formula !== undefined)
    return cell.formula.startsWith("=") ? cell.formula : `=${cell.formula}`;
  const v = cell.value;
  if (v === undefined || v === null) return "";
  // Text starting with = + - @ would be taken for a formula: a leading apostrophe keeps it text.
  if (typeof v === "string" && /^[=+\-@]/.test(v)) return `'${v}`;
  return v;
}

export interface Rect {
  r0: number;
  r1: number;
  c0: number;
  c1: number;
  cell: CellSpec;
}

function formatKey(c: CellSpec | null): string {
  if (!c || (!c.bold && !c.numFmt && !c.fill && !c.align)) return "";
  return `${c.bold ? 1 : 0}|${c.numFmt ?? ""}|${c.fill ?? ""}|${c.align ?? ""}`;
}

/** Cells with the same formatting grouped into rectangles: runs along rows, stacked down. */
export function formatRects(cells: (CellSpec | null)[][]): Rect[] {
  const done: Rect[] = [];
  let open = new Map<string, Rect>();
  cells.forEach((row, r) => {
    const next = new Map<string, Rect>();
    let c = 0;
    while (c < row.length) {
      const key = formatKey(row[c]);
      let end = c;
      while (end + 1 < row.length && formatKey(row[end + 1]) === key) end++;
      if (key) {
        const sig = `${c}:${end}:${key}`;
        const prev = open.get(sig);
        if (prev) {
          prev.r1 = r;
          next.set(sig, prev);
          open.delete(sig);
        } else next.set(sig, { r0: r, r1: r, c0: c, c1: end, cell: row[c] as CellSpec });
      }
      c = end + 1;
    }
    done.push(...open.values());
    open = next;
  });
  done.push(...open.values());
  return done;
}

/** Excel's column width unit (characters, as SheetSpec uses) to points. */
export function widthToPoints(chars: number): number {
  return Math.round((chars * 7 + 5) * 0.75 * 100) / 100;
}

/** Format rectangles no taller than a block, so one number-format array never outgrows a request. */
export function blockRects(rects: Rect[], maxRows = MAX_BLOCK_ROWS): Rect[] {
  const out: Rect[] = [];
  for (const r of rects) {
    for (let r0 = r.r0; r0 <= r.r1; r0 += maxRows)
      out.push({ ...r, r0, r1: Math.min(r.r1, r0 + maxRows - 1) });
  }
  return out;
}
