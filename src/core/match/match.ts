/**
 * 参保比对 (谁还没缴): the identity lists (departments' rosters, the household list) against the
 * paid list exported from the tax system, by normalised ID number. Every row ends up
 * counted, on both sides:
 *
 *   identity rows = matched + unpaid + rejected
 *   paid rows     = matched + outside the lists + rejected
 *
 * - IDs are normalised once by checkId (15→18, x/X, full-width, spaces). An ID that fails the
 *   check (one Excel stored as a number among them) never matches: its row is rejected with
 *   the reason.
 * - A person on several lists is one person, at the highest identity (the claim's 就高身份:
 *   the identity with the highest subsidy for the person's tier, the first on a tie); the
 *   household list's plain residents rank below every identity. Another name under the same
 *   ID on the lists is rejected as in the claim.
 * - A paid row whose ID is on the lists under another name is not matched: the paid row is
 *   rejected (姓名不一致) and the person stays unpaid, flagged 待核实.
 *
 * Pure and fast: one Map from ID to person, categories and subsidies resolved once per text.
 */
import { highestIdentity, lookupCategory } from "../claim/build";
import {
  cellString,
  RosterError,
  RosterField,
  RosterTable,
  scanRoster,
  squeezeKey,
  tryFindRoster,
  type IgnoredRow,
  type RosterCursor,
} from "../claim/roster";
import { Day, fromExcelSerial, fromJsDate, parseDate } from "../dates";
import { checkId, maskId } from "../idNumber";
import type { CategoryModel, PolicyModel, Supplied } from "../policy/model";
import type { Group } from "../policy/schema";
import { premium } from "../rules/premium";
import type { CellValue, SheetData } from "../sheet/address";
import { findPaidList, MatchInputError } from "./paidList";

export interface MatchOptions {
  /** Values supplied for what a notice leaves open (subsidies compared for 就高身份). */
  supplied?: Supplied;
  /** Latest acceptable birth date (default: today). */
  asOf?: Day;
  /** The paid list's ID column (header text or letter), where it has two candidates. */
  paidIdColumn?: string;
}

export interface RowRef {
  sheet: string;
  row: number;
}

export interface Payment extends RowRef {
  id: string;
  name: string;
  tier: string;
  /** 缴费金额 as written (a number or text), "" when the list has no amount. */
  amount: string;
  paid: Day | null;
  village: string;
}

export type PersonStatus = "paid" | "unpaid" | "conflict";

export interface MatchPerson {
  id: string;
  name: string;
  village: string;
  /** The identity counted (就高身份), "" for a resident on the household list only. */
  category: string;
  otherIdentities: string[];
  /** Goal groups of any of the person's identities. */
  groups: Group[];
  /** The tier the roster gives (for the village's 未缴名单), "" when it gives none. */
  rosterTier: string;
  source: RowRef;
  /** How many list rows are this person (1 + merged). */
  rows: number;
  status: PersonStatus;
  payment: Payment | null;
  /** Why the person is 待核实: the name the paid list has under the same ID. */
  conflict?: string;
}

export interface MergedRow extends RowRef {
  into: RowRef;
  reason: string;
}

export interface RejectedRow extends RowRef {
  side: "list" | "paid";
  name: string;
  /** The ID as written, masked (first 6 and last 4) for messages. */
  idShown: string;
  reason: string;
}

export interface MatchCounts {
  listRows: number;
  matchedRows: number;
  unpaidRows: number;
  rejectedRows: number;
  paidRows: number;
  paidMatched: number;
  paidOutside: number;
  paidRejected: number;
}

export interface MatchResult {
  policy: string;
  label: string;
  lists: RosterTable[];
  paidList: RosterTable;
  people: MatchPerson[];
  merged: MergedRow[];
  outside: Payment[];
  rejected: RejectedRow[];
  ignored: IgnoredRow[];
  counts: MatchCounts;
}

/** First 6 and last 4 characters, the rest as "*" (未缴名单 and messages). */
export function maskId6(id: string): string {
  const s = squeezeKey(id);
  if (s.length <= 10) return maskId(s);
  return s.slice(0, 6) + "*".repeat(s.length - 10) + s.slice(-4);
}

const LIST_FIELDS: RosterField[] = ["name", "id"];

/** The identity lists of a workbook: every sheet with a name and an ID column. */
export function listTables(sheets: SheetData[]): { sheet: SheetData; table: RosterTable }[] {
  const found: { sheet: SheetData; table: RosterTable }[] = [];
  const errors: RosterError[] = [];
  for (const sheet of sheets) {
    const r = tryFindRoster(sheet, { required: LIST_FIELDS });
    if (r instanceof RosterError) errors.push(r);
    else found.push({ sheet, table: r });
  }
  if (found.length > 0) return found;
  const best = errors.find((e) => e.code === "MISSING_FIELDS") ?? errors[0];
  if (best) throw new MatchInputError(`身份名单：${best.message}`, best.headersFound);
  throw new MatchInputError("没有身份名单（户籍花名册或部门名单）");
}

class Person implements MatchPerson {
  village: string;
  category = "";
  otherIdentities: string[] = [];
  groups: Group[] = [];
  rosterTier: string;
  rows = 1;
  status: PersonStatus = "unpaid";
  payment: Payment | null = null;
  conflict?: string;
  /** The identities as read, in order (null: a plain resident). */
  cats: (CategoryModel | null)[];
  constructor(
    readonly id: string,
    readonly name: string,
    readonly nameKey: string,
    village: string,
    cat: CategoryModel | null,
    tier: string,
    readonly source: RowRef
  ) {
    this.village = village;
    this.cats = [cat];
    this.rosterTier = tier;
  }
}

function paidDay(v: CellValue): Day | null {
  if (v === null || v === undefined || v === "") return null;
  if (v instanceof Date) return fromJsDate(v);
  if (typeof v === "number") return v > 20000 && v < 80000 ? fromExcelSerial(v) : null;
  return parseDate(String(v).trim());
}

/**
 * Matches identity lists (sheets of one or more workbooks) against a paid list sheet.
 * Throws MatchInputError (Chinese, with the headers found) for a list that cannot be read.
 */
export function matchPaid(
  listSheets: SheetData[],
  paidSheet: SheetData,
  policy: PolicyModel,
  options: MatchOptions = {}
): MatchResult {
  const paid = findPaidList(paidSheet, options.paidIdColumn);
  // The household list (no category column) first: its name and village are the register's,
  // so a department row under the same ID with another name is the one flagged. Identities
  // still win over plain residents (subsidy -1 below).
  const tables = listTables(listSheets).sort(
    (a, b) =>
      Number(a.table.columns.category !== undefined) -
      Number(b.table.columns.category !== undefined)
  );
  const asOf = options.asOf;
  const cats = new Map<string, CategoryModel | null | undefined>();
  const category = (text: string): CategoryModel | null | undefined => {
    if (cats.has(text)) return cats.get(text);
    const c = text === "" ? null : lookupCategory(policy, text);
    const v = c === undefined ? undefined : c && c.kind === "ordinary" ? null : c;
    cats.set(text, v);
    return v;
  };
  const persons = new Map<string, Person>();
  const merged: MergedRow[] = [];
  const rejected: RejectedRow[] = [];
  const ignored: IgnoredRow[] = [];
  let listRows = 0;
  let rejectedRows = 0;
  const reject = (side: "list" | "paid", r: RosterCursor, reason: string): void => {
    rejected.push({
      side,
      sheet: r.sheet,
      row: r.row,
      name: r.name,
      idShown: maskId6(r.idText),
      reason,
    });
  };

  const visitList = (r: RosterCursor): void => {
    listRows++;
    const idr = checkId(r.idValue, asOf);
    if (!idr.valid) {
      rejectedRows++;
      reject(
        "list",
        r,
        idr.problem === "EMPTY" ? "身份证号码为空" : `身份证号码有误：${idr.message}`
      );
      return;
    }
    if (r.name === "") {
      rejectedRows++;
      reject("list", r, "姓名为空");
      return;
    }
    const cat = category(r.category);
    if (cat === undefined) {
      rejectedRows++;
      reject(
        "list",
        r,
        `人员类别“${r.category}”不在${policy.label}的类别中。可填：${policy.categoryNames().join("、")}`
      );
      return;
    }
    const id = idr.normalized!;
    const key = squeezeKey(r.name);
    const p = persons.get(id);
    if (p === undefined) {
      persons.set(
        id,
        new Person(id, r.name, key, r.village, cat, r.tier, { sheet: r.sheet, row: r.row })
      );
      return;
    }
    if (p.nameKey !== key) {
      rejectedRows++;
      reject(
        "list",
        r,
        `同一身份证号码姓名不一致（“${p.source.sheet}”第${p.source.row}行为“${p.name}”，本行为“${r.name}”），请核实`
      );
      return;
    }
    p.rows++;
    p.cats.push(cat);
    if (p.village === "") p.village = r.village;
    if (p.rosterTier === "") p.rosterTier = r.tier;
    merged.push({
      sheet: r.sheet,
      row: r.row,
      into: p.source,
      reason: cat
        ? `同一人也在“${p.source.sheet}”第${p.source.row}行，按就高身份计一次（本行为“${cat.name}”）`
        : `同一人也在“${p.source.sheet}”第${p.source.row}行，计一次`,
    });
  };
  for (const { sheet, table } of tables)
    scanRoster(sheet, table, visitList, (g) => ignored.push(g));

  // --- The paid list.
  const outside: Payment[] = [];
  const seenPaid = new Map<string, RowRef & { name: string }>();
  let paidRows = 0;
  let paidMatched = 0;
  let paidRejected = 0;
  const amountCol = paid.amountCol;
  const rows = paidSheet.rows;
  const visitPaid = (r: RosterCursor): void => {
    paidRows++;
    const idr = checkId(r.idValue, asOf);
    if (!idr.valid) {
      paidRejected++;
      reject(
        "paid",
        r,
        idr.problem === "EMPTY" ? "身份证号码为空" : `身份证号码有误：${idr.message}`
      );
      return;
    }
    const id = idr.normalized!;
    const before = seenPaid.get(id);
    if (before) {
      paidRejected++;
      reject(
        "paid",
        r,
        squeezeKey(before.name) === squeezeKey(r.name)
          ? `重复的缴费记录：与第${before.row}行是同一人，只计一次`
          : `同一身份证号码姓名不一致（第${before.row}行为“${before.name}”，本行为“${r.name}”），请核实`
      );
      return;
    }
    seenPaid.set(id, { sheet: r.sheet, row: r.row, name: r.name });
    const amount = amountCol === null ? "" : cellString(rows[r.row - 1]?.[amountCol]);
    const payment: Payment = {
      sheet: r.sheet,
      row: r.row,
      id,
      name: r.name,
      tier: r.tier,
      amount,
      paid: paidDay(r.paidValue),
      village: r.village,
    };
    const p = persons.get(id);
    if (p === undefined) {
      outside.push(payment);
      return;
    }
    if (r.name !== "" && squeezeKey(r.name) !== p.nameKey) {
      paidRejected++;
      p.status = "conflict";
      p.conflict = r.name;
      reject(
        "paid",
        r,
        `名单中同一身份证号码的姓名为“${p.name}”（“${p.source.sheet}”第${p.source.row}行），缴费名单为“${r.name}”，未计为已缴，请核实`
      );
      return;
    }
    paidMatched++;
    p.status = "paid";
    p.payment = payment;
  };
  scanRoster(paidSheet, paid.table, visitPaid, (g) => ignored.push(g));

  // --- Settle each person's identity.
  const subsidies = new Map<CategoryModel, Map<string, number>>();
  const subsidyOf = (c: CategoryModel | null, tierText: string): number => {
    if (c === null) return -1;
    let byTier = subsidies.get(c);
    if (!byTier) subsidies.set(c, (byTier = new Map()));
    const tier = policy.tryTier(tierText) ?? policy.policy.tiers[0];
    let s = byTier.get(tier.id);
    if (s === undefined) {
      try {
        const r = premium({
          policy,
          tier: tier.id,
          category: c.name,
          paid: policy.collectionEnd,
          year: policy.year,
          supplied: options.supplied,
        });
        s = Math.round(r.subsidy.toNumber() * 100);
      } catch {
        // A tier the category cannot take, or a value the notice leaves open: no subsidy known.
        s = 0;
      }
      byTier.set(tier.id, s);
    }
    return s;
  };
  let matchedRows = 0;
  let unpaidRows = 0;
  const people: MatchPerson[] = [];
  for (const p of persons.values()) {
    const tier = p.payment?.tier || p.rosterTier;
    const list = p.cats;
    const top =
      list.length === 1 ? list[0] : list[highestIdentity(list, (c) => subsidyOf(c, tier))];
    p.category = top ? top.name : "";
    const groups = new Set<Group>();
    for (const c of list) {
      if (c === null) continue;
      for (const g of c.groups) groups.add(g);
      if (c !== top && !p.otherIdentities.includes(c.name)) p.otherIdentities.push(c.name);
    }
    p.groups = [...groups];
    if (p.status === "paid") matchedRows += p.rows;
    else unpaidRows += p.rows;
    people.push(p);
  }
  const counts: MatchCounts = {
    listRows,
    matchedRows,
    unpaidRows,
    rejectedRows,
    paidRows,
    paidMatched,
    paidOutside: outside.length,
    paidRejected,
  };
  if (
    listRows !== matchedRows + unpaidRows + rejectedRows ||
    paidRows !== paidMatched + outside.length + paidRejected
  ) {
    throw new Error(`内部错误：${balanceText(counts)}`);
  }
  return {
    policy: policy.id,
    label: policy.label,
    lists: tables.map((t) => t.table),
    paidList: paid.table,
    people,
    merged,
    outside,
    rejected,
    ignored,
    counts,
  };
}

/** The two equations that account for every row, in the clerk's words. */
export function balanceText(c: MatchCounts): string {
  return (
    `身份名单 ${c.listRows} 行 = 已缴 ${c.matchedRows} 行 + 未缴 ${c.unpaidRows} 行 + 未通过 ${c.rejectedRows} 行\n` +
    `缴费名单 ${c.paidRows} 行 = 已比对 ${c.paidMatched} 行 + 不在名单内 ${c.paidOutside} 行 + 未通过 ${c.paidRejected} 行`
  );
}
