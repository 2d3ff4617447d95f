/** How numbers, differences and citations are worded in the target check's messages. */
import { Decimal } from "../decimal";
import type { Citation } from "../policy/schema";

/**
 * A share as a percentage with one decimal, cut rather than rounded, so that 64.99% shows as
 * 64.9% and never seems to reach a 65% it has not reached: 0.95 → "95%", 1153/1774 → "64.9%".
 */
export function percentText(share: number | Decimal): string {
  const n = new Decimal(share).times(100);
  const s = n.toDecimalPlaces(1, Decimal.ROUND_DOWN).toFixed(1);
  return (s.endsWith(".0") ? s.slice(0, -2) : s) + "%";
}

export function fmt(n: number): string {
  return Number.isInteger(n) ? String(n) : String(new Decimal(n).toDecimalPlaces(6).toNumber());
}

/** A difference in people, in words: 多 28 人 / 少 28 人. */
export function diffText(a: number, b: number): string {
  const d = new Decimal(a).minus(b);
  return d.gt(0) ? `多 ${fmt(d.toNumber())} 人` : `少 ${fmt(d.abs().toNumber())} 人`;
}

export function citeText(cite: Citation[] | undefined): string {
  if (!cite || cite.length === 0) return "";
  const c = cite[0];
  return `（${c.doc} ${c.clause}）`;
}

/** "白鹤村为空、高平村不是数字", or the first few and a count. */
export function zeroList(items: string[]): string {
  return items.length <= 3
    ? items.join("、")
    : `${items.slice(0, 3).join("、")}等${items.length}处`;
}
