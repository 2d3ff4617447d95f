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
 *
 * This file is the controller (state, buttons, the run); the sheet list is ./sheetList, the
 * progress bar ./progressBar, the result cards ./cards and the steps themselves ./generate.
 */
import type { ClaimResult } from "../../core/claim/build";
import {
  hasSubsidyTable,
  templateFileName,
  templateSheets,
  TemplateKind,
} from "../../core/claim/templates";
import { claimWorkbook } from "../../core/claim/workbook";
import { parseDate, toIso } from "../../core/dates";
import type { PolicyModel } from "../../core/policy/model";
import type { SheetSpec } from "../../core/sheet/spec";
import type { PanelDef } from "../app";
import { button, clear, dateInput, errorText, h } from "../dom";
import { Panel, panelDef } from "../panel";
import { LastRun, resultCards } from "./cards";
import { checkChoices, claimView, generateClaim, OnStep, writesSheets } from "./generate";
import { ProgressBar } from "./progressBar";
import { choicesOf, HEAD_ROWS, redetect, RosterChoice } from "./rosters";
import { renderSheetList } from "./sheetList";

/** The file writer is loaded only when a file is made (the Excel task pane inserts sheets instead). */
async function xlsxBytes(specs: SheetSpec[]): Promise<Uint8Array> {
  const { writeXlsx } = await import("../../io/xlsxWriter");
  return writeXlsx(specs);
}

/** Lets the page draw the progress bar before a long synchronous step. */
const paint = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 20));

function baseName(name: string): string {
  return name.replace(/\.[^.]+$/, "") || "花名册";
}

export class ClaimPanel extends Panel {
  private choices: RosterChoice[] = [];
  private listed = false;
  private sheetsBox!: HTMLElement;
  private policyHint!: HTMLElement;
  private date!: HTMLInputElement;
  private notice!: HTMLInputElement;
  private runButton!: HTMLButtonElement;
  private templateButtons: HTMLButtonElement[] = [];
  private bar!: ProgressBar;
  private results!: HTMLElement;
  private last: LastRun | null = null;
  /** The last claim with its detail rows, where it was built in the page (Excel, or no worker). */
  private full: ClaimResult | null = null;
  /** The claim workbook the worker wrote with the last claim (the standalone page). */
  private file: { bytes: Uint8Array; sheets: string[] } | null = null;

  protected build(container: HTMLElement): void {
    const ctx = this.ctx;
    const excel = ctx.host.kind === "excel";
    this.policyHint = h("p", { class: "yb-hint yb-claim-policy", id: "yb-claim-policy" });
    this.sheetsBox = h("div", {
      class: "yb-sheet-list",
      id: "yb-claim-sheets",
      role: "group",
      attrs: { "aria-label": "花名册工作表" },
    });
    this.date = dateInput("yb-claim-date");
    this.bar = new ProgressBar();
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
    this.results = h("div", { class: "yb-results", id: "yb-claim-results" });

    container.append(
      h(
        "div",
        { class: "yb-card" },
        h("p", {
          class: "yb-hint",
          text: excel
            ? "把各部门的花名册分别粘贴到工作表中，勾选要申报的花名册，再点“生成资助申报表”。结果写入新工作表，花名册本身不会改动。"
            : "打开含花名册的 .xlsx、.xls 或 .csv 文件，勾选要申报的花名册，再点“生成资助申报表”，然后下载申报表工作簿。原文件不会改动。",
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
          " 同时生成公示名单（村社、姓名、身份证后4位、参保档次、资助金额和个人缴费）"
        ),
        h("div", { class: "yb-actions" }, this.runButton, refresh),
        this.bar.root,
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
    this.full = null;
    this.file = null;
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

  protected override setEnabled(): void {
    if (!this.busy) this.bar.hide();
    const p = this.ctx.policy();
    const usable = p !== null && hasSubsidyTable(p);
    this.runButton.disabled = this.busy || !usable;
    for (const b of this.templateButtons) b.disabled = this.busy || !usable;
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
    renderSheetList(this.sheetsBox, this.choices, {
      listed: this.listed,
      excel: this.ctx.host.kind === "excel",
      singleTier: this.singleTier(),
      changed: () => this.renderSheets(),
    });
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
      this.bar.reset();
      const onStep: OnStep = (step, share, rows) => this.bar.show(step, share, rows);
      const runner = this.ctx.host.claimRunner;
      this.full = null;
      this.file = null;
      if (runner) {
        // The standalone page: the worker that holds the file builds and writes the claim.
        checkChoices(this.choices);
        const { view, bytes, sheets } = await runner.run(
          {
            choices: this.choices.map(({ name, rows, head, mapping, checked }) => ({
              name,
              rows,
              head,
              mapping,
              checked,
            })),
            policyId: policy.id,
            ...this.options(policy),
            publicNotice,
          },
          onStep
        );
        this.file = { bytes, sheets };
        this.last = { result: view, policy, publicNotice, written: null, names: null };
      } else {
        const { result, written, names } = await generateClaim(this.ctx.host, this.choices, {
          policy,
          ...this.options(policy),
          publicNotice,
          beforeBuild: paint,
          onStep,
        });
        this.full = result;
        this.last = { result: claimView(result), policy, publicNotice, written, names };
      }
      const { result, written } = this.last;
      this.render(this.last);
      if (written) await this.list();
      const balance = `输入${result.inputRows}行 = 申报${result.peopleCount}人 + 合并${result.merged.length}行 + 未通过${result.rejected.length}行`;
      const where = written
        ? `已新建工作表：${written.join("、")}（花名册没有改动）。`
        : "点“下载资助申报表”保存工作簿。";
      this.status(
        `生成完毕：${balance}。${where}`,
        result.rejected.length > 0 ? "info" : "success"
      );
    });
  }

  private async download(): Promise<void> {
    const last = this.last;
    const host = this.ctx.host;
    const download = host.download?.bind(host);
    if (!last || !download) return;
    await this.guard("正在生成申报表文件……", async () => {
      const name = `${baseName(host.baseName?.() ?? "花名册")}-资助申报表.xlsx`;
      let file = this.file;
      if (!file && this.full) {
        const wb = claimWorkbook(this.full, last.policy, {
          publicNotice: last.publicNotice,
          supplied: this.ctx.supplied(),
        });
        file = { bytes: await xlsxBytes(wb.sheets), sheets: wb.sheets.map((s) => s.name) };
      }
      if (!file) return;
      await download(file.bytes, name);
      this.status(`已生成“${name}”：${file.sheets.join("、")}。原文件没有改动。`, "success");
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
        this.status(`已插入新工作表：${names.join("、")}（原有工作表没有改动）。`, "success");
      } else if (host.download) {
        const name = templateFileName(kind, policy);
        await host.download(await xlsxBytes(specs), name);
        this.status(`已生成“${name}”。`, "success");
      }
    });
  }

  private select(s: { sheet: string; cell: string }): void {
    this.ctx.host.selectCell(s.cell, s.sheet).catch((e) => this.status(errorText(e), "error"));
  }

  private render(last: LastRun): void {
    clear(this.results);
    this.results.append(
      ...resultCards(last, {
        select: (s) => this.select(s),
        showPanel: (id, detail) => this.ctx.showPanel(id, detail),
        download: () => void this.download(),
      })
    );
  }
}

/** The panel as a tab of the app. */
export function claimPanel(onCreate?: (panel: ClaimPanel) => void): PanelDef {
  return panelDef("claim", "生成资助申报表", () => new ClaimPanel(), onCreate);
}
