/**
 * A clerk's 政策表 as the add-in keeps it between sessions (the workbook's settings in Excel,
 * its custom document properties in WPS, localStorage on the standalone page): the sheets'
 * cells as read, and where they came from. It is checked again whenever it is used, so a
 * stored table is never trusted.
 */
import { toIso } from "../../dates";
import type { SheetIn } from "./read";
import { DOCUMENTS_SHEET, TABLE_SHEET, TEXT_SHEET } from "./layout";

export interface StoredPolicyTable {
  /** "file": opened from a file; "sheet": the 政策表 sheet of the open workbook. */
  source: "file" | "sheet";
  /** The file's name (政策表.xlsx), or the workbook's sheet. */
  name: string;
  sheets: SheetIn[];
}

/** The sheets of a workbook a 政策表 is read from, in their order, others left out. */
export function policyTableSheetsIn<T extends { name: string }>(sheets: readonly T[]): T[] {
  const names = [TABLE_SHEET, DOCUMENTS_SHEET, TEXT_SHEET];
  return sheets.filter((s) => names.includes(s.name.trim()));
}

const cellOk = (v: unknown): boolean =>
  v === null ||
  typeof v === "string" ||
  typeof v === "boolean" ||
  (typeof v === "number" && Number.isFinite(v));

/** A stored table read back from settings (anything else: null, as if none were stored). */
export function storedPolicyTable(raw: unknown): StoredPolicyTable | null {
  let obj = raw;
  if (typeof raw === "string") {
    try {
      obj = JSON.parse(raw);
    } catch {
      return null;
    }
  }
  if (!obj || typeof obj !== "object") return null;
  const o = obj as Record<string, unknown>;
  if ((o.source !== "file" && o.source !== "sheet") || typeof o.name !== "string") return null;
  if (!Array.isArray(o.sheets)) return null;
  const sheets: SheetIn[] = [];
  for (const s of o.sheets as unknown[]) {
    const sheet = s as { name?: unknown; rows?: unknown };
    if (!sheet || typeof sheet.name !== "string" || !Array.isArray(sheet.rows)) return null;
    const rows = sheet.rows as unknown[];
    if (!rows.every((r) => Array.isArray(r) && r.every(cellOk))) return null;
    sheets.push({ name: sheet.name, rows: rows as unknown[][] });
  }
  return { source: o.source, name: o.name, sheets };
}

/** The cells of a table as kept in settings: dates as text (JSON has no dates), blanks as null. */
export function keptSheets(sheets: readonly SheetIn[]): SheetIn[] {
  return policyTableSheetsIn(sheets).map((s) => {
    const rows = s.rows.map((r) =>
      Array.from(r, (v) =>
        v instanceof Date
          ? toIso(Math.floor(v.getTime() / 864e5))
          : v === undefined || v === ""
            ? null
            : v
      )
    );
    while (rows.length > 0 && rows[rows.length - 1].every((v) => v === null)) rows.pop();
    return { name: s.name.trim(), rows };
  });
}
