/**
 * 检查任务分解表: reads a target-decomposition sheet (参保任务分解表 / 参保目标任务表) as a
 * 2-D array, wherever the table starts, and reports what is wrong with the cell to fix.
 *
 * How the sheet is read:
 * - The header row is the first row among the first 30 that has a unit-name column
 *   (村（社区）, 村社区, 村(社区), 乡镇（街道）, 单位…) and a target column (任务数, 参保目标,
 *   2025年度参保目标…). A second header row under it (merged group headers such as
 *   “7类低收入人口” over “人数 / 已参保”) is read too.
 * - Above it: the title (text rows, 附件N lines left out) and the unit line (单位：人).
 * - Below it: one unit per row until the total row (合计, 合 计, 总计, 全镇合计) in any column
 *   left of the target, or a note line (注：, 填表人…), or the end. 小计 rows are not units.
 * - Group columns (7类低收入人口, 脱贫人口) are read by their header: a header with 率 or % holds
 *   rates, otherwise one with 已参保/已缴费/参保人数 holds people paid and any other holds the
 *   group's head count; rate = paid ÷ count (a group of 0 people counts as 100%). In a rate
 *   column, text like “98%” and numbers above 1 are percentages, numbers up to 1 are shares
 *   (Excel keeps 98% as 0.98); a header marked (%) makes every number a percentage.
 *
 * Pure: no Office, no files. The CLI, the taskpane and the standalone page all call it.
 */
import { Decimal } from "../decimal";
import { Day, iso, toChinese, toIso } from "../dates";
import type { Citation } from "../policy/schema";
import { grade as gradeOf, milestoneDue, workFund } from "../rules/assessment";
import { cellAddress, columnName, type CellValue, type SheetData } from "../sheet/address";
import { cellText, foldWidth, nameKey } from "../text";
import type {
  Severity,
  TargetCheckOptions,
  TargetCode,
  TargetFinding,
  TargetFix,
  TargetReport,
  TargetSummary,
  UnitProgress,
} from "./types";

/** How many rows from the top are searched for the header. */
export const HEADER_SCAN_ROWS = 30;

export type ColumnRole =
  | "seq"
  | "unit"
  | "target"
  | "population"
  | "paid"
  | "rate"
  | "lowIncomeCount"
  | "lowIncomePaid"
  | "lowIncomeRate"
  | "povertyCount"
  | "povertyPaid"
  | "povertyRate";

export interface TableLayout {
  /** 0-based row of the header (the upper one when the header has two rows). */
  headerRow: number;
  /** First row after the header. */
  dataStart: number;
  columns: Partial<Record<ColumnRole, number>>;
  /** The header text of each recognised column, as written. */
  headers: Partial<Record<ColumnRole, string>>;
  /** Whether a group's rate column is in percent (its header says %). */
  percentHeader: Partial<Record<ColumnRole, boolean>>;
  lastColumn: number;
}

// ---------------------------------------------------------------------------------------
// Header recognition

/** A header's comparison key: width-folded, no spaces, no brackets or colons. */
export function headerKey(value: CellValue | undefined): string {
  return nameKey(cellText(value)).replace(/[()（）[\]【】〔〕:：]/g, "");
}

const UNIT_RE = /^(村|社区|居委会|居委|居|乡|镇|街道|区|县|单位|地区|村社|组)+(名称|名|别)?$/;
const PAID_RE =
  /已参保|已缴费|已缴|已完成|实缴|实际参保|实际缴费|完成数|完成人数|参保人数|缴费人数|参保数/;

/** The role of a column from its header text, or null. */
export function classifyHeader(text: CellValue | undefined): ColumnRole | null {
  const key = headerKey(text);
  if (!key) return null;
  if (/^(序号|编号|序)$/.test(key)) return "seq";
  const isRate = /率|%|百分比|占比/.test(key);
  const paidLike = PAID_RE.test(key) && !/目标|任务|应参保/.test(key);
  const group = /低收入|困难|特困|低保/.test(key)
    ? "lowIncome"
    : /脱贫/.test(key)
      ? "poverty"
      : null;
  if (group) return `${group}${isRate ? "Rate" : paidLike ? "Paid" : "Count"}` as ColumnRole;
  if (isRate) return "rate";
  if (paidLike) return "paid";
  if (/户籍|人口|应参保/.test(key)) return "population";
  if (/目标|任务|计划/.test(key)) return "target";
  if (UNIT_RE.test(key)) return "unit";
  return null;
}

function yearIn(text: string): number {
  const m = /(\d{4})/.exec(text);
  return m ? Number(m[1]) : 0;
}

function isBlank(v: CellValue | undefined): boolean {
  return v === null || v === undefined || (typeof v === "string" && foldWidth(v).trim() === "");
}

function layoutFrom(
  headerTexts: string[],
  headerRow: number,
  dataStart: number
): TableLayout | null {
  const columns: TableLayout["columns"] = {};
  const headers: TableLayout["headers"] = {};
  const percentHeader: TableLayout["percentHeader"] = {};
  let lastColumn = 0;
  headerTexts.forEach((text, c) => {
    const role = classifyHeader(text);
    if (!text) return;
    lastColumn = Math.max(lastColumn, c);
    if (!role) return;
    const existing = columns[role];
    // Two target columns (2024 and 2025): the later year's is the one to check.
    const replace =
      existing === undefined || (role === "target" && yearIn(text) > yearIn(headers.target ?? ""));
    if (!replace) return;
    columns[role] = c;
    headers[role] = text;
    percentHeader[role] = /%/.test(foldWidth(text));
  });
  if (columns.unit === undefined || columns.target === undefined) return null;
  return { headerRow, dataStart, columns, headers, percentHeader, lastColumn };
}

function rowTexts(row: CellValue[] | undefined): string[] {
  return (row ?? []).map((v) => cellText(v));
}

/** Header text of two stacked header rows: a group's upper cell carries over the columns under it. */
function combinedTexts(top: CellValue[] | undefined, sub: CellValue[] | undefined): string[] {
  const t = rowTexts(top);
  const s = rowTexts(sub);
  const n = Math.max(t.length, s.length);
  const out: string[] = [];
  let group = "";
  for (let c = 0; c < n; c++) {
    const up = t[c] ?? "";
    const down = s[c] ?? "";
    if (up) group = down ? up : "";
    const upper = up || (down ? group : "");
    // A cell merged over both rows reads the same in each (exceljs repeats a merge's value).
    out.push(down === upper ? upper : upper + down);
  }
  return out;
}

function hasNumber(row: CellValue[] | undefined): boolean {
  return (row ?? []).some((v) => typeof v === "number");
}

/** Finds the table's header among the first HEADER_SCAN_ROWS rows, or null. */
export function locateTable(rows: CellValue[][]): TableLayout | null {
  const limit = Math.min(HEADER_SCAN_ROWS, rows.length);
  for (let h = 0; h < limit; h++) {
    const single = layoutFrom(rowTexts(rows[h]), h, h + 1);
    const next = rows[h + 1];
    const nextIsText = next !== undefined && !hasNumber(next) && next.some((v) => !isBlank(v));
    if (single) {
      const same = (c: number) =>
        isBlank(next?.[c]) || cellText(next?.[c]) === cellText(rows[h][c]);
      const subHeader = nextIsText && same(single.columns.unit!) && same(single.columns.target!);
      if (subHeader) {
        const both = layoutFrom(combinedTexts(rows[h], next), h, h + 2);
        if (both) return both;
      }
      return single;
    }
    if (nextIsText) {
      const both = layoutFrom(combinedTexts(rows[h], next), h, h + 2);
      if (both && isBlank(next[both.columns.unit!])) return both;
    }
  }
  return null;
}

// ---------------------------------------------------------------------------------------
// Cells

type Num =
  | { kind: "blank" }
  | { kind: "num"; value: number; asText: boolean }
  | { kind: "bad"; text: string };

const NONE_MARKS = /^(\/|／|—+|-+|无|－)$/;

function readNum(v: CellValue | undefined): Num {
  if (v === null || v === undefined) return { kind: "blank" };
  if (typeof v === "number")
    return Number.isFinite(v)
      ? { kind: "num", value: v, asText: false }
      : { kind: "bad", text: String(v) };
  if (typeof v === "string") {
    const s = foldWidth(v).replace(/[\s,，]/g, "");
    if (s === "") return { kind: "blank" };
    if (/^[+-]?(\d+(\.\d*)?|\.\d+)$/.test(s))
      return { kind: "num", value: Number(s), asText: true };
    return { kind: "bad", text: v.trim() };
  }
  return { kind: "bad", text: cellText(v) };
}

/** A rate cell as a share (0.98), or null. See the file comment for the percent rule. */
function readRate(v: CellValue | undefined, percentHeader: boolean): number | null {
  if (typeof v === "string") {
    const s = foldWidth(v).replace(/\s/g, "");
    const m = /^([+-]?\d+(\.\d+)?)%$/.exec(s);
    if (m) return Number(m[1]) / 100;
  }
  const n = readNum(v);
  if (n.kind !== "num") return null;
  return percentHeader || n.value > 1 ? n.value / 100 : n.value;
}

const TOTAL_RE = /^(全(镇|乡|街道|县|区|村|社区|街|办))?(合计|总计|总合计)$/;
const NOTE_RE = /^(注[:：]|注\d|备注|说明[:：]|填表|制表|审核|单位负责人|负责人|联系电话|联系人)/;
const SUBTOTAL_RE = /小计$/;

/** A cell as the clerk wrote it (trimmed, full-width kept), for titles and messages. */
function shown(v: CellValue | undefined): string {
  return typeof v === "string" ? v.replace(/^[\s\u3000]+|[\s\u3000]+$/g, "") : cellText(v);
}

/**
 * A share as a percentage with one decimal, cut rather than rounded, so that 64.99% shows as
 * 64.9% and never seems to reach a 65% it has not reached: 0.95 → "95%", 1153/1774 → "64.9%".
 */
export function percentText(share: number | Decimal): string {
  const n = new Decimal(share).times(100);
  const s = n.toDecimalPlaces(1, Decimal.ROUND_DOWN).toFixed(1);
  return (s.endsWith(".0") ? s.slice(0, -2) : s) + "%";
}

const pct = percentText;

function fmt(n: number): string {
  return Number.isInteger(n) ? String(n) : String(new Decimal(n).toDecimalPlaces(6).toNumber());
}

/** A difference in people, in words: 多 28 人 / 少 28 人. */
function diffText(a: number, b: number): string {
  const d = new Decimal(a).minus(b);
  return d.gt(0) ? `多 ${fmt(d.toNumber())} 人` : `少 ${fmt(d.abs().toNumber())} 人`;
}

function citeText(cite: Citation[] | undefined): string {
  if (!cite || cite.length === 0) return "";
  const c = cite[0];
  return `（${c.doc} ${c.clause}）`;
}

// ---------------------------------------------------------------------------------------
// The check

interface UnitRow {
  row: number;
  name: string;
  key: string;
  target: number | null;
  /** Target read as a number, valid or not (decimals and negatives included), for the sum. */
  raw: number | null;
}

interface Ctx {
  rows: CellValue[][];
  findings: TargetFinding[];
  csv: boolean;
}

function add(
  ctx: Ctx,
  severity: Severity,
  code: TargetCode,
  row: number,
  col: number,
  message: string,
  fix?: TargetFix
): void {
  const cell = cellAddress(row, col);
  const f: TargetFinding = { severity, code, row, col, cell, message: `${cell}：${message}` };
  if (fix) f.fix = fix;
  ctx.findings.push(f);
}

/**
 * Reads a people count (target, population, paid) and flags what is wrong with it.
 * Returns the count when it is a whole non-negative number, else null.
 */
function readCount(
  ctx: Ctx,
  row: number,
  col: number,
  what: string,
  optional: boolean
): { value: number | null; raw: number | null; blank: boolean; bad: boolean } {
  const v = ctx.rows[row]?.[col];
  const n = readNum(v);
  if (n.kind === "blank") return { value: null, raw: null, blank: true, bad: false };
  if (n.kind === "bad") {
    if (optional && NONE_MARKS.test(foldWidth(n.text).trim()))
      return { value: null, raw: null, blank: true, bad: false };
    const error = /^#/.test(n.text) ? `公式出错（${n.text}）` : `“${n.text}”不是数字`;
    add(ctx, "error", "NOT_INTEGER", row, col, `${what}${error}，应填不小于0的整数（人）。`);
    return { value: null, raw: null, blank: false, bad: true };
  }
  if (!Number.isInteger(n.value)) {
    add(
      ctx,
      "error",
      "NOT_INTEGER",
      row,
      col,
      `${what} ${fmt(n.value)} 不是整数，人数应为整数，请核对后改正。`
    );
    return { value: null, raw: n.value, blank: false, bad: false };
  }
  if (n.value < 0) {
    add(
      ctx,
      "error",
      "NEGATIVE",
      row,
      col,
      `${what} ${fmt(n.value)} 是负数，人数应不小于0，请核对后改正。`
    );
    return { value: null, raw: n.value, blank: false, bad: false };
  }
  if (n.asText && !ctx.csv) {
    add(
      ctx,
      "warning",
      "TEXT_NUMBER",
      row,
      col,
      `${what}“${fmt(n.value)}”是以文本形式存储的数字，Excel 求和时会漏掉它，请转为数字。`,
      { kind: "textToNumber", row, col, value: n.value }
    );
  }
  return { value: n.value, raw: n.value, blank: false, bad: false };
}

/** A1 ranges of the rows, merged into runs: "C4:C7,C9". */
function rangesOf(col: number, rowList: number[]): string {
  const sorted = [...new Set(rowList)].sort((a, b) => a - b);
  const parts: string[] = [];
  let start = -1;
  let prev = -2;
  const flush = () => {
    if (start < 0) return;
    parts.push(
      start === prev
        ? cellAddress(start, col)
        : `${cellAddress(start, col)}:${cellAddress(prev, col)}`
    );
  };
  for (const r of sorted) {
    if (r !== prev + 1) {
      flush();
      start = r;
    }
    prev = r;
  }
  flush();
  return parts.join(",");
}

function unitNoun(layout: TableLayout): string {
  const h = layout.headers.unit ?? "";
  if (/村|社区|居/.test(h)) return "村";
  if (/乡|镇|街道/.test(h)) return "乡镇（街道）";
  return "单位";
}

const ROLE_LABEL: Record<ColumnRole, string> = {
  seq: "序号",
  unit: "名称",
  target: "任务数",
  population: "户籍人口",
  paid: "已缴费人数",
  rate: "比率",
  lowIncomeCount: "低收入人口数",
  lowIncomePaid: "低收入人口已缴费人数",
  lowIncomeRate: "低收入人口参保率",
  povertyCount: "脱贫人口数",
  povertyPaid: "脱贫人口已缴费人数",
  povertyRate: "脱贫人口参保率",
};

/** Rows of the table, without judging them (used for unit sheets too). */
function parseRows(
  rows: CellValue[][],
  layout: TableLayout
): { unitRows: number[]; totalRow: number | null; subtotalRows: number[]; endRow: number } {
  const { unit: unitCol, target: targetCol } = layout.columns as Required<
    Pick<TableLayout["columns"], "unit" | "target">
  >;
  const labelCols = new Set<number>([unitCol]);
  if (layout.columns.seq !== undefined) labelCols.add(layout.columns.seq);
  for (let c = 0; c < targetCol; c++) labelCols.add(c);
  const unitRows: number[] = [];
  const subtotalRows: number[] = [];
  let totalRow: number | null = null;
  let r = layout.dataStart;
  for (; r < rows.length; r++) {
    const row = rows[r] ?? [];
    if (row.every((v) => isBlank(v))) continue;
    if ([...labelCols].some((c) => TOTAL_RE.test(nameKey(cellText(row[c]))))) {
      totalRow = r;
      break;
    }
    const first = row.find((v) => !isBlank(v));
    if (typeof first === "string" && NOTE_RE.test(nameKey(first))) break;
    const name = cellText(row[unitCol]);
    if (SUBTOTAL_RE.test(nameKey(name))) {
      subtotalRows.push(r);
      continue;
    }
    if (!name && isBlank(row[targetCol])) continue;
    unitRows.push(r);
  }
  return { unitRows, totalRow, subtotalRows, endRow: totalRow ?? r };
}

/** The total a unit's own sheet declares (合计, else the sum of its units), or null if it is not a target table. */
export function sheetTotal(sheet: SheetData): { total: number; row: number; col: number } | null {
  const layout = locateTable(sheet.rows);
  if (!layout) return null;
  const targetCol = layout.columns.target!;
  const parsed = parseRows(sheet.rows, layout);
  if (parsed.totalRow !== null) {
    const n = readNum(sheet.rows[parsed.totalRow]?.[targetCol]);
    if (n.kind === "num") return { total: n.value, row: parsed.totalRow, col: targetCol };
  }
  let sum = 0;
  let any = false;
  for (const r of parsed.unitRows) {
    const n = readNum(sheet.rows[r]?.[targetCol]);
    if (n.kind === "num") {
      sum += n.value;
      any = true;
    }
  }
  if (!any) return null;
  const last = parsed.unitRows[parsed.unitRows.length - 1];
  return { total: sum, row: parsed.totalRow ?? last, col: targetCol };
}

const UNIT_SHEET_SUFFIX = /^(参保)?(任务|目标|分解|明细|表|清单|名单|进度)*$/;

function findUnitSheet(unitKey: string, self: string, others: SheetData[]): SheetData | undefined {
  const candidates = others.filter((s) => s.name !== self);
  return (
    candidates.find((s) => nameKey(s.name) === unitKey) ??
    candidates.find((s) => {
      const k = nameKey(s.name);
      return k.startsWith(unitKey) && UNIT_SHEET_SUFFIX.test(k.slice(unitKey.length));
    })
  );
}

function emptySummary(sheet: SheetData, options: TargetCheckOptions): TargetSummary {
  return {
    title: null,
    headerRow: -1,
    totalRow: null,
    units: 0,
    sumOfUnits: 0,
    declaredTotal: null,
    assigned: options.assigned ?? null,
    population: null,
    paid: null,
    progress: [],
    sheet: sheet.name,
    range: null,
    columns: {},
    unitLine: null,
    policy: options.policy?.id ?? null,
    asOf: options.asOf !== undefined ? toIso(options.asOf) : null,
    due: null,
    coverageGoal: null,
    workFundTotal: null,
    notes: [],
  };
}

function sortFindings(findings: TargetFinding[]): TargetFinding[] {
  const rank = (s: Severity) => (s === "error" ? 0 : 1);
  return findings
    .map((f, i) => ({ f, i }))
    .sort(
      (a, b) =>
        rank(a.f.severity) - rank(b.f.severity) ||
        a.f.row - b.f.row ||
        a.f.col - b.f.col ||
        a.i - b.i
    )
    .map((x) => x.f);
}

/** "白鹤村为空、高平村不是数字", or the first few and a count. */
function zeroList(items: string[]): string {
  return items.length <= 3
    ? items.join("、")
    : `${items.slice(0, 3).join("、")}等${items.length}处`;
}

/** Checks a target-decomposition sheet. See the file comment for how the sheet is read. */
export function checkTargets(sheet: SheetData, options: TargetCheckOptions = {}): TargetReport {
  const rows = sheet.rows;
  const ctx: Ctx = { rows, findings: [], csv: options.source === "csv" };
  const summary = emptySummary(sheet, options);
  const notes = summary.notes!;
  const policy = options.policy;

  const layout = locateTable(rows);
  if (!layout) {
    add(
      ctx,
      "error",
      "NO_HEADER",
      0,
      0,
      `前${HEADER_SCAN_ROWS}行中没有找到表头：表头行应同时有村（社区）名称列（如“村（社区）”“村社区”）和任务数列（如“任务数”“参保目标”“2025年度参保目标”）。请确认选对了工作表，或补上表头。`
    );
    return { ok: false, sheet: sheet.name, findings: ctx.findings, summary };
  }
  const col = layout.columns;
  const unitCol = col.unit!;
  const targetCol = col.target!;
  const noun = unitNoun(layout);
  summary.headerRow = layout.headerRow;
  summary.columns = Object.fromEntries(
    Object.entries(col).map(([role, c]) => [role, columnName(c as number)])
  );

  // --- Title and unit line, above the header.
  const titleParts: string[] = [];
  let unitLine: { text: string; row: number; col: number } | null = null;
  for (let r = 0; r < layout.headerRow; r++) {
    let previous = "";
    (rows[r] ?? []).forEach((v, c) => {
      const text = shown(v);
      // A merged title reads the same in every cell it covers (exceljs): keep it once.
      if (!text || text === previous) return;
      previous = text;
      const key = nameKey(text);
      if (/^单位[:：]/.test(key)) {
        unitLine = { text, row: r, col: c };
        return;
      }
      if (
        /^附件\d*[:：]?$/.test(key) ||
        /^(填报|制表|报送|日期|时间|编号)/.test(key) ||
        typeof v === "number"
      )
        return;
      titleParts.push(text);
    });
  }
  summary.title = titleParts.length > 0 ? titleParts.join("") : null;
  if (!summary.title) {
    add(
      ctx,
      "warning",
      "NO_TITLE",
      Math.max(0, layout.headerRow - 1),
      Math.min(unitCol, col.seq ?? unitCol),
      `表头上方没有标题。请在表头上方加标题，写明单位、年度和表名，如“××镇2025年度村（社区）城乡居民基本医疗保险参保任务分解表”。`
    );
  }
  const ul = unitLine as { text: string; row: number; col: number } | null;
  summary.unitLine = ul ? ul.text : null;
  if (!ul) {
    add(
      ctx,
      "warning",
      "NO_UNIT_LINE",
      Math.max(0, layout.headerRow - 1),
      layout.lastColumn,
      `表头上方没有计量单位。请在表头右上方注明“单位：人”。`
    );
  } else if (nameKey(ul.text).replace(/^单位[:：]/, "") !== "人") {
    add(
      ctx,
      "warning",
      "NO_UNIT_LINE",
      ul.row,
      ul.col,
      `计量单位写的是“${ul.text}”，任务分解表的数字是人数，应为“单位：人”。请核对。`
    );
  }

  // --- Units.
  const parsed = parseRows(rows, layout);
  const units: UnitRow[] = [];
  const seen = new Map<string, UnitRow>();
  /** Units whose target is counted as 0 in the sum ("白鹤村为空"), for the total's finding. */
  const countedAsZero: string[] = [];
  for (const r of parsed.unitRows) {
    const row = rows[r] ?? [];
    const name = shown(row[unitCol]);
    const label = name || `第${r + 1}行`;
    const t = readCount(ctx, r, targetCol, `${name ? name + "的" : ""}任务数`, false);
    if (t.blank) {
      countedAsZero.push(`${label}为空`);
      add(
        ctx,
        "error",
        "MISSING_TARGET",
        r,
        targetCol,
        `${label}的任务数为空，请填写该${noun}的参保目标人数（没有任务的填 0）。`
      );
    }
    if (t.bad) countedAsZero.push(`${label}不是数字`);
    if (!name) {
      add(
        ctx,
        "error",
        "MISSING_UNIT",
        r,
        unitCol,
        `这一行有任务数${t.raw !== null ? ` ${fmt(t.raw)}` : ""}，但${noun}名称为空。请填写名称；如果是多余的行，请删除。`
      );
    }
    const unit: UnitRow = { row: r, name, key: nameKey(name), target: t.value, raw: t.raw };
    units.push(unit);
    if (name) {
      const first = seen.get(unit.key);
      if (first) {
        add(
          ctx,
          "error",
          "DUPLICATE_UNIT",
          r,
          unitCol,
          `“${name}”与第${first.row + 1}行（${cellAddress(first.row, unitCol)}“${first.name}”）重复。请核对是重复录入还是名称写错；同名的${noun}只能有一行。`
        );
      } else seen.set(unit.key, unit);
    }
  }
  summary.units = units.filter((u) => u.name).length;
  const lastUnitRow = units.length > 0 ? units[units.length - 1].row : layout.dataStart - 1;
  if (units.length === 0) {
    add(
      ctx,
      "error",
      "MISSING_UNIT",
      layout.dataStart,
      unitCol,
      `表中还没有任何${noun}。请在表头下逐行填写${noun}名称和任务数。`
    );
  }

  // --- 序号.
  if (col.seq !== undefined && units.length > 0) {
    const seqCol = col.seq;
    const values = units.map((u) => readNum(rows[u.row]?.[seqCol]));
    if (values.some((v) => v.kind === "num")) {
      // A number is in order when it follows the one above or matches its position, so one
      // typo is flagged once and a gap (1, 2, 4, 5) only where it opens.
      let previous = 0;
      units.forEach((u, i) => {
        const v = values[i];
        const expected = previous + 1;
        if (v.kind === "num" && (v.value === expected || v.value === i + 1)) {
          previous = v.value;
          return;
        }
        const what =
          v.kind === "num"
            ? `是 ${fmt(v.value)}`
            : v.kind === "blank"
              ? "为空"
              : `“${v.text}”不是数字`;
        add(
          ctx,
          "warning",
          "SEQ_GAP",
          u.row,
          seqCol,
          `序号${what}，按顺序应为 ${expected}。请重新编号（序号应从1起连续）。`
        );
        previous = v.kind === "num" && Number.isInteger(v.value) ? v.value : expected;
      });
    }
  }

  // --- Sum and total row.
  let sum = new Decimal(0);
  for (const u of units) if (u.raw !== null) sum = sum.plus(u.raw);
  summary.sumOfUnits = sum.toNumber();
  const subtotal = new Set(parsed.subtotalRows);
  const sumRows: number[] = [];
  const sumFrom = units.length > 0 ? Math.min(layout.dataStart, units[0].row) : layout.dataStart;
  const sumTo = parsed.totalRow !== null ? parsed.totalRow - 1 : lastUnitRow;
  for (let r = sumFrom; r <= sumTo; r++) if (!subtotal.has(r)) sumRows.push(r);
  const sumFormula = (c: number): string => `=SUM(${rangesOf(c, sumRows)})`;
  summary.totalRow = parsed.totalRow;
  const tableEnd = parsed.totalRow ?? lastUnitRow;
  summary.range = `${cellAddress(layout.headerRow, Math.min(...Object.values(col).map(Number)))}:${cellAddress(Math.max(tableEnd, layout.dataStart - 1), layout.lastColumn)}`;

  let declared: number | null = null;
  const totalRow = parsed.totalRow;
  if (totalRow === null) {
    if (units.length > 0) {
      add(
        ctx,
        "warning",
        "NO_TOTAL_ROW",
        lastUnitRow + 1,
        unitCol,
        `表中没有合计行。请在最后一个${noun}下面加一行“合计”，任务数填 ${sumFormula(targetCol)}（各${noun}之和 ${summary.sumOfUnits}）。`
      );
    }
  } else if (units.length > 0) {
    const cell = readNum(rows[totalRow]?.[targetCol]);
    const fix: TargetFix = {
      kind: "sumFormula",
      row: totalRow,
      col: targetCol,
      formula: sumFormula(targetCol),
    };
    if (cell.kind === "blank") {
      add(
        ctx,
        "error",
        "SUM_MISMATCH",
        totalRow,
        targetCol,
        `合计为空，各${noun}之和为 ${summary.sumOfUnits}。请填入求和公式 ${fix.formula}。`,
        fix
      );
    } else if (cell.kind === "bad") {
      add(
        ctx,
        "error",
        "SUM_MISMATCH",
        totalRow,
        targetCol,
        `合计“${cell.text}”不是数字，各${noun}之和为 ${summary.sumOfUnits}。请改为求和公式 ${fix.formula}。`,
        fix
      );
    } else {
      declared = cell.value;
      if (cell.asText && !ctx.csv) {
        add(
          ctx,
          "warning",
          "TEXT_NUMBER",
          totalRow,
          targetCol,
          `合计“${fmt(cell.value)}”是以文本形式存储的数字，请转为数字。`,
          {
            kind: "textToNumber",
            row: totalRow,
            col: targetCol,
            value: cell.value,
          }
        );
      }
      // Compared even while some targets are blank or not numbers (counted as 0, and said
      // so), so that a wrong total is reported with the other mistakes, not after them.
      if (!sum.eq(cell.value)) {
        const zero = countedAsZero.length > 0 ? `${zeroList(countedAsZero)}，按 0 计；` : "";
        // A =SUM total skips numbers stored as text: when the total is the sum without them,
        // the text cells are the fault, and a new SUM formula would not help.
        const textCells = ctx.csv
          ? []
          : units.filter((u) => {
              const n = readNum(rows[u.row]?.[targetCol]);
              return n.kind === "num" && n.asText;
            });
        const withoutText = textCells.reduce((acc, u) => acc.minus(u.raw ?? 0), sum);
        const gap = `合计 ${fmt(cell.value)} 与各${noun}之和 ${summary.sumOfUnits} 不符（${zero}合计${diffText(cell.value, sum.toNumber())}）`;
        if (textCells.length > 0 && withoutText.eq(cell.value)) {
          const where = textCells.map((u) => cellAddress(u.row, targetCol)).join("、");
          add(
            ctx,
            "error",
            "SUM_MISMATCH",
            totalRow,
            targetCol,
            `${gap}：${where} 是以文本形式存储的数字，求和时没有算进去。请先把 ${where} 转为数字，再核对合计（合计是求和公式的，转好后会自动更正）。`
          );
        } else {
          add(
            ctx,
            "error",
            "SUM_MISMATCH",
            totalRow,
            targetCol,
            `${gap}。请核对各${noun}任务数，或把合计改为求和公式 ${fix.formula}。`,
            fix
          );
        }
      }
    }
    // The other count columns' totals, when the total row fills them in.
    for (const role of [
      "population",
      "paid",
      "lowIncomeCount",
      "lowIncomePaid",
      "povertyCount",
      "povertyPaid",
    ] as ColumnRole[]) {
      const c = col[role];
      if (c === undefined) continue;
      const tv = readNum(rows[totalRow]?.[c]);
      if (tv.kind !== "num") continue;
      let s = new Decimal(0);
      let complete = true;
      for (const u of units) {
        const n = readNum(rows[u.row]?.[c]);
        if (n.kind === "num") s = s.plus(n.value);
        else if (n.kind === "bad") complete = false;
      }
      if (complete && !s.eq(tv.value)) {
        const f: TargetFix = { kind: "sumFormula", row: totalRow, col: c, formula: sumFormula(c) };
        add(
          ctx,
          "error",
          "SUM_MISMATCH",
          totalRow,
          c,
          `${ROLE_LABEL[role]}合计 ${fmt(tv.value)} 与各${noun}之和 ${fmt(s.toNumber())} 不符（合计${diffText(tv.value, s.toNumber())}）。请改为求和公式 ${f.formula}。`,
          f
        );
      }
    }
  }
  summary.declaredTotal = declared;

  // --- The figure assigned from above.
  if (options.assigned !== undefined) {
    const have = declared ?? summary.sumOfUnits;
    if (!new Decimal(have).eq(options.assigned)) {
      const at = totalRow ?? lastUnitRow + 1;
      add(
        ctx,
        "error",
        "ASSIGNED_MISMATCH",
        at,
        targetCol,
        `${declared !== null ? "合计" : `各${noun}之和`} ${fmt(have)} 与上级下达的任务数 ${options.assigned} 不符（${diffText(have, options.assigned)}）。分解到各${noun}的任务合计应等于下达数，请调整。`
      );
    }
  }

  // --- Population and coverage.
  const goals = policy?.policy.goals;
  const coverageGoal = goals?.overall?.value ?? null;
  summary.coverageGoal = coverageGoal;
  const populationOf = new Map<number, number>();
  if (col.population !== undefined) {
    const pc = col.population;
    let total = new Decimal(0);
    for (const u of units) {
      const p = readCount(ctx, u.row, pc, `${u.name ? u.name + "的" : ""}户籍人口`, true);
      if (p.value === null) continue;
      populationOf.set(u.row, p.value);
      total = total.plus(p.value);
      if (u.target === null) continue;
      if (u.target > p.value) {
        add(
          ctx,
          "warning",
          "ABOVE_POPULATION",
          u.row,
          targetCol,
          `${u.name}的任务数 ${u.target} 超过户籍人口 ${p.value}（多 ${u.target - p.value}）。请核对任务数或户籍人口。`
        );
      } else if (
        coverageGoal !== null &&
        p.value > 0 &&
        new Decimal(u.target).lt(new Decimal(p.value).times(coverageGoal))
      ) {
        const need = new Decimal(p.value).times(coverageGoal).ceil().toNumber();
        add(
          ctx,
          "warning",
          "BELOW_COVERAGE",
          u.row,
          targetCol,
          `${u.name}的任务数 ${u.target} ÷ 户籍人口 ${p.value} = ${pct(new Decimal(u.target).div(p.value))}，低于面上参保率目标 ${pct(coverageGoal)}${citeText(goals?.overall?.cite)}。按目标任务数至少应为 ${need}。`
        );
      }
    }
    summary.population = total.toNumber();
    if (coverageGoal === null) {
      notes.push(
        policy
          ? `${policy.label}的通知没有规定面上参保率目标，未检查覆盖率（任务数 ÷ 户籍人口）。`
          : "未选择政策，不知道面上参保率目标，未检查覆盖率（任务数 ÷ 户籍人口）。"
      );
    } else {
      notes.push(
        `覆盖率按任务数 ÷ 户籍人口计算，对照${policy!.label}面上参保率目标 ${pct(coverageGoal)}${citeText(goals?.overall?.cite)}。`
      );
    }
  }

  // --- Progress.
  if (col.paid !== undefined || options.matched) {
    summary.progress = progressOf(ctx, layout, units, populationOf, options, summary);
  } else if (options.asOf !== undefined) {
    notes.push("表中没有已缴费（已参保）人数列，未检查进度。");
  }

  // --- Unit sheets in the same workbook.
  const others = options.otherSheets ?? [];
  if (others.length > 0) {
    let compared = 0;
    for (const u of units) {
      if (!u.name || u.target === null) continue;
      const other = findUnitSheet(u.key, sheet.name, others);
      if (!other) continue;
      const t = sheetTotal(other);
      if (!t) {
        notes.push(
          `工作表“${other.name}”不是任务分解表（没有找到表头），未与${u.name}的任务数核对。`
        );
        continue;
      }
      compared++;
      if (!new Decimal(t.total).eq(u.target)) {
        add(
          ctx,
          "error",
          "UNIT_SHEET_MISMATCH",
          u.row,
          targetCol,
          `${u.name}的任务数 ${u.target} 与工作表“${other.name}”的合计 ${fmt(t.total)}（${cellAddress(t.row, t.col)}）不符（本表${diffText(u.target, t.total)}）。请核对本表或“${other.name}”表。`
        );
      }
    }
    if (compared > 0) notes.push(`已与同一工作簿中 ${compared} 个${noun}的分表核对合计。`);
  }

  const findings = sortFindings(ctx.findings);
  summary.notes = notes;
  return {
    ok: !findings.some((f) => f.severity === "error"),
    sheet: sheet.name,
    findings,
    summary,
  };
}

function groupRate(
  ctx: Ctx,
  layout: TableLayout,
  u: UnitRow,
  group: "lowIncome" | "poverty",
  label: string,
  matched?: TargetCheckOptions["matched"]
): { rate: number | null; col: number | null } {
  const col = layout.columns;
  if (matched) {
    const m = matched[u.key];
    if (!m) return { rate: null, col: null };
    const n = m[`${group}Count`];
    return { rate: n === 0 ? 1 : new Decimal(m[`${group}Paid`]).div(n).toNumber(), col: null };
  }
  const rateCol = col[`${group}Rate`];
  const countCol = col[`${group}Count`];
  const paidCol = col[`${group}Paid`];
  if (countCol !== undefined && paidCol !== undefined) {
    const n = readCount(ctx, u.row, countCol, `${u.name}的${label}人数`, true).value;
    const p = readCount(ctx, u.row, paidCol, `${u.name}的${label}已缴费人数`, true).value;
    if (n === null || p === null) return { rate: null, col: paidCol };
    return { rate: n === 0 ? 1 : new Decimal(p).div(n).toNumber(), col: paidCol };
  }
  if (rateCol !== undefined) {
    return {
      rate: readRate(ctx.rows[u.row]?.[rateCol], layout.percentHeader[`${group}Rate`] ?? false),
      col: rateCol,
    };
  }
  return { rate: null, col: null };
}

function progressOf(
  ctx: Ctx,
  layout: TableLayout,
  units: UnitRow[],
  populationOf: Map<number, number>,
  options: TargetCheckOptions,
  summary: TargetSummary
): UnitProgress[] {
  const notes = summary.notes!;
  const policy = options.policy;
  const matched = options.matched;
  if (matched) notes.push("已缴费人数和低收入人口、脱贫人口参保率取自参保比对结果，不用表中填写的数字。");
  const paidCol = layout.columns.paid ?? layout.columns.target!;
  const asOf: Day | undefined = options.asOf;
  let due: { share: number; by: string; basis: Citation[] } | null = null;
  if (policy && asOf !== undefined) {
    if ((policy.policy.milestones ?? []).length === 0) {
      notes.push(`${policy.label}的通知没有规定进度节点，未检查进度是否落后。`);
    } else {
      due = milestoneDue(policy, toIso(asOf));
      const list = policy.policy
        .milestones!.map((m) => `${toChinese(iso(m.by))}前完成${pct(m.share)}`)
        .join("，");
      notes.push(
        due
          ? `进度按${policy.label}的节点（${list}）${citeText(due.basis)}，截至 ${toIso(asOf)} 应完成 ${pct(due.share)}。`
          : `截至 ${toIso(asOf)} 还没有到${policy.label}的第一个进度节点（${list}），未判断是否落后。`
      );
    }
  } else if (!policy) {
    notes.push("未选择政策，只计算完成率，未对照进度节点、评档和工作经费。");
  } else {
    notes.push("未给出统计截至日期，未对照进度节点。");
  }
  summary.due = due ? { share: due.share, by: due.by } : null;

  const goals = policy?.policy.goals;
  const hasLow =
    !!matched ||
    ["lowIncomeRate", "lowIncomeCount"].some((r) => layout.columns[r as ColumnRole] !== undefined);
  const hasPoverty =
    !!matched ||
    ["povertyRate", "povertyCount"].some((r) => layout.columns[r as ColumnRole] !== undefined);
  const canGrade = !!policy?.policy.grading && hasLow && hasPoverty;
  const canFund = !!policy?.policy.workFunds;
  if (policy) {
    if (!policy.policy.grading) notes.push(`${policy.label}的通知没有A/B/C评档规定，未评档。`);
    else if (!canGrade)
      notes.push(
        "评档需要低收入人口和脱贫人口两项参保情况，表中缺少这两列（或其中一列），未评档。"
      );
    else
      notes.push(
        `评档按${policy.label}：面上完成率与低收入人口、脱贫人口参保率两项指标都完成为A档，完成一项为B档，都未完成为C档${citeText(policy.policy.grading.cite)}。`
      );
    if (!canFund) notes.push(`${policy.label}的通知没有工作经费规定，未计算工作经费。`);
    else
      notes.push(
        `工作经费按当前已缴费人数计算${citeText(policy.policy.workFunds!.cite)}，最终以集中征收期结束时的实际缴费人数为准。`
      );
  }

  // The group goals are for the end of the collection period (“在集中参保期内…完成”): before
  // that day the rates are reported but not flagged.
  const groupGoalsDue = !policy || asOf === undefined || asOf >= policy.collectionEnd;
  if (
    policy &&
    !groupGoalsDue &&
    (goals?.lowIncome || goals?.povertyAlleviated) &&
    (hasLow || hasPoverty)
  ) {
    notes.push(
      `低收入人口、脱贫人口参保率目标是集中参保期结束（${toChinese(policy.collectionEnd)}）时的要求，此前只列出参保率，不逐村提示。`
    );
  }
  let paidTotal = new Decimal(0);
  let fundTotal = new Decimal(0);
  let anyFund = false;
  const out: UnitProgress[] = [];
  for (const u of units) {
    if (!u.name || u.target === null) continue;
    const p = matched
      ? (matched[u.key]?.paid ?? 0)
      : readCount(ctx, u.row, paidCol, `${u.name}的已缴费人数`, true).value;
    if (p !== null) paidTotal = paidTotal.plus(p);
    const target = u.target;
    const rate = p !== null && target > 0 ? new Decimal(p).div(target) : null;
    const population = populationOf.get(u.row) ?? null;
    const progress: UnitProgress = {
      unit: u.name,
      row: u.row,
      target,
      paid: p,
      rate: rate ? rate.toNumber() : null,
      due: due ? due.share : null,
      behind: false,
      lowIncomeRate: null,
      povertyRate: null,
      grade: null,
      workFund: null,
      population,
      coverage: population ? new Decimal(target).div(population).toNumber() : null,
      shortfall: null,
    };
    if (due && p !== null) {
      const needed = new Decimal(target).times(due.share).ceil();
      progress.shortfall = Decimal.max(0, needed.minus(p)).toNumber();
      if (new Decimal(p).lt(new Decimal(target).times(due.share))) {
        progress.behind = true;
        add(
          ctx,
          "warning",
          "BEHIND_SCHEDULE",
          u.row,
          paidCol,
          `${u.name}已缴费 ${p} 人，完成 ${rate ? pct(rate) : "0%"}（任务 ${target}），低于${toChinese(iso(due.by))}前应完成的 ${pct(due.share)}${citeText(due.basis)}，还差 ${progress.shortfall} 人。`
        );
      }
    }
    const low = groupRate(ctx, layout, u, "lowIncome", "低收入人口", matched);
    const pov = groupRate(ctx, layout, u, "poverty", "脱贫人口", matched);
    progress.lowIncomeRate = low.rate;
    progress.povertyRate = pov.rate;
    const groupChecks = [
      { group: low, label: "低收入人口", code: "LOW_INCOME_GOAL" as const, goal: goals?.lowIncome },
      {
        group: pov,
        label: "脱贫人口",
        code: "POVERTY_GOAL" as const,
        goal: goals?.povertyAlleviated,
      },
    ];
    for (const { group, label, code, goal } of groupChecks) {
      if (!groupGoalsDue || !goal || group.rate === null) continue;
      if (new Decimal(group.rate).gte(goal.value)) continue;
      add(
        ctx,
        "warning",
        code,
        u.row,
        group.col ?? paidCol,
        `${u.name}的${label}参保率 ${pct(group.rate)}，未达到 ${pct(goal.value)} 的目标${citeText(goal.cite)}。`
      );
    }
    if (canGrade && rate && low.rate !== null && pov.rate !== null) {
      progress.grade = gradeOf(policy!, rate, low.rate, pov.rate).grade;
    }
    if (canFund && p !== null && target > 0) {
      const fund = workFund(policy!, target, p).total;
      progress.workFund = fund.toNumber();
      fundTotal = fundTotal.plus(fund);
      anyFund = true;
    }
    out.push(progress);
  }
  summary.paid = paidTotal.toNumber();
  summary.workFundTotal = anyFund ? fundTotal.toNumber() : null;
  return out;
}
