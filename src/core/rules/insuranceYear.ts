/**
 * Which insurance year a payment is for. A policy id names a region and a year; a payment
 * made in the next year's collection period counts for the next year unless the caller
 * names the year, because that is what the tax system records for such a payment.
 */
import { Day, toChinese } from "../dates";
import { familyOf, getPolicy } from "../policy/registry";
import { PolicyModel } from "../policy/model";
import { RuleError } from "./errors";

export function policyFor(
  policy: string | PolicyModel,
  paid: Day,
  year?: number | null
): PolicyModel {
  const named = typeof policy === "string" ? getPolicy(policy) : policy;
  const family = familyOf(named);
  if (year !== undefined && year !== null) {
    const match = family.find((p) => p.year === year);
    if (match) return match;
    throw new RuleError(
      "NO_POLICY_FOR_YEAR",
      `${named.policy.region.name}没有${year}年度的政策。已收录的年度：${family.map((p) => p.year).join("、")}`
    );
  }
  const inCollection = family.find((p) => paid >= p.collectionStart && paid <= p.collectionEnd);
  if (inCollection) return inCollection;
  if (paid >= named.collectionStart && paid <= named.lastPayableDay) return named;
  const payable = family.find((p) => paid >= p.collectionStart && paid <= p.lastPayableDay);
  return payable ?? named;
}

export function assertPayable(model: PolicyModel, paid: Day, allowsLate: boolean): void {
  if (paid < model.collectionStart) {
    const start = model.policy.collection.start;
    throw new RuleError(
      "NOT_PAYABLE_YET",
      `${toChinese(paid)}早于${model.label}集中缴费期的开始（${start.text ?? toChinese(model.collectionStart)}，` +
        `${start.cite[0].doc} ${start.cite[0].clause}），不能缴${model.year}年度的费`
    );
  }
  if (paid > model.lastPayableDay && !allowsLate) {
    const last = model.policy.lastPayableDay;
    throw new RuleError(
      "PAST_LAST_PAYABLE_DAY",
      `${toChinese(paid)}已过${model.label}的最迟缴费日${toChinese(model.lastPayableDay)}` +
        `（${last.cite[0].doc} ${last.cite[0].clause}），不能再缴${model.year}年度的费`
    );
  }
}
