/**
 * The policy choice, the values supplied for what a notice leaves open and the clerk's 政策表,
 * remembered by the page in localStorage: the standalone page's store, and the WPS add-in's,
 * whose task pane and YB.* functions (one add-in folder, one origin) read the same keys.
 */
import type { PolicyStore } from "./host";
import type { WorkbookSettings } from "../office/settings";
import { StoredPolicyTable, storedPolicyTable } from "../core/policy/policyTable/stored";

export const POLICY_KEY = "yibao.policy";
export const SUPPLIED_KEY = "yibao.supplied";
export const POLICY_TABLE_KEY = "yibao.policyTable";

function storedTable(): StoredPolicyTable | null {
  try {
    return storedPolicyTable(window.localStorage.getItem(POLICY_TABLE_KEY));
  } catch {
    return null;
  }
}

export function storedSupplied(): Record<string, string | number> {
  try {
    const raw: unknown = JSON.parse(window.localStorage.getItem(SUPPLIED_KEY) ?? "{}");
    const out: Record<string, string | number> = {};
    if (raw && typeof raw === "object" && !Array.isArray(raw)) {
      for (const [k, v] of Object.entries(raw))
        if (typeof v === "number" || (typeof v === "string" && v.trim() !== "")) out[k] = v;
    }
    return out;
  } catch {
    return {};
  }
}

/** The policy choice and the supplied open values, remembered in this browser only (localStorage). */
export const localPolicyStore: PolicyStore = {
  async load() {
    let id: string | null = null;
    try {
      id = window.localStorage.getItem(POLICY_KEY);
    } catch {
      // Private windows may refuse storage: no remembered choice.
    }
    return { policyId: id || null, supplied: storedSupplied() };
  },
  async saveSupplied(values) {
    try {
      if (Object.keys(values).length > 0)
        window.localStorage.setItem(SUPPLIED_KEY, JSON.stringify(values));
      else window.localStorage.removeItem(SUPPLIED_KEY);
    } catch {
      // Not remembered; the values still apply on this page.
    }
  },
  async loadPolicyTable() {
    return storedTable();
  },
  async savePolicyTable(table) {
    try {
      if (table) window.localStorage.setItem(POLICY_TABLE_KEY, JSON.stringify(table));
      else window.localStorage.removeItem(POLICY_TABLE_KEY);
    } catch {
      // Not remembered (storage full or refused); the table still applies on this page.
    }
  },
  async savePolicyId(id) {
    try {
      if (id) window.localStorage.setItem(POLICY_KEY, id);
      else window.localStorage.removeItem(POLICY_KEY);
    } catch {
      // Not remembered; the choice still applies on this page.
    }
  },
};

/** The stored choice now, synchronously (the WPS functions cannot wait). */
export function storedSettings(): WorkbookSettings {
  let policy: string | null = null;
  try {
    policy = window.localStorage.getItem(POLICY_KEY) || null;
  } catch {
    // No storage: no remembered choice.
  }
  return { policy, supplied: storedSupplied(), policyTable: storedTable() };
}
