/**
 * The standalone page, for clerks on WPS or without Microsoft 365: open an .xlsx, .xlsm, .xls or .csv
 * file, run the same panels as the Excel task pane (检查任务分解表, 生成资助申报表, 参保比对, 现金台账, 政策设置), download
 * the annotated or the claim workbook. No Office.js and no network: the file is read,
 * checked and written in this page.
 */
import { mountApp } from "../ui/app";
import { CashPanel, cashPanel } from "../ui/cash/panel";
import { ClaimPanel, claimPanel } from "../ui/claim/panel";
import { errorText, h } from "../ui/dom";
import { TABLE_TYPES } from "../ui/fileTypes";
import { count } from "../ui/format";
import { MatchPanel, matchPanel } from "../ui/match/panel";
import { settingsPanel } from "../ui/settings/panel";
import { injectStyles } from "../ui/styles";
import { TargetsPanel, targetsPanel } from "../ui/targets/panel";
import { StandaloneHost } from "./host";

function init(): void {
  injectStyles();
  const root = document.getElementById("app");
  if (!root) return;
  const host = new StandaloneHost();
  let panel: TargetsPanel | null = null;
  let claim: ClaimPanel | null = null;
  let match: MatchPanel | null = null;
  let cash: CashPanel | null = null;

  const side = h("div", { class: "yb-side" });
  const page = h("div", { class: "yb-page" }, side, host.preview.element);
  root.replaceChildren(page);
  const app = mountApp(
    side,
    host,
    [
      targetsPanel((p) => (panel = p)),
      claimPanel((p) => (claim = p)),
      matchPanel((p) => (match = p)),
      cashPanel((p) => (cash = p)),
      settingsPanel(),
    ],
    "医保助手 · 网页版"
  );

  const input = h("input", {
    id: "yb-file",
    type: "file",
    attrs: { accept: TABLE_TYPES },
  });
  const fileName = h("p", { class: "yb-file-name", id: "yb-file-name", text: "还没有打开文件" });
  const sheetSelect = h("select", { id: "yb-sheet", class: "yb-select", hidden: true });
  const sheetLabel = h("label", {
    class: "yb-label",
    for: "yb-sheet",
    text: "要检查的工作表",
    hidden: true,
  });
  const drop = h(
    "div",
    { class: "yb-drop", id: "yb-drop" },
    input,
    h("label", {
      for: "yb-file",
      class: "yb-button yb-primary",
      attrs: { role: "button", tabindex: "0" },
      text: "打开 .xlsx、.xlsm、.xls 或 .csv 文件",
    }),
    h("p", {
      class: "yb-hint",
      text: "也可以把文件拖到这里。",
    }),
    fileName,
    h("p", { class: "yb-privacy", id: "yb-privacy", text: "文件只在本机浏览器中处理，不会上传" })
  );
  app.top.append(h("div", { class: "yb-card" }, drop, sheetLabel, sheetSelect));

  const open = async (file: File): Promise<void> => {
    app.ctx.status(`正在读取 ${file.name}……`, "busy");
    try {
      const wb = await host.open(file, (done, total) =>
        app.ctx.status(`正在读取 ${file.name}：${count(done)} / ${count(total)} 行……`, "busy")
      );
      panel?.reset();
      claim?.reset();
      match?.reset();
      cash?.reset();
      fileName.textContent = `已打开：${wb.fileName}（${wb.sheets.length} 个工作表）`;
      sheetSelect.replaceChildren(
        ...wb.sheets.map((s, i) => h("option", { attrs: { value: String(i) }, text: s.name }))
      );
      sheetSelect.hidden = sheetLabel.hidden = wb.sheets.length < 2;
      app.ctx.status(
        `已打开 ${wb.fileName}。点“检查任务分解表”开始检查，或在“生成资助申报表”标签页生成申报表。`,
        "success"
      );
    } catch (e) {
      app.ctx.status(errorText(e), "error");
    }
  };

  input.addEventListener("change", () => {
    const file = input.files?.[0];
    if (file) void open(file);
    input.value = "";
  });
  sheetSelect.addEventListener("change", () => {
    host.showSheet(Number(sheetSelect.value));
    panel?.reset();
  });
  drop.addEventListener("dragover", (e) => {
    e.preventDefault();
    drop.classList.add("yb-drop-over");
  });
  drop.addEventListener("dragleave", () => drop.classList.remove("yb-drop-over"));
  drop.addEventListener("drop", (e) => {
    e.preventDefault();
    drop.classList.remove("yb-drop-over");
    const file = e.dataTransfer?.files?.[0];
    if (file) void open(file);
  });
  // A file dropped beside the drop zone must not make the browser open (leave) the page.
  document.addEventListener("dragover", (e) => e.preventDefault());
  document.addEventListener("drop", (e) => e.preventDefault());
  drop.querySelector<HTMLLabelElement>("label.yb-button")?.addEventListener("keydown", (e) => {
    if (e.key === "Enter" || e.key === " ") {
      e.preventDefault();
      input.click();
    }
  });
}

if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", init);
else init();
