import { matchPaid, maskId6 } from "../../src/core/match/match";
import { findPaidList, MatchInputError } from "../../src/core/match/paidList";
import { runMatch } from "../../src/core/match/run";
import { villageStats } from "../../src/core/match/villages";
import { iso } from "../../src/core/dates";
import { getPolicy } from "../../src/core/policy/registry";
import { checkTargets } from "../../src/core/targets/check";
import { pengshui, shizhu, SHIZHU_UNITS, LOW_PER_VILLAGE, POV_PER_VILLAGE, PENGSHUI_PLAN } from "./fixtures";

const ps = getPolicy("cq-pengshui-2025");
const sz = getPolicy("cq-shizhu-2025");
const fx = pengshui();
const lists = [fx.household, fx.civil, fx.agri];

describe("match: 彭水 fixture, every row accounted for", () => {
  const r = matchPaid(lists, fx.paid, ps, { asOf: iso("2024-11-29") });

  test("identity rows = matched + unpaid + rejected; paid rows = matched + outside + rejected (counted by hand)", () => {
    // household 7182 + bad check digit + repeat; 民政 56 + number-stored + 15-digit + name conflict;
    // 农业农村 120 + the 低保 person again.
    expect(r.counts.listRows).toBe(7184 + 59 + 121);
    expect(r.counts.rejectedRows).toBe(3);
    expect(r.people).toHaveLength(7182);
    // Paid: 6620 on the lists + duplicate + number-stored + name conflict + 5 outside.
    expect(r.counts.paidRows).toBe(6628);
    expect(r.counts.paidMatched).toBe(6620);
    expect(r.counts.paidOutside).toBe(5);
    expect(r.counts.paidRejected).toBe(3);
    const c = r.counts;
    expect(c.listRows).toBe(c.matchedRows + c.unpaidRows + c.rejectedRows);
    expect(c.paidRows).toBe(c.paidMatched + c.paidOutside + c.paidRejected);
    expect(r.ignored.map((g) => g.reason).join()).toMatch(/合计/);
  });

  test("damaged IDs are rejected with their reason, never matched", () => {
    const reasons = r.rejected.map((x) => `${x.side}:${x.reason}`);
    expect(reasons.filter((x) => /按数字存储/.test(x))).toHaveLength(2);
    expect(reasons.some((x) => x.startsWith("list:") && /校验位错误/.test(x))).toBe(true);
    expect(reasons.some((x) => x.startsWith("paid:") && /重复的缴费记录/.test(x))).toBe(true);
    expect(reasons.some((x) => x.startsWith("list:") && /同一身份证号码姓名不一致.*本行为“名字不同”/.test(x))).toBe(true);
    for (const x of r.rejected) expect(x.idShown).not.toMatch(/\d{11,}/);
  });

  test("15-digit, lower-case x, full-width digits and spaces match; a person on two lists counts once at the highest identity", () => {
    const longmen = fx.old15;
    const p = r.people.find((x) => x.id === longmen)!;
    expect(p.category).toBe("城乡最低生活保障人员");
    expect(p.status).toBe("paid");
    const dahe = r.people.find((x) => x.id === fx.ids["大河村"][2])!;
    expect(dahe.category).toBe("城乡最低生活保障人员");
    expect(dahe.otherIdentities).toEqual(["脱贫人口"]);
    expect(dahe.groups.sort()).toEqual(["lowIncome", "povertyAlleviated"]);
    for (const i of [1, 3]) expect(r.people.find((x) => x.id === fx.ids["大厂社区"][i])!.status).toBe("paid");
    const withX = fx.ids["大厂社区"].find((id) => id.endsWith("X"))!;
    expect(r.people.find((x) => x.id === withX)!.status).toBe("paid");
  });

  test("a name that differs on the same ID is flagged, not matched", () => {
    const p = r.people.find((x) => x.id === fx.ids["马驴村"][1772])!;
    expect(p.status).toBe("conflict");
    expect(p.conflict).toBe("另一人");
  });

  test("per village and group: people, paid, rate, goal, gap", () => {
    const v = villageStats(r, ps, ["大厂社区", "大河村", "龙门村", "马驴村"]);
    expect(v.map((x) => x.village)).toEqual(["大厂社区", "大河村", "龙门村", "马驴村"]);
    const [dachang, dahe, longmen, malv] = v;
    expect(dachang.rows[0]).toMatchObject({ people: 2490, paid: 2490, rate: 1, goal: 0.95, gap: 0 });
    // 脱贫不稳定户 is in both groups: 30 + 2 脱贫人口 per village; 大河村 has one more (the 低保 person).
    expect(dahe.rows[1]).toMatchObject({ label: "低收入人口", people: LOW_PER_VILLAGE, paid: 13, goal: 1, gap: 1 });
    expect(dahe.rows[2]).toMatchObject({ label: "脱贫人口", people: POV_PER_VILLAGE + 3, paid: 33 });
    expect(longmen.rows[1]).toMatchObject({ people: LOW_PER_VILLAGE + 1, paid: 15 });
    expect(malv.rows[0]).toMatchObject({ people: 1774, paid: 1400, gap: Math.ceil(1774 * 0.95) - 1400 });
    expect(malv.rows[2]).toMatchObject({ people: 32, paid: 31, goal: 0.99, gap: 1 });
    expect(malv.paidOutside).toBe(5);
    const special = malv.rows.find((s) => s.label === "特困人员（含城乡孤儿、事实无人抚养儿童）")!;
    expect(special).toMatchObject({ people: 2, paid: 2, goal: 1 });
  });

  test("the grade from matched counts equals the notice's rule applied by hand (大同府发〔2024〕31号 三)", () => {
    const run = runMatch({ lists, paid: fx.paid, targets: fx.targets, policy: ps, date: iso("2024-12-31") });
    // By hand: overall = paid ÷ 附件1 target; groups: 7类低收入 100%, 脱贫 99%.
    // 两项指标均完成为A档，只完成其中一项指标为B档，两项指标均未完成为C档.
    // Work funds: 90%–95% 1 元/人, ≥95% 1.5 元/人, 100% +1000 元, on the people paid.
    const hand = {
      大厂社区: { paid: 2490, overall: true, groups: true, fund: 2490 * 1.5 + 1000 },
      大河村: { paid: 1230, overall: 1230 / 1273 >= 0.95, groups: false, fund: 1230 * 1.5 },
      龙门村: { paid: 1500, overall: 1500 / 1645 >= 0.95, groups: true, fund: 1500 * 1 },
      马驴村: { paid: 1405, overall: false, groups: 31 / 32 >= 0.99, fund: 0 },
    } as const;
    const grade = (o: boolean, g: boolean) => (o && g ? "A" : o || g ? "B" : "C");
    const got = run.targets!.summary.progress;
    expect(got.map((u) => u.unit)).toEqual(Object.keys(hand));
    for (const u of got) {
      const h = hand[u.unit as keyof typeof hand];
      expect({ unit: u.unit, paid: u.paid, grade: u.grade, fund: u.workFund }).toEqual({
        unit: u.unit,
        paid: h.paid,
        grade: grade(h.overall, h.groups),
        fund: h.fund,
      });
    }
    expect(got.map((u) => u.grade)).toEqual(["A", "B", "B", "C"]);
    expect(run.targets!.summary.workFundTotal).toBe(4735 + 1845 + 1500);
    expect(Object.keys(PENGSHUI_PLAN)).toHaveLength(4);
  });

  test("the target check takes matched counts instead of typed numbers", () => {
    const typed = checkTargets(fx.targets, { policy: ps, asOf: iso("2024-12-31") });
    expect(typed.summary.progress).toEqual([]);
    const matched = checkTargets(fx.targets, {
      policy: ps,
      asOf: iso("2024-12-31"),
      matched: { 大厂社区: { paid: 2490, lowIncomeCount: 14, lowIncomePaid: 14, povertyCount: 32, povertyPaid: 32 } },
    });
    expect(matched.summary.progress[0]).toMatchObject({ unit: "大厂社区", paid: 2490, grade: "A", workFund: 4735 });
    expect(matched.summary.notes!.join()).toMatch(/参保比对/);
  });
});

describe("match: 石柱 fixture, 12 villages and 8 groups", () => {
  const f = shizhu();
  const r = matchPaid([f.household, f.groups], f.paid, sz);
  test("each village's 8 groups are counted, the unpaid listed", () => {
    expect(r.people).toHaveLength(12 * 20);
    const v = villageStats(r, sz, SHIZHU_UNITS.map(([u]) => u));
    expect(v).toHaveLength(12);
    const gaoping = v.find((x) => x.village === "高平村")!;
    expect(gaoping.rows[1]).toMatchObject({ label: "低收入人口", people: 7, paid: 6, goal: 1, gap: 1 });
    expect(gaoping.rows[2]).toMatchObject({ label: "脱贫人口", people: 2, paid: 2, goal: 1 });
    expect(gaoping.rows[0]).toMatchObject({ people: 20, paid: 18, goal: null, gap: null });
    expect(r.counts.listRows).toBe(r.counts.matchedRows + r.counts.unpaidRows + r.counts.rejectedRows);
  });
});

describe("bad input is refused in Chinese, naming the headers found", () => {
  test("a paid list without an ID column", () => {
    const sheet = { name: "缴费", rows: [["姓名", "缴费档次", "缴费金额", "缴费日期"], ["张三", "一档", 400, "2024-11-01"]] };
    expect(() => findPaidList(sheet)).toThrow(MatchInputError);
    expect(() => findPaidList(sheet)).toThrow(/没有身份证号码列.*姓名、缴费档次、缴费金额、缴费日期/);
  });
  test("a paid list with two candidate ID columns", () => {
    const sheet = { name: "缴费", rows: [["姓名", "身份证号码", "证件号码", "缴费金额"], ["张三", "1", "2", 400]] };
    expect(() => findPaidList(sheet)).toThrow(/2列都可能是身份证号码：B列“身份证号码”、C列“证件号码”/);
    expect(findPaidList(sheet, "C").table.columns.id).toBe(2);
  });
  test("masking keeps the first 6 and last 4", () => {
    expect(maskId6("500243198001011234")).toBe("500243********1234");
  });
});
