/**
 * Reading a roster's data rows below its header: texts cleaned, the ID cell kept as it came,
 * and every non-empty row that is not a person's (a repeated header, a 合计 or signature line,
 * a title) set aside with its reason; and whether Excel damaged the ID column.
 */
import { maskId, maskIdsIn } from "../idNumber";
import type { CellValue, SheetData } from "../sheet/address";
import { cellAddress } from "../sheet/address";
import { cellText, cleanName, squeezeKey } from "../text";
import { matchHeader } from "./rosterHeader";
import type { RosterTable } from "./rosterFind";

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
const FOOTER =
  /^(合计|总计|小计|共计|累计|填表|制表|填报|审核|审批|负责人|经办人|联系人|联系电话|单位|备注|说明|注:|注：|盖章|日期|领导)/;
const TITLE = /名单|花名册|统计表|汇总表|明细表|申报表|一览表/;
/** 15 to 18 digits (the last may be X): an ID number, whichever column it was typed in. */
const ID_LIKE = /(^|[^0-9])[0-9]{14}([0-9]{3})?[0-9Xx]([^0-9]|$)/;

/** Ids shown with a leading apostrophe or as ="…" (text forced in Excel or CSV) lose that wrapper. */
function idString(v: CellValue): string {
  let s = cellText(v);
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

/** The row's first non-empty cell when it opens a 合计 or signature line, else null. */
function footerLead(row: CellValue[]): string | null {
  for (const v of row) {
    const t = squeezeKey(cellText(v));
    if (t !== "") return FOOTER.test(t) ? t : null;
  }
  return null;
}

/** The row's non-empty cells, squeezed and joined, ID numbers masked: what the clerk sees. */
function rowGist(row: CellValue[]): string {
  const parts: string[] = [];
  for (const v of row) {
    const t = squeezeKey(cellText(v));
    if (t !== "") parts.push(t);
  }
  return maskIdsIn(parts.join(" "));
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
    const nameText = cName >= 0 ? cellText(row[cName]) : "";
    const idValue = cId >= 0 && row[cId] !== undefined ? row[cId] : null;
    const idText = idString(idValue);
    const category = cCat >= 0 ? cellText(row[cCat]) : "";
    const tier = cTier >= 0 ? cellText(row[cTier]) : "";
    if (nameText === "" && idText === "" && category === "" && tier === "") {
      let other = "";
      for (let k = 0; k < row.length && other === ""; k++) other = cellText(row[k]);
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
      // 合计 or 填表人 often sits in 序号 or 村 with the count under 姓名 (合计 | | 30人).
      const lead = FOOTER.test(first) ? first : footerLead(row);
      if (lead !== null) {
        onIgnored({
          sheet: sheet.name,
          row: r + 1,
          reason: `合计或签名行（“${rowGist(row).slice(0, 20)}”）`,
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
    cur.village = cVillage >= 0 ? cleanName(cellText(row[cVillage])) : "";
    cur.paidValue = cPaid >= 0 && row[cPaid] !== undefined ? row[cPaid] : null;
    cur.department = cDept >= 0 ? cellText(row[cDept]) : "";
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
