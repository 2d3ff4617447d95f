/**
 * The township's assessment of its villages (彭水): work funds by completion rate and the
 * A/B/C grade from the two indicators. Completion = people paid ÷ the village's target.
 */
import { Decimal, type DecimalValue } from "../decimal";
import { PolicyModel } from "../policy/model";
import type { Citation } from "../policy/schema";
import { RuleError } from "./errors";

export interface WorkFundResult {
  rate: Decimal;
  perPerson: Decimal;
  base: Decimal;
  bonus: Decimal;
  total: Decimal;
  basis: Citation[];
}

function count(n: number, what: string): void {
  if (!Number.isInteger(n) || n < 0)
    throw new RuleError("BAD_ARGUMENT", `${what}应为不小于0的整数，而不是“${n}”`);
}

export function completionRate(paid: number, target: number): Decimal {
  count(paid, "已缴费人数");
  count(target, "目标任务数");
  if (target === 0) throw new RuleError("BAD_ARGUMENT", "目标任务数为0，无法计算完成率");
  return new Decimal(paid).div(target);
}

export function workFund(model: PolicyModel, target: number, paid: number): WorkFundResult {
  const rules = model.policy.workFunds;
  if (!rules) throw new RuleError("NO_RULE", `${model.label}的通知没有工作经费的规定`);
  const rate = completionRate(paid, target);
  const band = rules.bands.find((b) => rate.gte(b.from) && (b.to === null || rate.lt(b.to)));
  const perPerson = new Decimal(band ? band.perPerson : 0);
  const base = perPerson.times(paid);
  const bonus = rate.gte(1) ? new Decimal(rules.fullBonus) : new Decimal(0);
  return { rate, perPerson, base, bonus, total: base.plus(bonus), basis: rules.cite };
}

export type Grade = "A" | "B" | "C";

export interface GradeResult {
  grade: Grade;
  overallMet: boolean;
  groupsMet: boolean;
  basis: Citation[];
}

/** A: both indicators met; B: one; C: none. Rates are shares (0.95 = 95%). */
export function grade(
  model: PolicyModel,
  overallRate: DecimalValue,
  lowIncomeRate: DecimalValue,
  povertyRate: DecimalValue
): GradeResult {
  const g = model.policy.grading;
  if (!g) throw new RuleError("NO_RULE", `${model.label}的通知没有A/B/C评档的规定`);
  const overallMet = new Decimal(overallRate).gte(g.overallShare);
  const groupsMet =
    new Decimal(lowIncomeRate).gte(g.lowIncomeShare) &&
    new Decimal(povertyRate).gte(g.povertyAlleviatedShare);
  const met = Number(overallMet) + Number(groupsMet);
  return { grade: met === 2 ? "A" : met === 1 ? "B" : "C", overallMet, groupsMet, basis: g.cite };
}

/** The share of the target due by a day under the policy's milestones, or null if none falls due yet. */
export function milestoneDue(
  model: PolicyModel,
  onIso: string
): { share: number; by: string; basis: Citation[] } | null {
  const ms = model.policy.milestones ?? [];
  let due: { share: number; by: string; basis: Citation[] } | null = null;
  for (const m of ms)
    if (m.by <= onIso && (!due || m.share > due.share))
      due = { share: m.share, by: m.by, basis: m.cite };
  return due;
}
