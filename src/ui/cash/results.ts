/** 现金台账's result cards: a finding, the public notice card and the daily reconciliation. */
import type { CashFinding } from "../../core/cash/findings";
import { noticePeriods, periodKey, periodRange, NoticePeriod } from "../../core/cash/notice";
import { comparisonSummary, dailyLines } from "../../core/cash/reconcile";
import { toIso } from "../../core/dates";
import { button, h } from "../dom";
import { yuan } from "../format";
import { tableCard } from "../tableCard";
import type { CashRun } from "./run";

/** One finding, its cell a button that brings it into view. */
export function findingItem(f: CashFinding, onSelect: (f: CashFinding) => void): HTMLLIElement {
  const where = f.sheet ? `${f.sheet}!${f.cell}` : f.cell;
  return h(
    "li",
    {
      class: `yb-finding yb-finding-${f.severity}`,
      dataset: { cell: f.cell, code: f.code, sheet: f.sheet ?? "" },
    },
    h(
      "button",
      {
        class: "yb-finding-main",
        type: "button",
        title: `定位到 ${where}`,
        on: {
          click: () => onSelect(f),
        },
      },
      h("span", {
        class: `yb-badge yb-badge-${f.severity}`,
        text: f.severity === "error" ? "错误" : "提示",
      }),
      h("span", { class: "yb-cell", text: where }),
      h("span", { class: "yb-message", text: f.message })
    )
  );
}

/** 现金缴费公示: the period to publish and the button that makes it. */
export function noticeCard(
  run: CashRun,
  download: boolean,
  onNotice: (p: NoticePeriod) => void
): HTMLElement {
  const periods = noticePeriods(run.report);
  const select = h("select", { id: "yb-cash-period", class: "yb-select" });
  for (const p of periods) {
    const range = periodRange(p, run.report.policy);
    select.appendChild(
      h("option", {
        attrs: { value: periodKey(p) },
        text: `${range.label}（${toIso(range.from)} 至 ${toIso(range.to)}）`,
      })
    );
  }
  return h(
    "div",
    { class: "yb-card", id: "yb-cash-notice-card" },
    h("h2", { class: "yb-h2", text: "现金缴费公示" }),
    h("p", {
      class: "yb-hint",
      text: "按季在村社公示，集中征收期结束后一个月内全面公示一次。每个村社一张表：村社、姓名、身份证后4位、缴费档次、缴费金额，不含完整身份证号码。",
    }),
    h(
      "div",
      { class: "yb-field" },
      h("label", { class: "yb-label", for: "yb-cash-period", text: "公示期间" }),
      select
    ),
    h(
      "div",
      { class: "yb-actions" },
      button(
        download ? "下载公示表" : "生成公示工作表",
        () => {
          const p = periods.find((x) => periodKey(x) === select.value);
          if (p) onNotice(p);
        },
        { id: "yb-cash-notice" }
      )
    ),
    h("ul", { class: "yb-hint", id: "yb-cash-excluded" })
  );
}

/** 每日对账 per collector and day, with the comparison's one line when an export was chosen. */
export function dailyCard(run: CashRun): HTMLElement {
  const body = h("tbody");
  for (const l of dailyLines(run.report.entries))
    body.appendChild(
      h(
        "tr",
        {},
        h("th", { text: l.collector || "（未填）", attrs: { scope: "row" } }),
        h("td", { text: toIso(l.day) }),
        h("td", { text: `${l.receivedCount}笔 ${yuan(l.received.toNumber())}` }),
        h("td", { text: `${l.remittedCount}笔 ${yuan(l.remitted.toNumber())}` }),
        h("td", { text: yuan(l.held.toNumber()) })
      )
    );
  const c = run.comparison;
  return tableCard(
    {
      id: "yb-cash-daily",
      title: "每日对账（经办人、日期）",
      columns: ["经办人", "日期", "收款", "解缴", "当日结存"],
      body,
    },
    c
      ? h("p", {
          class: "yb-facts",
          id: "yb-cash-compare",
          dataset: {
            matched: String(c.matched.length),
            notInExport: String(c.notInExport.length),
            notInLedger: String(c.notInLedger.length),
            badId: String(c.badId.length),
            remittedEarly: String(c.remittedBeforeReceived.length),
          },
          text: `与“${c.sheet}”比对：${comparisonSummary(c)}`,
        })
      : null
  );
}
