/**
 * 政策设置: for the policy chosen at the top, a short summary (region, year, the notices
 * with their numbers, tiers and amounts, fiscal subsidy, collection period, last payable
 * day, the subsidy table) and then every value its notice leaves open (openValues), each with
 * the notice's words, the clause and an input, filled in with what was supplied before.
 * 保存 checks the inputs (a Chinese message next to a refused one; nothing is saved then)
 * and saves them with ctx.setSupplied: in the workbook's settings in Excel, where the YB.*
 * functions recalculate at once, in this browser on the standalone page. 生成资助申报表
 * reads them on its next run. 清除 removes this policy's values.
 */
import type { PolicyModel } from "../../core/policy/model";
import { OpenValueSlot, openValues } from "../../core/policy/openValues";
import type { PanelDef } from "../app";
import { button, clear, errorText, h } from "../dom";
import { Panel, panelDef } from "../panel";
import { PolicyTableCard } from "./policyTableCard";
import {
  authorityOf,
  citeText,
  clearSettings,
  noticeWords,
  policySummary,
  saveSettings,
  slotKeys,
  slotText,
  suppliedSummary,
} from "./form";

export class SettingsPanel extends Panel {
  private root!: HTMLElement;
  private inputs = new Map<string, HTMLInputElement | HTMLSelectElement>();
  private errors = new Map<string, HTMLElement>();
  private buttons: HTMLButtonElement[] = [];
  table!: PolicyTableCard;

  protected build(container: HTMLElement): void {
    const ctx = this.ctx;
    this.root = h("div", { class: "yb-settings", id: "yb-settings" });
    this.table = new PolicyTableCard(ctx);
    container.append(this.table.element, this.root);
    // In Excel a 政策表 sheet of the workbook is used once the kept settings are loaded.
    if (ctx.host.kind === "excel")
      void Promise.resolve(ctx.ready)
        .then(() => this.table.useWorkbookSheet(true))
        .catch((e) => ctx.status(errorText(e), "error"));
    ctx.onPolicyChange(() => this.render());
    ctx.onSuppliedChange(() => {
      if (!this.busy) this.render();
    });
    this.render();
  }

  /** Brought to the front from another panel: focus the input of `key` if it is one of this policy's. */
  override show(key?: string): void {
    if (!key) return;
    const input = this.inputs.get(key);
    if (!input) return;
    input.scrollIntoView?.({ block: "center" });
    input.focus();
  }

  private render(): void {
    clear(this.root);
    this.inputs.clear();
    this.errors.clear();
    this.buttons = [];
    const model = this.ctx.policy();
    if (!model) {
      this.root.appendChild(
        h(
          "div",
          { class: "yb-card", id: "yb-settings-none" },
          h("p", {
            class: "yb-hint",
            text: "请先在上方选择政策（地区、年度）。这里列出该政策的要点，以及通知未定、需要自行确认后填写的值。",
          })
        )
      );
      return;
    }
    this.root.append(this.summaryCard(model), this.openCard(model));
  }

  private summaryCard(model: PolicyModel): HTMLElement {
    const s = policySummary(model);
    const list = h("dl", { class: "yb-policy-facts", id: "yb-settings-facts" });
    for (const item of s.items) {
      list.append(
        h("dt", { text: item.label }),
        h(
          "dd",
          { dataset: { label: item.label } },
          ...item.lines.map((l) => h("div", { text: l })),
          item.cite ? h("div", { class: "yb-cite", text: `依据：${item.cite}` }) : null
        )
      );
    }
    let table: HTMLElement | null = null;
    if (s.subsidies.length > 0) {
      const body = h("tbody");
      let dept: string | null = null;
      for (const r of s.subsidies) {
        if (r.department !== dept) {
          dept = r.department;
          body.appendChild(
            h(
              "tr",
              { class: "yb-group" },
              h("th", {
                text: dept || "（未注明认定部门）",
                attrs: { scope: "rowgroup", colspan: "3" },
              })
            )
          );
        }
        body.appendChild(
          h(
            "tr",
            { dataset: { category: r.category, tier: r.tier } },
            h("th", { class: "yb-wrap", text: r.category, attrs: { scope: "row" } }),
            h("td", { text: r.tier }),
            h("td", { text: r.amount })
          )
        );
      }
      const categories = new Set(s.subsidies.map((r) => r.category)).size;
      table = h(
        "details",
        { class: "yb-notes", id: "yb-settings-subsidies" },
        h("summary", { text: `资助参保标准（${categories} 类人员）` }),
        h(
          "div",
          { class: "yb-table-wrap" },
          h(
            "table",
            { class: "yb-table yb-claim-table" },
            h(
              "thead",
              {},
              h(
                "tr",
                {},
                ...["资助对象", "档次", "资助标准"].map((t) =>
                  h("th", { text: t, attrs: { scope: "col" } })
                )
              )
            ),
            body
          )
        )
      );
    }
    return h(
      "div",
      { class: "yb-card", id: "yb-settings-summary", dataset: { policy: model.id } },
      h("h2", { class: "yb-h2", text: s.title }),
      list,
      table
    );
  }

  private openCard(model: PolicyModel): HTMLElement {
    const slots = openValues(model);
    const excel = this.ctx.host.kind === "excel";
    const card = h(
      "div",
      { class: "yb-card yb-open", id: "yb-settings-open" },
      h("h2", { class: "yb-h2", text: "通知未定、需自行提供的值" })
    );
    if (slots.length === 0) {
      card.appendChild(
        h("p", {
          class: "yb-hint",
          id: "yb-settings-nothing",
          text: `${model.label}的通知规定了计算所需的全部数值，没有需要自行提供的值。`,
        })
      );
      return card;
    }
    card.appendChild(
      h("p", {
        class: "yb-hint",
        text:
          `通知没有写明以下数值。请向${authorityOf(model)}确认后填写，点“保存”。` +
          (excel
            ? "保存在本工作簿中：单元格中的 YB 函数随即重新计算，“生成资助申报表”下次生成时使用。"
            : "保存在本浏览器中：“生成资助申报表”下次生成时使用，下次打开网页仍然有效。") +
          "留空表示不提供，用到该值的计算会提示“未定”。",
      })
    );
    const supplied = this.ctx.supplied();
    slots.forEach((slot, i) => {
      const keys = slotKeys(slot);
      const inputs = keys.map((key, k) =>
        this.inputFor(slot, key, `yb-settings-input-${i}-${k}`, supplied)
      );
      const words = noticeWords(slot);
      card.appendChild(
        h(
          "div",
          { class: "yb-field yb-open-field", dataset: { key: slot.key } },
          h("label", { class: "yb-label", for: inputs[0].input.id, text: slot.label }),
          h(
            "div",
            { class: "yb-open-body" },
            h(
              "div",
              { class: "yb-open-inputs" },
              ...inputs.map(({ input, error }, k) =>
                k === 0
                  ? h("div", { class: "yb-open-input" }, input, error)
                  : h(
                      "div",
                      { class: "yb-open-input yb-open-tier" },
                      h("label", {
                        class: "yb-hint",
                        for: input.id,
                        text: `${slot.tiers![k - 1]}（与上面不同时填写）`,
                      }),
                      input,
                      error
                    )
              )
            ),
            h(
              "div",
              { class: "yb-open-words" },
              ...words.map((w) =>
                h(
                  "blockquote",
                  { class: "yb-quote" },
                  h("span", { class: "yb-quote-label", text: "通知原文：" }),
                  h("span", { class: "yb-quote-text", text: `“${w.quote}”` }),
                  h("span", { class: "yb-cite", text: `（${w.where}）` })
                )
              ),
              h("p", { class: "yb-hint yb-open-reason", text: `说明：${slot.reason}` }),
              words.length === 0
                ? h("p", { class: "yb-hint yb-cite", text: `依据：${citeText(slot.cite)}` })
                : null
            )
          )
        )
      );
    });
    const save = button("保存", () => void this.save(), { id: "yb-settings-save", primary: true });
    const clearButton = button("清除", () => void this.clear(), { id: "yb-settings-clear" });
    this.buttons = [save, clearButton];
    card.append(
      h("div", { class: "yb-actions" }, save, clearButton),
      h("p", {
        class: "yb-hint yb-settings-saved",
        id: "yb-settings-saved",
        text: `当前已保存：${suppliedSummary(supplied, slots)}`,
      })
    );
    return card;
  }

  /** One input of an open value (its own key, or one tier's), remembered with its error line. */
  private inputFor(
    slot: OpenValueSlot,
    key: string,
    id: string,
    supplied: Record<string, string | number>
  ): { input: HTMLInputElement | HTMLSelectElement; error: HTMLElement } {
    const errorId = `${id}-error`;
    let input: HTMLInputElement | HTMLSelectElement;
    if (slot.input === "choice") {
      input = h(
        "select",
        { id, class: "yb-select", dataset: { key } },
        h("option", { attrs: { value: "" }, text: "（不提供）" })
      );
      for (const c of slot.choices ?? [])
        input.appendChild(h("option", { attrs: { value: c.value }, text: c.label }));
    } else {
      input = h("input", {
        id,
        class: "yb-input",
        type: "text",
        dataset: { key },
        attrs: {
          inputmode: slot.input === "months" ? "numeric" : "decimal",
          placeholder: slot.input === "months" ? "月数（整数），如 1" : "金额（元），如 670",
          autocomplete: "off",
        },
      });
    }
    input.value = slotText(slot, supplied, key);
    input.setAttribute("aria-describedby", errorId);
    input.addEventListener("input", () => this.showError(key, ""));
    const error = h("p", { class: "yb-field-error", id: errorId, role: "alert", hidden: true });
    this.inputs.set(key, input);
    this.errors.set(key, error);
    return { input, error };
  }

  private showError(key: string, message: string): void {
    const el = this.errors.get(key);
    const input = this.inputs.get(key);
    if (!el || !input) return;
    el.textContent = message;
    el.hidden = message === "";
    if (message) input.setAttribute("aria-invalid", "true");
    else input.removeAttribute("aria-invalid");
  }

  protected override setEnabled(): void {
    for (const b of this.buttons) b.disabled = this.busy;
  }

  private where(): string {
    return this.ctx.host.kind === "excel" ? "本工作簿" : "本浏览器";
  }

  async save(): Promise<void> {
    let saved = false;
    await this.guard("", async () => {
      const texts: Record<string, string> = {};
      for (const [key, input] of this.inputs) texts[key] = input.value;
      for (const key of this.inputs.keys()) this.showError(key, "");
      this.status(`正在保存到${this.where()}……`, "busy");
      const outcome = await saveSettings(this.ctx, texts);
      if (!outcome.saved) {
        const keys = Object.keys(outcome.errors);
        for (const key of keys) this.showError(key, outcome.errors[key]);
        this.inputs.get(keys[0])?.focus();
        this.status(`有 ${keys.length} 项填写有误，没有保存：请按提示改正后再点“保存”。`, "error");
        return;
      }
      saved = true;
      const model = this.ctx.policy()!;
      const shown = suppliedSummary(outcome.values, openValues(model));
      this.status(
        `已保存到${this.where()}：${shown}。` +
          (this.ctx.host.kind === "excel" ? "YB 函数已重新计算；" : "") +
          "“生成资助申报表”下次生成时使用这些值。",
        "success"
      );
    });
    // Saved: show the values as kept (670元 → 670). Refused: keep what was typed and the messages.
    if (saved) this.render();
  }

  async clear(): Promise<void> {
    await this.guard("", async () => {
      this.status(`正在清除……`, "busy");
      await clearSettings(this.ctx);
      this.status(`已清除${this.ctx.policy()!.label}自行提供的值（${this.where()}）。`, "success");
    });
    this.render();
  }
}

/** The panel as a tab of the app. */
export function settingsPanel(onCreate?: (panel: SettingsPanel) => void): PanelDef {
  return panelDef("settings", "政策设置", () => new SettingsPanel(), onCreate);
}
