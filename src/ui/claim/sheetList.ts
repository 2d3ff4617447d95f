/**
 * The roster sheets of 生成资助申报表 as a list to tick: each sheet with its rows and where its
 * header is (or what it lacks), and for a ticked sheet one dropdown of its header cells per
 * required column the core did not recognise.
 */
import { FIELD_LABELS, RosterError, RosterField } from "../../core/claim/roster";
import { columnName } from "../../core/sheet/address";
import { clear, h } from "../dom";
import { count } from "../format";
import { fieldsToMap, headerCells, redetect, RosterChoice } from "./rosters";

export interface SheetListOptions {
  /** Whether the workbook's sheets have been listed (else: 请先打开文件 / 正在读取). */
  listed: boolean;
  excel: boolean;
  singleTier: boolean;
  /** A tick or a column choice changed the choices: draw the list again. */
  changed(): void;
}

/** Draws the choices into `list`; ticks and column choices change them in place. */
export function renderSheetList(
  list: HTMLElement,
  choices: RosterChoice[],
  o: SheetListOptions
): void {
  clear(list);
  if (choices.length === 0) {
    list.appendChild(
      h("p", {
        class: "yb-hint",
        text: o.listed
          ? "工作簿中没有可用的工作表。"
          : o.excel
            ? "正在读取工作表列表……"
            : "请先打开文件。",
      })
    );
    return;
  }
  choices.forEach((c, i) => {
    const id = `yb-claim-sheet-${i}`;
    const box = h("input", { id, type: "checkbox", dataset: { sheet: c.name } });
    box.checked = c.checked;
    box.addEventListener("change", () => {
      c.checked = box.checked;
      o.changed();
    });
    const found = c.found;
    const meta =
      found instanceof RosterError
        ? found.code === "NO_ROSTER"
          ? "没有找到花名册表头"
          : `缺少：${found.missing.map((f) => FIELD_LABELS[f]).join("、")}`
        : `表头在第${found.headerRow + 1}行`;
    // People are counted in data rows: below the header where one was found.
    const rows = found instanceof RosterError ? c.rows : Math.max(0, c.rows - found.headerRow - 1);
    const rowsText = found instanceof RosterError ? `${count(rows)} 行` : `${count(rows)} 行数据`;
    const item = h(
      "div",
      {
        class: `yb-sheet-item${found instanceof RosterError && c.checked ? " yb-sheet-item-todo" : ""}`,
        dataset: { sheet: c.name },
      },
      h(
        "label",
        { class: "yb-check yb-sheet-check", for: id },
        box,
        h("span", { class: "yb-sheet-name", text: c.name }),
        h("span", { class: "yb-sheet-meta", text: `${rowsText} · ${meta}` })
      )
    );
    if (c.checked) {
      const fields = fieldsToMap(c);
      if (fields.length > 0) item.appendChild(mappingBox(c, i, fields, o));
    }
    list.appendChild(item);
  });
}

/** One dropdown of the sheet's header cells per field the core did not find. */
function mappingBox(
  c: RosterChoice,
  index: number,
  fields: RosterField[],
  o: SheetListOptions
): HTMLElement {
  const cells = headerCells(c);
  const box = h(
    "div",
    { class: "yb-map", dataset: { sheet: c.name } },
    h("p", { class: "yb-hint", text: "以下必填列的表头没有认出，请选择对应的列：" })
  );
  for (const f of fields) {
    const id = `yb-claim-map-${index}-${f}`;
    const select = h(
      "select",
      { id, class: "yb-select", dataset: { sheet: c.name, field: f } },
      h("option", { attrs: { value: "" }, text: "（请选择）" })
    );
    for (const cell of cells)
      select.appendChild(
        h("option", {
          attrs: { value: String(cell.col) },
          text: `${columnName(cell.col)}列：${cell.text}`,
        })
      );
    select.value = c.mapping[f] !== undefined ? String(c.mapping[f]) : "";
    select.addEventListener("change", () => {
      if (select.value === "") delete c.mapping[f];
      else c.mapping[f] = Number(select.value);
      redetect(c, o.singleTier);
      o.changed();
      document.getElementById(id)?.focus();
    });
    box.appendChild(
      h(
        "div",
        { class: "yb-field yb-map-field" },
        h("label", { class: "yb-label", for: id, text: FIELD_LABELS[f] }),
        select
      )
    );
  }
  return box;
}
