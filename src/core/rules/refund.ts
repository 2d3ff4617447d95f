/**
 * Whether a contribution can still be refunded: 湖南双清 allows it only before the
 * benefit period starts; notices without a refund clause leave it to other rules.
 */
import { Day, toChinese } from "../dates";
import type { Citation } from "../policy/schema";
import { getPolicy } from "../policy/registry";
import { benefit, BenefitQuery } from "./benefit";
import { RuleError } from "./errors";

export interface RefundResult {
  refundable: boolean;
  benefitStart: Day;
  reason: string;
  basis: Citation[];
}

export function refund(q: BenefitQuery & { requested: Day }): RefundResult {
  const b = benefit(q);
  const model = getPolicy(b.policy);
  const rule = model.policy.refund;
  if (!rule) {
    throw new RuleError("OPEN_VALUE", `${model.label}的通知没有规定退费条件，请按当地退费规定办理`);
  }
  const refundable = q.requested < b.benefitStart;
  return {
    refundable,
    benefitStart: b.benefitStart,
    reason: refundable
      ? `待遇享受期（${toChinese(b.benefitStart)}起）尚未开始，可申请退费`
      : `待遇享受期已于${toChinese(b.benefitStart)}开始，个人缴费不再退回`,
    basis: [...rule.cite, ...b.basis],
  };
}
