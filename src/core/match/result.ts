/**
 * What a match gives: the people of the identity lists with their status, the payments
 * outside the lists, the merged and rejected rows, and the counts that account for every row.
 */
import type { IgnoredRow, RosterCursor, RosterTable } from "../claim/roster";
import type { Day } from "../dates";
import { checkId, idProblem, maskId } from "../idNumber";
import type { Supplied } from "../policy/model";
import type { Group } from "../policy/schema";
import { squeezeKey } from "../text";

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

/** The rejected rows of both lists, in the order read, with a count per side. */
export class Rejections {
  readonly rows: RejectedRow[] = [];
  list = 0;
  paid = 0;

  add(side: "list" | "paid", r: RosterCursor, reason: string): void {
    this[side]++;
    this.rows.push({
      side,
      sheet: r.sheet,
      row: r.row,
      name: r.name,
      idShown: maskId6(r.idText),
      reason,
    });
  }

  /** The row's normalised ID, or null once the row is rejected for its ID. */
  validId(side: "list" | "paid", r: RosterCursor, asOf: Day | undefined): string | null {
    const idr = checkId(r.idValue, asOf);
    if (idr.valid) return idr.normalized!;
    this.add(side, r, idProblem(idr));
    return null;
  }
}

/** The two equations that account for every row, in the clerk's words. */
export function balanceText(c: MatchCounts): string {
  return (
    `身份名单 ${c.listRows} 行 = 已缴 ${c.matchedRows} 行 + 未缴 ${c.unpaidRows} 行 + 未通过 ${c.rejectedRows} 行\n` +
    `缴费名单 ${c.paidRows} 行 = 已比对 ${c.paidMatched} 行 + 不在名单内 ${c.paidOutside} 行 + 未通过 ${c.paidRejected} 行`
  );
}
