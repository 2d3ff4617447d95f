/**
 * Finding a roster in a sheet: the header row may sit anywhere in the first rows under a
 * title, the columns come in any order. A header that is not recognised can be mapped by the
 * clerk ({field → column}); when a required field cannot be found the error lists the headers
 * that were found and the fields that are missing.
 */
import { maskId } from "../idNumber";
import type { CellValue, SheetData } from "../sheet/address";
import { columnName } from "../sheet/address";
import { headerKey } from "../sheet/header";
import { cellText, squeezeKey } from "../text";
import { FIELD_LABELS, matchHeader, ROSTER_FIELDS, RosterField } from "./rosterHeader";

/** How many rows from the top are searched for the header. */
export const HEADER_SEARCH_ROWS = 30;

/**
 * Columns the clerk assigns by hand: a 0-based column index, a column letter ("C"), or the
 * header text as it appears in the sheet ("类型").
 */
export type RosterMapping = Partial<Record<RosterField, number | string>>;

export interface RosterTable {
  sheet: string;
  /** 0-based index of the header row (file row headerRow + 1). */
  headerRow: number;
  /** 0-based column of each field found. */
  columns: Partial<Record<RosterField, number>>;
  /** Header texts of the header row as written (trimmed). */
  headers: string[];
}

export type RosterProblemCode = "NO_ROSTER" | "MISSING_FIELDS" | "BAD_MAPPING" | "NO_SHEET";

/** A roster that cannot be read, with what the taskpane needs for its mapping step. */
export class RosterError extends Error {
  readonly code: RosterProblemCode;
  readonly sheet: string;
  /** Header texts found in the best candidate header row (empty when none was found). */
  readonly headersFound: string[];
  readonly missing: RosterField[];
  readonly headerRow: number | null;
  /**
   * A header and the field it could stand for, for the front door's own way of saying so
   * (the CLI's --map 类型=人员类别); the message says it in words.
   */
  mapExample?: { header: string; field: string };
  constructor(
    code: RosterProblemCode,
    message: string,
    sheet: string,
    headersFound: string[] = [],
    missing: RosterField[] = [],
    headerRow: number | null = null
  ) {
    super(message);
    this.name = "RosterError";
    this.code = code;
    this.sheet = sheet;
    this.headersFound = headersFound;
    this.missing = missing;
    this.headerRow = headerRow;
  }
}
function columnOfLetter(text: string): number | null {
  if (!/^[A-Z]{1,3}$/.test(text)) return null;
  let col = 0;
  for (const ch of text) col = col * 26 + (ch.charCodeAt(0) - 64);
  return col - 1;
}

/** Headers that are never a roster field (not offered in the mapping hint). */
const NOT_A_FIELD =
  /^(序号|编号|备注|性别|年龄|民族|出生日期|电话|联系电话|手机|手机号码|住址|地址|家庭住址)$/;

function listFields(fields: RosterField[]): string {
  return fields.map((f) => FIELD_LABELS[f]).join("、");
}

export interface FindRosterOptions {
  mapping?: RosterMapping;
  /** The region has a single tier: a roster without a 参保档次 column takes it. */
  singleTier?: boolean;
  /** The fields the sheet must have, where a use other than the claim needs others. */
  required?: RosterField[];
}

export function requiredFields(singleTier: boolean): RosterField[] {
  return singleTier ? ["name", "id", "category"] : ["name", "id", "category", "tier"];
}

interface Candidate {
  row: number;
  columns: Partial<Record<RosterField, number>>;
  score: number;
  headers: string[];
}

function rowTexts(row: CellValue[] | undefined): string[] {
  if (!row) return [];
  const out: string[] = new Array(row.length);
  for (let c = 0; c < row.length; c++) out[c] = cellText(row[c]);
  return out;
}

/**
 * Header texts as the clerk wrote them (trimmed, not folded), for messages. When the row
 * taken for a header is really a data row, an ID number in it is shown masked.
 */
function shownTexts(row: CellValue[] | undefined): string[] {
  if (!row) return [];
  const out: string[] = new Array(row.length);
  for (let c = 0; c < row.length; c++) {
    const v = row[c];
    const t = typeof v === "string" ? v.trim() : cellText(v);
    out[c] = /\d{6,}/.test(cellText(t)) ? maskId(t) : t;
  }
  return out;
}

/** Reads the header candidates and applies the clerk's mapping; the best row wins. */
function bestHeader(sheet: SheetData, options: FindRosterOptions): Candidate | null {
  const mapping = options.mapping ?? {};
  const limit = Math.min(HEADER_SEARCH_ROWS, sheet.rows.length);
  let best: Candidate | null = null;
  for (let r = 0; r < limit; r++) {
    const texts = rowTexts(sheet.rows[r]);
    if (texts.every((t) => t === "")) continue;
    const columns: Partial<Record<RosterField, number>> = {};
    const ranks: Partial<Record<RosterField, number>> = {};
    let score = 0;
    texts.forEach((t, c) => {
      const m = matchHeader(t);
      if (!m) return;
      const had = ranks[m.field];
      if (had === undefined || m.rank < had) {
        if (had === undefined) score++;
        columns[m.field] = c;
        ranks[m.field] = m.rank;
      }
    });
    // The clerk's mapping by header text counts as a match on the row that has that text.
    for (const f of ROSTER_FIELDS) {
      const target = mapping[f];
      if (typeof target !== "string" || columnOfLetter(target) !== null) continue;
      const want = headerKey(target);
      const c = texts.findIndex((t) => headerKey(t) === want);
      if (c >= 0) {
        if (columns[f] === undefined) score++;
        columns[f] = c;
        // A header mapped to one field is no longer another field's column.
        for (const g of ROSTER_FIELDS) if (g !== f && columns[g] === c) delete columns[g];
      }
    }
    if (score > 0 && (best === null || score > best.score))
      best = { row: r, columns, score, headers: shownTexts(sheet.rows[r]) };
  }
  return best;
}

/**
 * Locates the roster in a sheet. Throws a RosterError (code NO_ROSTER or MISSING_FIELDS,
 * or BAD_MAPPING) with the headers found and the fields missing.
 */
export function findRoster(sheet: SheetData, options: FindRosterOptions = {}): RosterTable {
  const mapping = options.mapping ?? {};
  const required = options.required ?? requiredFields(options.singleTier ?? false);
  let best = bestHeader(sheet, options);
  const indexMapped = ROSTER_FIELDS.filter(
    (f) =>
      typeof mapping[f] === "number" ||
      (typeof mapping[f] === "string" && columnOfLetter(mapping[f] as string) !== null)
  );
  if ((best === null || best.score < 2) && indexMapped.length === 0) {
    const found = best ? best.headers.filter((h) => h !== "") : [];
    const hint = found.length > 0 ? `第${best!.row + 1}行的表头有：${found.join("、")}。` : "";
    const e = new RosterError(
      "NO_ROSTER",
      `工作表“${sheet.name}”中没有找到花名册表头（在前${HEADER_SEARCH_ROWS}行中找${listFields(required)}等列名）。${hint}` +
        `如表头名称不同，请指定各列对应的内容，例如“类型”列是人员类别。`,
      sheet.name,
      found,
      required,
      best ? best.row : null
    );
    e.mapExample = { header: "类型", field: FIELD_LABELS.category };
    throw e;
  }
  if (best === null) {
    // Only index mappings: the first non-empty row is the header.
    const r = sheet.rows.findIndex((row) => row && row.some((v) => cellText(v) !== ""));
    best = {
      row: Math.max(r, 0),
      columns: {},
      score: 0,
      headers: shownTexts(sheet.rows[Math.max(r, 0)]),
    };
  }
  const columns = { ...best.columns };
  for (const f of indexMapped) {
    const target = mapping[f]!;
    const col = typeof target === "number" ? target : columnOfLetter(target as string)!;
    if (!Number.isInteger(col) || col < 0 || col > 16383) {
      throw new RosterError(
        "BAD_MAPPING",
        `列对应关系有误：${FIELD_LABELS[f]} 对应的列“${String(target)}”不存在`,
        sheet.name
      );
    }
    for (const g of ROSTER_FIELDS) if (g !== f && columns[g] === col) delete columns[g];
    columns[f] = col;
  }
  for (const f of ROSTER_FIELDS) {
    const target = mapping[f];
    if (typeof target === "string" && columnOfLetter(target) === null && columns[f] === undefined) {
      throw new RosterError(
        "BAD_MAPPING",
        `工作表“${sheet.name}”第${best.row + 1}行没有名为“${target}”的列（指定为${FIELD_LABELS[f]}）。` +
          `该行的表头有：${best.headers.filter((h) => h !== "").join("、")}`,
        sheet.name,
        best.headers.filter((h) => h !== ""),
        [f],
        best.row
      );
    }
  }
  const missing = required.filter((f) => columns[f] === undefined);
  if (missing.length > 0) {
    const found = best.headers.filter((h) => h !== "");
    const recognised = ROSTER_FIELDS.filter((f) => columns[f] !== undefined)
      .map(
        (f) => `${FIELD_LABELS[f]}=${best!.headers[columns[f]!] || columnName(columns[f]!) + "列"}`
      )
      .join("、");
    const header = found.find((h) => !matchHeader(h) && !NOT_A_FIELD.test(squeezeKey(h)));
    const field = FIELD_LABELS[missing[0]];
    const e = new RosterError(
      "MISSING_FIELDS",
      `工作表“${sheet.name}”第${best.row + 1}行的花名册缺少：${listFields(missing)}。` +
        `该行的表头有：${found.join("、")}` +
        (recognised ? `（已识别：${recognised}）` : "") +
        (header !== undefined
          ? `。如“${header}”列就是${field}，请把它对应为${field}。`
          : `。请把缺少的列对应到表头。`),
      sheet.name,
      found,
      missing,
      best.row
    );
    e.mapExample = { header: header ?? "列名", field };
    throw e;
  }
  return { sheet: sheet.name, headerRow: best.row, columns, headers: best.headers };
}

/** Whether a sheet looks like a roster (used to pick the sheets of a workbook). */
export function tryFindRoster(
  sheet: SheetData,
  options: FindRosterOptions = {}
): RosterTable | RosterError {
  try {
    return findRoster(sheet, options);
  } catch (e) {
    if (e instanceof RosterError) return e;
    throw e;
  }
}
