/**
 * A sheet whose rows after the first few are made one at a time, when a writer asks for them:
 * a streaming file writer then never holds a whole sheet of cells (a county's 资助明细 has
 * 200,000 rows × 15 cells). Writers that need the array form take `materialize`.
 */
import type { CellSpec, SheetSpec } from "./spec";

export interface RowSource {
  count: number;
  /** Row `i` of the rest (0-based: sheet row spec.cells.length + i). */
  row(i: number): (CellSpec | null)[];
}

export interface SheetRows {
  /** The sheet, whose `cells` hold its first rows (title, header). */
  spec: SheetSpec;
  /** The rows after them; none when `cells` is the whole sheet. */
  rest?: RowSource;
}

/** The sheet with every row in `cells`. */
export function materialize({ spec, rest }: SheetRows): SheetSpec {
  if (!rest) return spec;
  const cells = spec.cells.slice();
  for (let i = 0; i < rest.count; i++) cells.push(rest.row(i));
  return { ...spec, cells };
}
