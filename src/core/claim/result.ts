/**
 * What a claim is made of: its options, the detail row per person, the rejected and merged
 * rows, the department × category × tier lines and totals, and the sheets it writes.
 */
import type { Day } from "../dates";
import type { Supplied } from "../policy/model";
import type { IgnoredRow, RosterMapping, RosterTable } from "./roster";

export interface ClaimOptions {
  /** Payment day for rows without a 缴费日期 (default: the last day of the collection period). */
  date?: Day;
  /** Columns the clerk assigned by hand, for headers that are not recognised. */
  mapping?: RosterMapping;
  /** Only these sheets (by name); default: every sheet that holds a roster. */
  sheets?: string[];
  /** Values the user supplies for what a notice leaves open (--set). */
  supplied?: Supplied;
  /** Latest acceptable birth date (default: today, or the year's last payable day if earlier). */
  asOf?: Day;
}

export interface SourceRef {
  sheet: string;
  /** 1-based row in the file. */
  row: number;
  /** A1 address of the row's ID cell. */
  cell: string;
}

export interface ClaimPerson {
  name: string;
  /** 18 characters, upper-case X. Only for the clerk's own detail sheet; show idMasked elsewhere. */
  id: string;
  idMasked: string;
  village: string;
  category: string;
  tier: string;
  department: string;
  /** Yuan. */
  standard: number;
  subsidy: number;
  /** The fiscal subsidy a late payer must also pay (0 in the collection period). */
  fiscalSurcharge: number;
  personal: number;
  paid: Day;
  /** Whether the roster gave the payment date (otherwise the default). */
  paidGiven: boolean;
  /** The row whose identity is used first, then the rows merged into it. */
  sources: SourceRef[];
  /** Identities of merged rows other than the one used. */
  otherIdentities: readonly string[];
  warnings: readonly string[];
}

export type RejectCode =
  | "ID"
  | "NAME"
  | "CATEGORY"
  | "NOT_SUBSIDISED"
  | "TIER"
  | "TIER_NOT_ALLOWED"
  | "OPEN_VALUE"
  | "DATE"
  | "NOT_PAYABLE"
  | "NAME_CONFLICT"
  | "TIER_CONFLICT";

export interface RowValues {
  name: string;
  /** The ID as it was written (the clerk's own workbook only). */
  id: string;
  category: string;
  tier: string;
  village: string;
  paidDate: string;
  department: string;
}

export interface RejectedRow extends SourceRef {
  code: RejectCode;
  reason: string;
  values: RowValues;
  /** For OPEN_VALUE: the key the missing value is supplied under (e.g. subsidy.其他困难群体). */
  supplyKey?: string;
}

export interface MergedRow extends SourceRef {
  into: SourceRef;
  /** duplicate: the same identity again; identity: another identity of the same person. */
  kind: "duplicate" | "identity";
  name: string;
  category: string;
  tier: string;
  reason: string;
}

export interface ClaimLine {
  department: string;
  category: string;
  tier: string;
  count: number;
  standardEach: number;
  subsidyEach: number;
  standardTotal: number;
  subsidyTotal: number;
  /** 另缴财政补助 of the line's late payers (0 when all paid in the collection period). */
  surchargeTotal: number;
  personalTotal: number;
}

export interface ClaimTotals {
  people: number;
  standard: number;
  subsidy: number;
  fiscalSurcharge: number;
  personal: number;
}

export interface ClaimResult {
  policy: string;
  /** e.g. 重庆市石柱县下路街道2025年度 */
  label: string;
  rosters: RosterTable[];
  inputRows: number;
  /**
   * One detail row per person, in the order they first appear. These are class instances
   * (idMasked and sources are worked out on access): read their fields, or call
   * JSON.stringify / toJSON() for plain objects — a spread ({...p}) misses those two.
   */
  people: ClaimPerson[];
  rejected: RejectedRow[];
  merged: MergedRow[];
  /** Non-empty rows that are not data (repeated headers, 合计 and signature lines, titles). */
  ignored: IgnoredRow[];
  /** Department × category × tier with at least one person, in the order of the policy's table. */
  lines: ClaimLine[];
  /** Certifying departments of the policy's subsidised categories, in the table's order. */
  departments: string[];
  totals: ClaimTotals;
  defaultDate: Day;
}

/** Sheets this module writes; never read back as rosters unless named. */
export const CLAIM_SHEET_NAMES = [
  "申报汇总",
  "资助明细",
  "未通过",
  "合并记录",
  "公示名单",
] as const;

/** A sheet an earlier 生成资助申报表 wrote, also under a suffixed name (资助明细(2)). */
export function isClaimOutputSheet(name: string): boolean {
  const base = name.replace(/\(\d+\)$/, "");
  return (CLAIM_SHEET_NAMES as readonly string[]).includes(base) || name.startsWith("申报表-");
}

export class ClaimError extends Error {
  readonly code: "NO_ROSTER" | "NO_SHEET" | "INVARIANT";
  constructor(code: "NO_ROSTER" | "NO_SHEET" | "INVARIANT", message: string) {
    super(message);
    this.name = "ClaimError";
    this.code = code;
  }
}
