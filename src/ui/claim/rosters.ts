/**
 * Choosing the roster sheets for 生成资助申报表, without the DOM: which sheets hold a roster
 * (the core looks for the header in each sheet's first rows), which required columns are
 * missing, and the clerk's choices of a header cell for them, turned into what buildClaim
 * takes.
 *
 * The core takes one RosterMapping for all sheets. A choice is passed as the header's text
 * ({人员类别: "对象属性"}), after checking with the core that this mapping finds, in every
 * chosen sheet, the same columns as the clerk chose sheet by sheet. When it would not (two
 * sheets need different columns for one field, a header cell is blank, or another sheet has
 * a column of that name for something else), the chosen header cells are renamed to the
 * field's own name in the copy handed to the core (the sheets themselves are never changed).
 */
import { isClaimOutputSheet, type RejectCode, type RejectedRow } from "../../core/claim/build";
import {
  FIELD_LABELS,
  HEADER_SEARCH_ROWS,
  RosterError,
  RosterField,
  RosterMapping,
  RosterTable,
  tryFindRoster,
} from "../../core/claim/roster";
import { cellText } from "../../core/text";
import { cellAddress, type SheetData } from "../../core/sheet/address";
import type { SheetHead } from "../host";

/** Rows listed per sheet to find the header (the core looks in the first 30). */
export const HEAD_ROWS = HEADER_SEARCH_ROWS;

export interface RosterChoice {
  name: string;
  rows: number;
  head: SheetData;
  /** Columns (0-based) the clerk chose for fields the core did not recognise. */
  mapping: Partial<Record<RosterField, number>>;
  found: RosterTable | RosterError;
  checked: boolean;
}

export function detect(
  head: SheetData,
  mapping: Partial<Record<RosterField, number>>,
  singleTier: boolean
): RosterTable | RosterError {
  return tryFindRoster(head, { mapping, singleTier });
}

/** A roster, or a table of people whose header lacks a required column (mapping step). */
export function looksLikeRoster(found: RosterTable | RosterError): boolean {
  if (!(found instanceof RosterError)) return true;
  if (found.code !== "MISSING_FIELDS" && found.code !== "BAD_MAPPING") return false;
  return !found.missing.includes("name") || !found.missing.includes("id");
}

export function choicesOf(heads: SheetHead[], singleTier: boolean): RosterChoice[] {
  return heads.map((h) => {
    const found = detect(h.head, {}, singleTier);
    return {
      name: h.name,
      rows: h.rows,
      head: h.head,
      mapping: {},
      found,
      checked: !isClaimOutputSheet(h.name) && looksLikeRoster(found),
    };
  });
}

/** Detects again (another policy, a new choice of column). */
export function redetect(choice: RosterChoice, singleTier: boolean): void {
  choice.found = detect(choice.head, choice.mapping, singleTier);
}

/** The row the mapping offers header cells from (0-based), or null if the sheet is empty. */
export function headerRowOf(choice: RosterChoice): number | null {
  if (!(choice.found instanceof RosterError)) return choice.found.headerRow;
  if (choice.found.headerRow !== null) return choice.found.headerRow;
  const r = choice.head.rows.findIndex((row) => row && row.some((v) => cellText(v) !== ""));
  return r < 0 ? null : r;
}

/** The header row's non-empty cells, for the mapping dropdowns. */
export function headerCells(choice: RosterChoice): { col: number; text: string }[] {
  const r = headerRowOf(choice);
  if (r === null) return [];
  const row = choice.head.rows[r] ?? [];
  const out: { col: number; text: string }[] = [];
  row.forEach((v, col) => {
    const text = cellText(v);
    if (text !== "") out.push({ col, text });
  });
  return out;
}

/** Fields to choose a column for: the required ones the core did not find, plus those already chosen. */
export function fieldsToMap(choice: RosterChoice): RosterField[] {
  const missing = choice.found instanceof RosterError ? choice.found.missing : [];
  const chosen = Object.keys(choice.mapping) as RosterField[];
  return [...new Set([...chosen, ...missing])];
}

/** Checked sheets whose roster cannot be read yet, with what is missing. */
export function unresolved(choices: RosterChoice[]): { name: string; message: string }[] {
  return choices
    .filter((c) => c.checked && c.found instanceof RosterError)
    .map((c) => {
      const e = c.found as RosterError;
      const missing = e.missing.map((f) => FIELD_LABELS[f]).join("、");
      return {
        name: c.name,
        message: missing
          ? `“${c.name}”还缺少：${missing}。请在下面为它们选择对应的列。`
          : e.message,
      };
    });
}

function sameTable(a: RosterTable | RosterError, b: RosterTable): boolean {
  if (a instanceof RosterError || a.headerRow !== b.headerRow) return false;
  const fields = new Set([
    ...Object.keys(a.columns),
    ...Object.keys(b.columns),
  ]) as Set<RosterField>;
  for (const f of fields) if (a.columns[f] !== b.columns[f]) return false;
  return true;
}

export interface CoreInput {
  /** The sheets as handed to buildClaim (copies with renamed header cells when needed). */
  sheets: SheetData[];
  mapping?: RosterMapping;
  /** How the clerk's choices reached the core. */
  via: "none" | "mapping" | "headers";
}

/**
 * The sheets and mapping for buildClaim, given the chosen sheets as read. Every chosen sheet
 * must be resolved (found is a RosterTable).
 */
export function coreInput(
  choices: RosterChoice[],
  sheets: SheetData[],
  singleTier: boolean
): CoreInput {
  const chosen = choices.filter((c) => c.checked);
  const mapped = chosen.filter((c) => Object.keys(c.mapping).length > 0);
  if (mapped.length === 0) return { sheets, via: "none" };
  const byText: RosterMapping = {};
  let consistent = true;
  for (const c of mapped) {
    const cells = headerCells(c);
    for (const [f, col] of Object.entries(c.mapping) as [RosterField, number][]) {
      const text = cells.find((x) => x.col === col)?.text ?? "";
      if (text === "" || (byText[f] !== undefined && byText[f] !== text)) consistent = false;
      byText[f] = text;
    }
  }
  if (
    consistent &&
    chosen.every((c) =>
      sameTable(tryFindRoster(c.head, { mapping: byText, singleTier }), c.found as RosterTable)
    )
  ) {
    return { sheets, mapping: byText, via: "mapping" };
  }
  const renamed = sheets.map((s) => {
    const c = mapped.find((x) => x.name === s.name);
    if (!c) return s;
    const table = c.found as RosterTable;
    const header = [...(s.rows[table.headerRow] ?? [])];
    for (const [f, col] of Object.entries(c.mapping) as [RosterField, number][])
      header[col] = FIELD_LABELS[f];
    const rows = s.rows.slice();
    rows[table.headerRow] = header;
    const copy = { name: s.name, rows };
    // The renamed header must give the core exactly the clerk's columns.
    if (!sameTable(tryFindRoster(copy, { singleTier }), table)) {
      throw new Error(`工作表“${s.name}”的列对应关系没能生效，请检查表头后重试。`);
    }
    return copy;
  });
  return { sheets: renamed, via: "headers" };
}

/** The roster field at fault for each kind of rejection. */
const FAULT_FIELD: Record<RejectCode, RosterField> = {
  ID: "id",
  NAME: "name",
  NAME_CONFLICT: "name",
  CATEGORY: "category",
  NOT_SUBSIDISED: "category",
  OPEN_VALUE: "category",
  TIER: "tier",
  TIER_NOT_ALLOWED: "tier",
  TIER_CONFLICT: "tier",
  DATE: "paidDate",
  NOT_PAYABLE: "paidDate",
};

/**
 * The cell to show for a rejected row: the one at fault (the tier in column E, the date…), or
 * the row's ID cell where the roster has no such column. An open fiscal subsidy is a late
 * payment's: the date cell.
 */
export function faultCell(
  row: Pick<RejectedRow, "sheet" | "row" | "cell" | "code" | "supplyKey">,
  rosters: readonly RosterTable[]
): string {
  const table = rosters.find((t) => t.sheet === row.sheet);
  const field: RosterField =
    row.code === "OPEN_VALUE" && row.supplyKey !== undefined && !row.supplyKey.startsWith("subsidy")
      ? "paidDate"
      : (FAULT_FIELD[row.code] ?? "id");
  const col = table?.columns[field];
  return col === undefined ? row.cell : cellAddress(row.row - 1, col);
}
