/**
 * The paid list (已缴费名单) as the tax system exports it: ID, name, 缴费档次, 缴费金额 and
 * 缴费日期 under whatever headers the export uses. The header is found the way the roster
 * reader finds one (matchHeader, the same aliases); only 缴费金额 is added here.
 *
 * A list with no ID column, or with two columns that could each be the ID, is refused with
 * the headers found: matching on the wrong column would silently mark people unpaid.
 */
import {
  FIELD_LABELS,
  HEADER_SEARCH_ROWS,
  matchHeader,
  RosterField,
  RosterTable,
} from "../claim/roster";
import { cellText, squeezeKey } from "../text";
import { maskId } from "../idNumber";
import { headerKey } from "../sheet/header";
import { columnName, type CellValue, type SheetData } from "../sheet/address";

export interface PaidTable {
  table: RosterTable;
  /** 0-based column of 缴费金额, when there is one. */
  amountCol: number | null;
}

export class MatchInputError extends Error {
  readonly headersFound: string[];
  constructor(message: string, headersFound: string[] = []) {
    super(message);
    this.name = "MatchInputError";
    this.headersFound = headersFound;
  }
}

const AMOUNT =
  /^(缴费金额|实缴金额|缴费额|金额|个人缴费金额|个人缴费|应缴金额|实缴|缴款金额|税款金额|费款金额)$/;

/** Tax exports name the payer 纳税人名称 or 缴费人. */
const PAYER_NAME = /^(纳税人名称|纳税人姓名|缴费人|缴费人姓名|缴费人名称|参保人名称)$/;

function isAmountHeader(text: string): boolean {
  return AMOUNT.test(headerKey(text));
}

function shownHeader(v: CellValue | undefined): string {
  const t = cellText(v);
  return /\d{6,}/.test(t) ? maskId(t) : t;
}

interface Candidate {
  row: number;
  ids: number[];
  columns: Partial<Record<RosterField, number>>;
  amount: number | null;
  score: number;
}

/**
 * Finds the paid list's header in the first rows. `idColumn` (header text or column letter)
 * settles which column is the ID where the list has two candidates.
 */
export function findPaidList(sheet: SheetData, idColumn?: string): PaidTable {
  const limit = Math.min(HEADER_SEARCH_ROWS, sheet.rows.length);
  let best: Candidate | null = null;
  for (let r = 0; r < limit; r++) {
    const row = sheet.rows[r] ?? [];
    const cand: Candidate = { row: r, ids: [], columns: {}, amount: null, score: 0 };
    const ranks: Partial<Record<RosterField, number>> = {};
    row.forEach((v, c) => {
      const text = cellText(v);
      if (text === "") return;
      if (cand.amount === null && isAmountHeader(text)) {
        cand.amount = c;
        cand.score++;
        return;
      }
      const m = PAYER_NAME.test(squeezeKey(text))
        ? { field: "name" as const, rank: 50 }
        : matchHeader(text);
      if (!m || m.field === "category" || m.field === "department") return;
      if (m.field === "id") cand.ids.push(c);
      const had = ranks[m.field];
      if (had === undefined || m.rank < had) {
        if (had === undefined) cand.score++;
        ranks[m.field] = m.rank;
        cand.columns[m.field] = c;
      }
    });
    if (cand.score > 0 && (best === null || cand.score > best.score)) best = cand;
  }
  const where = `缴费名单“${sheet.name}”`;
  if (best === null || best.score < 2) {
    const first = sheet.rows.findIndex((row) => row && row.some((v) => cellText(v) !== ""));
    const found =
      first >= 0 ? sheet.rows[first].map((v) => shownHeader(v)).filter((t) => t !== "") : [];
    throw new MatchInputError(
      `${where}中没有找到表头（在前${HEADER_SEARCH_ROWS}行中找身份证号码、姓名、缴费日期等列名）。` +
        (found.length > 0 ? `第${first + 1}行有：${found.join("、")}。` : "该表是空的。"),
      found
    );
  }
  const headers = (sheet.rows[best.row] ?? []).map((v) => shownHeader(v));
  const found = headers.filter((t) => t !== "");
  const line = `第${best.row + 1}行的表头有：${found.join("、")}`;
  let idCol: number | undefined;
  if (idColumn !== undefined && idColumn.trim() !== "") {
    const want = squeezeKey(cellText(idColumn));
    const byLetter = /^[A-Z]{1,3}$/.test(want)
      ? [...want].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1
      : -1;
    idCol = byLetter >= 0 ? byLetter : headers.findIndex((h) => squeezeKey(h) === want);
    if (idCol < 0) throw new MatchInputError(`${where}没有名为“${idColumn}”的列。${line}`, found);
  } else if (best.ids.length === 0) {
    throw new MatchInputError(
      `${where}没有身份证号码列，无法比对。${line}。请确认导出的名单含有“身份证号码”（或“证件号码”）列。`,
      found
    );
  } else if (best.ids.length > 1) {
    const list = best.ids.map((c) => `${columnName(c)}列“${headers[c]}”`).join("、");
    throw new MatchInputError(
      `${where}有${best.ids.length}列都可能是身份证号码：${list}，无法确定按哪一列比对。${line}。` +
        `请删去多余的一列后再比对，或指定身份证号码所在的列。`,
      found
    );
  } else idCol = best.ids[0];
  const columns = { ...best.columns, id: idCol };
  if (columns.name === idCol) delete columns.name;
  return {
    table: { sheet: sheet.name, headerRow: best.row, columns, headers },
    amountCol: best.amount,
  };
}

export const PAID_FIELD_LABELS: Readonly<Record<string, string>> = {
  ...FIELD_LABELS,
  tier: "缴费档次",
  amount: "缴费金额",
};
