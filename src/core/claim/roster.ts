/**
 * Finding a roster (花名册) in a sheet as departments send them: the header row may sit
 * anywhere in the first rows under a title, the columns come in any order and under
 * several names (身份证号码 / 公民身份号码, 人员类别 / 资助类别 / 身份 …). A header that is not
 * recognised can be mapped by the clerk ({field → column}); when a required field cannot
 * be found the error lists the headers that were found and the fields that are missing.
 *
 * This module only locates and reads; checking and amounts are in build.ts.
 */
import type { CellValue, SheetData } from "../sheet/address";
import { maskId, maskIdsIn } from "../idNumber";
import { cellAddress, columnName } from "../sheet/address";

export type RosterField =
  "name" | "id" | "category" | "tier" | "village" | "paidDate" | "department";

export const ROSTER_FIELDS: readonly RosterField[] = [
  "name",
  "id",
  "category",
  "tier",
  "village",
  "paidDate",
  "department",
];

/** The clerk's word for each field (used in messages, templates and the CLI's --map). */
export const FIELD_LABELS: Readonly<Record<RosterField, string>> = {
  name: "姓名",
  id: "身份证号码",
  category: "人员类别",
  tier: "参保档次",
  village: "村（社区）",
  paidDate: "缴费日期",
  department: "认定部门",
};

/**
 * Header names per field, best first: where two columns both match a field, the one with
 * the earlier alias wins (身份证号码 over 证件号码), then the leftmost.
 */
export const HEADER_ALIASES: Readonly<Record<RosterField, readonly string[]>> = {
  name: [
    "姓名",
    "参保人姓名",
    "人员姓名",
    "参保人员姓名",
    "资助对象姓名",
    "对象姓名",
    "被资助人姓名",
    "参保人",
    "名字",
  ],
  id: [
    "身份证号码",
    "公民身份号码",
    "公民身份证号码",
    "身份证号",
    "身份证件号码",
    "居民身份证号码",
    "身份证",
    "证件号码",
    "证件号",
    "社会保障号码",
    "社会保障号",
  ],
  category: [
    "人员类别",
    "资助类别",
    "身份",
    "资助身份",
    "人员身份",
    "身份类别",
    "资助对象类别",
    "资助对象",
    "对象类别",
    "困难类别",
    "救助类别",
    "人员类型",
    "参保身份",
    "类别",
  ],
  tier: [
    "参保档次",
    "缴费档次",
    "档次",
    "参保档位",
    "缴费档位",
    "医保档次",
    "选择档次",
    "参保缴费档次",
  ],
  village: [
    "村（社区）",
    "村(社区)",
    "村社区",
    "村/社区",
    "村社",
    "村居",
    "所在村（社区）",
    "所属村（社区）",
    "村委会",
    "社区",
    "村",
    "村组",
  ],
  paidDate: ["缴费日期", "缴费时间", "参保缴费日期", "参保日期", "缴费日"],
  department: ["认定部门", "人员认定部门", "认定单位", "主管部门", "资助部门", "来源部门"],
};

/** Words that, inside a header, make it a column about someone else (户主身份证号码, 监护人姓名). */
const OTHER_PERSON = /户主|监护人|联系|电话|代办|经办|收款|银行|开户/;

/** Distinctive words for a header that contains more than its name (参保人身份证号码（18位）). */
const CONTAINS: Readonly<Record<RosterField, readonly string[]>> = {
  name: ["姓名"],
  id: ["身份证号", "身份号码", "证件号码"],
  category: ["人员类别", "资助类别", "身份类别", "人员身份", "资助身份"],
  tier: ["档次", "档位"],
  village: ["村(社区)", "村社区", "村/社区"],
  paidDate: ["缴费日期", "缴费时间"],
  department: ["认定部门", "认定单位"],
};

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

/** One data row as read: texts cleaned (trimmed, full-width folded), the ID cell kept as it came. */
export interface RosterRecord {
  sheet: string;
  /** 1-based row number in the file (as Excel shows it). */
  row: number;
  /** The ID cell's A1 address (the name cell's when the roster has no ID column). */
  readonly cell: string;
  name: string;
  /** The ID cell as the sheet holds it: a string, or a number when Excel stored it as one. */
  idValue: CellValue;
  /** The ID cell as text, for showing the clerk what was there. */
  idText: string;
  category: string;
  tier: string;
  village: string;
  paidValue: CellValue;
  department: string;
}

export interface IgnoredRow {
  sheet: string;
  row: number;
  reason: string;
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

// ---------------------------------------------------------------------------------------
// Text helpers, fast for the common ASCII/CJK cell that needs no folding.

function needsFold(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if ((c >= 0xff01 && c <= 0xff5e) || c === 0x3000 || c === 0xa0 || c === 0x200b || c === 0xfeff)
      return true;
  }
  return false;
}

function fold(s: string): string {
  let out = "";
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xff01 && c <= 0xff5e) out += String.fromCharCode(c - 0xfee0);
    else if (c === 0x3000 || c === 0xa0) out += " ";
    else if (c === 0x200b || c === 0xfeff) continue;
    else out += s[i];
  }
  return out;
}

/** A cell as trimmed text with full-width forms folded; dates as YYYY-MM-DD. */
export function cellString(v: CellValue | undefined): string {
  if (v === null || v === undefined) return "";
  if (typeof v === "string") return (needsFold(v) ? fold(v) : v).trim();
  if (typeof v === "number")
    return Number.isInteger(v) && Math.abs(v) < 1e21 ? v.toFixed(0) : String(v);
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  if (v instanceof Date) return Number.isFinite(v.getTime()) ? v.toISOString().slice(0, 10) : "";
  return String(v).trim();
}

function hasSpace(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 32 || (c >= 9 && c <= 13)) return true;
  }
  return false;
}

/** Text without any white space (for comparing names and headers). */
export function squeezeKey(s: string): string {
  return hasSpace(s) ? s.replace(/\s+/g, "") : s;
}

/**
 * A name as it should be shown: clerks pad two-character names ("张  三") to line them up,
 * so white space between Chinese characters goes; other runs of space become one.
 */
export function cleanName(text: string): string {
  if (!hasSpace(text)) return text;
  return text.replace(/\s+/g, " ").replace(/([\u3400-\u9fff·]) (?=[\u3400-\u9fff·])/g, "$1");
}

function headerKey(text: string): string {
  return squeezeKey(cellString(text))
    .replace(/[*＊:：]/g, "")
    .replace(/\((必填|选填|必选|可选|18位|十八位|文本|文本格式|元)\)/g, "");
}

function stripParens(key: string): string {
  return key.replace(/\([^)]*\)/g, "");
}

const aliasIndex = new Map<string, { field: RosterField; rank: number }>();
for (const f of ROSTER_FIELDS) {
  HEADER_ALIASES[f].forEach((a, i) => {
    const k = headerKey(a);
    if (!aliasIndex.has(k)) aliasIndex.set(k, { field: f, rank: i });
  });
}

/** Which field a header names, with a rank (lower is a better match), or null. */
export function matchHeader(text: string): { field: RosterField; rank: number } | null {
  const key = headerKey(text);
  if (key === "") return null;
  const exact = aliasIndex.get(key);
  if (exact) return exact;
  const bare = stripParens(key);
  const loose = bare !== key && bare !== "" ? aliasIndex.get(bare) : undefined;
  if (loose) return { field: loose.field, rank: 100 + loose.rank };
  if (OTHER_PERSON.test(key)) return null;
  for (const f of ROSTER_FIELDS) {
    const words = CONTAINS[f];
    for (let i = 0; i < words.length; i++)
      if (key.includes(words[i])) return { field: f, rank: 200 + i };
  }
  return null;
}

/** A field named in Chinese or English (for --map 身份=人员类别 and settings). */
export function parseField(text: string): RosterField | null {
  const key = headerKey(text);
  for (const f of ROSTER_FIELDS) {
    if (key.toLowerCase() === f.toLowerCase() || key === headerKey(FIELD_LABELS[f])) return f;
  }
  const extra: Record<string, RosterField> = {
    身份证: "id",
    身份证号: "id",
    公民身份号码: "id",
    类别: "category",
    资助类别: "category",
    身份: "category",
    档次: "tier",
    村: "village",
    村社区: "village",
    村社: "village",
    日期: "paidDate",
    部门: "department",
    paid: "paidDate",
    date: "paidDate",
  };
  return extra[key] ?? null;
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
  for (let c = 0; c < row.length; c++) out[c] = cellString(row[c]);
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
    const t = typeof v === "string" ? v.trim() : cellString(v);
    out[c] = /\d{6,}/.test(cellString(t)) ? maskId(t) : t;
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
    throw new RosterError(
      "NO_ROSTER",
      `工作表“${sheet.name}”中没有找到花名册表头（在前${HEADER_SEARCH_ROWS}行中找${listFields(required)}等列名）。${hint}` +
        `如表头名称不同，请指定对应关系，例如 --map 类型=人员类别。`,
      sheet.name,
      found,
      required,
      best ? best.row : null
    );
  }
  if (best === null) {
    // Only index mappings: the first non-empty row is the header.
    const r = sheet.rows.findIndex((row) => row && row.some((v) => cellString(v) !== ""));
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
    throw new RosterError(
      "MISSING_FIELDS",
      `工作表“${sheet.name}”第${best.row + 1}行的花名册缺少：${listFields(missing)}。` +
        `该行的表头有：${found.join("、")}` +
        (recognised ? `（已识别：${recognised}）` : "") +
        `。请把缺少的列对应到表头，例如 --map ${found.find((h) => !matchHeader(h) && !NOT_A_FIELD.test(squeezeKey(h))) ?? "列名"}=${FIELD_LABELS[missing[0]]}。`,
      sheet.name,
      found,
      missing,
      best.row
    );
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

const FOOTER =
  /^(合计|总计|小计|共计|累计|填表|制表|填报|审核|审批|负责人|经办人|联系人|联系电话|单位|备注|说明|注:|注：|盖章|日期|领导)/;
const TITLE = /名单|花名册|统计表|汇总表|明细表|申报表|一览表/;
/** 15 to 18 digits (the last may be X): an ID number, whichever column it was typed in. */
const ID_LIKE = /(^|[^0-9])[0-9]{14}([0-9]{3})?[0-9Xx]([^0-9]|$)/;

/** Ids shown with a leading apostrophe or as ="…" (text forced in Excel or CSV) lose that wrapper. */
function idString(v: CellValue): string {
  let s = cellString(v);
  if (
    s.length > 0 &&
    (s.charCodeAt(0) === 39 || s.charCodeAt(0) === 0x2018 || s.charCodeAt(0) === 0x2019)
  )
    s = s.slice(1).trim();
  if (s.startsWith('="') && s.endsWith('"')) s = s.slice(2, -1).trim();
  return s;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** A record whose A1 address is worked out only when asked for (most rows never need it). */
class RecordRow implements RosterRecord {
  constructor(
    readonly sheet: string,
    readonly row: number,
    private readonly col: number,
    readonly name: string,
    readonly idValue: CellValue,
    readonly idText: string,
    readonly category: string,
    readonly tier: string,
    readonly village: string,
    readonly paidValue: CellValue,
    readonly department: string
  ) {}

  get cell(): string {
    return cellAddress(this.row - 1, this.col);
  }
}

export interface RosterRows {
  records: RosterRecord[];
  ignored: IgnoredRow[];
}

/**
 * The current row of a scan. One object is reused for every row, so a scan of 200,000
 * rows allocates nothing per row; keep a row beyond its callback with snapshot().
 */
export class RosterCursor implements RosterRecord {
  sheet = "";
  row = 0;
  col = 0;
  name = "";
  idValue: CellValue = null;
  idText = "";
  category = "";
  tier = "";
  village = "";
  paidValue: CellValue = null;
  department = "";

  get cell(): string {
    return cellAddress(this.row - 1, this.col);
  }

  snapshot(): RosterRecord {
    return new RecordRow(
      this.sheet,
      this.row,
      this.col,
      this.name,
      this.idValue,
      this.idText,
      this.category,
      this.tier,
      this.village,
      this.paidValue,
      this.department
    );
  }
}

/**
 * Visits the data rows below the header: blank rows are skipped; a repeated header, a 合计
 * or signature line and a title line (no ID, category or tier) go to onIgnored, so the
 * summary can account for every non-empty row. Returns the number of data rows.
 */
export function scanRoster(
  sheet: SheetData,
  table: RosterTable,
  onRow: (row: RosterCursor) => void,
  onIgnored: (row: IgnoredRow) => void = () => undefined
): number {
  const c = table.columns;
  const cName = c.name ?? -1;
  const cId = c.id ?? -1;
  const cCat = c.category ?? -1;
  const cTier = c.tier ?? -1;
  const cVillage = c.village ?? -1;
  const cPaid = c.paidDate ?? -1;
  const cDept = c.department ?? -1;
  const cur = new RosterCursor();
  cur.sheet = sheet.name;
  cur.col = cId >= 0 ? cId : Math.max(cName, 0);
  const rows = sheet.rows;
  let n = 0;
  for (let r = table.headerRow + 1; r < rows.length; r++) {
    const row = rows[r];
    if (!row || row.length === 0) continue;
    const nameText = cName >= 0 ? cellString(row[cName]) : "";
    const idValue = cId >= 0 && row[cId] !== undefined ? row[cId] : null;
    const idText = idString(idValue);
    const category = cCat >= 0 ? cellString(row[cCat]) : "";
    const tier = cTier >= 0 ? cellString(row[cTier]) : "";
    if (nameText === "" && idText === "" && category === "" && tier === "") {
      let other = "";
      for (let k = 0; k < row.length && other === ""; k++) other = cellString(row[k]);
      if (other !== "") {
        const squeezed = squeezeKey(other);
        const shown = /\d{6,}/.test(squeezed)
          ? maskId(squeezed.slice(0, 40))
          : squeezed.slice(0, 20);
        onIgnored({
          sheet: sheet.name,
          row: r + 1,
          reason: FOOTER.test(shown)
            ? `合计或签名行（“${shown}”）`
            : `没有姓名、身份证号码、类别和档次（“${shown}”）`,
        });
      }
      continue;
    }
    // A row that holds an ID number anywhere is a person's row, never a title or a footer.
    if (idText === "" && !ID_LIKE.test(nameText) && !ID_LIKE.test(category)) {
      const first = maskIdsIn(squeezeKey(nameText || category));
      if (
        matchHeader(nameText)?.field === "name" &&
        (category === "" || matchHeader(category)?.field === "category")
      ) {
        onIgnored({ sheet: sheet.name, row: r + 1, reason: "重复的表头行" });
        continue;
      }
      if (FOOTER.test(first)) {
        onIgnored({
          sheet: sheet.name,
          row: r + 1,
          reason: `合计或签名行（“${first.slice(0, 20)}”）`,
        });
        continue;
      }
      if (category === "" && tier === "" && (TITLE.test(first) || first.length > 15)) {
        onIgnored({
          sheet: sheet.name,
          row: r + 1,
          reason: `标题或说明行（“${first.slice(0, 20)}”）`,
        });
        continue;
      }
    } else if (!isDigit(idText.charCodeAt(0)) && matchHeader(idText)?.field === "id") {
      onIgnored({ sheet: sheet.name, row: r + 1, reason: "重复的表头行" });
      continue;
    }
    cur.row = r + 1;
    cur.name = cleanName(nameText);
    cur.idValue = typeof idValue === "string" ? idText : idValue;
    cur.idText = typeof idValue === "number" ? String(idValue) : idText;
    cur.category = category;
    cur.tier = tier;
    cur.village = cVillage >= 0 ? cleanName(cellString(row[cVillage])) : "";
    cur.paidValue = cPaid >= 0 && row[cPaid] !== undefined ? row[cPaid] : null;
    cur.department = cDept >= 0 ? cellString(row[cDept]) : "";
    n++;
    onRow(cur);
  }
  return n;
}

/** The data rows as records (see scanRoster for what is skipped or ignored). */
export function readRoster(sheet: SheetData, table: RosterTable): RosterRows {
  const records: RosterRecord[] = [];
  const ignored: IgnoredRow[] = [];
  scanRoster(
    sheet,
    table,
    (cur) => records.push(cur.snapshot()),
    (g) => ignored.push(g)
  );
  return { records, ignored };
}

/**
 * Excel keeps 15 significant digits: an 18-digit ID once stored as a number comes back (in a
 * CSV saved from that sheet) ending in 000, and 1 in 11 of those still passes the check
 * digit. A real ID ends in 000 about once in 1,100, so a column is judged as a whole: when
 * far more of its IDs end in 000 than chance allows, the column was damaged, and every row
 * whose ID ends in 000 is held with this reason, not accepted.
 */
export interface IdColumnDamage {
  ids: number;
  endingIn000: number;
  /** The reason given for each row whose ID ends in 000. */
  message: string;
}

/** How often a real ID ends in 000 (the estimate, rounded up to be generous). */
const REAL_000_RATE = 1 / 1000;
/** Below this chance of arising from real IDs, an excess of 000 endings is damage. */
const DAMAGE_P = 1e-4;

/** P(X ≥ k) for X ~ Poisson(λ), summed from k up in log space (no cancellation). */
function poissonTail(k: number, lambda: number): number {
  if (k <= 0) return 1;
  let logFact = 0;
  for (let i = 2; i <= k; i++) logFact += Math.log(i);
  let term = Math.exp(-lambda + k * Math.log(lambda) - logFact);
  let sum = 0;
  for (let i = k; i < k + 10_000 && term > 1e-300; i++) {
    sum += term;
    term *= lambda / (i + 1);
  }
  return Math.min(1, sum);
}

export function idColumnDamage(sheet: SheetData, table: RosterTable): IdColumnDamage | null {
  const c = table.columns.id;
  if (c === undefined) return null;
  let ids = 0;
  let k = 0;
  const rows = sheet.rows;
  for (let r = table.headerRow + 1; r < rows.length; r++) {
    const v = rows[r]?.[c];
    if (v === null || v === undefined) continue;
    const s = idString(v);
    if (s.length !== 18 || !isDigit(s.charCodeAt(0))) continue;
    ids++;
    if (s.endsWith("000")) k++;
  }
  if (k < 2 || poissonTail(k, ids * REAL_000_RATE) >= DAMAGE_P) return null;
  return {
    ids,
    endingIn000: k,
    message:
      `身份证号码被 Excel 损坏：本列${ids}个号码中有${k}个以000结尾（真实号码约一千个才有一个），` +
      `说明这一列曾被 Excel 当作数字保存，只保留了15位，末3位变成了000。请按原始资料重新录入本行号码；` +
      `为保持号码为文本：在 Excel 中先把该列设为“文本”格式再粘贴（或在号码前加英文单引号 '），` +
      `另存 CSV 前不要让 Excel 把该列当作数字，导入 CSV 时把该列设为“文本”`,
  };
}
