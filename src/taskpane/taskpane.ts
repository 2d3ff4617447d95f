/**
 * The task pane. It shares its runtime with the YB.* functions (webpack bundles
 * src/functions/functions.ts into the same page), so the policy chosen in the pane's
 * selector (saved in the workbook by src/office/settings.ts) is what the functions read.
 * Panels: 检查任务分解表, 生成资助申报表, 参保比对, 现金台账, 政策设置.
 *
 * The ribbon's only button, 政策设置 (manifest.xml, ShowTaskpane), opens this pane: it comes up
 * on the 政策设置 tab, and again whenever the button shows the pane after it was closed.
 */
import { OfficeHost } from "../office/host";
import { AppHandle, mountApp } from "../ui/app";
import { h } from "../ui/dom";
import { injectStyles } from "../ui/styles";
import { cashPanel } from "../ui/cash/panel";
import { claimPanel } from "../ui/claim/panel";
import { matchPanel } from "../ui/match/panel";
import { settingsPanel } from "../ui/settings/panel";
import { targetsPanel } from "../ui/targets/panel";

function functionsHelp(): HTMLElement {
  return h(
    "footer",
    { class: "yb-footer" },
    "单元格函数：输入 ",
    h("code", { text: '=YB.PREMIUM("二档","普通居民",DATE(2025,3,1))' }),
    "（中文版 Excel：",
    h("code", { text: "=YB.个人缴费(...)" }),
    "），函数按上面选的政策计算。"
  );
}

function init(host: Office.HostType | null): void {
  injectStyles();
  const root = document.getElementById("app");
  if (!root) return;
  if (host === null || host !== Office.HostType.Excel) {
    root.replaceChildren(
      h(
        "div",
        { class: "yb-app" },
        h("h1", { class: "yb-title", text: "医保助手" }),
        h("p", {
          text: "请在 Excel 中打开本加载项。没有 Excel（如使用 WPS）时，请打开网页版 index.html：选文件、检查、下载标注后的工作簿，文件不会上传。",
        })
      )
    );
    return;
  }
  const app = mountApp(root, new OfficeHost(), [
    targetsPanel(),
    claimPanel(),
    matchPanel(),
    cashPanel(),
    settingsPanel(),
  ]);
  root.appendChild(functionsHelp());
  openOnSettings(app);
}

/**
 * The pane is opened by the 政策设置 button: show that tab now and each time the pane is shown
 * again (the shared runtime keeps the page, and the button only makes it visible).
 */
function openOnSettings(app: AppHandle): void {
  app.select("settings");
  try {
    if (!Office.context.requirements.isSetSupported("SharedRuntime", "1.1")) return;
    Office.addin
      .onVisibilityModeChanged((message) => {
        if (String(message.visibilityMode) === "Taskpane") app.select("settings");
      })
      .catch(() => undefined);
  } catch {
    // Without the event the pane still opens on 政策设置 the first time.
  }
}

// Office.js comes from Microsoft's CDN; if it could not be loaded (offline, blocked), say so.
if (typeof Office === "undefined") {
  if (document.readyState === "loading")
    document.addEventListener("DOMContentLoaded", () => init(null));
  else init(null);
} else {
  Office.onReady((info) => init(info.host));
}
