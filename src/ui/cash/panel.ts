/**
 * 现金台账: checks the cash ledger the clerk is on (附件3 二、三、四), shows every finding at its
 * cell (click → the cell), the accounting of every row, the daily reconciliation per
 * collector and, with a POS/tax export chosen (a sheet of the ledger's workbook or, on the
 * page, of a file added for it, as 参保比对 takes them), the ledger against it; makes the check
 * workbook, the public notice per 村社 (附件3 五) and the blank ledger. Nothing is written
 * into the clerk's sheets: results are new sheets (Excel) or a downloaded file (the page).
 */
import type { CashFinding } from "../../core/cash/findings";
import type { SheetData } from "../../core/sheet/address";
import type { NoticePeriod } from "../../core/cash/notice";
import { balanceText } from "../../core/cash/sheets";
import { parseDate, toIso } from "../../core/dates";
import type { PanelDef } from "../app";
import { button, clear, errorText, filePicker, h } from "../dom";
import { TABLE_TYPES } from "../fileTypes";
import { Panel, panelDef } from "../panel";
import { todayIso, yuan } from "../format";
import { dailyCard, findingItem, noticeCard } from "./results";
import { CashRun, checkSheets, deliver, notice, runCashCheck, templateSheets } from "./run";

const NO_EXPORT = "";
/** The option value of an added file's sheet: a colon is never in a sheet's name. */
const ADDED = "file:";

export class CashPanel extends Panel {
  private asOf!: HTMLInputElement;
  private exportSelect!: HTMLSelectElement;
  private runButton!: HTMLButtonElement;
  private results!: HTMLElement;
  private mark!: HTMLInputElement;
  private last: CashRun | null = null;
  /** Export sheets read from files added here, named “文件 · 工作表”; kept when another ledger is opened. */
  private added: SheetData[] = [];

  protected build(container: HTMLElement): void {
    const ctx = this.ctx;
    const excel = ctx.host.kind === "excel";
    this.asOf = h("input", { id: "yb-cash-asof", class: "yb-input", type: "date" });
    this.asOf.value = todayIso();
    this.exportSelect = h("select", { id: "yb-cash-export", class: "yb-select" });
    this.runButton = button("检查现金台账", () => void this.check(), {
      id: "yb-cash-run",
      primary: true,
    });
    const template = button(
      ctx.host.insertSheets && !ctx.host.download ? "插入空白台账" : "下载空白台账",
      () => void this.template(),
      {
        id: "yb-cash-template",
      }
    );
    const refresh = button("刷新工作表列表", () => void this.refreshSheets(), {
      id: "yb-cash-refresh",
    });
    this.mark = h("input", { id: "yb-cash-mark", type: "checkbox" });
    this.mark.checked = true;
    const clearMarks = button("清除标记", () => void this.clearMarks(), {
      id: "yb-cash-clear",
    });
    this.results = h("div", { class: "yb-results", id: "yb-cash-results" });
    const picker = filePicker({
      id: "yb-cash-file",
      accept: TABLE_TYPES,
      text: "添加缴费数据文件（POS机或税务导出）",
      onFiles: ([chosen]) => void this.guard("", () => this.addFile(chosen)),
    });
    container.append(
      h(
        "div",
        { class: "yb-card" },
        h("p", {
          class: "yb-hint",
          text: excel
            ? "先打开现金征缴台账工作表，再点“检查现金台账”。要与POS机或税务系统导出的缴费数据比对，把导出数据放进本工作簿并在下面选择。"
            : "打开台账文件并在上方选中台账工作表，再点“检查现金台账”。缴费数据（POS机或税务系统导出）可以是同一文件的另一个工作表，也可以是单独的文件：点“添加缴费数据文件”。",
        }),
        h(
          "div",
          { class: "yb-fields" },
          h(
            "div",
            { class: "yb-field" },
            h("label", { class: "yb-label", for: "yb-cash-asof", text: "检查截至日期" }),
            this.asOf
          ),
          h(
            "div",
            { class: "yb-field" },
            h("label", {
              class: "yb-label",
              for: "yb-cash-export",
              text: "缴费数据工作表（选填）",
            }),
            this.exportSelect
          )
        ),
        excel ? null : h("div", { class: "yb-actions" }, ...picker),
        h(
          "label",
          { class: "yb-check", for: "yb-cash-mark" },
          this.mark,
          excel ? " 检查后在表中标出有问题的单元格" : " 检查后在预览中标出有问题的单元格"
        ),
        h("div", { class: "yb-actions" }, this.runButton, clearMarks, template, refresh)
      ),
      this.results
    );
    this.fillSheets([]);
    ctx.onPolicyChange(() => {
      if (this.last) void this.check();
    });
  }

  override show(): void {
    void this.refreshSheets();
  }

  reset(): void {
    this.last = null;
    clear(this.results);
    void this.refreshSheets();
  }

  private fillSheets(names: string[]): void {
    const keep = this.exportSelect.value;
    const added = this.added.map((s, i) => ({ value: `${ADDED}${i}`, text: s.name }));
    this.exportSelect.replaceChildren(
      h("option", { attrs: { value: NO_EXPORT }, text: "（不比对）" }),
      ...names.map((n) => h("option", { attrs: { value: n }, text: n })),
      ...added.map((a) => h("option", { attrs: { value: a.value }, text: a.text }))
    );
    if (names.includes(keep) || added.some((a) => a.value === keep)) this.exportSelect.value = keep;
  }

  /** Reads a POS/tax export file; its first sheet becomes the export chosen (one with data if the first is empty). */
  private async addFile(file: File): Promise<void> {
    const { readWorkbookBytes } = await import("../../io/workbook");
    const sheets = await readWorkbookBytes(new Uint8Array(await file.arrayBuffer()), file.name);
    const base = file.name.replace(/\.[^.]+$/, "");
    const first = this.added.length;
    for (const s of sheets) this.added.push({ name: `${base} · ${s.name}`, rows: s.rows });
    const withData = sheets.findIndex((s) => s.rows.length > 0);
    await this.refreshSheets();
    this.exportSelect.value = `${ADDED}${first + Math.max(0, withData)}`;
    this.status(`已添加缴费数据文件 ${file.name}，点“检查现金台账”比对。`, "success");
  }

  /** The export chosen: a sheet name for the host, a sheet read from an added file, or null. */
  private chosenExport(): string | SheetData | null {
    const v = this.exportSelect.value;
    if (v.startsWith(ADDED)) return this.added[Number(v.slice(ADDED.length))] ?? null;
    return v || null;
  }

  private async refreshSheets(): Promise<void> {
    try {
      const sheets = await this.ctx.host.listSheets(0);
      this.fillSheets(sheets.map((s) => s.name));
    } catch {
      // No workbook yet (the page before a file is opened): only 不比对.
      this.fillSheets([]);
    }
  }

  protected override setEnabled(): void {
    this.runButton.disabled = this.busy;
  }

  private policy() {
    const p = this.ctx.policy();
    if (!p)
      throw new Error("请先在上方选择政策（地区、年度）：金额、缴费期和现金征缴规范因地区而异");
    return p;
  }

  async check(): Promise<void> {
    await this.guard("正在读取台账……", async () => {
      const policy = this.policy();
      const asOf = parseDate(this.asOf.value);
      if (asOf === null) throw new Error(`检查截至日期“${this.asOf.value}”不是有效日期`);
      const run = await runCashCheck(this.ctx.host, {
        policy,
        asOf,
        exportSheet: this.chosenExport(),
        supplied: this.ctx.supplied(),
      });
      this.last = run;
      this.render(run);
      const all = [...run.report.findings, ...(run.comparison?.findings ?? [])];
      const errors = all.filter((f) => f.severity === "error").length;
      let marked = "";
      if (this.mark.checked) {
        try {
          // Also with no findings: that takes away the marks of an earlier check.
          await this.ctx.host.highlight(all);
          if (all.length > 0) marked = "有问题的单元格已标色，点“清除标记”可去掉。";
        } catch (e) {
          marked = `没能标记单元格：${errorText(e)}`;
        }
      }
      this.status(
        all.length === 0
          ? `“${run.report.sheet}”检查完毕，没有发现问题。`
          : `“${run.report.sheet}”检查完毕：${errors} 个错误，${all.length - errors} 个提示。${marked}`,
        errors > 0 ? "error" : "success"
      );
    });
  }

  private async template(): Promise<void> {
    await this.guard("正在生成空白台账……", async () => {
      const policy = this.policy();
      this.status(
        await deliver(
          this.ctx.host,
          templateSheets(policy),
          `现金征缴台账模板-${policy.label}.xlsx`
        ),
        "success"
      );
    });
  }

  private async makeReport(): Promise<void> {
    const run = this.last;
    if (!run) return;
    await this.guard("正在生成检查结果……", async () => {
      this.status(
        await deliver(this.ctx.host, checkSheets(run), `${run.report.sheet}-检查结果.xlsx`),
        "success"
      );
    });
  }

  private async makeNotice(period: NoticePeriod): Promise<void> {
    const run = this.last;
    if (!run) return;
    await this.guard("正在生成公示……", async () => {
      const { notice: n, specs } = notice(run, period);
      if (specs.length === 0) throw new Error(`${n.range.label}没有可公示的现金缴费`);
      const made = await deliver(this.ctx.host, specs, `现金缴费公示-${n.range.label}.xlsx`);
      const due = n.range.dueBy !== null ? `应于${toIso(n.range.dueBy)}前张贴。` : "";
      const left = n.excluded.length > 0 ? `${n.excluded.length}行未公示（原因见下）。` : "";
      this.status(
        `${made}。${n.villages.length}个村社，${n.count}人。${due}${left}张贴后请留存原件或照片备查。`,
        "success"
      );
      this.showExcluded(n.excluded);
    });
  }

  private showExcluded(excluded: { row: number; reason: string }[]): void {
    const box = this.results.querySelector("#yb-cash-excluded");
    if (!box) return;
    clear(box);
    for (const x of excluded) box.appendChild(h("li", { text: `第${x.row}行：${x.reason}` }));
  }

  /** A finding's cell, brought into view; one in an added file is only named. */
  private select(f: CashFinding): void {
    const where = f.sheet ? `${f.sheet}!${f.cell}` : f.cell;
    const sheet = f.sheet ?? this.last?.report.sheet;
    if (this.added.some((s) => s.name === sheet)) {
      this.status(`${where} 在添加的缴费数据文件中，请在该文件中查看。`, "info");
      return;
    }
    this.ctx.host.selectCell(f.cell, sheet).catch((e) => this.status(errorText(e), "error"));
  }

  private render(run: CashRun): void {
    clear(this.results);
    const r = run.report;
    const a = r.accounting;
    const all = [...r.findings, ...(run.comparison?.findings ?? [])];
    const errors = all.filter((f) => f.severity === "error").length;
    const stat = (id: string, value: number, label: string) =>
      h("span", {
        class: "yb-count",
        id,
        dataset: { value: String(value) },
        text: `${label} ${value}`,
      });
    this.results.appendChild(
      h(
        "div",
        { class: "yb-card yb-result-card", id: "yb-cash-summary" },
        h("div", {
          class: `yb-summary ${errors > 0 ? "yb-summary-error" : all.length > 0 ? "yb-summary-warning" : "yb-summary-ok"}`,
          text:
            all.length === 0 ? "✓ 没有发现问题" : `${errors} 个错误，${all.length - errors} 个提示`,
        }),
        h("p", { class: "yb-facts", id: "yb-cash-balance", text: balanceText(r) }),
        h(
          "p",
          { class: "yb-facts" },
          stat("yb-cash-input", a.ok + a.withFindings + a.unreadable, "台账行"),
          " · ",
          stat("yb-cash-ok", a.ok, "无误"),
          " · ",
          stat("yb-cash-findings", a.withFindings, "有问题"),
          " · ",
          stat("yb-cash-unreadable", a.unreadable, "无法读取")
        ),
        h("p", {
          class: "yb-facts",
          id: "yb-cash-totals",
          dataset: {
            received: r.totals.received.toFixed(2),
            unremitted: r.totals.unremitted.toFixed(2),
          },
          text: `收款${r.totals.count}笔，合计${yuan(r.totals.received.toNumber())}元；已解缴${yuan(r.totals.remitted.toNumber())}元；未解缴${yuan(r.totals.unremitted.toNumber())}元`,
        }),
        ...r.notes.map((n) => h("p", { class: "yb-hint", text: n })),
        h(
          "div",
          { class: "yb-actions" },
          button(
            this.ctx.host.download ? "下载检查结果和每日对账" : "生成检查结果和每日对账工作表",
            () => void this.makeReport(),
            {
              id: "yb-cash-report",
            }
          )
        )
      )
    );
    if (all.length > 0) {
      const list = h("ul", {
        class: "yb-findings",
        id: "yb-cash-list",
        attrs: { "aria-label": "台账中的问题" },
      });
      for (const f of all) list.appendChild(findingItem(f, (x) => this.select(x)));
      this.results.appendChild(
        h(
          "div",
          { class: "yb-card" },
          h("h2", { class: "yb-h2", text: "问题（点击定位到单元格）" }),
          list
        )
      );
    }
    this.results.appendChild(
      noticeCard(run, Boolean(this.ctx.host.download), (p) => void this.makeNotice(p))
    );
    this.results.appendChild(dailyCard(run));
  }
}

/** The panel as a tab of the app. */
export function cashPanel(onCreate?: (panel: CashPanel) => void): PanelDef {
  return panelDef("cash", "现金台账", () => new CashPanel(), onCreate);
}
