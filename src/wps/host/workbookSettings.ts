/// <reference types="et-jsapi-declare" />
/**
 * The policy chosen in the pane, the values supplied for what a notice leaves open and the
 * clerk's 政策表 in use, kept inside the workbook as custom document properties (WPS 表格:
 * 文件 → 属性 → 自定义), as the Excel add-in keeps them in the document's settings: they are
 * saved with the file, travel with it, and the YB.* functions of that workbook read them.
 * Two workbooks may so follow two policies, and what the pane's help says (保存在本工作簿中)
 * is what happens.
 *
 * Kingsoft declares Workbook.CustomDocumentProperties loosely (TypedIDispatch<any>); it is
 * Office's DocumentProperties collection, declared in the same package as Kso.DocumentProperties,
 * and read as that here. A property's text holds at most 255 characters, so each supplied
 * value is a property of its own rather than one JSON text, and the clerk's 政策表 (tens of
 * thousands of characters with its pasted notice) is one JSON text split across numbered
 * properties (propertyText.ts). The YB.* functions, which may run in another JavaScript
 * context than the pane, so read it from the workbook as they read the policy.
 */
import { storedPolicyTable, type StoredPolicyTable } from "../../core/policy/policyTable/stored";
import type { WorkbookSettings } from "../../office/settings";
import type { PolicyStore } from "../../ui/host";
import { inTextSet, readPropertyText, writePropertyText } from "./propertyText";

const POLICY = "yibao.policy";
const SUPPLIED = "yibao.supplied.";
const POLICY_TABLE = "yibao.policyTable";
/** Kso.MsoDocProperties (declared, not defined, at run time). */
const TYPE_STRING = 4;
const TYPE_FLOAT = 5;

const NONE: WorkbookSettings = { policy: null, supplied: {}, policyTable: null };

/** The last table read: every function call reads the settings, the same text is parsed once. */
let lastTable: { text: string; table: StoredPolicyTable | null } | null = null;

/** The table in a kept text, checked as the Excel add-in checks its settings' copy (null if not one). */
function tableOf(text: string | null): StoredPolicyTable | null {
  if (text === null) return null;
  if (lastTable?.text !== text) lastTable = { text, table: storedPolicyTable(text) };
  return lastTable.table;
}

function propertiesOf(book: Et.Workbook): Kso.DocumentProperties {
  return book.CustomDocumentProperties as unknown as Kso.DocumentProperties;
}

function all(book: Et.Workbook): Kso.DocumentProperty[] {
  const props = propertiesOf(book);
  const out: Kso.DocumentProperty[] = [];
  for (let i = 1; i <= props.Count; i++) out.push(props.Item(i));
  return out;
}

/** The workbook's settings now, synchronously (the WPS functions cannot wait); none without a workbook. */
export function workbookSettings(book: Et.Workbook | null | undefined): WorkbookSettings {
  if (!book) return NONE;
  let policy: string | null = null;
  const supplied: Record<string, string | number> = {};
  const table: { Name: string; Value: unknown }[] = [];
  for (const p of all(book)) {
    const v = p.Value as unknown;
    if (p.Name === POLICY && typeof v === "string" && v.trim() !== "") policy = v;
    else if (p.Name.startsWith(SUPPLIED) && (typeof v === "number" || typeof v === "string"))
      supplied[p.Name.slice(SUPPLIED.length)] = v;
    else if (inTextSet(p.Name, POLICY_TABLE)) table.push({ Name: p.Name, Value: v });
  }
  return { policy, supplied, policyTable: tableOf(readPropertyText(table, POLICY_TABLE)) };
}

/** Sets (or, for null, removes) one property; one of another type is replaced. */
function put(book: Et.Workbook, name: string, value: string | number | null): void {
  for (const p of all(book)) if (p.Name === name) p.Delete();
  if (value === null || value === "") return;
  propertiesOf(book).Add(name, false, typeof value === "number" ? TYPE_FLOAT : TYPE_STRING, value);
}

/** The pane's store over the active workbook; a change recalculates, so YB.* cells follow it. */
export function workbookPolicyStore(app: Et.Application): PolicyStore {
  const book = (): Et.Workbook => {
    const wb = app.ActiveWorkbook;
    if (!wb) throw new Error("请先在 WPS 表格中打开一个工作簿");
    return wb;
  };
  return {
    async load() {
      const s = workbookSettings(app.ActiveWorkbook);
      return { policyId: s.policy, supplied: { ...s.supplied } };
    },
    async savePolicyId(id) {
      put(book(), POLICY, id || null);
      app.CalculateFull();
    },
    async saveSupplied(values) {
      const wb = book();
      for (const p of all(wb)) if (p.Name.startsWith(SUPPLIED)) p.Delete();
      for (const [key, v] of Object.entries(values)) put(wb, SUPPLIED + key, v);
      app.CalculateFull();
    },
    async loadPolicyTable() {
      return workbookSettings(app.ActiveWorkbook).policyTable ?? null;
    },
    async savePolicyTable(table) {
      writePropertyText(propertiesOf(book()), POLICY_TABLE, table ? JSON.stringify(table) : null);
      app.CalculateFull();
    },
  };
}
