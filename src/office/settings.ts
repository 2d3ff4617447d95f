/// <reference types="office-js" />
/* global Office, Excel, setTimeout */
/**
 * The workbook's own choices, saved inside the workbook (Office document settings):
 *   "yibao.policy"   the policy id chosen in the task pane, e.g. "cq-tongnan-2025";
 *   "yibao.supplied" the values a notice leaves open, as key → value, e.g. {"fiscalSubsidy": 670};
 *   "yibao.policyTable" the clerk's 政策表 in use: its sheets' cells and where they came from
 *                    (a file she loaded, or the workbook's 政策表 sheet), checked again on use.
 *
 * The task pane and the custom functions share one JavaScript runtime, so both read the
 * same in-memory copy. It is loaded on first use, replaced on every set, and reloaded when
 * Office reports that the settings changed (co-authoring in Excel on the web). Outside
 * Office (tests, a plain browser) there is nothing to load and every getter says "none".
 */
import { getPolicy } from "../core/policy/registry";
import type { Supplied } from "../core/policy/model";
import { StoredPolicyTable, storedPolicyTable } from "../core/policy/policyTable/stored";

export const POLICY_KEY = "yibao.policy";
export const SUPPLIED_KEY = "yibao.supplied";
export const POLICY_TABLE_KEY = "yibao.policyTable";

export interface WorkbookSettings {
  policy: string | null;
  supplied: Supplied;
  /** The clerk's 政策表 kept by this host (null: none); absent where the host keeps none. */
  policyTable?: StoredPolicyTable | null;
}

const NONE: WorkbookSettings = Object.freeze({ policy: null, supplied: Object.freeze({}) });

let cache: WorkbookSettings | null = null;
let watched: Office.Settings | null = null;
let waiting: Promise<void> | null = null;
const listeners = new Set<(s: WorkbookSettings) => void>();

function bag(): Office.Settings | null {
  try {
    if (typeof Office === "undefined") return null;
    return Office.context?.document?.settings ?? null;
  } catch {
    return null;
  }
}

/** Only string and finite number values survive; anything else in the workbook is ignored. */
function sanitize(raw: unknown): Supplied {
  let obj = raw;
  if (typeof raw === "string") {
    try {
      obj = JSON.parse(raw);
    } catch {
      return {};
    }
  }
  if (!obj || typeof obj !== "object" || Array.isArray(obj)) return {};
  const out: Record<string, string | number> = {};
  for (const [k, v] of Object.entries(obj as Record<string, unknown>)) {
    if (typeof v === "number" && Number.isFinite(v)) out[k] = v;
    else if (typeof v === "string" && v.trim() !== "") out[k] = v.trim();
  }
  return out;
}

function read(s: Office.Settings): WorkbookSettings {
  const p = s.get(POLICY_KEY);
  return {
    policy: typeof p === "string" && p.trim() !== "" ? p.trim() : null,
    supplied: sanitize(s.get(SUPPLIED_KEY)),
    policyTable: storedPolicyTable(s.get(POLICY_TABLE_KEY)),
  };
}

function update(next: WorkbookSettings): void {
  cache = next;
  for (const listener of listeners) {
    try {
      listener(next);
    } catch {
      // A listener's failure must not stop the others or the caller.
    }
  }
}

function watch(s: Office.Settings): void {
  if (watched === s) return;
  watched = s;
  try {
    s.addHandlerAsync(Office.EventType.SettingsChanged, (args: Office.SettingsChangedEventArgs) => {
      update(read(args?.settings ?? s));
      void recalculateWorkbook();
    });
  } catch {
    // Hosts without the event still get fresh values on every set.
  }
}

/** Loads the settings if Office is ready; true when the in-memory copy can be used now. */
function load(): boolean {
  if (cache) return true;
  const s = bag();
  if (s) {
    cache = read(s);
    watch(s);
    return true;
  }
  // No Office at all: nothing to wait for (the copy stays unset in case Office appears later).
  return typeof Office === "undefined" || typeof Office.onReady !== "function";
}

/** The settings now (never waits): NONE until Office has given us the document. */
export function getSettings(): WorkbookSettings {
  return load() && cache ? cache : NONE;
}

export function getPolicyId(): string | null {
  return getSettings().policy;
}

export function getSupplied(): Supplied {
  return getSettings().supplied;
}

/**
 * Runs `f` now if the settings can be read, or once Office is ready (at most 10 s later):
 * in a shared runtime Excel may call a function before Office.onReady has resolved.
 */
export function whenReady<T>(f: () => T): T | Promise<T> {
  if (load()) return f();
  if (!waiting) {
    const timeout = new Promise<void>((resolve) => {
      const timer: unknown = setTimeout(resolve, 10_000);
      (timer as { unref?: () => void }).unref?.();
    });
    const ready = new Promise<void>((resolve) => {
      try {
        Promise.resolve(Office.onReady()).then(
          () => resolve(),
          () => resolve()
        );
      } catch {
        resolve();
      }
    });
    waiting = Promise.race([ready, timeout]).then(() => {
      // Ready without a document (a custom-functions-only runtime): use the empty settings.
      if (!load()) cache = cache ?? NONE;
    });
  }
  return waiting.then(f);
}

/** Called with the new settings after every change; returns the function that unsubscribes. */
export function onSettingsChanged(listener: (s: WorkbookSettings) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function save(s: Office.Settings): Promise<void> {
  return new Promise((resolve, reject) => {
    s.saveAsync((result) => {
      if (String(result?.status) === "failed") {
        reject(new Error(`保存到工作簿失败：${result.error?.message ?? "未知原因"}`));
      } else resolve();
    });
  });
}

function current(s: Office.Settings): WorkbookSettings {
  load();
  return cache ?? read(s);
}

function requireBag(): Office.Settings {
  const s = bag();
  if (!s) throw new Error("不在 Excel 中运行，无法把设置保存到工作簿");
  return s;
}

/**
 * Chooses the workbook's policy (null clears it) and saves it with the workbook. An unknown
 * id is refused with the core's message listing the policies.
 */
export async function setPolicyId(id: string | null): Promise<void> {
  const s = requireBag();
  const canonical = id === null || id.trim() === "" ? null : getPolicy(id).id;
  const before = current(s);
  if (canonical === null) s.remove(POLICY_KEY);
  else s.set(POLICY_KEY, canonical);
  update({ ...before, policy: canonical });
  await save(s);
  await recalculateWorkbook();
}

/** Replaces the user-supplied open values (an empty object clears them) and saves them. */
export async function setSupplied(values: Record<string, string | number>): Promise<void> {
  const s = requireBag();
  const clean = sanitize(values);
  const before = current(s);
  if (Object.keys(clean).length === 0) s.remove(SUPPLIED_KEY);
  else s.set(SUPPLIED_KEY, clean);
  update({ ...before, supplied: clean });
  await save(s);
  await recalculateWorkbook();
}

/**
 * Keeps the clerk's 政策表 (null removes it) in the workbook, where the custom functions and
 * the pane find it next time, and recalculates. Settings hold at most 2 MB in Excel; a table
 * is a few dozen KB, its pasted notice text included.
 */
export async function setPolicyTable(table: StoredPolicyTable | null): Promise<void> {
  const s = requireBag();
  const before = current(s);
  if (table === null) s.remove(POLICY_TABLE_KEY);
  else s.set(POLICY_TABLE_KEY, table);
  update({ ...before, policyTable: table });
  await save(s);
  await recalculateWorkbook();
}

/**
 * Asks Excel to recalculate every formula, so cells that used the old policy or values are
 * brought up to date. Does nothing (and never throws) outside Excel.
 */
export async function recalculateWorkbook(): Promise<void> {
  try {
    if (typeof Excel === "undefined" || typeof Excel.run !== "function") return;
    await Excel.run(async (context) => {
      context.workbook.application.calculate(Excel.CalculationType.full);
      await context.sync();
    });
  } catch {
    // Recalculation is a courtesy; the user can always press Ctrl+Alt+F9.
  }
}

/** Forgets the in-memory copy (for tests, and after a workbook is reloaded). */
export function resetSettingsCache(): void {
  cache = null;
  watched = null;
  waiting = null;
}
