/**
 * The shell every panel lives in: title, the policy selector (shared by all panels), a tab
 * per panel, and one status line. Panels are plain objects registered in `panels`:
 * mountApp(root, host, [targetsPanel(), claimPanel(), cashPanel(), settingsPanel()]) gives the
 * tabs 检查任务分解表, 生成资助申报表, 现金台账 and 政策设置 in that order.
 *
 * The state the panels share (the chosen policy and the values supplied for what its notice
 * leaves open) lives in createPanelContext, which needs no DOM.
 */
import type { PolicyModel } from "../core/policy/model";
import { getPolicy, listPolicies, useUserPolicy } from "../core/policy/registry";
import { policyFromTable } from "../core/policy/userPolicy";
import { clear, errorText, h } from "./dom";
import type { PanelHost, StoredPolicyTable } from "./host";

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
  /** Called with the new values whenever they change (saved here, or in another pane or by a co-author). */
  onSuppliedChange(listener: (values: Record<string, string | number>) => void): void;
  status(message: string, kind?: StatusKind): void;
  /** Brings another panel to the front; `detail` says what to show there (政策设置: the key to fill in). */
  showPanel(id: string, detail?: string): void;
  /** The clerk's 政策表 in use, with where it came from; null: the shipped policies only. */
  userTable(): UserTable | null;
  /**
   * Checks a 政策表 whole and, valid, makes it the policy of its region and year for every
   * panel, keeps it where the host keeps its settings and chooses it; throws a
   * PolicyTableError (every problem by cell) and changes nothing otherwise. null goes back to
   * the shipped policies.
   */
  useTable(table: StoredPolicyTable | null): Promise<PolicyModel | null>;
  /** Called after the 政策表 in use changed (the policy list changed with it). */
  onTableChange(listener: (t: UserTable | null) => void): void;
  /** Settles once the host's saved policy, values and 政策表 have been loaded. */
  readonly ready?: Promise<void>;
}

export interface UserTable {
  model: PolicyModel;
  source: StoredPolicyTable["source"];
  /** The file's name, or the sheet's. */
  name: string;
  /** The table as kept. */
  stored: StoredPolicyTable;
}

export interface PanelDef {
  id: string;
  /** The tab's label, e.g. 检查任务分解表. */
  title: string;
  mount(container: HTMLElement, ctx: PanelContext): void;
  /** Called when the panel is brought to the front by another panel (ctx.showPanel). */
  show?(detail?: string): void;
}

/** The panels' shared state, with what the shell (the policy selector) drives. */
export interface AppContext extends PanelContext {
  /** Makes `id` the chosen policy (null: none; an unknown id counts as none) and tells the panels. */
  choosePolicy(id: string | null): void;
  /** Settles once the host's saved policy and values have been loaded. */
  readonly ready: Promise<void>;
}

function sameValues(
  a: Record<string, string | number>,
  b: Record<string, string | number>
): boolean {
  const ka = Object.keys(a);
  return (
    ka.length === Object.keys(b).length &&
    ka.every((k) => Object.prototype.hasOwnProperty.call(b, k) && a[k] === b[k])
  );
}

/**
 * The state the panels share, without the DOM: the chosen policy, the supplied values (loaded
 * from and saved to host.policyStore: the workbook in Excel, localStorage on the standalone
 * page) and the listeners. Changes made elsewhere (another pane, a co-author) come in through
 * policyStore.onChange.
 */
export function createPanelContext(
  host: PanelHost,
  options: {
    status?: (message: string, kind?: StatusKind) => void;
    showPanel?: (id: string, detail?: string) => void;
  } = {}
): AppContext {
  let policy: PolicyModel | null = null;
  let supplied: Record<string, string | number> = {};
  const policyListeners: ((p: PolicyModel | null) => void)[] = [];
  const tableListeners: ((t: UserTable | null) => void)[] = [];
  let table: UserTable | null = null;
  const suppliedListeners: ((values: Record<string, string | number>) => void)[] = [];

  const choosePolicy = (id: string | null): void => {
    try {
      policy = id ? getPolicy(id) : null;
    } catch {
      policy = null;
    }
    for (const l of policyListeners) l(policy);
  };
  const useSupplied = (values: Record<string, string | number>): void => {
    if (sameValues(values, supplied)) return;
    supplied = { ...values };
    for (const l of suppliedListeners) l(supplied);
  };
  const setTable = (next: UserTable | null): void => {
    useUserPolicy(next ? next.model : null);
    table = next;
    for (const l of tableListeners) l(table);
  };
  /** The table kept from last time, checked again: one that no longer passes is not used. */
  const keptTable = async (): Promise<void> => {
    const kept = await host.policyStore.loadPolicyTable?.();
    if (!kept) return;
    try {
      setTable({
        model: policyFromTable(kept.sheets),
        source: kept.source,
        name: kept.name,
        stored: kept,
      });
    } catch (e) {
      options.status?.(
        `上次使用的政策表（${kept.name}）未通过检查，已改用收录的政策：${errorText(e)}`,
        "error"
      );
    }
  };
  const ready = host.policyStore
    .load()
    .then(async (s) => {
      useSupplied(s.supplied);
      await keptTable().catch(() => undefined);
      choosePolicy(s.policyId);
    })
    .catch(() => choosePolicy(null));
  host.policyStore.onChange?.((id, values) => {
    if (values) useSupplied(values);
    if ((id ?? "") !== (policy?.id ?? "")) choosePolicy(id);
  });

  return {
    host,
    policy: () => policy,
    supplied: () => supplied,
    setSupplied: async (values) => {
      await host.policyStore.saveSupplied?.(values);
      useSupplied(values);
    },
    onPolicyChange: (l) => policyListeners.push(l),
    onSuppliedChange: (l) => suppliedListeners.push(l),
    status: (message, kind) => options.status?.(message, kind),
    showPanel: (id, detail) => options.showPanel?.(id, detail),
    userTable: () => table,
    async useTable(stored) {
      if (stored === null) {
        const was = table?.model ?? null;
        await host.policyStore.savePolicyTable?.(null);
        setTable(null);
        if (was && policy === was) {
          // Back to the shipped policy of the same region, its latest year, if there is one.
          let shipped: PolicyModel | null = null;
          try {
            shipped = getPolicy(was.policy.family);
          } catch {
            shipped = null;
          }
          choosePolicy(shipped ? shipped.id : null);
          await host.policyStore.savePolicyId(shipped ? shipped.id : "");
        }
        return null;
      }
      const model = policyFromTable(stored.sheets);
      await host.policyStore.savePolicyTable?.(stored);
      setTable({ model, source: stored.source, name: stored.name, stored });
      choosePolicy(model.id);
      await host.policyStore.savePolicyId(model.id);
      return model;
    },
    onTableChange: (l) => tableListeners.push(l),
    choosePolicy,
    ready,
  };
}

export interface AppHandle {
  ctx: PanelContext;
  select(panelId: string, detail?: string): void;
  /** An area above the panels for the page's own controls (the standalone page's file picker). */
  top: HTMLElement;
}

export function mountApp(
  root: HTMLElement,
  host: PanelHost,
  panels: PanelDef[],
  title = "医保助手"
): AppHandle {
  clear(root);
  root.classList.add("yb-app");

  const statusEl = h("div", {
    class: "yb-status",
    role: "status",
    attrs: { "aria-live": "polite" },
    hidden: true,
  });
  let statusKind: StatusKind = "info";
  const status = (message: string, kind: StatusKind = "info"): void => {
    statusKind = kind;
    statusEl.hidden = !message;
    statusEl.className = `yb-status yb-status-${kind}`;
    statusEl.textContent = message;
  };

  const tabs = h("div", { class: "yb-tabs", role: "tablist", hidden: panels.length < 2 });
  const bodies = new Map<string, HTMLElement>();
  const tabButtons = new Map<string, HTMLButtonElement>();
  let shown: string | null = null;
  const selectPanel = (id: string, detail?: string): void => {
    if (!bodies.has(id)) return;
    // A message about the last tab (“点‘检查任务分解表’…”) would mislead on another one;
    // work still under way keeps its line.
    if (shown !== null && shown !== id && statusKind !== "busy") status("");
    shown = id;
    for (const [pid, body] of bodies) body.hidden = pid !== id;
    for (const [pid, b] of tabButtons) {
      b.setAttribute("aria-selected", String(pid === id));
      b.classList.toggle("yb-tab-active", pid === id);
    }
    panels.find((p) => p.id === id)?.show?.(detail);
  };

  const ctx = createPanelContext(host, { status, showPanel: selectPanel });

  const select = h(
    "select",
    { id: "yb-policy", class: "yb-select" },
    h("option", { attrs: { value: "" }, text: "（不选政策：只检查表格本身）" })
  );
  // The list follows the 政策表 in use: its region and year are the clerk's, marked as such.
  const fillSelect = (): void => {
    select.replaceChildren(select.options[0]);
    for (const p of listPolicies())
      select.appendChild(
        h("option", {
          attrs: { value: p.id },
          text: p.userTable ? `${p.label}（自己的政策表）` : p.label,
        })
      );
    select.value = ctx.policy()?.id ?? "";
  };
  fillSelect();
  ctx.onTableChange(fillSelect);
  ctx.onPolicyChange((p) => {
    select.value = p ? p.id : "";
  });
  select.addEventListener("change", () => {
    ctx.choosePolicy(select.value || null);
    const policy = ctx.policy();
    host.policyStore
      .savePolicyId(select.value)
      .then(() => status(policy ? `已选政策：${policy.label}` : "未选政策", "success"))
      .catch((e) => status(errorText(e), "error"));
  });

  const header = h(
    "header",
    { class: "yb-header" },
    h("h1", { class: "yb-title", text: title }),
    h("label", { class: "yb-label", for: "yb-policy", text: "政策（地区、年度）" }),
    select
  );

  const top = h("div", { class: "yb-top" });
  const main = h("main", { class: "yb-main" });
  for (const panel of panels) {
    const body = h("section", {
      class: "yb-panel",
      id: `yb-panel-${panel.id}`,
      role: "tabpanel",
      attrs: { "aria-label": panel.title },
    });
    bodies.set(panel.id, body);
    const tab = h("button", {
      class: "yb-tab",
      role: "tab",
      type: "button",
      id: `yb-tab-${panel.id}`,
      text: panel.title,
      on: { click: () => selectPanel(panel.id) },
    });
    tabButtons.set(panel.id, tab);
    tabs.appendChild(tab);
    main.appendChild(body);
    panel.mount(body, ctx);
  }
  if (panels.length > 0) selectPanel(panels[0].id);
  root.append(header, top, tabs, statusEl, main);
  return { ctx, select: selectPanel, top };
}
