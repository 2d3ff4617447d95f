/**
 * 生成资助申报表: the clerk ticks the roster sheets the departments sent (preselected where the
 * core finds a roster header), chooses a column for any required header the core does not
 * recognise, and presses the button. The rosters are read (in Excel in blocks, with a
 * progress bar), the core builds the claim, and the claim workbook is written as NEW sheets
 * in Excel (the rosters are never written to) or offered as a download on the standalone
 * page. The summary shows that nothing was lost (输入行数 = 人数 + 合并 + 未通过), the totals,
 * the claim lines and the rejected rows (click → the cell). Rows rejected for a value the
 * notice leaves open (OPEN_VALUE, with its supplyKey) lead to the 政策设置 tab, where the value
 * is filled in; the next run uses it.
 */
import type { ClaimResult, MergedRow, RejectedRow } from "../../core/claim/build";
import { FIELD_LABELS, RosterError, RosterField, RosterTable } from "../../core/claim/roster";
import {
  hasSubsidyTable,
  templateFileName,
  templateSheets,
  TemplateKind,
} from "../../core/claim/templates";
import { ClaimSheetNames, claimWorkbook } from "../../core/claim/workbook";
import { parseDate, toIso } from "../../core/dates";
import type { PolicyModel } from "../../core/policy/model";
import { columnName } from "../../core/sheet/address";
import type { SheetSpec } from "../../core/sheet/spec";
import type { PanelContext, PanelDef } from "../app";
import { button, clear, dateInput, errorText, h } from "../dom";
import { count, yuan } from "../format";
import { generateClaim, openKeys, Step, writesSheets } from "./generate";
import {
  choicesOf,
  faultCell,
  fieldsToMap,
  HEAD_ROWS,
  headerCells,
  redetect,
  RosterChoice,
} from "./rosters";

/** Share of the bar each step takes (percent from, to). */
const STEPS: Record<Step, readonly [number, number]> = {
  read: [0, 45],
  build: [45, 55],
  write: [55, 100],
};
const rowsText = (rows?: { done: number; total: number }): string =>
  rows ? `：${count(rows.done)} / ${count(rows.total)} 行` : "";
const STEP_TEXT: Record<Step, (share: number, rows?: { done: number; total: number }) => string> = {
  read: (_, rows) => `正在读取花名册${rowsText(rows)}`,
  build: (share) => (share < 1 ? "正在核对身份证号码、类别和档次" : "核对完毕"),
  write: (share, rows) => (share < 1 || rows ? `正在写入新工作表${rowsText(rows)}` : "完成"),
};
/** Rows listed in the panel at most; all are in the 未通过 / 合并记录 sheets. */
export const LISTED = 200;

/** exceljs is loaded only when a file is made (the Excel task pane inserts sheets instead). */
async function xlsxBytes(specs: SheetSpec[]): Promise<Uint8Array> {
  const { writeXlsx } = await import("../../io/xlsxWriter");
  return writeXlsx(specs);
}

/** Lets the page draw the progress bar before a long synchronous step. */
const paint = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 20));

function baseName(name: string): string {
  return name.replace(/\.[^.]+$/, "") || "花名册";
}

function where(s: { sheet: string; row: number }): string {
  return `“${s.sheet}”第${s.row}行`;
}

interface LastRun {
  result: ClaimResult;
  policy: PolicyModel;
  publicNotice: boolean;
  /** Sheets written in Excel; null on the standalone page (downloaded instead). */
  written: string[] | null;
  /** Which written sheet is which (a second claim in the workbook gets 资助明细(2)…). */
  names: ClaimSheetNames | null;
}

export class ClaimPanel {
  private ctx!: PanelContext;
  private choices: RosterChoice[] = [];
  private listed = false;
  private sheetsBox!: HTMLElement;
  private policyHint!: HTMLElement;
  private date!: HTMLInputElement;
  private notice!: HTMLInputElement;
  private runButton!: HTMLButtonElement;
  private templateButtons: HTMLButtonElement[] = [];
  private bar!: { root: HTMLElement; fill: HTMLElement; text: HTMLElement };
  private percent = 0;
  private results!: HTMLElement;
  private busy = false;
  private statusSet = false;
  private last: LastRun | null = null;

  mount(container: HTMLElement, ctx: PanelContext): void {
    this.ctx = ctx;
    const excel = ctx.host.kind === "excel";
    this.policyHint = h("p", { class: "yb-hint yb-claim-policy", id: "yb-claim-policy" });
    this.sheetsBox = h("div", {
      class: "yb-sheet-list",
      id: "yb-claim-sheets",
      role: "group",
      attrs: { "aria-label": "花名册工作表" },
    });
    this.date = dateInput("yb-claim-date");
    this.notice = h("input", { id: "yb-claim-notice", type: "checkbox" });
    this.runButton = button("生成资助申报表", () => void this.run(), {
      id: "yb-claim-run",
      primary: true,
    });
    const refresh = button(
      "重新读取工作表列表",
      () => void this.guard("正在读取工作表列表……", () => this.list()),
      { id: "yb-claim-refresh" }
    );
    const template = (kind: TemplateKind, what: string): HTMLButtonElement =>
      button(`${excel ? "插入" : "下载"}空白${what}模板`, () => void this.template(kind), {
        id: `yb-claim-${kind}-template`,
      });
    this.templateButtons = [template("roster", "花名册"), template("claim", "申报表")];
    const fill = h("div", { class: "yb-progress-fill" });
    const root = h(
      "div",
      {
        class: "yb-progress",
        id: "yb-claim-progress",
        role: "progressbar",
        hidden: true,
        attrs: {
          "aria-valuemin": "0",
          "aria-valuemax": "100",
          "aria-valuenow": "0",
          "aria-label": "生成进度",
        },
      },
      h("div", { class: "yb-progress-track" }, fill)
    );
    const text = h("p", { class: "yb-hint yb-progress-text", id: "yb-claim-progress-text" });
    root.appendChild(text);
    this.bar = { root, fill, text };
    this.results = h("div", { class: "yb-results", id: "yb-claim-results" });

    container.append(
      h(
        "div",
        { class: "yb-card" },
        h("p", {
          class: "yb-hint",
          text: excel
            ? "把各部门的花名册分别粘贴到工作表中，勾选要申报的花名册，再点“生成资助申报表”。结果写入新工作表，花名册本身不会改动。"
            : "打开含花名册的 .xlsx 或 .csv 文件，勾选要申报的花名册，再点“生成资助申报表”，然后下载申报表工作簿。原文件不会改动。",
        }),
        this.policyHint,
        h("div", { class: "yb-label", text: "花名册工作表" }),
        this.sheetsBox,
        h(
          "div",
          { class: "yb-fields" },
          h(
            "div",
            { class: "yb-field" },
            h("label", {
              class: "yb-label",
              for: "yb-claim-date",
              text: "花名册未填缴费日期的，按此日期缴费计",
            }),
            this.date
          )
        ),
        h(
          "label",
          { class: "yb-check", for: "yb-claim-notice" },
          this.notice,
          " 同时生成公示名单（村社、姓名、身份证后4位、档次、缴费金额）"
        ),
        h("div", { class: "yb-actions" }, this.runButton, refresh),
        root,
        h("div", { class: "yb-actions yb-template-actions" }, ...this.templateButtons)
      ),
      this.results
    );
    ctx.onPolicyChange((p) => this.policyChanged(p));
    ctx.onSuppliedChange(() => this.suppliedChanged());
    this.policyChanged(ctx.policy());
    if (excel) void this.guard("正在读取工作表列表……", () => this.list());
  }

  /** Another file was opened (standalone page): forget the result and list its sheets. */
  reset(): void {
    this.last = null;
    this.choices = [];
    clear(this.results);
    void this.guard("", () => this.list());
  }

  private singleTier(): boolean {
    const p = this.ctx.policy();
    return p !== null && p.policy.tiers.length === 1;
  }

  private policyChanged(p: PolicyModel | null): void {
    const usable = p !== null && hasSubsidyTable(p);
    this.policyHint.textContent = !p
      ? "请先在上方选择政策（地区、年度）：人员类别、档次和资助标准因地区而异。"
      : usable
        ? `按${p.label}资助参保标准生成。`
        : `${p.label}的政策没有资助参保标准表，不能生成资助申报表。`;
    this.policyHint.classList.toggle("yb-hint-warning", !usable);
    this.date.value = p ? toIso(p.collectionEnd) : "";
    this.setEnabled();
    for (const c of this.choices) redetect(c, this.singleTier());
    this.renderSheets();
    if (this.last && this.last.policy !== p) {
      this.last = null;
      clear(this.results);
    }
  }

  /** The values saved in 政策设置 changed: the result shown was made with the old ones. */
  private suppliedChanged(): void {
    if (!this.last || document.getElementById("yb-claim-stale")) return;
    this.results.prepend(
      h(
        "div",
        { class: "yb-card yb-stale", id: "yb-claim-stale", role: "status" },
        h("p", {
          class: "yb-hint yb-hint-warning",
          text: "政策设置中的值已更改，下面的结果是按原来的值生成的。",
        }),
        h(
          "div",
          { class: "yb-actions" },
          button("按新的值重新生成", () => void this.run(), { id: "yb-claim-rerun", primary: true })
        )
      )
    );
  }

  private setEnabled(): void {
    const p = this.ctx.policy();
    const usable = p !== null && hasSubsidyTable(p);
    this.runButton.disabled = this.busy || !usable;
    for (const b of this.templateButtons) b.disabled = this.busy || !usable;
  }

  private async guard(what: string, work: () => Promise<void>): Promise<void> {
    if (this.busy) return;
    this.busy = true;
    this.setEnabled();
    if (what) this.ctx.status(what, "busy");
    try {
      await work();
      if (what && !this.statusSet) this.ctx.status("");
    } catch (e) {
      this.ctx.status(errorText(e), "error");
    } finally {
      this.statusSet = false;
      this.busy = false;
      this.bar.root.hidden = true;
      this.setEnabled();
    }
  }

  /** Marks that the work said how it ended (guard then leaves the status line alone). */
  private done(message: string, kind: "success" | "info" | "error" = "success"): void {
    this.statusSet = true;
    this.ctx.status(message, kind);
  }

  /** Lists the workbook's sheets and finds the rosters in their first rows. */
  private async list(): Promise<void> {
    let heads;
    try {
      heads = await this.ctx.host.listSheets(HEAD_ROWS);
    } catch (e) {
      if (this.ctx.host.kind === "standalone") {
        this.choices = [];
        this.listed = false;
        this.renderSheets();
        return;
      }
      throw e;
    }
    const before = new Map(this.choices.map((c) => [c.name, c]));
    this.choices = choicesOf(heads, this.singleTier());
    for (const c of this.choices) {
      const old = before.get(c.name);
      if (!old) continue;
      c.checked = old.checked;
      c.mapping = old.mapping;
      redetect(c, this.singleTier());
    }
    this.listed = true;
    this.renderSheets();
  }

  private renderSheets(): void {
    if (!this.sheetsBox) return;
    clear(this.sheetsBox);
    if (this.choices.length === 0) {
      this.sheetsBox.appendChild(
        h("p", {
          class: "yb-hint",
          text: this.listed
            ? "工作簿中没有可用的工作表。"
            : this.ctx.host.kind === "excel"
              ? "正在读取工作表列表……"
              : "请先打开文件。",
        })
      );
      return;
    }
    this.choices.forEach((c, i) => {
      const id = `yb-claim-sheet-${i}`;
      const box = h("input", { id, type: "checkbox", dataset: { sheet: c.name } });
      box.checked = c.checked;
      box.addEventListener("change", () => {
        c.checked = box.checked;
        this.renderSheets();
      });
      const found = c.found;
      const meta =
        found instanceof RosterError
          ? found.code === "NO_ROSTER"
            ? "没有找到花名册表头"
            : `缺少：${found.missing.map((f) => FIELD_LABELS[f]).join("、")}`
          : `表头在第${found.headerRow + 1}行`;
      // People are counted in data rows: below the header where one was found.
      const rows =
        found instanceof RosterError ? c.rows : Math.max(0, c.rows - found.headerRow - 1);
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
        if (fields.length > 0) item.appendChild(this.mappingBox(c, i, fields));
      }
      this.sheetsBox.appendChild(item);
    });
  }

  /** One dropdown of the sheet's header cells per field the core did not find. */
  private mappingBox(c: RosterChoice, index: number, fields: RosterField[]): HTMLElement {
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
        redetect(c, this.singleTier());
        this.renderSheets();
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

  private progress(step: Step, share: number, text: string): void {
    const [from, to] = STEPS[step];
    const pct = Math.max(
      this.percent,
      Math.round(from + (to - from) * Math.min(1, Math.max(0, share)))
    );
    this.percent = pct;
    this.bar.root.hidden = false;
    this.bar.root.setAttribute("aria-valuenow", String(pct));
    this.bar.fill.style.width = `${pct}%`;
    this.bar.text.textContent = `${text}（${pct}%）`;
  }

  private options(policy: PolicyModel) {
    const text = this.date.value.trim();
    const date = text ? parseDate(text) : null;
    if (text && date === null)
      throw new Error(`缴费日期“${text}”不是有效日期（可写 2026-12-01 或 2026年12月1日）`);
    return { date: date ?? policy.collectionEnd, supplied: this.ctx.supplied() };
  }

  async run(): Promise<void> {
    await this.guard("正在生成资助申报表……", async () => {
      const policy = this.ctx.policy();
      if (!policy || !hasSubsidyTable(policy))
        throw new Error("请先在上方选择有资助参保标准的政策（地区、年度）");
      const publicNotice = this.notice.checked;
      this.percent = 0;
      const { result, written, names } = await generateClaim(this.ctx.host, this.choices, {
        policy,
        ...this.options(policy),
        publicNotice,
        beforeBuild: paint,
        onStep: (step, share, rows) => this.progress(step, share, STEP_TEXT[step](share, rows)),
      });
      this.last = { result, policy, publicNotice, written, names };
      this.render(this.last);
      if (written) await this.list();
      const balance = `输入${result.inputRows}行 = 申报${result.people.length}人 + 合并${result.merged.length}行 + 未通过${result.rejected.length}行`;
      const where = written
        ? `已新建工作表：${written.join("、")}（花名册没有改动）。`
        : "点“下载资助申报表”保存工作簿。";
      this.done(`生成完毕：${balance}。${where}`, result.rejected.length > 0 ? "info" : "success");
    });
  }

  private async download(): Promise<void> {
    const last = this.last;
    const host = this.ctx.host;
    const download = host.download?.bind(host);
    if (!last || !download) return;
    await this.guard("正在生成申报表文件……", async () => {
      const wb = claimWorkbook(last.result, last.policy, {
        publicNotice: last.publicNotice,
        supplied: this.ctx.supplied(),
      });
      const name = `${baseName(host.baseName?.() ?? "花名册")}-资助申报表.xlsx`;
      await download(await xlsxBytes(wb.sheets), name);
      this.done(`已生成“${name}”：${wb.sheets.map((s) => s.name).join("、")}。原文件没有改动。`);
    });
  }

  private async template(kind: TemplateKind): Promise<void> {
    await this.guard("正在生成空白模板……", async () => {
      const policy = this.ctx.policy();
      if (!policy) throw new Error("请先选择政策：模板的人员类别和档次下拉列表因地区而异");
      const specs = templateSheets(kind, policy);
      const host = this.ctx.host;
      if (writesSheets(host)) {
        const names = await host.insertSheets!(specs);
        await this.list();
        this.done(`已插入新工作表：${names.join("、")}（原有工作表没有改动）。`);
      } else if (host.download) {
        const name = templateFileName(kind, policy);
        await host.download(await xlsxBytes(specs), name);
        this.done(`已生成“${name}”。`);
      }
    });
  }

  private select(s: { sheet: string; cell: string }): void {
    this.ctx.host.selectCell(s.cell, s.sheet).catch((e) => this.ctx.status(errorText(e), "error"));
  }

  private render(last: LastRun): void {
    const { result: r, written, names } = last;
    clear(this.results);
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
          "aria-label": `输入行数 ${r.inputRows} = 人数 ${r.people.length} + 合并 ${r.merged.length} + 未通过 ${r.rejected.length}`,
        },
      },
      term("输入行数", r.inputRows, "yb-claim-input"),
      op("="),
      term("人数", r.people.length, "yb-claim-people"),
      op("+"),
      term("合并", r.merged.length, "yb-claim-merged"),
      op("+"),
      term(
        "未通过",
        r.rejected.length,
        "yb-claim-rejected",
        r.rejected.length > 0 ? "yb-eq-bad" : ""
      )
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
    const warned = r.people.filter((p) => p.warnings.length > 0).length;
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
          button("下载资助申报表", () => void this.download(), {
            id: "yb-claim-download",
            primary: true,
          })
        );
    this.results.appendChild(
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
      )
    );
    const open = openKeys(r.rejected);
    if (open.length > 0) this.results.appendChild(this.openCard(open));
    if (r.lines.length > 0) this.results.appendChild(this.linesCard(r));
    if (r.rejected.length > 0)
      this.results.appendChild(this.rejectedCard(r.rejected, r.rosters, written !== null));
    if (r.merged.length > 0) this.results.appendChild(this.mergedCard(r.merged));
  }

  /** The values the notice leaves open that rows were rejected for; they are filled in on the 政策设置 tab. */
  private openCard(open: { key: string; what: string; rows: number }[]): HTMLElement {
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
        button("去政策设置填写", () => this.ctx.showPanel("settings", open[0].key), {
          id: "yb-claim-open-settings",
          primary: true,
        })
      )
    );
  }

  /** 部门 as a heading row over its lines (a column of its own would not fit a 320 px pane). */
  private linesCard(r: ClaimResult): HTMLElement {
    const head = h(
      "tr",
      {},
      ...["类别", "档次", "人数", "每人资助", "资助金额"].map((t) =>
        h("th", { text: t, attrs: { scope: "col" } })
      )
    );
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
        h("td", { text: count(r.people.length) }),
        h("td"),
        h("td", { text: yuan(r.totals.subsidy) })
      )
    );
    return h(
      "div",
      { class: "yb-card", id: "yb-claim-lines" },
      h("h2", { class: "yb-h2", text: "申报明细（部门 / 类别 / 档次）" }),
      h(
        "div",
        { class: "yb-table-wrap" },
        h("table", { class: "yb-table yb-claim-table" }, h("thead", {}, head), body, foot)
      )
    );
  }

  private rejectedCard(
    rejected: readonly RejectedRow[],
    rosters: readonly RosterTable[],
    excel: boolean
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
              on: { click: () => this.select({ sheet: x.sheet, cell }) },
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
                on: { click: () => this.ctx.showPanel("settings", x.supplyKey) },
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

  private mergedCard(merged: readonly MergedRow[]): HTMLElement {
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
            on: { click: () => this.select(m) },
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
}

/** The panel as a tab of the app. */
export function claimPanel(onCreate?: (panel: ClaimPanel) => void): PanelDef {
  return {
    id: "claim",
    title: "生成资助申报表",
    mount(container, ctx) {
      const panel = new ClaimPanel();
      panel.mount(container, ctx);
      onCreate?.(panel);
    },
  };
}
