/**
 * benefit(): when benefits start and how long the resident waits, for the general rules
 * and for every exception each notice names, on both sides of its boundaries; the break
 * penalty; the year-end overrun; and refund() (湖南).
 */
import { iso, toIso } from "../../src/core/dates";
import { benefit, BenefitQuery, BenefitResult } from "../../src/core/rules/benefit";
import { refund } from "../../src/core/rules/refund";
import { expectRuleError } from "./helpers";
import { listPolicies } from "../../src/core/policy/registry";
import { isOpen } from "../../src/core/policy/model";

type Q = Omit<BenefitQuery, "paid" | "eventDate"> & { paid: string; eventDate?: string };
const run = (q: Q): BenefitResult =>
  benefit({ ...q, paid: iso(q.paid), eventDate: q.eventDate === undefined ? undefined : iso(q.eventDate) });
const startOf = (q: Q): [string, number] => {
  const r = run(q);
  return [toIso(r.benefitStart), r.waitDays];
};

/** The Chongqing 2025 policies, from the registry: they share 潼医保发〔2024〕33号's general rules. */
const CQ2025 = listPolicies()
  .filter((p) => p.policy.region.province === "重庆市" && p.year === 2025)
  .map((p) => p.id);

describe("the general rules, Chongqing 2025 (潼医保发〔2024〕33号 二（一）–（三）and the county notices)", () => {
  // [paid, benefit start, wait days]
  const rows: [string, string, number][] = [
    ["2024-11-15", "2025-01-01", 47], // collection period → 1 January
    ["2024-12-31", "2025-01-01", 1],
    ["2025-01-01", "2025-02-01", 31], // 1 Jan – 28 Feb → the first of the next month
    ["2025-01-10", "2025-02-01", 22],
    ["2025-01-31", "2025-02-01", 1],
    ["2025-02-01", "2025-03-01", 28],
    ["2025-02-28", "2025-03-01", 1],
    ["2025-03-01", "2025-05-30", 90], // from 1 March: 满90日后
    ["2025-06-30", "2025-09-28", 90],
    ["2025-07-01", "2025-09-29", 90],
    ["2025-10-02", "2025-12-31", 90],
  ];
  test.each(CQ2025.flatMap((p) => rows.map(([paid, start, wait]) => [p, paid, start, wait] as const)))(
    "%s 普通居民 paid %s → %s (%d days)",
    (policy, paid, start, wait) => {
      const r = run({ policy, category: "普通居民", paid });
      expect([toIso(r.benefitStart), r.waitDays, r.beyondYearEnd, r.year]).toEqual([start, wait, false, 2025]);
    },
  );

  test("the rule and its clause are reported", () => {
    const r = run({ policy: "cq-pengshui-2025", category: "普通居民", paid: "2025-03-01" });
    expect(r.rule).toMatch(/等待90日/);
    expect(r.basis).toContainEqual(expect.objectContaining({ doc: "大同府发〔2024〕31号", clause: "二（三）2" }));
  });
});

describe("the general rules in 潼南2023 and 湖南", () => {
  test.each<[string, string, string, number]>([
    // 潼医保发〔2022〕36号 四（一）
    ["cq-tongnan-2023", "2022-10-25", "2023-01-01", 68],
    ["cq-tongnan-2023", "2022-12-31", "2023-01-01", 1],
    ["cq-tongnan-2023", "2023-01-10", "2023-02-01", 22],
    ["cq-tongnan-2023", "2023-02-28", "2023-03-01", 1],
    ["cq-tongnan-2023", "2023-03-01", "2023-05-30", 90],
    ["cq-tongnan-2023", "2023-09-30", "2023-12-29", 90],
    // 双政办发〔2024〕11号 三（四）2、三（六）: no January–February rule; 3 months = 90 days
    ["hn-shuangqing-2025", "2024-09-01", "2025-01-01", 122],
    ["hn-shuangqing-2025", "2024-12-31", "2025-01-01", 1],
    ["hn-shuangqing-2025", "2025-01-01", "2025-04-01", 90],
    ["hn-shuangqing-2025", "2025-01-10", "2025-04-10", 90],
    ["hn-shuangqing-2025", "2025-02-28", "2025-05-29", 90],
  ])("%s 普通居民 paid %s → %s (%d days)", (policy, paid, start, wait) => {
    expect(startOf({ policy, category: "普通居民", paid })).toEqual([start, wait]);
  });

  test("潼南2023 past its last payable day → PAST_LAST_PAYABLE_DAY", () => {
    expectRuleError(() => run({ policy: "cq-tongnan-2023", category: "普通居民", paid: "2023-10-01" }), "PAST_LAST_PAYABLE_DAY");
  });
});

describe("a payment whose benefit would start after 31 December", () => {
  test.each<[string, string, string, boolean]>([
    ["cq-tongnan-2025", "2025-10-02", "2025-12-31", false],
    ["cq-tongnan-2025", "2025-10-03", "2026-01-01", true],
    ["cq-tongnan-2025", "2025-11-15", "2026-02-13", true],
    ["cq-shizhu-2025", "2025-12-31", "2026-03-31", true],
    ["hn-shuangqing-2025", "2025-12-01", "2026-03-01", true],
  ])("%s paid %s → %s, beyondYearEnd %s", (policy, paid, start, beyond) => {
    const r = run({ policy, category: "普通居民", paid });
    expect([toIso(r.benefitStart), r.beyondYearEnd]).toEqual([start, beyond]);
    const note = r.notes.some((n) => /已过2025年度待遇期末.*享受不到待遇/.test(n));
    expect(note).toBe(beyond);
  });
});

describe("石柱 newborns (下路街道发〔2024〕78号 三（五）3–4)", () => {
  const nb = (paid: string, eventDate: string) => run({ policy: "cq-shizhu-2025", category: "新生儿", paid, eventDate });

  // [born, paid, start, wait, rule]
  test.each<[string, string, string, number, RegExp]>([
    // 3. same year, within 90 days counting the birth day as day 1 → from birth
    ["2025-03-01", "2025-03-01", "2025-03-01", 0, /出生当年90日内/],
    ["2025-03-01", "2025-05-29", "2025-03-01", 0, /出生当年90日内/], // birth + 89 = day 90
    ["2025-03-01", "2025-05-30", "2025-08-28", 90, /超过90日/], // birth + 90 = day 91
    ["2025-01-01", "2025-01-20", "2025-01-01", 0, /出生当年90日内/], // not the January next-month rule
    ["2025-10-15", "2025-11-20", "2025-10-15", 0, /出生当年90日内/],
    // 4. born the year before, paid within 90 days → this year from 1 January (top-up remark)
    ["2024-12-01", "2025-01-05", "2025-01-01", 0, /出生后次年/],
    ["2024-12-01", "2025-02-28", "2025-01-01", 0, /出生后次年/], // birth + 89
    ["2024-12-01", "2025-03-01", "2025-05-30", 90, /次年超过3个月/], // birth + 90
    // beyond 90 days: 90 days after payment, even in January–February
    ["2024-09-01", "2025-01-10", "2025-04-10", 90, /次年超过3个月/],
    ["2024-10-01", "2025-02-15", "2025-05-16", 90, /次年超过3个月/],
    // born two years before: 三（五）covers only the birth year and the next; the general rules apply
    ["2023-03-01", "2025-01-10", "2025-02-01", 22, /次月1日/],
    ["2023-03-01", "2025-08-01", "2025-10-30", 90, /集中缴费期后缴费/],
  ])("born %s, paid %s → %s (%d days)", (born, paid, start, wait, rule) => {
    const r = nb(paid, born);
    expect([toIso(r.benefitStart), r.waitDays]).toEqual([start, wait]);
    expect(r.rule).toMatch(rule);
  });

  test("the cross-year case carries the top-up remark; the same-year case does not", () => {
    expect(nb("2025-01-05", "2024-12-01").notes.join()).toMatch(/如补缴出生当年的参保费用，可从出生之日起享受出生当年度待遇/);
    expect(nb("2025-03-05", "2025-03-01").notes.join()).not.toMatch(/补缴/);
  });

  test("born in the collection period and paid in it → 1 January like everyone", () => {
    expect([toIso(nb("2024-12-20", "2024-12-01").benefitStart)]).toEqual(["2025-01-01"]);
  });
});

describe("newborns need a birth date; the birth cannot follow the payment", () => {
  // Every policy of the registry that has 新生儿, paid in May of its own year.
  const withNewborns = listPolicies().filter((p) => p.categoryNames().includes("新生儿"));
  test.each(withNewborns.map((p) => [p.id, p.year] as const))("%s", (policy, year) => {
    const paid = `${year}-05-01`;
    expectRuleError(() => run({ policy, category: "新生儿", paid }), "EVENT_DATE_REQUIRED", /出生日期/);
    const after = `${year}-05-02`;
    expectRuleError(() => run({ policy, category: "新生儿", paid, eventDate: after }), "EVENT_AFTER_PAYMENT");
  });

  test("job loss needs its date too", () => {
    expectRuleError(() => run({ policy: "hn-shuangqing-2025", category: "职工医保断保人员", paid: "2025-05-01" }), "EVENT_DATE_REQUIRED", /职工医保断保日期/);
    expectRuleError(() => run({ policy: "hn-shuangqing-2025", category: "儿童福利机构儿童", paid: "2025-05-01" }), "EVENT_DATE_REQUIRED", /儿童福利机构/);
  });
});

describe("石柱 second half year: low-income groups and 脱贫人口 have no wait (三（三）1)", () => {
  test.each<[string, string, string, number]>([
    ["城乡低保对象", "2025-07-01", "2025-07-01", 0],
    ["特困人员", "2025-09-15", "2025-09-15", 0],
    ["低保边缘户", "2025-12-31", "2025-12-31", 0],
    ["脱贫不稳定户", "2025-07-01", "2025-07-01", 0],
    ["脱贫人口", "2025-07-01", "2025-07-01", 0],
    ["脱贫人口", "2025-11-30", "2025-11-30", 0],
    // not low-income: the ordinary wait
    ["计生优抚（奖扶）对象", "2025-07-01", "2025-09-29", 90],
    ["普通居民", "2025-07-01", "2025-09-29", 90],
    // before 1 July the low-income groups are ordinary residents in January–February
    ["城乡低保对象", "2025-01-10", "2025-02-01", 22],
  ])("%s paid %s → %s (%d days)", (category, paid, start, wait) => {
    const r = run({ policy: "cq-shizhu-2025", category, paid });
    expect([toIso(r.benefitStart), r.waitDays, r.beyondYearEnd]).toEqual([start, wait, false]);
  });

  test.each(["城乡低保对象", "脱贫人口"])(
    "%s paid 2025-06-30: the Chongqing base defers their wait (按相关规定执行) → OPEN_VALUE until supplied",
    (category) => {
      const q = { policy: "cq-shizhu-2025", category, paid: "2025-06-30" };
      expectRuleError(() => run(q), "OPEN_VALUE", /待遇等待期.*按相关规定执行/);
      const key = category === "脱贫人口" ? "exception.povertyAlleviated" : "exception.lowIncome";
      expect(startOf({ ...q, supplied: { [key]: "standard" } })).toEqual(["2025-09-28", 90]);
      expect(startOf({ ...q, supplied: { [key]: "fromPayment" } })).toEqual(["2025-06-30", 0]);
    },
  );
});

describe("潼南2025: the groups whose wait 二（五）defers (按相关规定执行)", () => {
  // [category, paid, event, supply key]
  const deferred: [string, string, string | undefined, string][] = [
    ["特困人员", "2025-03-01", undefined, "exception.lowIncome"],
    ["低保对象", "2025-08-01", undefined, "exception.lowIncome"],
    ["脱贫不稳定户", "2025-03-01", undefined, "exception.lowIncome"], // low-income is listed first
    ["脱贫人口", "2025-03-01", undefined, "exception.povertyAlleviated"],
    ["职工医保断保人员", "2025-03-01", "2025-02-15", "exception.jobLossWithin90"],
    ["新生儿", "2025-03-10", "2025-03-01", "exception.newbornWithin90"],
    ["新生儿", "2025-01-15", "2025-01-02", "exception.newbornWithin90"],
  ];

  test.each(deferred)("%s paid %s → OPEN_VALUE naming %s", (category, paid, eventDate, key) => {
    const e = expectRuleError(() => run({ policy: "cq-tongnan-2025", category, paid, eventDate }), "OPEN_VALUE");
    expect(e.supplyKey).toBe(key);
    expect(e.message).not.toContain("--set");
    // The choices in words; their codes (fromEvent…) are the CLI's to add.
    expect(e.message).toContain("可选：自事件之日起（出生、断保、入院）；自缴费之日起，不设等待期；自当年1月1日起；按一般规定等待");
    expect(e.message).not.toMatch(/fromEvent|standard/);
  });

  test.each<[string, string, string | undefined, Record<string, string>, string, number]>([
    ["特困人员", "2025-03-01", undefined, { "exception.lowIncome": "fromPayment" }, "2025-03-01", 0],
    ["特困人员", "2025-03-01", undefined, { "exception.lowIncome": "standard" }, "2025-05-30", 90],
    ["特困人员", "2025-03-01", undefined, { "exception.lowIncome": "fromYearStart" }, "2025-01-01", 0],
    ["脱贫人口", "2025-04-10", undefined, { "exception.povertyAlleviated": "fromPayment" }, "2025-04-10", 0],
    ["职工医保断保人员", "2025-05-29", "2025-03-01", { "exception.jobLossWithin90": "fromEvent" }, "2025-03-01", 0],
    ["新生儿", "2025-03-10", "2025-03-01", { "exception.newbornWithin90": "fromEvent" }, "2025-03-01", 0],
  ])("%s paid %s (event %s) with %j → %s", (category, paid, eventDate, supplied, start, wait) => {
    const r = run({ policy: "cq-tongnan-2025", category, paid, eventDate, supplied });
    expect([toIso(r.benefitStart), r.waitDays]).toEqual([start, wait]);
    expect(r.notes.join()).toMatch(/等待期规则由用户提供/);
  });

  test.each<[string, string, string | undefined, string, number]>([
    ["特困人员", "2025-02-28", undefined, "2025-03-01", 1], // the exception starts on 1 March
    ["职工医保断保人员", "2025-05-30", "2025-03-01", "2025-08-28", 90], // job loss + 90: no longer within 3 months
    ["新生儿", "2025-05-30", "2025-03-01", "2025-08-28", 90], // birth + 90
  ])("outside the deferred case: %s paid %s (event %s) → %s", (category, paid, eventDate, start, wait) => {
    expect(startOf({ policy: "cq-tongnan-2025", category, paid, eventDate })).toEqual([start, wait]);
  });

  test("a supplied rule that is not one of the choices → BAD_ARGUMENT, the choices in words and the key on the error", () => {
    const e = expectRuleError(
      () => run({ policy: "cq-tongnan-2025", category: "特困人员", paid: "2025-03-01", supplied: { "exception.lowIncome": "never" } }),
      "BAD_ARGUMENT",
      /待遇等待期“never”无法识别，只能选：自事件之日起（出生、断保、入院）；自缴费之日起，不设等待期；自当年1月1日起；按一般规定等待/,
    );
    expect(e.message).not.toMatch(/exception\.|fromEvent|--/);
    expect(e.supplyKey).toBe("exception.lowIncome");
  });

  test("an event date that is required is named in words, with no front door's option or argument", () => {
    const e = expectRuleError(() => run({ policy: "cq-tongnan-2025", category: "新生儿", paid: "2025-03-10" }), "EVENT_DATE_REQUIRED", /须提供出生日期/);
    expect(e.message).not.toMatch(/--|命令行|参数/);
  });

  test("彭水 inherits the deferral for its low-income groups", () => {
    expectRuleError(() => run({ policy: "cq-pengshui-2025", category: "低保", paid: "2025-07-01" }), "OPEN_VALUE");
  });
});

describe("彭水 and 石柱 inherit the base's deferred groups: inside → OPEN_VALUE, outside → the general rule", () => {
  // [policy, category, paid, event, start outside the exception (null: inside, OPEN_VALUE)]
  test.each<[string, string, string, string | undefined, string | null]>([
    ["cq-pengshui-2025", "低保", "2025-02-28", undefined, "2025-03-01"],
    ["cq-pengshui-2025", "低保", "2025-03-01", undefined, null],
    ["cq-pengshui-2025", "稳定脱贫人口", "2025-02-28", undefined, "2025-03-01"],
    ["cq-pengshui-2025", "稳定脱贫人口", "2025-03-01", undefined, null],
    ["cq-pengshui-2025", "职工医保断保人员", "2025-05-29", "2025-03-01", null],
    ["cq-pengshui-2025", "职工医保断保人员", "2025-05-30", "2025-03-01", "2025-08-28"],
    ["cq-pengshui-2025", "新生儿", "2025-05-29", "2025-03-01", null],
    ["cq-pengshui-2025", "新生儿", "2025-05-30", "2025-03-01", "2025-08-28"],
    ["cq-shizhu-2025", "职工医保断保人员", "2025-05-29", "2025-03-01", null],
    ["cq-shizhu-2025", "职工医保断保人员", "2025-05-30", "2025-03-01", "2025-08-28"],
    ["cq-shizhu-2025", "职工医保断保人员", "2025-02-20", "2025-02-01", "2025-03-01"], // before 1 March
    ["cq-tongnan-2025", "脱贫人口", "2025-02-28", undefined, "2025-03-01"],
  ])("%s %s paid %s (event %s) → %s", (policy, category, paid, eventDate, start) => {
    if (start === null) expectRuleError(() => run({ policy, category, paid, eventDate }), "OPEN_VALUE", /潼医保发〔2024〕33号 二（五）/);
    else expect(toIso(run({ policy, category, paid, eventDate }).benefitStart)).toBe(start);
  });
});

describe("潼南2023: no waiting period for the exempt groups (潼医保发〔2022〕36号 四（二）)", () => {
  test.each<[string, string, string | undefined, string, number]>([
    ["特困人员", "2023-03-01", undefined, "2023-03-01", 0],
    ["低保对象", "2023-06-15", undefined, "2023-06-15", 0],
    ["突发严重困难户", "2023-09-30", undefined, "2023-09-30", 0],
    ["特困人员", "2023-02-28", undefined, "2023-03-01", 1], // January–February rule still applies
    ["脱贫人口", "2023-02-28", undefined, "2023-03-01", 1],
    ["职工医保断保人员", "2023-02-20", "2023-02-01", "2023-03-01", 9], // the exception starts on 1 March
    ["脱贫人口", "2023-05-10", undefined, "2023-05-10", 0],
    ["职工医保断保人员", "2023-06-29", "2023-04-01", "2023-06-29", 0], // job loss + 89
    ["职工医保断保人员", "2023-06-30", "2023-04-01", "2023-09-28", 90], // job loss + 90
    ["新生儿", "2023-02-10", "2023-01-10", "2023-02-10", 0], // not the next-month rule
    ["新生儿", "2023-01-15", "2022-12-20", "2023-01-15", 0], // born the year before, within 90 days
    ["新生儿", "2022-12-31", "2022-12-20", "2023-01-01", 1], // collection period
    ["新生儿", "2023-10-29", "2023-08-01", "2023-10-29", 0], // birth + 89, after 30 Sep: 新生儿独立参保除外
  ])("%s paid %s (event %s) → %s (%d days)", (category, paid, eventDate, start, wait) => {
    expect(startOf({ policy: "cq-tongnan-2023", category, paid, eventDate })).toEqual([start, wait]);
  });

  test("a newborn at birth + 90 after 30 Sep can no longer pay for 2023", () => {
    expectRuleError(() => run({ policy: "cq-tongnan-2023", category: "新生儿", paid: "2023-10-30", eventDate: "2023-08-01" }), "PAST_LAST_PAYABLE_DAY");
  });

  test("a newborn at birth + 90 before 30 Sep waits like everyone", () => {
    expect(startOf({ policy: "cq-tongnan-2023", category: "新生儿", paid: "2023-05-01", eventDate: "2023-01-31" })).toEqual(["2023-07-30", 90]);
  });
});

describe("湖南 special cases (双政办发〔2024〕11号 三（四）3（1）–（4）)", () => {
  test.each<[string, string, string | undefined, string, number]>([
    // (1) newborn within 90 days of birth, born this year → from birth
    ["新生儿", "2025-05-01", "2025-02-01", "2025-02-01", 0], // birth + 89
    ["新生儿", "2025-05-02", "2025-02-01", "2025-07-31", 90], // birth + 90
    ["新生儿", "2025-01-05", "2025-01-01", "2025-01-01", 0],
    ["新生儿", "2025-01-10", "2024-12-15", "2025-04-10", 90], // born in 2024: 缴纳出生年度 fee is not this year's
    // (2) welfare-institution children → from entry (the entry may follow the payment)
    ["儿童福利机构儿童", "2025-05-10", "2025-04-01", "2025-04-01", 0],
    ["儿童福利机构儿童", "2025-05-10", "2025-06-01", "2025-06-01", 22],
    ["儿童福利机构儿童", "2025-03-01", "2024-06-01", "2025-01-01", 0], // not before the year
    ["儿童福利机构儿童", "2024-12-15", "2024-11-01", "2025-01-01", 17], // collection period
    // (3) job loss, paid within 90 days of it → from the job-loss date
    ["职工医保断保人员", "2025-05-29", "2025-03-01", "2025-03-01", 0], // + 89
    ["职工医保断保人员", "2025-05-30", "2025-03-01", "2025-08-28", 90], // + 90
    ["失业人员", "2025-01-20", "2025-01-02", "2025-01-02", 0],
    // (4) veterans, returned recruits, released prisoners, community corrections → from payment
    ["退役军人", "2025-04-15", undefined, "2025-04-15", 0],
    ["征兵工作退回人员", "2025-01-10", undefined, "2025-01-10", 0],
    ["刑满释放人员", "2025-12-31", undefined, "2025-12-31", 0],
    ["社区矫正对象", "2025-08-08", undefined, "2025-08-08", 0],
    ["社区矫正对象", "2024-11-08", undefined, "2025-01-01", 54], // collection period: 1 January
  ])("%s paid %s (event %s) → %s (%d days)", (category, paid, eventDate, start, wait) => {
    expect(startOf({ policy: "hn-shuangqing-2025", category, paid, eventDate })).toEqual([start, wait]);
  });

  test("an entry date after the year → BAD_ARGUMENT", () => {
    expectRuleError(() => run({ policy: "hn-shuangqing-2025", category: "儿童福利机构儿童", paid: "2025-12-01", eventDate: "2026-01-05" }), "BAD_ARGUMENT");
  });
});

describe("the break penalty (未连续参保)", () => {
  // 潼医保发〔2024〕33号 五: 3 months, +1 month per further year; 国办发〔2024〕38号: each repaired year −1 month of the variable part
  test.each<[number, number, string, number]>([
    [0, 0, "2025-05-30", 90],
    [1, 0, "2025-05-30", 90],
    [2, 0, "2025-06-29", 120],
    [3, 0, "2025-07-29", 150],
    [3, 1, "2025-06-29", 120],
    [3, 2, "2025-05-30", 90],
    [3, 5, "2025-05-30", 90], // repair never shortens the fixed 3 months
    [5, 1, "2025-08-28", 180],
  ])("潼南2025 paid 2025-03-01, breakYears %d, repairYears %d → %s (%d days)", (breakYears, repairYears, start, wait) => {
    const r = run({ policy: "cq-tongnan-2025", category: "普通居民", paid: "2025-03-01", breakYears, repairYears });
    expect([toIso(r.benefitStart), r.waitDays]).toEqual([start, wait]);
    if (breakYears > 1 && wait > 90) expect(r.rule).toMatch(/未连续参保/);
  });

  test.each<[string, string, number, string, number]>([
    // the penalty counts from payment, so it overrides the 1 January and next-month rules
    ["cq-tongnan-2025", "2024-11-15", 1, "2025-02-13", 90],
    ["cq-tongnan-2025", "2025-01-10", 1, "2025-04-10", 90],
    ["cq-tongnan-2025", "2024-09-11", 1, "2025-01-01", 112], // the 90 days end before 1 January
  ])("%s paid %s, breakYears %d → %s (%d days)", (policy, paid, breakYears, start, wait) => {
    expect(startOf({ policy, category: "普通居民", paid, breakYears })).toEqual([start, wait]);
  });

  test.each(
    listPolicies()
      .filter((p) => p.year === 2025 && "extraMonthPerYear" in p.policy.breakPenalty && isOpen(p.policy.breakPenalty.extraMonthPerYear))
      .map((p) => p.id),
  )(
    "%s: 1 year of break is the fixed 3 months; more is OPEN_VALUE until breakPenalty is supplied",
    (policy) => {
      const paid = "2025-03-01";
      expect(startOf({ policy, category: "普通居民", paid, breakYears: 1 })).toEqual(["2025-05-30", 90]);
      expect(expectRuleError(() => run({ policy, category: "普通居民", paid, breakYears: 2 }), "OPEN_VALUE", /在“政策设置”中填写/).supplyKey).toBe("breakPenalty");
      expect(startOf({ policy, category: "普通居民", paid, breakYears: 2, supplied: { breakPenalty: 1 } })).toEqual(["2025-06-29", 120]);
      expect(startOf({ policy, category: "普通居民", paid, breakYears: 3, supplied: { breakPenalty: "1" } })).toEqual(["2025-07-29", 150]);
      expect(startOf({ policy, category: "普通居民", paid, breakYears: 3, repairYears: 1, supplied: { breakPenalty: 1 } })).toEqual(["2025-06-29", 120]);
      const bad = expectRuleError(() => run({ policy, category: "普通居民", paid, breakYears: 2, supplied: { breakPenalty: "1.5" } }), "BAD_ARGUMENT", /每多断保1年增加的待遇等待期应为0到12的整数/);
      expect(bad.message).not.toMatch(/breakPenalty/);
      expect(bad.supplyKey).toBe("breakPenalty");
    },
  );

  test("湖南 paid in January with a 2-year break and breakPenalty 1 → 120 days", () => {
    expect(startOf({ policy: "hn-shuangqing-2025", category: "普通居民", paid: "2025-01-10", breakYears: 2, supplied: { breakPenalty: 1 } })).toEqual([
      "2025-05-10",
      120,
    ]);
  });

  test("an exemption without a wait is not lengthened by a break", () => {
    expect(startOf({ policy: "cq-shizhu-2025", category: "低保", paid: "2025-07-01", breakYears: 3 })).toEqual(["2025-07-01", 0]);
    expect(startOf({ policy: "hn-shuangqing-2025", category: "退役军人", paid: "2025-04-15", breakYears: 3 })).toEqual(["2025-04-15", 0]);
  });

  test("潼南2023 has no break penalty (it begins in 2025) and says so", () => {
    const r = run({ policy: "cq-tongnan-2023", category: "普通居民", paid: "2023-03-01", breakYears: 3 });
    expect([toIso(r.benefitStart), r.waitDays]).toEqual(["2023-05-30", 90]);
    expect(r.notes.join()).toMatch(/2023年度没有断保加长等待期的规定/);
  });

  test.each<[number, number]>([
    [-1, 0],
    [1.5, 0],
    [2, -1],
  ])("breakYears %d, repairYears %d → BAD_ARGUMENT", (breakYears, repairYears) => {
    expectRuleError(() => run({ policy: "cq-tongnan-2025", category: "普通居民", paid: "2025-03-01", breakYears, repairYears }), "BAD_ARGUMENT");
  });
});

describe("insurance year for benefits", () => {
  test("a 2024-11-10 payment named cq-tongnan-2023 starts benefits on 2025-01-01", () => {
    const r = run({ policy: "cq-tongnan-2023", category: "普通居民", paid: "2024-11-10" });
    expect([r.policy, r.year, toIso(r.benefitStart)]).toEqual(["cq-tongnan-2025", 2025, "2025-01-01"]);
  });
  test("year 2023 forced → PAST_LAST_PAYABLE_DAY; year 2024 → NO_POLICY_FOR_YEAR", () => {
    expectRuleError(() => run({ policy: "cq-tongnan-2023", category: "普通居民", paid: "2024-11-10", year: 2023 }), "PAST_LAST_PAYABLE_DAY");
    expectRuleError(() => run({ policy: "cq-tongnan-2023", category: "普通居民", paid: "2024-11-10", year: 2024 }), "NO_POLICY_FOR_YEAR");
  });
});

describe("refund (湖南 双政办发〔2024〕11号 三（七）: only before the benefit period starts)", () => {
  const rq = (paid: string, requested: string, category = "普通居民", eventDate?: string) =>
    refund({
      policy: "hn-shuangqing-2025",
      category,
      paid: iso(paid),
      eventDate: eventDate ? iso(eventDate) : undefined,
      requested: iso(requested),
    });

  test.each<[string, string, boolean, string]>([
    ["2024-11-15", "2024-12-31", true, "2025-01-01"],
    ["2024-11-15", "2025-01-01", false, "2025-01-01"],
    ["2024-11-15", "2025-06-01", false, "2025-01-01"],
    ["2025-02-01", "2025-05-01", true, "2025-05-02"],
    ["2025-02-01", "2025-05-02", false, "2025-05-02"],
  ])("paid %s, refund asked %s → refundable %s (benefits from %s)", (paid, requested, refundable, start) => {
    const r = rq(paid, requested);
    expect([r.refundable, toIso(r.benefitStart)]).toEqual([refundable, start]);
    expect(r.reason).toMatch(refundable ? /尚未开始，可申请退费/ : /个人缴费不再退回/);
    expect(r.basis[0]).toMatchObject({ doc: "双政办发〔2024〕11号", clause: "三（七）" });
  });

  test("a case whose benefits start on payment is not refundable from that day", () => {
    expect(rq("2025-04-15", "2025-04-15", "退役军人").refundable).toBe(false);
    expect(rq("2025-04-15", "2025-04-14", "退役军人").refundable).toBe(true);
  });

  test.each(listPolicies().filter((p) => !p.policy.refund).map((p) => p.id))(
    "%s has no refund clause → OPEN_VALUE",
    (policy) => {
      const paid = policy === "cq-tongnan-2023" ? "2022-11-15" : "2024-11-15";
      expectRuleError(
        () => refund({ policy, category: "普通居民", paid: iso(paid), requested: iso("2024-12-01") }),
        "OPEN_VALUE",
        /没有规定退费条件/,
      );
    },
  );
});
