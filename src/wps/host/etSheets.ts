/// <reference types="et-jsapi-declare" />
/**
 * Reading and writing whole sheets through the ET (WPS 表格) object model, in blocks of rows,
 * for the add-in's task pane (host.ts). The model's traps are handled here once:
 * - `Worksheets.Item(i)` counts from 1, a range's `Value2` array from 0;
 * - one cell's `Value2` is a scalar, a larger range's an array of rows; an empty cell is
 *   undefined (read as null);
 * - text written through `Value2` is parsed as if typed ("=…" becomes a formula, "0012" a
 *   number), so every text is written behind an apostrophe, which keeps it text and is not
 *   shown: a name starting with = + - @ never becomes a formula, an ID number keeps its digits.
 *
 * Types come from Kingsoft's et-jsapi-declare; where it is too loose the override is local.
 */
import type { CellValue, SheetData } from "../../core/sheet/address";
import { columnName } from "../../core/sheet/address";
import { MAX_BLOCK_ROWS, splitRows } from "../../core/sheet/blocks";
import type { CellSpec, SheetSpec } from "../../core/sheet/spec";

/**
 * et-jsapi-declare types Range.Value2 as `string | any[]`; WPS gives a number, boolean or
 * undefined for one cell and an array of rows for a larger range. This is what it really is.
 */
export type Value2 =
  string | number | boolean | undefined | (string | number | boolean | undefined)[][];

export function readValue2(range: Et.Range): Value2 {
  return range.Value2 as unknown as Value2;
}

/** Writing: the declared `string | any[]` does not admit the number a cell may take. */
export function writeValue2(
  range: Et.Range,
  value: Value2 | (string | number | boolean | null)[][]
): void {
  (range as unknown as { Value2: unknown }).Value2 = value;
}

function cellOf(v: unknown): CellValue {
  return v === undefined || v === null ? null : (v as CellValue);
}

/** The last row and column (1-based) holding anything, from the used range; 0 on a blank sheet. */
export function usedSize(ws: Et.Worksheet): { rows: number; cols: number } {
  const used = ws.UsedRange;
  const rows = used.Row + used.Rows.Count - 1;
  const cols = used.Column + used.Columns.Count - 1;
  if (rows === 1 && cols === 1 && readValue2(ws.Range("A1")) === undefined)
    return { rows: 0, cols: 0 };
  return { rows, cols };
}

/** Rows `from`..`to` (1-based, inclusive) of columns A.. `cols`, as rows of values. */
export function readRows(ws: Et.Worksheet, from: number, to: number, cols: number): CellValue[][] {
  if (to < from || cols < 1) return [];
  const v = readValue2(ws.Range(`A${from}:${columnName(cols - 1)}${to}`));
  if (!Array.isArray(v)) return [[cellOf(v)]];
  return v.map((row) => row.map(cellOf));
}

/** A whole sheet from A1, read in blocks of rows. */
export function readSheet(
  ws: Et.Worksheet,
  onRows?: (rowsRead: number) => void,
  maxRows = Infinity
): SheetData {
  const size = usedSize(ws);
  const last = Math.min(size.rows, maxRows);
  const rows: CellValue[][] = [];
  for (let r = 1; r <= last; r += MAX_BLOCK_ROWS) {
    const to = Math.min(last, r + MAX_BLOCK_ROWS - 1);
    for (const row of readRows(ws, r, to, size.cols)) rows.push(row);
    onRows?.(to);
  }
  return { name: ws.Name, rows };
}

/** What a spec cell is written as: formulas with "=", text always behind an apostrophe. */
function written(c: CellSpec | null | undefined): string | number | boolean | null {
  if (!c) return null;
  if (c.formula !== undefined) return `=${c.formula}`;
  const v = c.value;
  if (v === undefined || v === null || v === "") return null;
  return typeof v === "string" ? `'${v}` : v;
}

/** Applies one property to runs of cells of a column that share it, one call per run. */
function columnRuns<T>(
  spec: SheetSpec,
  width: number,
  pick: (c: CellSpec) => T | undefined,
  apply: (address: string, value: T) => void
): void {
  for (let col = 0; col < width; col++) {
    let start = -1;
    let current: T | undefined;
    const flush = (end: number) => {
      if (start >= 0 && current !== undefined) {
        const letter = columnName(col);
        apply(`${letter}${start + 1}:${letter}${end}`, current);
      }
    };
    for (let r = 0; r <= spec.cells.length; r++) {
      const cell = r < spec.cells.length ? spec.cells[r]?.[col] : null;
      const v = cell ? pick(cell) : undefined;
      if (v !== current) {
        flush(r);
        start = r;
        current = v;
      }
    }
  }
}

/** Writes a spec into a new, empty sheet: values in blocks, then widths, number formats, bold. */
export function writeSheet(
  ws: Et.Worksheet,
  spec: SheetSpec,
  onRows?: (rowsWritten: number) => void
): void {
  const width = spec.cells.reduce((w, row) => Math.max(w, row.length), 0);
  if (width > 0) {
    for (const block of splitRows(spec.cells)) {
      const values = block.rows.map((row) => {
        const out: (string | number | boolean | null)[] = new Array(width);
        for (let c = 0; c < width; c++) out[c] = written(row[c]);
        return out;
      });
      const first = block.start + 1;
      const last = block.start + values.length;
      const range = ws.Range(`A${first}:${columnName(width - 1)}${last}`);
      writeValue2(range, values.length === 1 && width === 1 ? (values[0][0] ?? undefined) : values);
      onRows?.(last);
    }
  }
  spec.columnWidths?.forEach((w, c) => {
    ws.Range(`${columnName(c)}1`).ColumnWidth = w;
  });
  columnRuns(
    spec,
    width,
    (c) => c.numFmt,
    (address, f) => {
      ws.Range(address).NumberFormat = f;
    }
  );
  columnRuns(
    spec,
    width,
    (c) => (c.bold ? true : undefined),
    (address) => {
      ws.Range(address).Font.Bold = true;
    }
  );
}
