/**
 * A read-only HTML view of one sheet, with column letters and row numbers like a
 * spreadsheet: marked cells are coloured, and "selecting" a cell scrolls to it and
 * outlines it. Big sheets show a window of rows around the selected cell.
 */
import {
  cellAddress,
  columnName,
  parseAddress,
  type CellValue,
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

export class SheetPreview {
  readonly element: HTMLElement;
  private caption: HTMLElement;
  private scroller: HTMLElement;
  private sheet: SheetData | null = null;
  private marks = new Map<string, Severity>();
  private selected: string | null = null;
  private start = 0;

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
    const cell = this.scroller.querySelector<HTMLElement>(`[data-cell="${this.selected}"]`);
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
        const mark = this.marks.get(a1);
        const classes = [
          typeof v === "number" ? "yb-num" : "",
          mark ? `yb-mark-${mark}` : "",
          a1 === this.selected ? "yb-selected" : "",
        ]
          .filter(Boolean)
          .join(" ");
        tr.appendChild(
          h("td", {
            class: classes,
            text: display(v),
            dataset: { cell: a1 },
            attrs: a1 === this.selected ? { tabindex: "-1", "aria-selected": "true" } : {},
          })
        );
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
