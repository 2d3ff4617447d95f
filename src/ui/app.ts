/**
 * The shell every panel lives in: title, the policy selector (shared by all panels), a tab
 * per panel, and one status line. Panels are plain objects registered in `panels`, so the
 * claim-table panel (生成资助申报表) is the second tab: mountApp(root, host, [targetsPanel(), claimPanel()]).
 */
import type { PolicyModel } from "../core/policy/model";
import { getPolicy, listPolicies } from "../core/policy/registry";
import { clear, errorText, h } from "./dom";
import type { PanelHost } from "./host";

export type StatusKind = "info" | "success" | "error" | "busy";

export interface PanelContext {
  host: PanelHost;
  /** The chosen policy, or null when the user chose none. */
  policy(): PolicyModel | null;
  supplied(): Record<string, string | number>;
  /**
   * Replaces the values supplied for what a notice leaves open and saves them where the host
   * keeps them (the workbook in Excel, this browser on the standalone page).
   */
  setSupplied(values: Record<string, string | number>): Promise<void>;
  /** Called with the new policy whenever the user changes it. */
  onPolicyChange(listener: (p: PolicyModel | null) => void): void;
  status(message: string, kind?: StatusKind): void;
}

export interface PanelDef {
  id: string;
  /** The tab's label, e.g. 检查任务分解表. */
  title: string;
  mount(container: HTMLElement, ctx: PanelContext): void;
}

export interface AppHandle {
  ctx: PanelContext;
  select(panelId: string): void;
  /** An area above the panels for the page's own controls (the standalone page's file picker). */
  top: HTMLElement;
}

export function mountApp(root: HTMLElement, host: PanelHost, panels: PanelDef[], title = "医保助手"): AppHandle {
  clear(root);
  root.classList.add("yb-app");
  let policy: PolicyModel | null = null;
  let supplied: Record<string, string | number> = {};
  const listeners: ((p: PolicyModel | null) => void)[] = [];

  const statusEl = h("div", { class: "yb-status", role: "status", attrs: { "aria-live": "polite" }, hidden: true });
  const status = (message: string, kind: StatusKind = "info"): void => {
    statusEl.hidden = !message;
    statusEl.className = `yb-status yb-status-${kind}`;
    statusEl.textContent = message;
  };

  const select = h("select", { id: "yb-policy", class: "yb-select" }, h("option", { attrs: { value: "" }, text: "（不选政策：只检查表格本身）" }));
  for (const p of listPolicies()) select.appendChild(h("option", { attrs: { value: p.id }, text: p.label }));
  const applyPolicy = (id: string | null): void => {
    try {
      policy = id ? getPolicy(id) : null;
    } catch {
      policy = null;
    }
    select.value = policy ? policy.id : "";
    for (const l of listeners) l(policy);
  };
  select.addEventListener("change", () => {
    applyPolicy(select.value || null);
    host.policyStore
      .savePolicyId(select.value)
      .then(() => status(policy ? `已选政策：${policy.label}` : "未选政策", "success"))
      .catch((e) => status(errorText(e), "error"));
  });
  host.policyStore
    .load()
    .then((s) => {
      supplied = s.supplied;
      applyPolicy(s.policyId);
    })
    .catch(() => applyPolicy(null));
  host.policyStore.onChange?.((id) => {
    if ((id ?? "") !== select.value) applyPolicy(id);
  });

  const header = h(
    "header",
    { class: "yb-header" },
    h("h1", { class: "yb-title", text: title }),
    h("label", { class: "yb-label", for: "yb-policy", text: "政策（地区、年度）" }),
    select,
  );

  const ctx: PanelContext = {
    host,
    policy: () => policy,
    supplied: () => supplied,
    setSupplied: async (values) => {
      await host.policyStore.saveSupplied?.(values);
      supplied = { ...values };
    },
    onPolicyChange: (l) => listeners.push(l),
    status,
  };

  const top = h("div", { class: "yb-top" });
  const tabs = h("div", { class: "yb-tabs", role: "tablist", hidden: panels.length < 2 });
  const bodies = new Map<string, HTMLElement>();
  const tabButtons = new Map<string, HTMLButtonElement>();
  const selectPanel = (id: string): void => {
    for (const [pid, body] of bodies) body.hidden = pid !== id;
    for (const [pid, b] of tabButtons) {
      b.setAttribute("aria-selected", String(pid === id));
      b.classList.toggle("yb-tab-active", pid === id);
    }
  };
  const main = h("main", { class: "yb-main" });
  for (const panel of panels) {
    const body = h("section", { class: "yb-panel", id: `yb-panel-${panel.id}`, role: "tabpanel", attrs: { "aria-label": panel.title } });
    bodies.set(panel.id, body);
    const tab = h("button", { class: "yb-tab", role: "tab", type: "button", text: panel.title, on: { click: () => selectPanel(panel.id) } });
    tabButtons.set(panel.id, tab);
    tabs.appendChild(tab);
    main.appendChild(body);
    panel.mount(body, ctx);
  }
  if (panels.length > 0) selectPanel(panels[0].id);
  root.append(header, top, tabs, statusEl, main);
  return { ctx, select: selectPanel, top };
}
