/**
 * 参保比对 (谁还没缴): the clerk says which sheet is which (身份名单 / 户籍花名册, 缴费名单,
 * 任务分解表, 上次的进度记录; guessed from the headers), picks the report date and presses
 * the button. The panel shows the equations that account for every row, the villages'
 * figures and grades, the ranking with the change since the last report and the villages
 * behind the milestone, and the progress line chart. In Excel the results are new sheets and
 * the 进度记录 / 进度图表 sheets (with an Excel chart); on the standalone page, where the lists
 * often come as separate files, more files can be added and one workbook is downloaded.
 */
import { balanceText } from "../../core/match/match";
import type { MatchRun } from "../../core/match/run";
import { parseDate } from "../../core/dates";
import type { PolicyModel } from "../../core/policy/model";
import { progressReport } from "../../core/progress/history";
import type { PanelDef } from "../app";
import type { SheetHead } from "../host";
import { button, clear, filePicker, h } from "../dom";
import { Panel, panelDef } from "../panel";
import { TABLE_TYPES } from "../fileTypes";
import { count, percent, todayIso } from "../format";
import { progressLines } from "./chart";
import {
  matchInHost,
  matchXlsx,
  MatchRole,
  ROLE_LABELS,
  rolesOf,
  SheetRole,
  guessRole,
} from "./runner";

const HEAD_ROWS = 30;
const LISTED = 100;
const paint = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 20));

export class MatchPanel extends Panel {
  private roles: SheetRole[] = [];
  private added: SheetRole[] = [];
  private sheetsBox!: HTMLElement;
  private date!: HTMLInputElement;
  private runButton!: HTMLButtonElement;
  private results!: HTMLElement;
  private policyHint!: HTMLElement;
  private last: MatchRun | null = null;

  protected build(container: HTMLElement): void {
    const ctx = this.ctx;
    const excel = ctx.host.kind === "excel";
    this.policyHint = h("p", { class: "yb-hint", id: "yb-match-policy" });
    this.sheetsBox = h("div", {
      class: "yb-sheet-list",
      id: "yb-match-sheets",
      role: "group",
      attrs: { "aria-label": "比对用的工作表" },
    });
    this.date = h("input", { id: "yb-match-date", class: "yb-input", type: "date" });
    this.date.value = todayIso();
    this.runButton = button("开始比对", () => void this.run(), {
      id: "yb-match-run",
      primary: true,
    });
    const refresh = button("重新读取工作表列表", () => void this.guard("", () => this.list()), {
      id: "yb-match-refresh",
    });
    const picker = filePicker({
      id: "yb-match-file",
      accept: TABLE_TYPES,
      text: "添加文件（缴费名单、其他名单、上次的比对结果）",
      multiple: true,
      onFiles: (files) => void this.guard("", () => this.addFiles(files)),
    });
    this.results = h("div", { class: "yb-results", id: "yb-match-results" });
    container.append(
      h(
        "div",
        { class: "yb-card" },
        h("p", {
          class: "yb-hint",
          text: excel
            ? "把部门名单、户籍花名册和税务导出的缴费名单分别粘贴到工作表中，在下面为每个工作表选好用途，再点“开始比对”。结果写入新工作表，原表不会改动。"
            : "打开名单文件；缴费名单等在其他文件中的，点“添加文件”。为每个工作表选好用途，再点“开始比对”，然后下载比对结果。原文件不会改动。",
        }),
        this.policyHint,
        h("div", { class: "yb-label", text: "工作表及用途" }),
        this.sheetsBox,
        excel ? null : h("div", { class: "yb-actions" }, ...picker),
        h(
          "div",
          { class: "yb-fields" },
          h(
            "div",
            { class: "yb-field" },
            h("label", { class: "yb-label", for: "yb-match-date", text: "报告日期（统计截至）" }),
            this.date
          )
        ),
        h("div", { class: "yb-actions" }, this.runButton, refresh)
      ),
      this.results
    );
    ctx.onPolicyChange((p) => this.policyChanged(p));
    this.policyChanged(ctx.policy());
    if (excel) void this.guard("", () => this.list());
  }

  /** Another file was opened (standalone page): list its sheets, keep the files added here. */
  reset(): void {
    this.last = null;
    clear(this.results);
    void this.guard("", () => this.list());
  }

  private policyChanged(p: PolicyModel | null): void {
    this.policyHint.textContent = p
      ? `按${p.label}的参保率目标、评档和进度节点统计。`
      : "请先在上方选择政策（地区、年度）：参保率目标、评档规则和进度节点因地区而异。";
    this.policyHint.classList.toggle("yb-hint-warning", !p);
    this.setEnabled();
  }

  protected override setEnabled(): void {
    this.runButton.disabled = this.busy || !this.ctx.policy();
  }

  private async list(): Promise<void> {
    let heads: SheetHead[];
    try {
      heads = await this.ctx.host.listSheets(HEAD_ROWS);
    } catch (e) {
      if (this.ctx.host.kind !== "standalone") throw e;
      heads = [];
    }
    const before = new Map(this.roles.map((r) => [r.name, r.role]));
    this.roles = rolesOf(heads).map((r) => ({ ...r, role: before.get(r.name) ?? r.role }));
    this.render();
  }

  private async addFiles(files: File[]): Promise<void> {
    const { readWorkbookBytes } = await import("../../io/workbook");
    for (const f of files) {
      const sheets = await readWorkbookBytes(new Uint8Array(await f.arrayBuffer()), f.name);
      for (const s of sheets) {
        const name = `${f.name.replace(/\.[^.]+$/, "")} · ${s.name}`;
        this.added.push({
          name,
          rows: s.rows.length,
          role: guessRole({ name: s.name, rows: s.rows.slice(0, HEAD_ROWS) }),
          data: { ...s, name: s.name },
        });
      }
    }
    this.status(`已添加 ${files.map((f) => f.name).join("、")}`, "success");
    this.render();
  }

  private all(): SheetRole[] {
    return [...this.roles, ...this.added];
  }

  private render(): void {
    clear(this.sheetsBox);
    const all = this.all();
    if (all.length === 0) {
      this.sheetsBox.appendChild(
        h("p", {
          class: "yb-hint",
          text: this.ctx.host.kind === "excel" ? "正在读取工作表列表……" : "请先打开文件。",
        })
      );
      return;
    }
    all.forEach((r, i) => {
      const id = `yb-match-role-${i}`;
      const select = h("select", { id, class: "yb-select", dataset: { sheet: r.name } });
      for (const role of Object.keys(ROLE_LABELS) as MatchRole[])
        select.appendChild(h("option", { attrs: { value: role }, text: ROLE_LABELS[role] }));
      select.value = r.role;
      select.addEventListener("change", () => (r.role = select.value as MatchRole));
      this.sheetsBox.appendChild(
        h(
          "div",
          { class: "yb-match-sheet", dataset: { sheet: r.name } },
          h(
            "label",
            { class: "yb-label", for: id },
            h("span", { class: "yb-sheet-name", text: r.name }),
            h("span", { class: "yb-match-sheet-rows", text: ` ${count(r.rows)} 行` })
          ),
          select
        )
      );
    });
  }

  private async run(): Promise<void> {
    const policy = this.ctx.policy();
    if (!policy) return;
    await this.guard("", async () => {
      const date = parseDate(this.date.value);
      if (date === null) throw new Error("请填写报告日期");
      this.status("正在读取名单……", "busy");
      const host = this.ctx.host;
      const m = await matchInHost(host, this.all(), {
        policy,
        date,
        supplied: this.ctx.supplied(),
        onRead: (done, total) =>
          this.status(`正在读取名单：${count(done)} / ${count(total)} 行`, "busy"),
        beforeMatch: async () => {
          this.status("正在比对身份证号码……", "busy");
          await paint();
        },
      });
      this.last = m.run;
      this.showRun(m.run, m.written);
      if (m.written) {
        await this.list();
        this.status(`比对完成，已写入新工作表：${m.written.join("、")}`, "success");
      } else this.status("比对完成。点“下载比对结果”保存工作簿。", "success");
    });
  }

  private showRun(run: MatchRun, written: string[] | null): void {
    clear(this.results);
    const r = run.result;
    const paid = r.people.filter((p) => p.status === "paid").length;
    const conflict = r.people.filter((p) => p.status === "conflict").length;
    const card = h("div", { class: "yb-card yb-result-card" });
    card.append(
      h("h2", { class: "yb-h2", text: "比对结果" }),
      ...balanceText(r.counts)
        .split("\n")
        .map((line, i) =>
          h("p", {
            class: "yb-summary yb-summary-ok",
            id: i === 0 ? "yb-match-balance" : "yb-match-balance-paid",
            text: line,
          })
        ),
      h("p", {
        class: "yb-hint",
        id: "yb-match-people",
        text: `名单内 ${count(r.people.length)} 人：已缴 ${count(paid)} 人，未缴 ${count(r.people.length - paid - conflict)} 人，姓名不一致待核实 ${count(conflict)} 人；已缴但不在名单内 ${count(r.outside.length)} 人。`,
      })
    );
    if (!written && this.ctx.host.download)
      card.appendChild(
        h(
          "div",
          { class: "yb-actions" },
          button("下载比对结果", () => void this.download(), {
            id: "yb-match-download",
            primary: true,
          })
        )
      );
    this.results.appendChild(card);

    if (run.targetIssues.length > 0) {
      const issues = h("ul", { class: "yb-findings", id: "yb-match-target-issues" });
      for (const text of run.targetIssues)
        issues.appendChild(h("li", { class: "yb-finding yb-finding-error", text }));
      this.results.appendChild(
        h(
          "div",
          { class: "yb-card" },
          h("h2", {
            class: "yb-h2",
            text: "任务分解表有问题：以下评档和排名按现有表格计算，请改正后重新比对",
          }),
          issues
        )
      );
    }

    const grades = new Map((run.targets?.summary.progress ?? []).map((u) => [u.unit, u]));
    const table = h("table", { class: "yb-table", id: "yb-match-villages" });
    table.appendChild(
      h(
        "thead",
        {},
        h(
          "tr",
          {},
          ...[
            "村（社区）",
            "名单人数",
            "已缴",
            "参保率",
            "低收入人口",
            "脱贫人口",
            "评档",
            "工作经费",
          ].map((t) => h("th", { text: t }))
        )
      )
    );
    const body = h("tbody");
    for (const v of run.villages) {
      const [all, low, pov] = v.rows;
      const g = grades.get(v.village);
      body.appendChild(
        h(
          "tr",
          { dataset: { village: v.village } },
          h("th", { text: v.village, attrs: { scope: "row" } }),
          h("td", { text: count(all.people) }),
          h("td", { text: count(all.paid) }),
          h("td", { text: percent(all.rate) }),
          h("td", { text: low.people > 0 ? `${low.paid}/${low.people}` : "—" }),
          h("td", { text: pov.people > 0 ? `${pov.paid}/${pov.people}` : "—" }),
          h("td", { text: g?.grade ? `${g.grade}档` : "—" }),
          h("td", {
            text: g?.workFund !== null && g?.workFund !== undefined ? `${g.workFund}元` : "—",
          })
        )
      );
    }
    table.appendChild(body);
    this.results.appendChild(
      h(
        "div",
        { class: "yb-card" },
        h("h2", { class: "yb-h2", text: "分村统计" }),
        h("div", { class: "yb-table-wrap" }, table)
      )
    );

    const rep = progressReport(run.history);
    if (rep) {
      const list = h("ol", { class: "yb-findings", id: "yb-match-ranking" });
      for (const x of rep.ranking)
        list.appendChild(
          h("li", {
            dataset: { village: x.village, rank: String(x.rank) },
            text:
              `第${x.rank}名 ${x.village} ${percent(x.rate)}（${count(x.paid)}/${count(x.target)}）` +
              (x.change !== null ? `，较上次${x.change >= 0 ? "+" : ""}${x.change}人` : "") +
              (x.behind ? "，落后于进度" : ""),
          })
        );
      const chart = progressLines(run.history);
      this.results.appendChild(
        h(
          "div",
          { class: "yb-card" },
          h("h2", {
            class: "yb-h2",
            text: `进度排名（${rep.date}${rep.previous ? `，较 ${rep.previous}` : ""}）`,
          }),
          h("p", {
            class: "yb-hint",
            id: "yb-match-behind",
            text:
              rep.due === null
                ? "还没有到第一个进度节点。"
                : rep.behind.length > 0
                  ? `应完成 ${percent(rep.due)}，落后的：${rep.behind.map((x) => x.village).join("、")}`
                  : `应完成 ${percent(rep.due)}，各村（社区）都已达到。`,
          }),
          list,
          chart
        )
      );
    }
    if (r.rejected.length > 0) {
      const list = h("ul", { class: "yb-findings", id: "yb-match-rejected" });
      for (const x of r.rejected.slice(0, LISTED))
        list.appendChild(
          h("li", {
            text: `${x.side === "list" ? "身份名单" : "缴费名单"}“${x.sheet}”第${x.row}行${x.name ? ` ${x.name}` : ""}：${x.reason}`,
          })
        );
      this.results.appendChild(
        h(
          "div",
          { class: "yb-card" },
          h("h2", { class: "yb-h2", text: `未通过（${r.rejected.length}行）` }),
          r.rejected.length > LISTED
            ? h("p", { class: "yb-hint", text: `只列出前${LISTED}行，全部见“未通过”工作表。` })
            : null,
          list
        )
      );
    }
  }

  private async download(): Promise<void> {
    const run = this.last;
    const host = this.ctx.host;
    if (!run || !host.download) return;
    const base = (host.baseName?.() ?? "").replace(/\.[^.]+$/, "") || "名单";
    await host.download(await matchXlsx(run), `${base}-参保比对.xlsx`);
  }
}

/** The panel as a tab of the app. */
export function matchPanel(onCreate?: (panel: MatchPanel) => void): PanelDef {
  return panelDef("match", "参保比对", () => new MatchPanel(), onCreate);
}
