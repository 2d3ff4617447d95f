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
import type { IgnoredRow } from "../claim/roster";
import type { PolicyModel } from "../policy/model";
import type { SheetData } from "../sheet/address";
import { settleIdentities } from "./identity";
import { listTables, readLists } from "./lists";
import { findPaidList } from "./paidList";
import { readPayments } from "./payments";
import { balanceText, MatchCounts, MatchOptions, MatchResult, Rejections } from "./result";

export * from "./result";
export { listTables } from "./lists";

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
  // still win over plain residents (identity.ts ranks them below every identity).
  const tables = listTables(listSheets).sort(
    (a, b) =>
      Number(a.table.columns.category !== undefined) -
      Number(b.table.columns.category !== undefined)
  );
  const asOf = options.asOf;
  const rejected = new Rejections();
  const ignored: IgnoredRow[] = [];
  const lists = readLists(tables, policy, asOf, rejected, ignored);
  const { listRows, merged } = lists;
  const pay = readPayments(paidSheet, paid, lists.persons, asOf, rejected, ignored);
  const { outside, paidRows, paidMatched } = pay;
  const rejectedRows = rejected.list;
  const paidRejected = rejected.paid;
  const { people, matchedRows, unpaidRows } = settleIdentities(
    lists.persons,
    policy,
    options.supplied
  );
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
    rejected: rejected.rows,
    ignored,
    counts,
  };
}
