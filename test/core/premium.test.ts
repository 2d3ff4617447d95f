/**
 * premium(): what a resident pays, row by row from the notices' subsidy tables, then the
 * date rules on both sides of every boundary the notices draw.
 */
import { iso } from "../../src/core/dates";
import { premium, PremiumQuery, PremiumResult } from "../../src/core/rules/premium";
import { PENGSHUI_FILE, SHIZHU_FILE, SubsidyRow, expectRuleError, parseAttachment2 } from "./helpers";

const IN_COLLECTION = iso("2024-11-15");

type Q = Omit<PremiumQuery, "paid"> & { paid: string };
const pay = (q: Q): PremiumResult => premium({ ...q, paid: iso(q.paid) });
const amounts = (r: PremiumResult) => [r.standard.toNumber(), r.subsidy.toNumber(), r.personal.toNumber()];

/**
 * 彭水自治县2025年度城乡居民基本医疗保险特殊人员资助参保标准表 (大同府发〔2024〕31号 附件2).
 * The table prints 资助标准 and 个人缴费标准; 缴费标准 is 二（一）: 一档400, 二档775.
 */
const PENGSHUI: SubsidyRow[] = [
  ["特困人员（含城乡孤儿、事实无人抚养儿童）", "一档", 400, 400, 0],
  ["特困人员（含城乡孤儿、事实无人抚养儿童）", "二档", 775, 400, 375],
  ["城乡最低生活保障人员", "一档", 400, 360, 40],
  ["城乡最低生活保障人员", "二档", 775, 400, 375],
  ["低保边缘户", "一档", 400, 280, 120],
  ["低保边缘户", "二档", 775, 400, 375],
  ["因病致贫重病患者", "一档", 400, 280, 120],
  ["因病致贫重病患者", "二档", 775, 400, 375],
  ["重点优抚对象（四类人员）", "二档", 775, 775, 0],
  ["其他优抚对象（四类人员）", "一档", 400, 400, 0],
  ["其他优抚对象（四类人员）", "二档", 775, 400, 375],
  ["城乡重度1-2级残疾人员", "一档", 400, 280, 120],
  ["城乡重度1-2级残疾人员", "二档", 775, 400, 375],
  ["返贫致贫人口", "一档", 400, 280, 120],
  ["返贫致贫人口", "二档", 775, 400, 375],
  ["脱贫不稳定户", "一档", 400, 280, 120],
  ["脱贫不稳定户", "二档", 775, 400, 375],
  ["边缘易致贫户", "一档", 400, 280, 120],
  ["边缘易致贫户", "二档", 775, 400, 375],
  ["突发严重困难户", "一档", 400, 280, 120],
  ["突发严重困难户", "二档", 775, 400, 375],
  ["计生优抚（奖扶）人员", "一档", 400, 320, 80],
  ["计生优抚（奖扶）人员", "二档", 775, 320, 455],
  ["计生残抚（特扶）人员", "一档", 400, 400, 0],
  ["计生残抚（特扶）人员", "二档", 775, 400, 375],
  ["稳定脱贫人口", "一档", 400, 15, 385],
  ["稳定脱贫人口", "二档", 775, 15, 760],
];

/** 石柱县2025年度居民医保参保资助对象及标准 (下路街道发〔2024〕78号 附件2): 缴费标准 / 资助标准 / 自付标准. */
const SHIZHU: SubsidyRow[] = [
  ["计生残抚（特扶）对象、计划生育手术并发症对象", "一档", 400, 400, 0],
  ["计生残抚（特扶）对象、计划生育手术并发症对象", "二档", 775, 400, 375],
  ["计生优抚（奖扶）对象", "一档", 400, 320, 80],
  ["计生优抚（奖扶）对象", "二档", 775, 320, 455],
  ["城乡重度（一、二级）残疾人员", "一档", 400, 280, 120],
  ["城乡重度（一、二级）残疾人员", "二档", 775, 400, 375],
  ["未享受其他参保资助的农村三、四级残疾人", "一档", 400, 200, 200],
  ["未享受其他参保资助的农村三、四级残疾人", "二档", 775, 200, 575],
  ["返贫致贫人口", "一档", 400, 280, 120],
  ["返贫致贫人口", "二档", 775, 400, 375],
  ["脱贫不稳定户", "一档", 400, 280, 120],
  ["脱贫不稳定户", "二档", 775, 400, 375],
  ["边缘易致贫户", "一档", 400, 280, 120],
  ["边缘易致贫户", "二档", 775, 400, 375],
  ["突发严重困难户", "一档", 400, 280, 120],
  ["突发严重困难户", "二档", 775, 400, 375],
  ["城乡低保对象", "一档", 400, 360, 40],
  ["城乡低保对象", "二档", 775, 400, 375],
  ["特困人员", "一档", 400, 400, 0],
  ["特困人员", "二档", 775, 400, 375],
  ["城乡孤儿", "一档", 400, 400, 0],
  ["城乡孤儿", "二档", 775, 400, 375],
  ["低保边缘户", "一档", 400, 280, 120],
  ["低保边缘户", "二档", 775, 400, 375],
  ["事实无人抚养儿童", "一档", 400, 400, 0],
  ["事实无人抚养儿童", "二档", 775, 400, 375],
  ["参战退役军人、参试退役军人、带病回乡退役军人、60周岁以上农村籍退役人员、七级至十级残疾退役军人", "一档", 400, 400, 0],
  ["参战退役军人、参试退役军人、带病回乡退役军人、60周岁以上农村籍退役人员、七级至十级残疾退役军人", "二档", 775, 400, 375],
  ["烈士遗属、因公牺牲军人遗属、病故军人遗属、在乡复员军人", "二档", 775, 775, 0],
];

describe("the tables above are the seeds' 附件2, cell for cell", () => {
  test("彭水", () => {
    const seed = parseAttachment2(PENGSHUI_FILE, "附件2:", 1).map(([c, t, s, p]) => [c, t, Number(s), Number(p)]);
    expect(PENGSHUI.map(([c, t, , s, p]) => [c, t, s, p])).toEqual(seed);
  });
  test("石柱", () => {
    const seed = parseAttachment2(SHIZHU_FILE, "石柱县2025年度居民医保参保资助对象及标准", 3).map(([, , c, t, st, s, p]) => [
      c,
      t,
      Number(st),
      Number(s),
      Number(p),
    ]);
    expect(SHIZHU).toEqual(seed);
  });
});

describe("彭水 附件2, paid in the collection period", () => {
  test.each(PENGSHUI)("%s %s: 缴费 %d, 资助 %d, 个人 %d", (category, tier, standard, subsidy, personal) => {
    const r = pay({ policy: "cq-pengshui-2025", category, tier, paid: "2024-11-15" });
    expect(amounts(r)).toEqual([standard, subsidy, personal]);
    expect(r.fiscalSurcharge.toNumber()).toBe(0);
    expect([r.policy, r.year, r.category, r.tier]).toEqual(["cq-pengshui-2025", 2025, category, tier]);
    expect(r.basis.some((c) => c.doc === "大同府发〔2024〕31号" && c.clause === "附件2")).toBe(true);
  });
});

describe("石柱 附件2, paid in the collection period", () => {
  test.each(SHIZHU)("%s %s: 缴费 %d, 资助 %d, 自付 %d", (category, tier, standard, subsidy, personal) => {
    const r = pay({ policy: "cq-shizhu-2025", category, tier, paid: "2024-11-15" });
    expect(amounts(r)).toEqual([standard, subsidy, personal]);
    expect(r.fiscalSurcharge.toNumber()).toBe(0);
    expect(r.basis.some((c) => c.doc === "下路街道发〔2024〕78号" && c.clause.startsWith("附件2"))).toBe(true);
  });
});

describe("a tier the category does not have", () => {
  test.each<[string, string, string]>([
    ["cq-pengshui-2025", "重点优抚对象（四类人员）", "一档"],
    ["cq-pengshui-2025", "烈士遗属", "1"],
    ["cq-shizhu-2025", "烈士遗属、因公牺牲军人遗属、病故军人遗属、在乡复员军人", "一档"],
    ["cq-shizhu-2025", "重点优抚对象", "一"],
  ])("%s %s %s → TIER_NOT_ALLOWED naming 二档", (policy, category, tier) => {
    const e = expectRuleError(() => premium({ policy, category, tier, paid: IN_COLLECTION }), "TIER_NOT_ALLOWED");
    expect(e.message).toMatch(/只能参加二档，不能按一档资助参保/);
    expect(e.message).toContain(premium({ policy, category, tier: "二档", paid: IN_COLLECTION }).category);
  });
});

describe("short forms and stray characters as clerks type them", () => {
  // [policy, category as typed, tier as typed, category found, tier found, personal]
  test.each<[string, string, string, string, string, number]>([
    ["cq-pengshui-2025", "低保", "一档", "城乡最低生活保障人员", "一档", 40],
    ["cq-pengshui-2025", "低保", "二档 ", "城乡最低生活保障人员", "二档", 375],
    ["cq-pengshui-2025", "　低保　", "２档", "城乡最低生活保障人员", "二档", 375],
    ["cq-pengshui-2025", " 低 保 ", " 1 ", "城乡最低生活保障人员", "一档", 40],
    ["cq-pengshui-2025", "低保对象", "一", "城乡最低生活保障人员", "一档", 40],
    ["cq-pengshui-2025", "特困", "1", "特困人员（含城乡孤儿、事实无人抚养儿童）", "一档", 0],
    ["cq-pengshui-2025", "孤儿", "二", "特困人员（含城乡孤儿、事实无人抚养儿童）", "二档", 375],
    ["cq-pengshui-2025", "特困人员(含城乡孤儿、事实无人抚养儿童)", "第二档", "特困人员（含城乡孤儿、事实无人抚养儿童）", "二档", 375],
    ["cq-pengshui-2025", "计生优抚(奖扶)人员", "2档", "计生优抚（奖扶）人员", "二档", 455],
    ["cq-pengshui-2025", "城乡重度１－２级残疾人员", "１", "城乡重度1-2级残疾人员", "一档", 120],
    ["cq-pengshui-2025", "城乡重度1—2级残疾人员", "一档", "城乡重度1-2级残疾人员", "一档", 120],
    ["cq-pengshui-2025", "奖扶", "一档", "计生优抚（奖扶）人员", "一档", 80],
    ["cq-pengshui-2025", "特扶", "二档", "计生残抚（特扶）人员", "二档", 375],
    ["cq-pengshui-2025", "稳定脱贫", "2", "稳定脱贫人口", "二档", 760],
    ["cq-pengshui-2025", "普通居民", "一档", "普通居民", "一档", 400],
    ["cq-pengshui-2025", "普通居民", "二档", "普通居民", "二档", 775],
    ["cq-pengshui-2025", "普通", "1", "普通居民", "一档", 400],
    ["cq-pengshui-2025", "居民", "2", "普通居民", "二档", 775],
    ["cq-pengshui-2025", "大学生", "一档", "在渝高校大学生", "一档", 380],
    ["cq-pengshui-2025", "研究生", "二", "在渝高校大学生", "二档", 755],
    ["cq-shizhu-2025", "低保", "一档", "城乡低保对象", "一档", 40],
    ["cq-shizhu-2025", "低保\u00a0", "二档　", "城乡低保对象", "二档", 375],
    ["cq-shizhu-2025", "城乡低保对象\u200b", "１档", "城乡低保对象", "一档", 40],
    ["cq-shizhu-2025", "特困", "一", "特困人员", "一档", 0],
    ["cq-shizhu-2025", "孤儿", "2", "城乡孤儿", "二档", 375],
    ["cq-shizhu-2025", "三四级残疾人", "二档", "未享受其他参保资助的农村三、四级残疾人", "二档", 575],
    ["cq-shizhu-2025", "农村三、四级残疾人", "1", "未享受其他参保资助的农村三、四级残疾人", "一档", 200],
    ["cq-shizhu-2025", "重度残疾", "一档", "城乡重度（一、二级）残疾人员", "一档", 120],
    ["cq-shizhu-2025", "城乡重度(一、二级)残疾人员", "二", "城乡重度（一、二级）残疾人员", "二档", 375],
    ["cq-shizhu-2025", "其他优抚对象", "一档", "参战退役军人、参试退役军人、带病回乡退役军人、60周岁以上农村籍退役人员、七级至十级残疾退役军人", "一档", 0],
    ["cq-shizhu-2025", "在乡复员军人", "二档", "烈士遗属、因公牺牲军人遗属、病故军人遗属、在乡复员军人", "二档", 0],
    ["cq-shizhu-2025", "手术并发症对象", "二档", "计生残抚（特扶）对象、计划生育手术并发症对象", "二档", 375],
    ["cq-shizhu-2025", "稳定脱贫户", "一档", "脱贫人口", "一档", 400],
    ["cq-tongnan-2025", "普通居民", "２", "普通居民", "二档", 775],
    ["hn-shuangqing-2025", "低保", "一档", "最低生活保障对象", "单档", 200],
    ["hn-shuangqing-2025", "低保边缘户", "1", "最低生活保障边缘家庭成员", "单档", 200],
    ["hn-shuangqing-2025", "脱贫不稳定户", "单档", "防止返贫监测对象", "单档", 200],
    ["hn-shuangqing-2025", "特困", "统一", "特困供养人员", "单档", 0],
    ["hn-shuangqing-2025", "普通", "一", "普通居民", "单档", 400],
  ])("%s “%s” “%s” → %s %s, pays %d", (policy, category, tier, name, tierId, personal) => {
    const r = premium({ policy, category, tier, paid: IN_COLLECTION });
    expect([r.category, r.tier, r.personal.toNumber()]).toEqual([name, tierId, personal]);
  });

  test.each<[string, string, string, "UNKNOWN_CATEGORY" | "UNKNOWN_TIER"]>([
    ["cq-pengshui-2025", "低保户口", "一档", "UNKNOWN_CATEGORY"],
    ["cq-pengshui-2025", "", "一档", "UNKNOWN_CATEGORY"],
    ["cq-pengshui-2025", "低保", "三档", "UNKNOWN_TIER"],
    ["cq-pengshui-2025", "低保", "", "UNKNOWN_TIER"],
    ["cq-shizhu-2025", "因病致贫重病患者", "一档", "UNKNOWN_CATEGORY"], // in 彭水's table, not 石柱's
    ["hn-shuangqing-2025", "普通居民", "二档", "UNKNOWN_TIER"],
  ])("%s “%s” “%s” → %s", (policy, category, tier, code) => {
    expectRuleError(() => premium({ policy, category, tier, paid: IN_COLLECTION }), code);
  });
});

describe("湖南 双清: single tier 400 and its subsidy rules (双政办发〔2024〕11号 三（四）1、三（五）1)", () => {
  test.each<[string, number, number]>([
    ["普通居民", 0, 400],
    ["特困供养人员", 400, 0], // （1）全额资助
    ["孤儿", 400, 0],
    ["事实无人抚养儿童", 400, 0],
    ["最低生活保障对象", 200, 200], // （1）50%，200元/人
    ["最低生活保障边缘家庭成员", 200, 200],
    ["重度残疾人", 400, 0], // （2）全额资助
    ["防止返贫监测对象", 200, 200], // （3）50%，200元/人
    ["部分重点优抚对象", 400, 0], // （4）全额资助
    ["脱贫人口", 0, 400], // no subsidy stated
  ])("%s: subsidy %d, pays %d", (category, subsidy, personal) => {
    const r = pay({ policy: "hn-shuangqing-2025", category, tier: "单档", paid: "2024-11-15" });
    expect(amounts(r)).toEqual([400, subsidy, personal]);
  });

  test("其他困难群体: the subsidy is open (（5）分类资助) until supplied", () => {
    const q = { policy: "hn-shuangqing-2025", category: "其他困难群体", tier: "单档", paid: "2024-11-15" };
    expect(expectRuleError(() => pay(q), "OPEN_VALUE", /在“政策设置”中填写/).supplyKey).toBe("subsidy.其他困难群体");
    const r = pay({ ...q, supplied: { "subsidy.其他困难群体": 100 } });
    expect(amounts(r)).toEqual([400, 100, 300]);
    expect(r.notes.join()).toMatch(/资助标准由用户提供/);
    expectRuleError(() => pay({ ...q, supplied: { "subsidy.其他困难群体": 500 } }), "BAD_ARGUMENT", /超过缴费标准400元/);
  });
});

describe("潼南 subsidies are left open by their notices and taken when supplied", () => {
  test("潼南2025 特困人员: OPEN_VALUE; a supplied amount per category or per tier is used", () => {
    const q = { policy: "cq-tongnan-2025", category: "特困人员", tier: "一档", paid: "2024-11-15" };
    expectRuleError(() => pay(q), "OPEN_VALUE", /潼医保发〔2024〕33号 六/);
    expect(amounts(pay({ ...q, supplied: { "subsidy.特困人员": 400 } }))).toEqual([400, 400, 0]);
    const both = { "subsidy.特困人员": 400, "subsidy.特困人员.二档": 500 };
    expect(amounts(pay({ ...q, tier: "二档", supplied: both }))).toEqual([775, 500, 275]);
    expect(amounts(pay({ ...q, tier: "一档", supplied: both }))).toEqual([400, 400, 0]);
  });

  test("潼南2023 低保对象: OPEN_VALUE citing 潼南府办发〔2021〕77号", () => {
    expectRuleError(
      () => pay({ policy: "cq-tongnan-2023", category: "低保", tier: "一档", paid: "2022-11-15" }),
      "OPEN_VALUE",
      /潼南府办发〔2021〕77号/,
    );
  });

  test("a supplied value does not leak into a later query without it (no stale cache)", () => {
    const q = { policy: "cq-tongnan-2025", category: "低保对象", tier: "一档", paid: "2024-11-15" };
    expect(pay({ ...q, supplied: { "subsidy.低保对象": 360 } }).personal.toNumber()).toBe(40);
    expectRuleError(() => pay(q), "OPEN_VALUE");
    expect(pay({ ...q, supplied: { "subsidy.低保对象": 300 } }).personal.toNumber()).toBe(100);
  });
});

describe("collection period boundaries", () => {
  test.each<[string, string, string, number | "NOT_PAYABLE_YET"]>([
    ["cq-pengshui-2025", "一档", "2024-10-10", "NOT_PAYABLE_YET"], // 10月中旬 = from 11 Oct
    ["cq-pengshui-2025", "一档", "2024-10-11", 400],
    ["cq-pengshui-2025", "一档", "2024-12-31", 400],
    ["cq-pengshui-2025", "一档", "2025-01-01", 400],
    ["cq-shizhu-2025", "二档", "2024-10-17", "NOT_PAYABLE_YET"], // 文件下发之日 = 18 Oct
    ["cq-shizhu-2025", "二档", "2024-10-18", 775],
    ["cq-tongnan-2025", "一档", "2024-09-10", "NOT_PAYABLE_YET"], // 9月中旬
    ["cq-tongnan-2025", "一档", "2024-09-11", 400],
    ["cq-tongnan-2023", "一档", "2022-10-24", "NOT_PAYABLE_YET"],
    ["cq-tongnan-2023", "一档", "2022-10-25", 350],
    ["cq-tongnan-2023", "二档", "2022-12-31", 725],
    ["cq-tongnan-2023", "二档", "2023-06-30", 725],
    ["hn-shuangqing-2025", "单档", "2024-08-31", "NOT_PAYABLE_YET"],
    ["hn-shuangqing-2025", "单档", "2024-09-01", 400],
    ["hn-shuangqing-2025", "单档", "2024-12-31", 400],
  ])("%s 普通居民 %s paid %s → %s", (policy, tier, paid, expected) => {
    const q = { policy, tier, category: "普通居民", paid };
    if (expected === "NOT_PAYABLE_YET") expectRuleError(() => pay(q), "NOT_PAYABLE_YET", /早于.*集中缴费期的开始/);
    else expect(pay(q).personal.toNumber()).toBe(expected);
  });
});

describe("the 1 July surcharge in Chongqing 2025 (潼医保发〔2024〕33号 二（四）)", () => {
  test.each<[string, string, string, number, number]>([
    ["cq-tongnan-2025", "一档", "2025-06-30", 400, 0],
    ["cq-tongnan-2025", "一档", "2025-07-01", 1070, 670],
    ["cq-tongnan-2025", "二档", "2025-06-30", 775, 0],
    ["cq-tongnan-2025", "二档", "2025-07-01", 1445, 670],
    ["cq-tongnan-2025", "一档", "2025-12-31", 1070, 670],
    ["cq-pengshui-2025", "一档", "2025-06-30", 400, 0],
    ["cq-pengshui-2025", "一档", "2025-07-01", 1070, 670], // exactly the 1070 minimum: allowed
    ["cq-pengshui-2025", "二档", "2025-07-01", 1445, 670],
    ["cq-shizhu-2025", "一档", "2025-07-01", 1070, 670],
    ["cq-shizhu-2025", "二档", "2025-07-01", 1445, 670],
  ])("%s 普通居民 %s paid %s pays %d (fiscal part %d)", (policy, tier, paid, personal, fiscal) => {
    const r = pay({ policy, tier, category: "普通居民", paid });
    expect(r.personal.toNumber()).toBe(personal);
    expect(r.fiscalSurcharge.toNumber()).toBe(fiscal);
    const clause = { "cq-tongnan-2025": "二（四）", "cq-pengshui-2025": "二（三）2", "cq-shizhu-2025": "三（三）2" }[policy];
    expect(r.basis.some((c) => c.clause === clause)).toBe(fiscal > 0);
  });

  test("the payment after 31 Dec is past the year (no later policy for the family)", () => {
    expectRuleError(
      () => pay({ policy: "cq-tongnan-2025", tier: "一档", category: "普通居民", paid: "2026-01-01" }),
      "PAST_LAST_PAYABLE_DAY",
    );
  });
});

describe("彭水: the late-year minimum 1070 (大同府发〔2024〕31号 二（三）2)", () => {
  test.each<[string, string, number | "LATE_MINIMUM_CONFLICT"]>([
    ["在渝高校大学生", "一档", "LATE_MINIMUM_CONFLICT"], // 380 + 670 = 1050
    ["在渝高校大学生", "二档", 1425], // 755 + 670
    ["城乡最低生活保障人员", "一档", "LATE_MINIMUM_CONFLICT"], // 40 + 670
    ["城乡最低生活保障人员", "二档", "LATE_MINIMUM_CONFLICT"], // 375 + 670 = 1045
    ["特困人员（含城乡孤儿、事实无人抚养儿童）", "一档", "LATE_MINIMUM_CONFLICT"],
    ["重点优抚对象（四类人员）", "二档", "LATE_MINIMUM_CONFLICT"],
    ["稳定脱贫人口", "一档", "LATE_MINIMUM_CONFLICT"], // 385 + 670 = 1055
    ["稳定脱贫人口", "二档", 1430], // 760 + 670
    ["计生优抚（奖扶）人员", "二档", 1125], // 455 + 670
  ])("%s %s paid 2025-07-01 → %s", (category, tier, expected) => {
    const q = { policy: "cq-pengshui-2025", category, tier, paid: "2025-07-01" };
    if (expected === "LATE_MINIMUM_CONFLICT") {
      expectRuleError(() => pay(q), "LATE_MINIMUM_CONFLICT", /最低缴费1070元\/人.*请向县医保局确认/);
      // the same person on 30 June pays the table amount
      expect(pay({ ...q, paid: "2025-06-30" }).fiscalSurcharge.toNumber()).toBe(0);
    } else {
      expect(pay(q).personal.toNumber()).toBe(expected);
    }
  });

  test("石柱 has no minimum: a student pays 380 + 670 = 1050", () => {
    expect(pay({ policy: "cq-shizhu-2025", category: "大学生", tier: "一档", paid: "2025-07-01" }).personal.toNumber()).toBe(1050);
  });

  test("a 彭水 newborn within 90 days is exempt from the surcharge, hence from the minimum", () => {
    const r = pay({ policy: "cq-pengshui-2025", category: "新生儿", tier: "一档", paid: "2025-07-10", eventDate: iso("2025-07-01") });
    expect([r.personal.toNumber(), r.fiscalSurcharge.toNumber()]).toEqual([400, 0]);
  });
});

describe("石柱 second half year (下路街道发〔2024〕78号 三（三）)", () => {
  test.each<[string, string, string, number, number]>([
    // 1. low-income groups: the fiscal part is paid by the county; they pay the table's 自付
    ["城乡低保对象", "一档", "2025-07-01", 40, 0],
    ["城乡低保对象", "二档", "2025-07-01", 375, 0],
    ["特困人员", "一档", "2025-12-31", 0, 0],
    ["低保边缘户", "一档", "2025-07-01", 120, 0],
    ["城乡孤儿", "二档", "2025-08-15", 375, 0],
    ["脱贫不稳定户", "一档", "2025-07-01", 120, 0], // both 低收入 and 脱贫
    ["城乡低保对象", "一档", "2025-06-30", 40, 0],
    // 2. everyone else pays the fiscal part, 脱贫人口 included
    ["脱贫人口", "一档", "2025-06-30", 400, 0],
    ["脱贫人口", "一档", "2025-07-01", 1070, 670],
    ["脱贫人口", "二档", "2025-07-01", 1445, 670],
    ["计生优抚（奖扶）对象", "一档", "2025-07-01", 750, 670],
    ["城乡重度（一、二级）残疾人员", "一档", "2025-07-01", 790, 670],
    ["烈士遗属、因公牺牲军人遗属、病故军人遗属、在乡复员军人", "二档", "2025-07-01", 670, 670],
  ])("%s %s paid %s pays %d (fiscal part %d)", (category, tier, paid, personal, fiscal) => {
    const r = pay({ policy: "cq-shizhu-2025", category, tier, paid });
    expect([r.personal.toNumber(), r.fiscalSurcharge.toNumber()]).toEqual([personal, fiscal]);
  });

  test("the exemption names the clause it comes from", () => {
    const r = pay({ policy: "cq-shizhu-2025", category: "低保", tier: "一档", paid: "2025-07-01" });
    expect(r.basis.some((c) => c.clause === "三（三）1")).toBe(true);
  });
});

describe("newborns are exempt from the surcharge", () => {
  test.each<[string, string, string, number]>([
    // 潼南2025 二（四）“除新生儿等特殊群众外”, as an 二（五）newborn (within 90 days of birth)
    ["cq-tongnan-2025", "2025-06-01", "2025-07-15", 400],
    ["cq-tongnan-2025", "2025-05-01", "2025-07-29", 400], // birth + 89
    ["cq-tongnan-2025", "2025-05-01", "2025-07-30", 1070], // birth + 90: no longer within 90 days
    // 石柱 三（五）1 “独立参保的新生儿，只缴纳个人应承担的费用”
    ["cq-shizhu-2025", "2025-06-01", "2025-07-15", 400],
    ["cq-shizhu-2025", "2025-03-01", "2025-08-15", 400], // beyond 90 days, same year
    ["cq-shizhu-2025", "2024-03-01", "2025-08-15", 400], // beyond 3 months, the year after
    ["cq-shizhu-2025", "2023-03-01", "2025-08-15", 1070], // no longer a newborn under 三（五）
  ])("%s newborn born %s paid %s pays %d", (policy, born, paid, personal) => {
    const r = pay({ policy, category: "新生儿", tier: "一档", paid, eventDate: iso(born) });
    expect(r.personal.toNumber()).toBe(personal);
  });

  test("without a birth date the exemption is assumed, and the note says so", () => {
    const r = pay({ policy: "cq-tongnan-2025", category: "新生儿", tier: "一档", paid: "2025-08-01" });
    expect(r.personal.toNumber()).toBe(400);
    expect(r.notes.join()).toMatch(/未提供事件日期，假定符合条件/);
  });
});

describe("潼南2023: the last payable day and the open fiscal part (潼医保发〔2022〕36号 三、四（一）)", () => {
  const base = { policy: "cq-tongnan-2023", category: "普通居民", tier: "一档" };

  test.each<[string, string]>([
    ["2023-07-01", "一档"],
    ["2023-09-30", "二档"],
  ])("paid %s (%s): the fiscal part is not stated → OPEN_VALUE", (paid, tier) => {
    expect(expectRuleError(() => pay({ ...base, tier, paid }), "OPEN_VALUE", /个人负担财政补助金额.*在“政策设置”中填写/).supplyKey).toBe("fiscalSubsidy");
  });

  test.each<[string, string, number]>([
    ["2023-07-01", "一档", 990], // 350 + 640
    ["2023-07-01", "二档", 1365], // 725 + 640
    ["2023-09-30", "一档", 990],
  ])("paid %s %s with fiscalSubsidy 640 supplied → %d", (paid, tier, personal) => {
    const r = pay({ ...base, tier, paid, supplied: { fiscalSubsidy: 640 } });
    expect([r.personal.toNumber(), r.fiscalSurcharge.toNumber()]).toEqual([personal, 640]);
  });

  test.each(["2023-10-01", "2023-10-08", "2024-01-05"])("paid %s → PAST_LAST_PAYABLE_DAY even with the value supplied", (paid) => {
    expectRuleError(() => pay({ ...base, paid, supplied: { fiscalSubsidy: 640 } }), "PAST_LAST_PAYABLE_DAY", /最迟缴费日2023年9月30日/);
  });

  test("a newborn within 90 days may pay after 30 Sep and pays no fiscal part (新生儿独立参保除外)", () => {
    const r = pay({ ...base, category: "新生儿", paid: "2023-10-29", eventDate: iso("2023-08-01") });
    expect([r.year, r.personal.toNumber()]).toEqual([2023, 350]);
    expectRuleError(() => pay({ ...base, category: "新生儿", paid: "2023-10-30", eventDate: iso("2023-08-01") }), "PAST_LAST_PAYABLE_DAY");
  });
});

describe("湖南 outside the collection period: personal + fiscal (双政办发〔2024〕11号 三（四）3)", () => {
  const base = { policy: "hn-shuangqing-2025", tier: "单档" };

  test("2025-01-01: the fiscal standard is open (按照国家规定执行) → OPEN_VALUE", () => {
    expectRuleError(() => pay({ ...base, category: "普通居民", paid: "2025-01-01" }), "OPEN_VALUE", /按照国家规定执行/);
  });

  test.each<[string, string, number]>([
    ["普通居民", "2025-01-01", 1040],
    ["普通居民", "2025-06-30", 1040],
    ["最低生活保障对象", "2025-02-01", 840], // 200 + 640
    ["特困供养人员", "2025-03-01", 640],
  ])("%s paid %s with fiscalSubsidy 640 supplied → %d", (category, paid, personal) => {
    expect(pay({ ...base, category, paid, supplied: { fiscalSubsidy: 640 } }).personal.toNumber()).toBe(personal);
  });

  // The special cases (1)–(4) “均按当年度居民医保个人缴费标准执行”
  test.each<[string, string, string | undefined, number]>([
    ["新生儿", "2025-05-01", "2025-02-01", 400], // birth + 89
    ["新生儿", "2025-05-02", "2025-02-01", 1040], // birth + 90
    ["儿童福利机构儿童", "2025-05-10", "2025-04-01", 400],
    ["职工医保断保人员", "2025-05-29", "2025-03-01", 400], // job loss + 89
    ["职工医保断保人员", "2025-05-30", "2025-03-01", 1040], // job loss + 90
    ["退役军人", "2025-04-01", undefined, 400],
    ["征兵工作退回人员", "2025-04-01", undefined, 400],
    ["刑满释放人员", "2025-04-01", undefined, 400],
    ["社区矫正对象", "2025-04-01", undefined, 400],
  ])("%s paid %s (event %s) → %d", (category, paid, event, personal) => {
    const r = pay({ ...base, category, paid, eventDate: event ? iso(event) : undefined, supplied: { fiscalSubsidy: 640 } });
    expect(r.personal.toNumber()).toBe(personal);
  });
});

describe("湖南: new hardship cases identified after the collection period are subsidised next year (三（五）4)", () => {
  const base = { policy: "hn-shuangqing-2025", tier: "单档", category: "最低生活保障对象" };

  test.each<[string, string, number, number]>([
    ["2024-12-20", "2024-10-01", 200, 200],
    ["2024-12-31", "2024-12-31", 200, 200],
    ["2024-12-31", "2025-01-01", 0, 400],
    ["2025-02-01", "2024-12-31", 200, 840],
    ["2025-02-01", "2025-01-15", 0, 1040],
  ])("paid %s, identified %s: subsidy %d, pays %d", (paid, identified, subsidy, personal) => {
    const r = pay({ ...base, paid, identified: iso(identified), supplied: { fiscalSubsidy: 640 } });
    expect([r.subsidy.toNumber(), r.personal.toNumber()]).toEqual([subsidy, personal]);
    if (subsidy === 0) expect(r.notes.join()).toMatch(/纳入下一年度资助范围/);
  });

  test("a fully subsidised category identified late pays the full 400", () => {
    const r = pay({ ...base, category: "特困供养人员", paid: "2024-12-31", identified: iso("2025-01-02") });
    expect(amounts(r)).toEqual([400, 0, 400]);
  });

  test("Chongqing has no such rule: a late identification keeps the subsidy", () => {
    const r = pay({ policy: "cq-pengshui-2025", category: "低保", tier: "一档", paid: "2025-03-05", identified: iso("2025-03-01") });
    expect(r.personal.toNumber()).toBe(40);
  });
});

describe("which insurance year a payment is for", () => {
  const base = { category: "普通居民", tier: "一档" };

  test("a 2024-11-10 payment named cq-tongnan-2023 is for the family's 2025 year", () => {
    const r = pay({ ...base, policy: "cq-tongnan-2023", paid: "2024-11-10" });
    expect([r.policy, r.year, r.personal.toNumber()]).toEqual(["cq-tongnan-2025", 2025, 400]);
  });

  test("year: 2023 forces 2023, and then the payment is past its last payable day", () => {
    expectRuleError(() => pay({ ...base, policy: "cq-tongnan-2023", paid: "2024-11-10", year: 2023 }), "PAST_LAST_PAYABLE_DAY");
  });

  test("year: null is the same as no year", () => {
    expect(pay({ ...base, policy: "cq-tongnan-2023", paid: "2024-11-10", year: null }).year).toBe(2025);
  });

  test("a 2023 payment named cq-tongnan-2025 is for 2023; forcing 2025 makes it too early", () => {
    const r = pay({ ...base, policy: "cq-tongnan-2025", paid: "2023-05-01" });
    expect([r.policy, r.personal.toNumber()]).toEqual(["cq-tongnan-2023", 350]);
    expectRuleError(() => pay({ ...base, policy: "cq-tongnan-2025", paid: "2023-05-01", year: 2025 }), "NOT_PAYABLE_YET");
  });

  test.each<[string, number]>([
    ["cq-tongnan-2025", 2024],
    ["cq-pengshui-2025", 2023],
    ["hn-shuangqing-2025", 2026],
  ])("%s year %d → NO_POLICY_FOR_YEAR listing the years it has", (policy, year) => {
    expectRuleError(() => pay({ ...base, policy, tier: "1", paid: "2024-11-10", year }), "NO_POLICY_FOR_YEAR", /已收录的年度：\d{4}/);
  });

  test("an unknown policy → UNKNOWN_POLICY", () => {
    expectRuleError(() => pay({ ...base, policy: "cq-fuling-2025", paid: "2024-11-10" }), "UNKNOWN_POLICY");
  });
});
