/**
 * A read-only HTML view of one sheet, with column letters and row numbers like a
 * spreadsheet: marked cells are coloured, and "selecting" a cell scrolls to it and
 * outlines it. Big sheets show a window of rows around the selected cell. A merged range
 * is one cell spanning its rows and columns (the readers repeat its value in each cell).
 */
import {
  cellAddress,
  columnName,
  parseAddress,
  type CellValue,
  type MergedRange,
  type SheetData,
} from "../core/sheet/address";
import type { Severity } from "../core/targets/types";
import { clear, h } from "../ui/dom";

/** Rows drawn at once; a selection outside them moves the window. */
export const WINDOW_ROWS = 400;

export function display(v: CellValue | undefined): string {
  if (v === null || v === undefined) return "";
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? "" : v.toISOString().slice(0, 10);
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  return String(v);
}

/** The merges as drawn in rows [start, end) and columns [0, columns): each clipped to them. */
export function mergeSpans(
  merges: readonly MergedRange[],
  start: number,
  end: number,
  columns: number
): { spans: Map<string, { rows: number; cols: number }>; anchorOf: Map<string, string> } {
  const spans = new Map<string, { rows: number; cols: number }>();
  const anchorOf = new Map<string, string>();
  for (const m of merges) {
    const top = Math.max(m.top, start);
    const bottom = Math.min(m.bottom, end - 1);
    const right = Math.min(m.right, columns - 1);
    if (top > bottom || m.left > right || (top === bottom && m.left === right)) continue;
    const anchor = cellAddress(top, m.left);
    spans.set(anchor, { rows: bottom - top + 1, cols: right - m.left + 1 });
    for (let r = top; r <= bottom; r++)
      for (let c = m.left; c <= right; c++)
        if (r !== top || c !== m.left) anchorOf.set(cellAddress(r, c), anchor);
  }
  return { spans, anchorOf };
}

export class SheetPreview {
  readonly element: HTMLElement;
  private caption: HTMLElement;
  private scroller: HTMLElement;
  private sheet: SheetData | null = null;
  private marks = new Map<string, Severity>();
  private selected: string | null = null;
  private start = 0;
  /** Cells a merge covers, drawn as its first cell. */
  private anchorOf = new Map<string, string>();

  constructor() {
    this.caption = h("div", { class: "yb-preview-caption" });
    this.scroller = h("div", {
      class: "yb-preview-scroll",
      attrs: { tabindex: "0", "aria-label": "工作表预览" },
    });
    this.element = h(
      "section",
      { class: "yb-preview", id: "yb-preview", attrs: { "aria-label": "工作表预览" } },
      this.caption,
      this.scroller
    );
  }

  show(sheet: SheetData | null, note = ""): void {
    this.sheet = sheet;
    this.selected = null;
    this.start = 0;
    this.caption.textContent = note;
    this.render();
  }

  setMarks(marks: Map<string, Severity>): void {
    this.marks = marks;
    this.render();
  }

  select(a1: string): void {
    const at = parseAddress(a1);
    if (!at || !this.sheet) return;
    this.selected = cellAddress(at.row, at.col);
    if (at.row < this.start || at.row >= this.start + WINDOW_ROWS)
      this.start = Math.max(0, at.row - 20);
    this.render();
    const shown = this.anchorOf.get(this.selected) ?? this.selected;
    const cell = this.scroller.querySelector<HTMLElement>(`[data-cell="${shown}"]`);
    if (cell) {
      cell.scrollIntoView({ block: "center", inline: "center", behavior: "smooth" });
      cell.focus({ preventScroll: true });
    }
  }

  /** Redraws one cell after a fix, keeping the scroll position. */
  refresh(): void {
    const top = this.scroller.scrollTop;
    const left = this.scroller.scrollLeft;
    this.render();
    this.scroller.scrollTop = top;
    this.scroller.scrollLeft = left;
  }

  private render(): void {
    clear(this.scroller);
    const sheet = this.sheet;
    if (!sheet) return;
    const rows = sheet.rows;
    const columns = Math.max(
      1,
      ...rows.slice(0, 2000).map((r) => (r ? r.length : 0)),
      ...[...this.marks.keys()].map((a) => (parseAddress(a)?.col ?? 0) + 1)
    );
    const end = Math.min(rows.length, this.start + WINDOW_ROWS);
    const { spans, anchorOf } = mergeSpans(sheet.merges ?? [], this.start, end, columns);
    this.anchorOf = anchorOf;
    const selected = this.selected === null ? null : (anchorOf.get(this.selected) ?? this.selected);
    const table = h("table", { class: "yb-grid" });
    const head = h("tr", {}, h("th", { class: "yb-grid-corner" }));
    for (let c = 0; c < columns; c++)
      head.appendChild(h("th", { text: columnName(c), attrs: { scope: "col" } }));
    table.appendChild(h("thead", {}, head));
    const body = h("tbody");
    for (let r = this.start; r < end; r++) {
      const tr = h("tr", {}, h("th", { text: String(r + 1), attrs: { scope: "row" } }));
      const row = rows[r] ?? [];
      for (let c = 0; c < columns; c++) {
        const v = row[c];
        const a1 = cellAddress(r, c);
        if (anchorOf.has(a1)) continue;
        const span = spans.get(a1);
        const mark = this.marks.get(a1);
        const classes = [
          typeof v === "number" ? "yb-num" : "",
          mark ? `yb-mark-${mark}` : "",
          a1 === selected ? "yb-selected" : "",
        ]
          .filter(Boolean)
          .join(" ");
        const attrs: Record<string, string> =
          a1 === selected ? { tabindex: "-1", "aria-selected": "true" } : {};
        if (span && span.rows > 1) attrs.rowspan = String(span.rows);
        if (span && span.cols > 1) attrs.colspan = String(span.cols);
        tr.appendChild(h("td", { class: classes, text: display(v), dataset: { cell: a1 }, attrs }));
      }
      body.appendChild(tr);
    }
    table.appendChild(body);
    this.scroller.appendChild(table);
    if (rows.length > WINDOW_ROWS) {
      this.scroller.appendChild(
        h("p", {
          class: "yb-hint",
          text: `显示第 ${this.start + 1}–${end} 行，共 ${rows.length} 行。点击问题可跳到对应行。`,
        })
      );
    }
  }
}
