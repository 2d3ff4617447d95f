import { Decimal } from "../decimal";
import { Day, toChinese } from "../dates";
import { byCollector, pushTo, yuan, type Add, type CashEntry } from "./findings";
import { citeText, type CashRules } from "./rules";

/**
 * 附件3 三's 10,000 yuan: the cash a collector holds at the end of each day (received on or
 * before the day, not remitted on or before it). One finding per time the balance goes over
 * the limit, at the amount of the receipt that took it over.
 */
export function checkHolding(entries: CashEntry[], rules: CashRules, add: Add): void {
  const limit = new Decimal(rules.holdLimit.value);
  for (const [collector, list] of byCollector(entries)) {
    const receivedOn = new Map<Day, CashEntry[]>();
    const remittedOn = new Map<Day, CashEntry[]>();
    for (const e of list) {
      // Cash remitted the day it was received is never held; remitted before received neither (a finding of its own).
      if (e.remitted !== null && e.remitted <= e.received) continue;
      pushTo(receivedOn, e.received, e);
      if (e.remitted !== null) pushTo(remittedOn, e.remitted, e);
    }
    const days = [...new Set([...receivedOn.keys(), ...remittedOn.keys()])].sort((a, b) => a - b);
    let balance = new Decimal(0);
    let over = false;
    for (const day of days) {
      for (const e of remittedOn.get(day) ?? []) balance = balance.minus(e.amount);
      const held = receivedOn.get(day) ?? [];
      let crossing: CashEntry | null = null;
      for (const e of held) {
        const before = balance;
        balance = balance.plus(e.amount);
        if (!over && crossing === null && before.lte(limit) && balance.gt(limit)) crossing = e;
      }
      if (crossing) {
        over = true;
        add(
          crossing.row,
          "amount",
          "error",
          "HOLD_LIMIT",
          `经办人${collector || "（未填）"}${toChinese(day)}日终滞留未解缴现金${yuan(balance)}元，超过${yuan(limit)}元限额（${citeText(rules.holdLimit)}）；本笔收款后超限`
        );
      }
      if (balance.lte(limit)) over = false;
    }
  }
}
