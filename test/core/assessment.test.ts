/**
 * The township's assessment of its villages (彭水 大同府发〔2024〕31号 三、四（四）):
 * work funds by completion rate, the A/B/C grade, and the progress milestones.
 */
import { completionRate, grade, milestoneDue, workFund } from "../../src/core/rules/assessment";
import { getPolicy, listPolicies } from "../../src/core/policy/registry";
import { expectRuleError } from "./helpers";

const PENGSHUI = getPolicy("cq-pengshui-2025");

describe("work funds (三 奖惩措施)", () => {
  // “完成90%至95%（不含95%）的村，按1元/人…完成95%以上（含95%）的村按1.5元/人…100%完成的村另补助工作经费1000元”
  // [target, paid, rate, per person, base, bonus, total]
  test.each<[number, number, string, number, number, number, number]>([
    [1000, 0, "0.0000", 0, 0, 0, 0],
    [1000, 899, "0.8990", 0, 0, 0, 0], // 89.9%
    [10000, 8999, "0.8999", 0, 0, 0, 0],
    [1000, 900, "0.9000", 1, 900, 0, 900], // 90%
    [10000, 9499, "0.9499", 1, 9499, 0, 9499], // 94.99%
    [1000, 950, "0.9500", 1.5, 1425, 0, 1425], // 95%
    [1000, 999, "0.9990", 1.5, 1498.5, 0, 1498.5],
    [1000, 1000, "1.0000", 1.5, 1500, 1000, 2500], // 100%
    [2490, 2490, "1.0000", 1.5, 3735, 1000, 4735], // 大厂社区 (附件1) complete
    [1273, 1210, "0.9505", 1.5, 1815, 0, 1815], // 大河村 at 95.05%
    [1645, 1480, "0.8997", 0, 0, 0, 0], // 龙门村 just short of 90%
    [1000, 1010, "1.0100", 1.5, 1515, 1000, 2515], // over the target
  ])("target %d, paid %d → %s: %d/人, %d + %d = %d", (target, paid, rate, perPerson, base, bonus, total) => {
    const r = workFund(PENGSHUI, target, paid);
    expect(r.rate.toFixed(4)).toBe(rate);
    expect([r.perPerson.toNumber(), r.base.toNumber(), r.bonus.toNumber(), r.total.toNumber()]).toEqual([
      perPerson,
      base,
      bonus,
      total,
    ]);
    expect(r.basis[0]).toMatchObject({ doc: "大同府发〔2024〕31号", clause: "三" });
  });

  test("amounts are exact decimals (1.5 元 × an odd head count)", () => {
    expect(workFund(PENGSHUI, 1775, 1774).base.toString()).toBe("2661");
    expect(workFund(PENGSHUI, 1001, 1001).total.toString()).toBe("2501.5");
  });

  test.each<[number, number, RegExp]>([
    [0, 0, /目标任务数为0/],
    [1000, -1, /已缴费人数应为不小于0的整数/],
    [1000, 1.5, /已缴费人数应为不小于0的整数/],
    [-5, 1, /目标任务数应为不小于0的整数/],
  ])("target %d, paid %d → BAD_ARGUMENT", (target, paid, message) => {
    expectRuleError(() => workFund(PENGSHUI, target, paid), "BAD_ARGUMENT", message);
  });

  test("completionRate is paid ÷ target", () => {
    expect(completionRate(7182, 7182).toString()).toBe("1");
    expect(completionRate(1, 3).toFixed(4)).toBe("0.3333");
  });

  test.each(listPolicies().filter((p) => !p.policy.workFunds).map((p) => p.id))("%s states no work funds → NO_RULE", (id) => {
    expectRuleError(() => workFund(getPolicy(id), 100, 100), "NO_RULE", /没有工作经费的规定/);
  });
});

describe("A/B/C grade (三 考核指标: 面上95%; 7类低收入人口100% and 脱贫人口99%)", () => {
  // [overall, low-income, 脱贫, grade, overall met, groups met]
  test.each<[string, string, string, "A" | "B" | "C", boolean, boolean]>([
    ["0.95", "1", "0.99", "A", true, true],
    ["1", "1", "1", "A", true, true],
    ["0.9499", "1", "0.99", "B", false, true],
    ["0.95", "0.999", "0.99", "B", true, false],
    ["0.95", "1", "0.9899", "B", true, false],
    ["0.96", "0.98", "0.5", "B", true, false],
    ["0.9", "0.99", "0.98", "C", false, false],
    ["0", "0", "0", "C", false, false],
  ])("overall %s, low-income %s, 脱贫 %s → %s", (overall, low, poverty, g, overallMet, groupsMet) => {
    const r = grade(PENGSHUI, overall, low, poverty);
    expect([r.grade, r.overallMet, r.groupsMet]).toEqual([g, overallMet, groupsMet]);
    expect(r.basis[0].quote).toMatch(/两项指标均完成为A档/);
  });

  test("rates given as numbers work the same", () => {
    expect(grade(PENGSHUI, 0.95, 1, 0.99).grade).toBe("A");
    expect(grade(PENGSHUI, 0.949, 1, 0.99).grade).toBe("B");
  });

  test("石柱 states no grading → NO_RULE", () => {
    expectRuleError(() => grade(getPolicy("cq-shizhu-2025"), 1, 1, 1), "NO_RULE", /没有A\/B\/C评档的规定/);
  });
});

describe("progress milestones (四（四）: 10月底20%、11月底前65%、12月底全面完成)", () => {
  test.each<[string, number | null, string | null]>([
    ["2024-10-16", null, null],
    ["2024-10-30", null, null],
    ["2024-10-31", 0.2, "2024-10-31"],
    ["2024-11-01", 0.2, "2024-10-31"],
    ["2024-11-29", 0.2, "2024-10-31"],
    ["2024-11-30", 0.65, "2024-11-30"],
    ["2024-12-30", 0.65, "2024-11-30"],
    ["2024-12-31", 1, "2024-12-31"],
    ["2025-03-01", 1, "2024-12-31"],
  ])("on %s the share due is %s", (on, share, by) => {
    const due = milestoneDue(PENGSHUI, on);
    expect(due === null ? [null, null] : [due.share, due.by]).toEqual([share, by]);
    if (due) expect(due.basis[0].clause).toBe("四（四）");
  });

  test("a policy without milestones has none due", () => {
    expect(milestoneDue(getPolicy("cq-shizhu-2025"), "2024-12-31")).toBeNull();
  });
});
