/**
 * How tall a row must be for its wrapped text, and the merges that widen a cell: pure sheet
 * logic shared by the .xlsx writers and the Office Script writer, so every front door gives a
 * wrapped note the same height.
 */
import { CellRect, columnWidth } from "./print";
import type { CellSpec, SheetSpec } from "./spec";

/** Display width of text in Excel's width units (a CJK character is nearly two digits wide). */
export function textWidth(s: string): number {
  let w = 0;
  for (const ch of s) w += /[\u1100-\uffff]/.test(ch) ? 1.8 : 1;
  return w;
}

/** Merges as 0-based rectangles, to find the width a wrapped merged cell has. */
export function mergeRects(spec: SheetSpec): CellRect[] {
  const out: CellRect[] = [];
  for (const m of spec.merges ?? []) {
    const x = /^([A-Z]+)(\d+):([A-Z]+)(\d+)$/.exec(m);
    if (!x) continue;
    const col = (s: string) => [...s].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
    out.push({ r0: Number(x[2]) - 1, c0: col(x[1]), r1: Number(x[4]) - 1, c1: col(x[3]) });
  }
  return out;
}

/** Lines the wrapped text of a row needs (1 when none wraps). */
export function wrappedLines(
  spec: SheetSpec,
  row: (CellSpec | null)[] | undefined,
  r: number,
  merges: CellRect[]
): number {
  let lines = 1;
  row?.forEach((cell, c) => {
    if (!cell?.wrap || typeof cell.value !== "string") return;
    const m = merges.find((x) => x.r0 === r && x.c0 === c);
    let avail = 0;
    for (let k = c; k <= (m ? m.c1 : c); k++) avail += columnWidth(spec, k);
    const need = cell.value
      .split("\n")
      .reduce((n, line) => n + Math.max(1, Math.ceil(textWidth(line) / Math.max(1, avail - 1))), 0);
    lines = Math.max(lines, need);
  });
  return lines;
}
