/**
 * What the ledger check says about a ledger: its findings, each at its cell, the readable
 * rows as entries, and how every row is accounted for. Shared by the check's parts and by
 * what reads its report (the reconciliation, the sheets, the notice).
 */
import type { Decimal } from "../decimal";
import type { Day } from "../dates";
import type { LedgerField, LedgerRow } from "./ledger";

export type CashSeverity = "error" | "warning";

export type CashCode =
  | "UNREADABLE_DATE"
  | "UNREADABLE_AMOUNT"
  | "MISSING_VALUE"
  | "BAD_ID"
  | "DUPLICATE_PERSON"
  | "DATE_OUTSIDE_YEAR"
  | "DATE_AFTER_AS_OF"
  | "REMITTED_BEFORE_RECEIVED"
  | "LATE_REMITTANCE"
  | "OVERDUE_UNREMITTED"
  | "HOLD_LIMIT"
  | "DUPLICATE_RECEIPT"
  | "RECEIPT_GAP"
  | "AMOUNT_MISMATCH"
  | "AMOUNT_UNCHECKED"
  | "BAD_REMIT_METHOD"
  | "UNKNOWN_VILLAGE"
  | "NOT_IN_EXPORT"
  | "NOT_IN_LEDGER"
  | "EXPORT_BAD_ID"
  | "EXPORT_MISMATCH";

export interface CashFinding {
  severity: CashSeverity;
  code: CashCode;
  /** 0-based, in the sheet named (the ledger unless `sheet` names the export). */
  row: number;
  col: number;
  cell: string;
  message: string;
  /** Set on findings in the POS/tax export rather than the ledger. */
  sheet?: string;
}

/** A readable ledger row, with what the checks made of it. */
export interface CashEntry {
  row: LedgerRow;
  received: Day;
  remitted: Day | null;
  amount: Decimal;
  /** The normalised 18-digit ID, or null where the ID is not valid. */
  id: string | null;
  /** The tier as the policy names it, or as written where the policy has no such tier. */
  tier: string;
  collector: string;
  /** Inside the policy's collection year (counted for the notice and the balances alike). */
  inYear: boolean;
}

export type RowStatus = "ok" | "finding" | "unreadable";

export interface RowAccount {
  /** The row in the file (1-based). */
  row: number;
  status: RowStatus;
  /** The findings' messages (the unreadable reason for an unreadable row). */
  reasons: string[];
}
/** Records a finding at a row's cell for the field named. */
export type Add = (
  r: LedgerRow,
  field: LedgerField,
  severity: CashSeverity,
  code: CashCode,
  message: string
) => void;
/** Yuan as a clerk writes them: two places, without a trailing ".00". */
export const yuan = (d: Decimal): string => d.toFixed(2).replace(/\.00$/, "");

export function byCollector(entries: CashEntry[]): Map<string, CashEntry[]> {
  const out = new Map<string, CashEntry[]>();
  for (const e of entries) pushTo(out, e.collector, e);
  return out;
}

/** Appends to the list under a key (a push, not a copy: ledgers run to thousands of rows). */
export function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
