/**
 * A result card that is one table: a heading, the table in its scrolling wrap (a 320 px pane
 * is narrower than most tables), and what follows it. Shared by the panels' result cards.
 */
import { h } from "./dom";

/** A header row of column headings. */
export function columnHeads(columns: readonly string[]): HTMLTableRowElement {
  return h("tr", {}, ...columns.map((t) => h("th", { text: t, attrs: { scope: "col" } })));
}

export interface TableCard {
  id: string;
  title: string;
  columns: readonly string[];
  body: HTMLTableSectionElement;
  foot?: HTMLTableSectionElement;
  /** Added to "yb-table". */
  tableClass?: string;
}

export function tableCard(card: TableCard, ...after: (Node | null)[]): HTMLElement {
  const tableClass = card.tableClass ? `yb-table ${card.tableClass}` : "yb-table";
  return h(
    "div",
    { class: "yb-card", id: card.id },
    h("h2", { class: "yb-h2", text: card.title }),
    h(
      "div",
      { class: "yb-table-wrap" },
      h(
        "table",
        { class: tableClass },
        h("thead", {}, columnHeads(card.columns)),
        card.body,
        card.foot ?? null
      )
    ),
    ...after
  );
}
