/**
 * Every value a policy leaves open (openValues) is refused with an OPEN_VALUE error that
 * carries the key it is supplied under (RuleError.supplyKey), so the CLI and the panels
 * never read the key out of the message; the message still says where to supply it.
 */
import { addDays, Day } from "../../src/core/dates";
import { isOpen, PolicyModel } from "../../src/core/policy/model";
import { openValues } from "../../src/core/policy/openValues";
import { listPolicies } from "../../src/core/policy/registry";
import { benefit } from "../../src/core/rules/benefit";
import { appliesTo, findException, needsEvent } from "../../src/core/rules/exceptions";
import { premium } from "../../src/core/rules/premium";
import { ruleErrorOf } from "./helpers";

/** A call that needs the slot's value and nothing else that is open; null where none does. */
function trigger(model: PolicyModel, key: string): (() => unknown) | null {
  const p = model.policy;
  const ordinary = model.categories.find((c) => c.kind === "ordinary")!;
  const late: Day = Math.max(model.surchargeFrom, model.waitFrom, addDays(model.collectionEnd, 1));
  if (isOpen(p.fiscalSubsidy) && p.fiscalSubsidy.supplyKey === key) {
    return () => premium({ policy: model, tier: p.tiers[0].id, category: ordinary.name, paid: late });
  }
  for (const c of model.categories) {
    for (const [tier, s] of Object.entries(c.subsidy ?? {})) {
      if (isOpen(s) && s.supplyKey === key) return () => premium({ policy: model, tier, category: c.name, paid: model.collectionEnd });
    }
  }
  for (const e of model.exceptions) {
    if (e.effect.kind !== "open" || e.effect.supplyKey !== key) continue;
    // A category and payment day for which this exception is the one that decides.
    for (const c of model.categories.filter((x) => appliesTo(e, x))) {
      for (const paid of [e.from ?? late, addDays(model.collectionEnd, 1), late]) {
        if (paid <= model.collectionEnd) continue;
        const eventDate = needsEvent(e) || c.event ? Math.max(addDays(paid, -1), model.yearStart) : undefined;
        if (findException(model, c, paid, eventDate, false)?.exception === e) {
          return () => benefit({ policy: model, category: c.name, paid, eventDate });
        }
      }
    }
  }
  const bp = p.breakPenalty;
  if ((isOpen(bp) && bp.supplyKey === key) || ("extraMonthPerYear" in bp && isOpen(bp.extraMonthPerYear) && bp.extraMonthPerYear.supplyKey === key)) {
    const freeYears = "freeYears" in bp ? bp.freeYears : 0;
    return () => benefit({ policy: model, category: ordinary.name, paid: late, breakYears: freeYears + 2 });
  }
  return null;
}

const all = listPolicies().flatMap((m) => openValues(m).map((slot) => [m.id, slot.key, m] as const));
const cases = all.filter(([, key, m]) => trigger(m, key) !== null);

describe("OPEN_VALUE carries its key", () => {
  test("there are open values to check in several policies", () => {
    expect(new Set(cases.map((c) => c[0])).size).toBeGreaterThanOrEqual(3);
    expect(cases.map((c) => c[1])).toEqual(expect.arrayContaining(["fiscalSubsidy", "subsidy.其他困难群体", "breakPenalty", "exception.lowIncome"]));
  });

  test("every slot listed is one some calculation asks for", () => {
    // 石柱's own newborn rules (下路街道发〔2024〕78号 三（五）) replace the base's deferred one by id.
    expect(all.filter(([, key, m]) => trigger(m, key) === null).map(([id, key]) => [id, key])).toEqual([]);
  });

  test.each(cases)("%s: %s", (_id, key, model) => {
    const e = ruleErrorOf(trigger(model, key)!);
    expect(e.code).toBe("OPEN_VALUE");
    expect(e.supplyKey).toBe(key);
    // The core says it in words (政策设置); the key travels apart, for the CLI's own --set hint.
    expect(e.message).toContain("请先确认后自行提供：在“政策设置”中填写。");
    expect(e.message).not.toMatch(/--set|命令行|[a-zA-Z]{3,}/);
  });

  test("other errors carry no key", () => {
    const model = listPolicies()[0];
    const e = ruleErrorOf(() => model.findCategory("外星人"));
    expect(e.code).toBe("UNKNOWN_CATEGORY");
    expect(e.supplyKey).toBeUndefined();
    expect(Object.keys(e)).not.toContain("supplyKey");
  });
});
