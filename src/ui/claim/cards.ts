/**
 * The result cards of 生成资助申报表, drawn from one run's ClaimView: the summary (nothing
 * lost: 输入行数 = 人数 + 合并 + 未通过, the totals, where the claim went), the values the
 * notice leaves open that rows were rejected for, the claim lines by department, the rejected
 * rows (click → the cell) and the merged rows. What a click does is the panel's (CardActions).
 */
import type { MergedRow, RejectedRow } from "../../core/claim/build";
import type { RosterTable } from "../../core/claim/roster";
import type { ClaimSheetNames } from "../../core/claim/workbook";
import { toIso } from "../../core/dates";
import type { PolicyModel } from "../../core/policy/model";
import { button, h } from "../dom";
import { count, yuan } from "../format";
import { tableCard } from "../tableCard";
import { ClaimView, openKeys } from "./generate";
import { faultCell } from "./rosters";

/** Rows listed in the panel at most; all are in the 未通过 / 合并记录 sheets. */
export const LISTED = 200;

export interface LastRun {
  result: ClaimView;
  policy: PolicyModel;
  publicNotice: boolean;
  /** Sheets written in Excel; null on the standalone page (downloaded instead). */
  written: string[] | null;
  /** Which written sheet is which (a second claim in the workbook gets 资助明细(2)…). */
  names: ClaimSheetNames | null;
}

/** What the cards' buttons do. */
export interface CardActions {
  /** Shows a roster's cell (selects it in Excel, scrolls the preview here). */
  select(s: { sheet: string; cell: string }): void;
  showPanel(id: string, detail?: string): void;
  /** The standalone page's 下载资助申报表. */
  download(): void;
}

function where(s: { sheet: string; row: number }): string {
  return `“${s.sheet}”第${s.row}行`;
}

/** The cards for one run, in the order they are shown. */
export function resultCards(last: LastRun, act: CardActions): HTMLElement[] {
  const { result: r, written, names } = last;
  const term = (label: string, value: number, id: string, kind = ""): HTMLElement =>
    h(
      "span",
      { class: `yb-eq-term ${kind}` },
      h("span", {
        class: "yb-eq-value",
        id,
        text: count(value),
        dataset: { value: String(value) },
      }),
      h("span", { class: "yb-eq-label", text: label })
    );
  const op = (t: string): HTMLElement =>
    h("span", { class: "yb-eq-op", text: t, attrs: { "aria-hidden": "true" } });
  const equation = h(
    "p",
    {
      class: "yb-equation",
      id: "yb-claim-balance",
      attrs: {
        "aria-label": `输入行数 ${r.inputRows} = 人数 ${r.peopleCount} + 合并 ${r.merged.length} + 未通过 ${r.rejected.length}`,
      },
    },
    term("输入行数", r.inputRows, "yb-claim-input"),
    op("="),
    term("人数", r.peopleCount, "yb-claim-people"),
    op("+"),
    term("合并", r.merged.length, "yb-claim-merged"),
    op("+"),
    term("未通过", r.rejected.length, "yb-claim-rejected", r.rejected.length > 0 ? "yb-eq-bad" : "")
  );
  const total = (label: string, value: number, id: string): HTMLElement =>
    h(
      "div",
      { class: "yb-total" },
      h("dt", { text: label }),
      h("dd", { id, text: `${yuan(value)} 元`, dataset: { value: String(value) } })
    );
  const totals = h(
    "dl",
    { class: "yb-totals", id: "yb-claim-totals" },
    total("资助合计", r.totals.subsidy, "yb-claim-subsidy"),
    total("个人缴费合计", r.totals.personal, "yb-claim-personal"),
    total("缴费标准合计", r.totals.standard, "yb-claim-standard"),
    r.totals.fiscalSurcharge > 0
      ? total("个人缴费中含另缴财政补助", r.totals.fiscalSurcharge, "yb-claim-surcharge")
      : null
  );
  const warned = r.warned;
  const facts = [
    `花名册：${r.rosters.map((t) => `“${t.sheet}”（表头第${t.headerRow + 1}行）`).join("、")}`,
    `未填缴费日期的按${toIso(r.defaultDate)}计`,
  ];
  const output = written
    ? h("p", {
        class: "yb-hint",
        id: "yb-claim-written",
        text: `已新建工作表：${written.join("、")}。“${names?.summary ?? "申报汇总"}”和各部门申报表的数字是引用“${names?.detail ?? "资助明细"}”的公式。`,
      })
    : h(
        "div",
        { class: "yb-actions" },
        button("下载资助申报表", () => act.download(), {
          id: "yb-claim-download",
          primary: true,
        })
      );
  const cards: HTMLElement[] = [
    h(
      "div",
      { class: "yb-card yb-result-card", id: "yb-claim-summary" },
      h("h2", { class: "yb-h2", text: `${r.label}资助申报` }),
      equation,
      h("p", {
        class: "yb-hint",
        text: "每一行花名册数据都有去处：申报的人、并入同一人的重复行、未通过的行。",
      }),
      r.ignored.length > 0
        ? h("p", {
            class: "yb-hint",
            id: "yb-claim-ignored",
            text: `另有 ${r.ignored.length} 行不是数据（重复表头、合计、签名或标题行），未计入输入行数。`,
          })
        : null,
      totals,
      warned > 0
        ? h("p", {
            class: "yb-hint",
            text: `${warned} 人有提示（如认定部门与标准表不符、15位号码已转换、过期缴费另缴财政补助），见“资助明细”的“提示”列。`,
          })
        : null,
      h("p", { class: "yb-facts yb-claim-facts", text: facts.join(" · ") }),
      output
    ),
  ];
  const open = openKeys(r.rejected);
  if (open.length > 0) cards.push(openCard(open, act));
  if (r.lines.length > 0) cards.push(linesCard(r));
  if (r.rejected.length > 0) cards.push(rejectedCard(r.rejected, r.rosters, written !== null, act));
  if (r.merged.length > 0) cards.push(mergedCard(r.merged, act));
  return cards;
}

/** The values the notice leaves open that rows were rejected for; they are filled in on the 政策设置 tab. */
function openCard(
  open: { key: string; what: string; rows: number }[],
  act: CardActions
): HTMLElement {
  const list = h(
    "ul",
    { class: "yb-findings", id: "yb-claim-open-list" },
    ...open.map((o) =>
      h(
        "li",
        { class: "yb-finding yb-open-field", dataset: { key: o.key } },
        h("span", { class: "yb-message", text: `${o.what}（${count(o.rows)} 行）` })
      )
    )
  );
  return h(
    "div",
    { class: "yb-card yb-open", id: "yb-claim-open" },
    h("h2", { class: "yb-h2", text: "通知未定的值" }),
    h("p", {
      class: "yb-hint",
      text: `有 ${count(open.reduce((n, o) => n + o.rows, 0))} 行因通知没有规定的标准而未通过。确认当地标准后在“政策设置”中填写并保存，再回到这里重新生成。`,
    }),
    list,
    h(
      "div",
      { class: "yb-actions" },
      button("去政策设置填写", () => act.showPanel("settings", open[0].key), {
        id: "yb-claim-open-settings",
        primary: true,
      })
    )
  );
}

/** 部门 as a heading row over its lines (a column of its own would not fit a 320 px pane). */
function linesCard(r: ClaimView): HTMLElement {
  const body = h("tbody");
  for (const dept of [...new Set(r.lines.map((l) => l.department))]) {
    const lines = r.lines.filter((l) => l.department === dept);
    const people = lines.reduce((n, l) => n + l.count, 0);
    const subsidy = lines.reduce((n, l) => n + Math.round(l.subsidyTotal * 100), 0) / 100;
    body.appendChild(
      h(
        "tr",
        { class: "yb-group", dataset: { department: dept } },
        h("th", {
          text: `${dept}（${count(people)} 人，${yuan(subsidy)} 元）`,
          attrs: { scope: "rowgroup", colspan: "5" },
        })
      )
    );
    for (const l of lines) {
      body.appendChild(
        h(
          "tr",
          {
            class: "yb-line",
            dataset: { department: l.department, category: l.category, tier: l.tier },
          },
          h("th", { class: "yb-wrap", text: l.category, attrs: { scope: "row" } }),
          h("td", { text: l.tier }),
          h("td", { text: count(l.count) }),
          h("td", { text: yuan(l.subsidyEach) }),
          h("td", { text: yuan(l.subsidyTotal) })
        )
      );
    }
  }
  const foot = h(
    "tfoot",
    {},
    h(
      "tr",
      {},
      h("th", { text: "合计", attrs: { scope: "row" } }),
      h("td"),
      h("td", { text: count(r.peopleCount) }),
      h("td"),
      h("td", { text: yuan(r.totals.subsidy) })
    )
  );
  return tableCard({
    id: "yb-claim-lines",
    title: "申报明细（部门 / 类别 / 档次）",
    columns: ["类别", "档次", "人数", "每人资助", "资助金额"],
    body,
    foot,
    tableClass: "yb-claim-table",
  });
}

function rejectedCard(
  rejected: readonly RejectedRow[],
  rosters: readonly RosterTable[],
  excel: boolean,
  act: CardActions
): HTMLElement {
  const list = h("ul", {
    class: "yb-findings",
    id: "yb-claim-rejected-list",
    attrs: { "aria-label": "未通过的行" },
  });
  for (const x of rejected.slice(0, LISTED)) {
    const cell = faultCell(x, rosters);
    list.appendChild(
      h(
        "li",
        {
          class: "yb-finding yb-finding-error",
          dataset: { code: x.code, sheet: x.sheet, row: String(x.row), cell },
        },
        h(
          "button",
          {
            class: "yb-finding-main",
            type: "button",
            title: `定位到“${x.sheet}”${cell}`,
            on: { click: () => act.select({ sheet: x.sheet, cell }) },
          },
          h("span", { class: "yb-badge yb-badge-error", text: "未通过" }),
          h("span", { class: "yb-cell", text: `${x.sheet}!${cell}` }),
          h("span", {
            class: "yb-message",
            text: `第${x.row}行${x.values.name ? ` ${x.values.name}` : ""}：${x.reason}`,
          })
        ),
        x.code === "OPEN_VALUE" && x.supplyKey !== undefined
          ? h("button", {
              class: "yb-link yb-fix",
              type: "button",
              text: "去政策设置填写",
              dataset: { key: x.supplyKey },
              on: { click: () => act.showPanel("settings", x.supplyKey) },
            })
          : null
      )
    );
  }
  const more = rejected.length - LISTED;
  return h(
    "div",
    { class: "yb-card", id: "yb-claim-rejected-card" },
    h("h2", { class: "yb-h2", text: `未通过（${count(rejected.length)} 行，点击定位到单元格）` }),
    list,
    more > 0
      ? h("p", {
          class: "yb-hint",
          text: `只列出前 ${LISTED} 行，另有 ${count(more)} 行见${excel ? "“未通过”工作表" : "下载的申报表的“未通过”工作表"}。`,
        })
      : null
  );
}

function mergedCard(merged: readonly MergedRow[], act: CardActions): HTMLElement {
  const list = h("ul", { class: "yb-merged", id: "yb-claim-merged-list" });
  for (const m of merged.slice(0, LISTED)) {
    list.appendChild(
      h(
        "li",
        { dataset: { sheet: m.sheet, row: String(m.row) } },
        h("button", {
          class: "yb-link",
          type: "button",
          text: `${where(m)} ${m.name}`,
          on: { click: () => act.select(m) },
        }),
        ` → ${where(m.into)}：${m.reason}`
      )
    );
  }
  return h(
    "details",
    { class: "yb-card yb-notes", id: "yb-claim-merged-card" },
    h("summary", { text: `合并的行（${count(merged.length)} 行：同一人只计一次）` }),
    list,
    merged.length > LISTED
      ? h("p", { class: "yb-hint", text: `只列出前 ${LISTED} 行，全部见“合并记录”工作表。` })
      : null
  );
}
