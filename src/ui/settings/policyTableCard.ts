/**
 * 政策设置's 政策表 card: the clerk enters her own notice. It writes the chosen policy as a
 * 政策表 (a download on the standalone page, three new sheets in Excel), opens a filled one
 * (a file; in Excel also the workbook's own 政策表 sheet, read by itself when the pane opens),
 * and lists every problem by cell. Nothing of a table with a problem is used; a valid one
 * becomes the policy of its region and year for every panel (ctx.useTable) and is kept where
 * the host keeps its settings, with the YB.* functions in Excel. The card always says which
 * policy is in use, and 改回收录的政策 goes back to the shipped one.
 */
import type { PolicyModel } from "../../core/policy/model";
import { PolicyTableError, TableProblem } from "../../core/policy/policyTable/load";
import { DOCUMENTS_SHEET, TABLE_SHEET, TEXT_SHEET } from "../../core/policy/policyTable/layout";
import { keptSheets, StoredPolicyTable } from "../../core/policy/policyTable/stored";
import { policyTableSheets } from "../../core/policy/policyTable/write";
import { readWorkbookBytes } from "../../io/workbook";
import { writeXlsx } from "../../io/xlsxWriter";
import type { PanelContext } from "../app";
import { button, clear, errorText, h } from "../dom";
import { WORKBOOK_TYPES } from "../fileTypes";

const TABLE_SHEETS = [TABLE_SHEET, DOCUMENTS_SHEET, TEXT_SHEET];

/** "政策表!B8" → the sheet and the cell, to show it; a sheet alone or text → null. */
function cellOf(at: string): { sheet: string; cell: string } | null {
  const m = /^(.+)!([A-Z]{1,3}\d+)$/.exec(at);
  return m ? { sheet: m[1], cell: m[2] } : null;
}

export class PolicyTableCard {
  readonly element: HTMLElement;
  private problems: readonly TableProblem[] = [];
  /** What the problems are of (a file's name or the workbook's sheet). */
  private checked = "";
  private busy = false;

  constructor(private readonly ctx: PanelContext) {
    this.element = h("div", { class: "yb-card yb-policy-table", id: "yb-policy-table" });
    ctx.onTableChange(() => this.render());
    ctx.onPolicyChange(() => this.render());
    this.render();
  }

  private get excel(): boolean {
    return this.ctx.host.kind === "excel";
  }

  /**
   * In Excel, a 政策表 sheet in the workbook is the clerk's table when she says so (quiet: false,
   * 使用本工作簿的政策表). When the pane opens (quiet), the sheet is read again only if the table
   * kept in the settings came from it, so her edits since take effect; a sheet is never taken
   * unasked, so 改回收录的政策 and a table opened from a file stay as she left them.
   */
  async useWorkbookSheet(quiet: boolean): Promise<void> {
    if (quiet && this.ctx.userTable()?.source !== "sheet") return;
    const host = this.ctx.host;
    const names = (
      await (host.sheetNames?.() ?? host.listSheets(0).then((l) => l.map((s) => s.name)))
    ).map((n) => n.trim());
    if (!names.includes(TABLE_SHEET)) {
      if (!quiet)
        this.ctx.status(
          `本工作簿没有“${TABLE_SHEET}”工作表。可以点“写入政策表工作表”生成一份再修改。`,
          "error"
        );
      return;
    }
    const sheets = await host.readSheets(TABLE_SHEETS.filter((n) => names.includes(n)));
    const stored: StoredPolicyTable = {
      source: "sheet",
      name: TABLE_SHEET,
      sheets: keptSheets(sheets),
    };
    const inUse = this.ctx.userTable();
    // The same table already in use (the pane opened again): nothing to save or recalculate.
    if (quiet && inUse && JSON.stringify(inUse.stored.sheets) === JSON.stringify(stored.sheets))
      return;
    await this.use(stored, `本工作簿的“${TABLE_SHEET}”工作表`);
  }

  /** Checks a table whole and uses it, or shows its problems and uses nothing of it. */
  private async use(stored: StoredPolicyTable, where: string): Promise<PolicyModel | null> {
    this.ctx.status(`正在检查${where}……`, "busy");
    try {
      const model = await this.ctx.useTable(stored);
      this.problems = [];
      this.checked = "";
      this.render();
      this.ctx.status(
        `${where}检查无误，已使用：${model!.label}按您的政策表计算。` +
          (this.excel ? "YB 函数已重新计算。" : ""),
        "success"
      );
      return model;
    } catch (e) {
      if (!(e instanceof PolicyTableError)) throw e;
      this.problems = e.problems;
      this.checked = where;
      this.render();
      const inUse = this.ctx.userTable();
      this.ctx.status(
        `${where}有 ${e.problems.length} 处问题，没有使用；` +
          (inUse ? `仍在使用之前的政策表（${inUse.name}）。` : "仍按收录的政策计算。") +
          "请按下面列出的单元格逐一改正后再打开。",
        "error"
      );
      return null;
    }
  }

  async openFile(file: { name: string; arrayBuffer(): Promise<ArrayBuffer> }): Promise<void> {
    await this.guard(async () => {
      const bytes = new Uint8Array(await file.arrayBuffer());
      const sheets = await readWorkbookBytes(bytes, file.name);
      await this.use(
        { source: "file", name: file.name, sheets: keptSheets(sheets) },
        `政策表文件 ${file.name} `
      );
    });
  }

  async write(): Promise<void> {
    const model = this.ctx.policy();
    if (!model) {
      this.ctx.status("请先在上方选择要照着修改的政策（地区、年度），再导出政策表。", "error");
      return;
    }
    await this.guard(async () => {
      const specs = policyTableSheets(model.policy);
      if (this.excel) {
        if (!this.ctx.host.insertSheets) throw new Error("这里不能写入工作表");
        this.ctx.status("正在写入政策表……", "busy");
        await this.ctx.host.insertSheets(specs, { exactNames: true });
        this.ctx.status(
          `已写入“${TABLE_SHEETS.join("”“")}”三张工作表（${model.label}）。照新通知修改后点“使用本工作簿的政策表”。`,
          "success"
        );
      } else {
        if (!this.ctx.host.download) throw new Error("这里不能下载文件");
        this.ctx.status("正在生成政策表……", "busy");
        await this.ctx.host.download(await writeXlsx(specs), `政策表（${model.label}）.xlsx`);
        this.ctx.status(
          `已下载${model.label}的政策表。照新通知修改、粘贴通知原文后，点“打开政策表”。`,
          "success"
        );
      }
    });
  }

  async backToShipped(): Promise<void> {
    await this.guard(async () => {
      const was = this.ctx.userTable();
      await this.ctx.useTable(null);
      this.ctx.status(
        was ? `已改回收录的政策，不再使用政策表（${was.name}）。` : "正在使用收录的政策。",
        "success"
      );
    });
  }

  private async guard(work: () => Promise<void>): Promise<void> {
    if (this.busy) return;
    this.busy = true;
    for (const b of this.element.querySelectorAll("button")) b.disabled = true;
    try {
      await work();
    } catch (e) {
      this.ctx.status(errorText(e), "error");
    } finally {
      this.busy = false;
      this.render();
    }
  }

  private render(): void {
    const el = this.element;
    clear(el);
    el.appendChild(h("h2", { class: "yb-h2", text: "政策表：自己录入新通知" }));
    const t = this.ctx.userTable();
    const from = t
      ? t.source === "sheet"
        ? `本工作簿的“${t.name}”工作表`
        : `文件“${t.name}”`
      : "";
    el.appendChild(
      h(
        "p",
        {
          class: t ? "yb-table-in-use yb-table-own" : "yb-table-in-use",
          id: "yb-table-in-use",
          dataset: { source: t ? t.source : "shipped" },
        },
        t
          ? `正在使用您自己的政策表：${t.model.label}，来自${from}。其他地区和年度仍按收录的政策。`
          : "正在使用医保助手收录的政策。"
      )
    );
    el.appendChild(
      h("p", {
        class: "yb-hint",
        text:
          "新年度的通知下来而医保助手还没有更新时：" +
          (this.excel
            ? "点“写入政策表工作表”，照新通知修改数值、出处和原文，把通知全文粘贴到“通知原文”，再点“使用本工作簿的政策表”；也可以打开别处填好的政策表文件。"
            : "点“导出政策表”，照新通知修改数值、出处和原文，把通知全文粘贴到“通知原文”，保存后点“打开政策表”。") +
          "政策表要全部检查无误才会使用。",
      })
    );
    const input = h("input", {
      id: "yb-table-file",
      type: "file",
      hidden: true,
      attrs: { accept: WORKBOOK_TYPES },
    });
    input.addEventListener("change", () => {
      const file = input.files?.[0];
      input.value = "";
      if (file) void this.openFile(file);
    });
    const actions = h(
      "div",
      { class: "yb-actions" },
      button(this.excel ? "写入政策表工作表" : "导出政策表", () => void this.write(), {
        id: "yb-table-write",
      }),
      this.excel
        ? button(
            "使用本工作簿的政策表",
            () => void this.guard(() => this.useWorkbookSheet(false)),
            {
              id: "yb-table-sheet",
              primary: true,
            }
          )
        : null,
      button("打开政策表", () => input.click(), { id: "yb-table-open", primary: !this.excel }),
      t
        ? button("改回收录的政策", () => void this.backToShipped(), { id: "yb-table-shipped" })
        : null,
      input
    );
    el.appendChild(actions);
    if (this.problems.length > 0) el.appendChild(this.problemList());
  }

  private problemList(): HTMLElement {
    const list = h("ol", { class: "yb-table-problems", id: "yb-table-problems" });
    for (const p of this.problems) {
      const at = cellOf(p.at);
      const where =
        at && this.excel
          ? h("a", {
              class: "yb-cell-link",
              attrs: { href: "#" },
              text: p.at,
              on: {
                click: (e) => {
                  e.preventDefault();
                  void this.ctx.host.selectCell(at.cell, at.sheet).catch(() => undefined);
                },
              },
            })
          : h("span", { class: "yb-table-at", text: p.at });
      list.appendChild(
        h("li", { dataset: { at: p.at } }, where, h("span", { text: `：${p.message}` }))
      );
    }
    return h(
      "div",
      { class: "yb-table-check", role: "alert" },
      h("p", {
        class: "yb-field-error",
        text: `${this.checked}有 ${this.problems.length} 处问题，整份政策表都没有使用：`,
      }),
      list
    );
  }
}
