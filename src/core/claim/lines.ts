/**
 * The claim's lines and totals: department × category × tier with a count and sums, in the
 * order of the policy's table, added up in integer fen and shown in yuan.
 */
import type { CategoryModel, PolicyModel } from "../policy/model";
import type { Tier } from "../policy/schema";
import { claimDepartments } from "./departments";
import { Amounts, yuan } from "./resolver";
import type { ClaimLine, ClaimPerson, ClaimTotals } from "./result";

/** A line being added up, amounts in fen (the each-amounts too, until sortLines shows them). */
interface LineAcc extends Omit<
  ClaimLine,
  "standardTotal" | "subsidyTotal" | "surchargeTotal" | "personalTotal"
> {
  st: number;
  su: number;
  fs: number;
  pe: number;
}

/** In the order of the policy's table: departments, then categories, then tiers. */
function sortLines(acc: LineAcc[], policy: PolicyModel): ClaimLine[] {
  const depts = claimDepartments(policy);
  const catOrder = new Map(policy.categories.map((c, i) => [c.name, i]));
  const tierOrder = new Map(policy.policy.tiers.map((t, i) => [t.id, i]));
  const rank = (d: string): number => {
    const i = depts.indexOf(d);
    return i < 0 ? depts.length : i;
  };
  return acc
    .sort(
      (a, b) =>
        rank(a.department) - rank(b.department) ||
        (catOrder.get(a.category) ?? 0) - (catOrder.get(b.category) ?? 0) ||
        (tierOrder.get(a.tier) ?? 0) - (tierOrder.get(b.tier) ?? 0)
    )
    .map((l) => ({
      department: l.department,
      category: l.category,
      tier: l.tier,
      count: l.count,
      standardEach: yuan(l.standardEach),
      subsidyEach: yuan(l.subsidyEach),
      standardTotal: yuan(l.st),
      subsidyTotal: yuan(l.su),
      surchargeTotal: yuan(l.fs),
      personalTotal: yuan(l.pe),
    }));
}

/** Lines and totals added up person by person, as the claim settles them. */
export class ClaimTally {
  private readonly acc = new Map<CategoryModel, Map<Tier, LineAcc>>();
  private people = 0;
  private st = 0;
  private su = 0;
  private fs = 0;
  private pe = 0;

  add(department: string, cat: CategoryModel, tier: Tier, a: Amounts): void {
    this.people++;
    this.st += a.standard;
    this.su += a.subsidy;
    this.fs += a.surcharge;
    this.pe += a.personal;
    let byTier = this.acc.get(cat);
    if (!byTier) this.acc.set(cat, (byTier = new Map()));
    let l = byTier.get(tier);
    if (!l) {
      l = {
        department,
        category: cat.name,
        tier: tier.id,
        count: 0,
        standardEach: a.standard,
        subsidyEach: a.subsidy,
        st: 0,
        su: 0,
        fs: 0,
        pe: 0,
      };
      byTier.set(tier, l);
    }
    l.count++;
    l.st += a.standard;
    l.su += a.subsidy;
    l.fs += a.surcharge;
    l.pe += a.personal;
  }

  lines(policy: PolicyModel): ClaimLine[] {
    const acc: LineAcc[] = [];
    for (const m of this.acc.values()) for (const l of m.values()) acc.push(l);
    return sortLines(acc, policy);
  }

  totals(): ClaimTotals {
    return {
      people: this.people,
      standard: yuan(this.st),
      subsidy: yuan(this.su),
      fiscalSurcharge: yuan(this.fs),
      personal: yuan(this.pe),
    };
  }
}

/** Department × category × tier for a list of people (e.g. after the clerk removed some). */
export function claimLines(people: readonly ClaimPerson[], policy: PolicyModel): ClaimLine[] {
  const map = new Map<string, LineAcc>();
  for (const p of people) {
    const key = `${p.department}\u0000${p.category}\u0000${p.tier}`;
    let l = map.get(key);
    if (!l) {
      l = {
        department: p.department,
        category: p.category,
        tier: p.tier,
        count: 0,
        standardEach: Math.round(p.standard * 100),
        subsidyEach: Math.round(p.subsidy * 100),
        st: 0,
        su: 0,
        fs: 0,
        pe: 0,
      };
      map.set(key, l);
    }
    l.count++;
    l.st += Math.round(p.standard * 100);
    l.su += Math.round(p.subsidy * 100);
    l.fs += Math.round(p.fiscalSurcharge * 100);
    l.pe += Math.round(p.personal * 100);
  }
  return sortLines([...map.values()], policy);
}
