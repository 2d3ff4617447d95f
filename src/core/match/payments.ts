/**
 * The paid list against the people of the identity lists: a payment under a person's ID and
 * name marks the person paid; under another name it is rejected and the person flagged
 * 待核实; a payment for an ID not on the lists is outside them. Each ID is paid once.
 */
import { scanRoster, type IgnoredRow, type RosterCursor } from "../claim/roster";
import { cellDay, type Day } from "../dates";
import type { SheetData } from "../sheet/address";
import { cellText, squeezeKey } from "../text";
import type { Person } from "./lists";
import type { PaidTable } from "./paidList";
import { Payment, Rejections, RowRef } from "./result";

/**
 * Matches identity lists (sheets of one or more workbooks) against a paid list sheet.
 * Throws MatchInputError (Chinese, with the headers found) for a list that cannot be read.

/** The paid list as compared: payments outside the lists, and the counts of its rows. */
export interface PaidReading {
  outside: Payment[];
  paidRows: number;
  paidMatched: number;
}

/** Reads the paid list against `persons`; rejected and ignored rows are added to those given. */
export function readPayments(
  paidSheet: SheetData,
  paid: PaidTable,
  persons: Map<string, Person>,
  asOf: Day | undefined,
  rejected: Rejections,
  ignored: IgnoredRow[]
): PaidReading {
  const outside: Payment[] = [];
  const seenPaid = new Map<string, RowRef & { name: string }>();
  let paidRows = 0;
  let paidMatched = 0;
  const amountCol = paid.amountCol;
  const rows = paidSheet.rows;
  const visitPaid = (r: RosterCursor): void => {
    paidRows++;
    const id = rejected.validId("paid", r, asOf);
    if (id === null) return;
    const before = seenPaid.get(id);
    if (before) {
      rejected.add(
        "paid",
        r,
        squeezeKey(before.name) === squeezeKey(r.name)
          ? `重复的缴费记录：与第${before.row}行是同一人，只计一次`
          : `同一身份证号码姓名不一致（第${before.row}行为“${before.name}”，本行为“${r.name}”），请核实`
      );
      return;
    }
    seenPaid.set(id, { sheet: r.sheet, row: r.row, name: r.name });
    const amount = amountCol === null ? "" : cellText(rows[r.row - 1]?.[amountCol]);
    const payment: Payment = {
      sheet: r.sheet,
      row: r.row,
      id,
      name: r.name,
      tier: r.tier,
      amount,
      paid: cellDay(r.paidValue) ?? null,
      village: r.village,
    };
    const p = persons.get(id);
    if (p === undefined) {
      outside.push(payment);
      return;
    }
    if (r.name !== "" && squeezeKey(r.name) !== p.nameKey) {
      p.status = "conflict";
      p.conflict = r.name;
      rejected.add(
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
  return { outside, paidRows, paidMatched };
}
