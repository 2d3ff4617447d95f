/**
 * 检查任务分解表: reads the sheet the clerk is on through the host, runs the core check, and
 * shows the findings (errors first; click → the cell), the marks, the one-click fixes and
 * the progress per village with a chart. Nothing in the clerk's sheet changes unless they
 * click a fix (one cell) or the marks (removable with 清除标记).
 */
import { parseDate } from "../../core/dates";
import { parseAddress, type CellValue } from "../../core/sheet/address";
import type { SheetSpec } from "../../core/sheet/spec";
import { annotateTargets } from "../../core/targets/annotate";
import { checkTargets } from "../../core/targets/check";
import { targetTemplate } from "../../core/targets/template";
import type { TargetFinding, TargetFix, TargetReport } from "../../core/targets/types";
import type { PanelDef } from "../app";
import { button, clear, dateInput, errorText, h } from "../dom";
import { Panel, panelDef } from "../panel";
import { count, percent, todayIso, yuan } from "../format";
import type { ActiveSheet } from "../host";
import { progressChart } from "./chart";

const SEVERITY_TEXT = { error: "错误", warning: "提示" } as const;

export function fixLabel(fix: TargetFix): string {
  return fix.kind === "textToNumber"
    ? `改为数字 ${fix.value}`
    : `改为公式 =${fix.formula.replace(/^=/, "")}`;
}

/** The message without the leading "C18：" (the cell is shown next to it). */
function messageText(f: TargetFinding): string {
  const prefix = `${f.cell}：`;
  return f.message.startsWith(prefix) ? f.message.slice(prefix.length) : f.message;
}

/** The file writer is loaded only when a file is made (the Excel task pane inserts sheets instead). */
async function xlsxBytes(specs: SheetSpec[]): Promise<Uint8Array> {
  const { writeXlsx } = await import("../../io/xlsxWriter");
  return writeXlsx(specs);
}

/** Text-number cells inside a =SUM fix's range: Excel's SUM skips text, so fix those first. */
export function textCellsInSum(fix: TargetFix, findings: TargetFinding[]): string[] {
  if (fix.kind !== "sumFormula") return [];
  const m = /SUM\(\$?([A-Z]+\$?\d+):\$?([A-Z]+\$?\d+)\)/i.exec(fix.formula);
  const a = m && parseAddress(m[1].replace(/\$/g, ""));
  const b = m && parseAddress(m[2].replace(/\$/g, ""));
  if (!a || !b) return [];
  return findings
    .filter((f) => f.fix?.kind === "textToNumber")
    .filter(
      (f) =>
        f.row >= Math.min(a.row, b.row) &&
        f.row <= Math.max(a.row, b.row) &&
        f.col >= Math.min(a.col, b.col) &&
        f.col <= Math.max(a.col, b.col)
    )
    .map((f) => f.cell);
}

/** The annotated copy with the SUM fixes the clerk applied as formulas, not just their values. */
function withFormulas(specs: SheetSpec[], applied: TargetFix[]): SheetSpec[] {
  const copy = specs[0];
  for (const fix of applied) {
    if (fix.kind !== "sumFormula") continue;
    const row = copy.cells[fix.row];
    if (!row) continue;
    const now = row[fix.col];
    row[fix.col] = {
      ...(now ?? {}),
      value: undefined,
      formula: fix.formula.replace(/^=/, ""),
      // The sum the fix gave, as the cached result.
      result: typeof now?.value === "number" ? now.value : undefined,
    };
  }
  return specs;
}

function baseName(name: string): string {
  return name.replace(/\.[^.]+$/, "") || "任务分解表";
}

export class TargetsPanel extends Panel {
  private assigned!: HTMLInputElement;
  private asOf!: HTMLInputElement;
  private mark!: HTMLInputElement;
  private checkButton!: HTMLButtonElement;
  private results!: HTMLElement;
  private last: { read: ActiveSheet; report: TargetReport } | null = null;
  /** Fixes applied since the sheet was last opened (the standalone copy keeps SUM fixes as formulas). */
  private applied: TargetFix[] = [];

  protected build(container: HTMLElement): void {
    const ctx = this.ctx;
    const host = ctx.host;
    this.assigned = h("input", {
      id: "yb-assigned",
      class: "yb-input",
      type: "number",
      attrs: { min: "0", step: "1", inputmode: "numeric", placeholder: "选填，如 33828" },
    });
    this.asOf = dateInput("yb-asof");
    this.asOf.value = todayIso();
    this.mark = h("input", { id: "yb-mark", type: "checkbox" });
    this.mark.checked = true;
    this.checkButton = button("检查任务分解表", () => void this.check(), {
      id: "yb-check",
      primary: true,
    });
    const clearButton = button("清除标记", () => void this.clearMarks(), { id: "yb-clear" });
    const templateText = host.insertSheets ? "插入空白模板" : "下载空白模板";
    const templateButton = button(templateText, () => void this.template(), { id: "yb-template" });
    this.results = h("div", { class: "yb-results", id: "yb-results" });

    container.append(
      h(
        "div",
        { class: "yb-card" },
        h("p", {
          class: "yb-hint",
          text:
            host.kind === "excel"
              ? "先打开要检查的任务分解表工作表，再点“检查任务分解表”。"
              : "打开任务分解表文件后，点“检查任务分解表”。",
        }),
        h(
          "div",
          { class: "yb-fields" },
          h(
            "div",
            { class: "yb-field" },
            h("label", { class: "yb-label", for: "yb-assigned", text: "上级下达任务数" }),
            this.assigned
          ),
          h(
            "div",
            { class: "yb-field" },
            h("label", { class: "yb-label", for: "yb-asof", text: "统计截至日期" }),
            this.asOf
          )
        ),
        h(
          "label",
          { class: "yb-check", for: "yb-mark" },
          this.mark,
          host.kind === "excel"
            ? " 检查后在表中标出有问题的单元格"
            : " 检查后在预览中标出有问题的单元格"
        ),
        h("div", { class: "yb-actions" }, this.checkButton, clearButton, templateButton)
      ),
      this.results
    );
    ctx.onPolicyChange(() => {
      if (this.last) void this.check();
    });
  }

  /** Forget the last result (the standalone page calls it when another file is opened). */
  reset(): void {
    this.last = null;
    this.applied = [];
    clear(this.results);
  }

  protected override setEnabled(): void {
    this.checkButton.disabled = this.busy;
  }

  private options(read: ActiveSheet) {
    const assignedText = this.assigned.value.trim();
    let assigned: number | undefined;
    if (assignedText !== "") {
      assigned = Number(assignedText);
      if (!Number.isInteger(assigned) || assigned < 0)
        throw new Error(`上级下达任务数应为不小于0的整数，而不是“${assignedText}”`);
    }
    const asOf = this.asOf.value ? parseDate(this.asOf.value) : null;
    if (this.asOf.value && asOf === null)
      throw new Error(
        `统计截至日期“${this.asOf.value}”不是有效日期（可写 2026-12-01 或 2026年12月1日）`
      );
    return {
      assigned,
      asOf: asOf ?? undefined,
      policy: this.ctx.policy() ?? undefined,
      source: read.source,
      otherSheets: read.otherSheets,
    };
  }

  async check(): Promise<void> {
    await this.guard("正在读取工作表……", async () => {
      const read = await this.ctx.host.readActiveSheet();
      if (this.last && this.last.read.sheet.name !== read.sheet.name) this.applied = [];
      const report = checkTargets(read.sheet, this.options(read));
      this.last = { read, report };
      this.render(read, report);
      const errors = report.findings.filter((f) => f.severity === "error").length;
      const warnings = report.findings.length - errors;
      let marked = "";
      if (this.mark.checked) {
        try {
          // Also with no findings: that takes away the marks of an earlier check.
          await this.ctx.host.highlight(report.findings);
          if (report.findings.length > 0) marked = "有问题的单元格已标色，点“清除标记”可去掉。";
        } catch (e) {
          marked = `没能标记单元格：${errorText(e)}`;
        }
      }
      this.status(
        errors + warnings === 0
          ? `“${read.sheet.name}”检查完毕，没有发现问题。`
          : `“${read.sheet.name}”检查完毕：${errors} 个错误，${warnings} 个提示。${marked}`,
        errors > 0 ? "error" : "success"
      );
    });
  }

  private async template(): Promise<void> {
    await this.guard("正在生成空白模板……", async () => {
      const spec = targetTemplate();
      const host = this.ctx.host;
      if (host.insertSheets) {
        const [name] = await host.insertSheets([spec]);
        this.status(`已插入新工作表“${name}”（原有工作表没有改动）。`, "success");
      } else if (host.download) {
        await host.download(await xlsxBytes([spec]), `${spec.name}模板.xlsx`);
        this.status(`已生成“${spec.name}模板.xlsx”。`, "success");
      }
    });
  }

  private async applyFix(f: TargetFinding): Promise<void> {
    const last = this.last;
    if (!last || !f.fix) return;
    const fix = f.fix;
    const expected: CellValue = last.read.sheet.rows[fix.row]?.[fix.col] ?? null;
    let done = false;
    await this.guard(`正在修改 ${f.cell}……`, async () => {
      await this.ctx.host.applyFix(fix, expected);
      this.applied.push(fix);
      done = true;
    });
    if (done) {
      await this.check();
      this.status(`已修改 ${f.cell}：${fixLabel(fix)}。已重新检查。`, "success");
    }
  }

  private async exportReport(): Promise<void> {
    const last = this.last;
    if (!last) return;
    await this.guard("正在生成检查结果……", async () => {
      const host = this.ctx.host;
      const file = host.openedFile?.();
      if (host.download && file) {
        const { annotatedCopyName, annotatedWorkbook } = await import("../../io/annotateWorkbook");
        const name = annotatedCopyName(file.fileName);
        const bytes = await annotatedWorkbook({
          bytes: file.bytes,
          fileName: file.fileName,
          sheet: last.read.sheet,
          report: last.report,
          applied: file.applied(last.read.sheet.name),
        });
        await host.download(bytes, name);
        this.status(
          `已生成“${name}”：原工作簿加上标注、检查结果和进度汇总。原文件没有改动。`,
          "success"
        );
      } else if (host.download) {
        const specs = withFormulas(annotateTargets(last.read.sheet, last.report), this.applied);
        const name = `${baseName(host.baseName?.() ?? last.read.sheet.name)}-检查结果.xlsx`;
        await host.download(await xlsxBytes(specs), name);
        this.status(`已生成“${name}”：标注后的表、检查结果和进度汇总。原文件没有改动。`, "success");
      } else if (host.insertSheets) {
        const specs = withFormulas(
          annotateTargets(last.read.sheet, last.report, { source: last.read.source }),
          this.applied
        );
        const names = await host.insertSheets(specs);
        this.status(`已新建工作表：${names.join("、")}（原有工作表没有改动）。`, "success");
      }
    });
  }

  private render(read: ActiveSheet, report: TargetReport): void {
    clear(this.results);
    const s = report.summary;
    const errors = report.findings.filter((f) => f.severity === "error");
    const warnings = report.findings.filter((f) => f.severity === "warning");
    const headline =
      report.findings.length === 0
        ? h("div", { class: "yb-summary yb-summary-ok", text: "✓ 没有发现问题" })
        : h(
            "div",
            {
              class: `yb-summary ${errors.length > 0 ? "yb-summary-error" : "yb-summary-warning"}`,
            },
            h("span", {
              class: errors.length > 0 ? "yb-count yb-count-error" : "yb-count yb-count-none",
              text: errors.length > 0 ? `${errors.length} 个错误` : "没有错误",
            }),
            warnings.length > 0
              ? h("span", { class: "yb-count yb-count-warning", text: `${warnings.length} 个提示` })
              : null
          );
    const facts: string[] = [`工作表：${report.sheet}`];
    if (s.title) facts.push(s.title);
    facts.push(`${s.units} 个单位，各单位之和 ${count(s.sumOfUnits)}`);
    facts.push(s.declaredTotal !== null ? `合计行 ${count(s.declaredTotal)}` : "没有合计行");
    if (s.assigned !== null) facts.push(`上级下达 ${count(s.assigned)}`);
    const exportText = this.ctx.host.download ? "下载标注后的工作簿" : "生成检查结果工作表";
    const section = h(
      "div",
      { class: "yb-card yb-result-card" },
      headline,
      h("p", { class: "yb-facts", text: facts.join(" · ") }),
      read.skipped && read.skipped.length > 0
        ? h("p", {
            class: "yb-hint",
            text: `未读取的大表（超过 5000 行，不当作单位表比对）：${read.skipped.map((x) => `${x.name}（${x.rows} 行）`).join("、")}`,
          })
        : null,
      h(
        "div",
        { class: "yb-actions" },
        button(exportText, () => void this.exportReport(), { id: "yb-export" })
      )
    );
    this.results.appendChild(section);

    if (report.findings.length > 0) {
      const list = h("ul", {
        class: "yb-findings",
        id: "yb-findings",
        attrs: { "aria-label": "检查发现的问题" },
      });
      for (const f of report.findings) list.appendChild(this.findingItem(f, report.findings));
      this.results.appendChild(
        h(
          "div",
          { class: "yb-card" },
          h("h2", { class: "yb-h2", text: "问题（点击定位到单元格）" }),
          list
        )
      );
    }

    if (s.progress.length > 0) this.results.appendChild(this.progressSection(report));

    const notes = s.notes ?? [];
    if (notes.length > 0) {
      this.results.appendChild(
        h(
          "details",
          { class: "yb-card yb-notes" },
          h("summary", { text: "说明（检查了什么、依据）" }),
          h("ul", {}, ...notes.map((n) => h("li", { text: n })))
        )
      );
    }
  }

  private findingItem(f: TargetFinding, all: TargetFinding[]): HTMLLIElement {
    const select = h(
      "button",
      {
        class: "yb-finding-main",
        type: "button",
        title: `定位到 ${f.cell}`,
        dataset: { cell: f.cell, code: f.code },
        on: {
          click: () => {
            this.ctx.host.selectCell(f.cell).catch((e) => this.status(errorText(e), "error"));
          },
        },
      },
      h("span", { class: `yb-badge yb-badge-${f.severity}`, text: SEVERITY_TEXT[f.severity] }),
      h("span", { class: "yb-cell", text: f.cell }),
      h("span", { class: "yb-message", text: messageText(f) })
    );
    const fix = f.fix;
    const textFirst = fix ? textCellsInSum(fix, all) : [];
    return h(
      "li",
      { class: `yb-finding yb-finding-${f.severity}`, dataset: { code: f.code, cell: f.cell } },
      select,
      fix
        ? h("button", {
            class: "yb-button yb-fix",
            type: "button",
            text: fixLabel(fix),
            title: `只修改 ${f.cell} 这一个单元格`,
            on: { click: () => void this.applyFix(f) },
          })
        : null,
      textFirst.length > 0
        ? h("p", {
            class: "yb-hint yb-fix-note",
            text: `建议先把 ${textFirst.join("、")} 转为数字：求和公式不计文本格式的数字。`,
          })
        : null
    );
  }

  private progressSection(report: TargetReport): HTMLElement {
    const s = report.summary;
    const due = s.due ?? null;
    const dueLine = due
      ? `截至 ${s.asOf ?? ""} 应完成 ${percent(due.share)}（进度节点 ${due.by}）`
      : this.ctx.policy()
        ? "截至日期还没有到任何进度节点"
        : "未选政策：不对照进度节点、不评档、不算工作经费";
    const head = h(
      "tr",
      {},
      ...["村（社区）", "目标", "已缴费", "完成率", "应完成", "评档", "工作经费"].map((t) =>
        h("th", { text: t, attrs: { scope: "col" } })
      )
    );
    const body = h("tbody");
    let target = 0;
    let paid = 0;
    let anyPaid = false;
    for (const p of s.progress) {
      target += p.target;
      if (p.paid !== null) {
        paid += p.paid;
        anyPaid = true;
      }
      body.appendChild(
        h(
          "tr",
          { class: p.behind ? "yb-behind" : "" },
          h("th", { text: p.unit, attrs: { scope: "row" } }),
          h("td", { text: count(p.target) }),
          h("td", { text: count(p.paid) }),
          h("td", { text: percent(p.rate) }),
          h("td", { text: percent(p.due) }),
          h("td", { text: p.grade ?? "—", class: p.grade ? `yb-grade-${p.grade}` : "" }),
          h("td", { text: yuan(p.workFund) })
        )
      );
    }
    const foot = h(
      "tfoot",
      {},
      h(
        "tr",
        {},
        h("th", { text: "合计", attrs: { scope: "row" } }),
        h("td", { text: count(target) }),
        h("td", { text: anyPaid ? count(paid) : "—" }),
        h("td", { text: anyPaid && target > 0 ? percent(paid / target) : "—" }),
        h("td", { text: due ? percent(due.share) : "—" }),
        h("td", { text: "" }),
        h("td", { text: yuan(s.workFundTotal ?? null) })
      )
    );
    const chart = progressChart(s.progress, due ? due.share : null);
    return h(
      "div",
      { class: "yb-card", id: "yb-progress" },
      h("h2", { class: "yb-h2", text: "各村进度" }),
      h("p", { class: "yb-hint", text: dueLine }),
      h(
        "div",
        { class: "yb-table-wrap" },
        h("table", { class: "yb-table" }, h("thead", {}, head), body, foot)
      ),
      chart ?? h("p", { class: "yb-hint", text: "表中没有已缴费人数，只检查了任务数。" })
    );
  }
}

/** The panel as a tab of the app. */
export function targetsPanel(onCreate?: (panel: TargetsPanel) => void): PanelDef {
  return panelDef("targets", "检查任务分解表", () => new TargetsPanel(), onCreate);
}
