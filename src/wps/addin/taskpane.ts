/// <reference types="et-jsapi-declare" />
/**
 * The add-in's task pane (taskpane.html, opened by the ribbon's 医保助手 button): the page's
 * own panels (src/ui) over the WPS host, working on the open workbook through the ET object
 * model. The choice of policy is kept in the workbook, where the YB.* functions read it
 * (workbookSettings.ts).
 */
import { mountApp } from "../../ui/app";
import { h } from "../../ui/dom";
import { injectStyles } from "../../ui/styles";
import { cashPanel } from "../../ui/cash/panel";
import { claimPanel } from "../../ui/claim/panel";
import { matchPanel } from "../../ui/match/panel";
import { settingsPanel } from "../../ui/settings/panel";
import { targetsPanel } from "../../ui/targets/panel";
import { WpsHost } from "../host/host";
import { workbookPolicyStore } from "../host/workbookSettings";

export function mountPane(root: HTMLElement, app: Et.Application): void {
  injectStyles();
  mountApp(root, new WpsHost(app, workbookPolicyStore(app)), [
    targetsPanel(),
    claimPanel(),
    matchPanel(),
    cashPanel(),
    settingsPanel(),
  ]);
  root.appendChild(
    h(
      "footer",
      { class: "yb-footer" },
      "单元格函数（WPS 12.1.0.20540 及以上）：输入 ",
      h("code", { text: '=YB.PREMIUM("二档","普通居民",DATE(2025,3,1))' }),
      "，函数按上面为本工作簿选的政策计算。"
    )
  );
}

function start(): void {
  const root = document.getElementById("app");
  if (!root) return;
  const app = (window as { Application?: Et.Application }).Application;
  if (!app) {
    root.textContent = "请在 WPS 表格中通过“医保助手”按钮打开本窗格。";
    return;
  }
  mountPane(root, app);
}

if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
else start();
