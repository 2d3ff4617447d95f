/**
 * The policy data against the notices: every policy loads and validates, the 附件2 tables
 * are there category by category (with the department that certifies each), the numbers
 * the notices print are the numbers in the data, names and short forms are unambiguous,
 * and a broken policy file is refused with a Chinese message.
 */
import { Decimal } from "../../src/core/decimal";
import { buildPolicies, familyOf, getPolicy, listPolicies } from "../../src/core/policy/registry";
import type { NoticeSourceFile } from "../../src/core/policy/registry";
import type { NoticeFile } from "../../src/core/policy/noticeSchema";
import { isOpen, PolicyModel } from "../../src/core/policy/model";
import { policySchema } from "../../src/core/policy/schema";
import { nameKey } from "../../src/core/text";
import { PENGSHUI_FILE, SHIZHU_FILE, expectRuleError, parseAttachment2, rawPolicyFiles } from "./helpers";

/** Every policy the registry holds: one per concrete issuer file and insurance year it states. */
const CONCRETE = listPolicies().map((p) => p.id);

describe("loading", () => {
  test("the registry holds a policy for each region and year its own notices cover (values a notice restates for the city are no policy)", () => {
    const files = rawPolicyFiles().map((f) => f.data as NoticeFile);
    const expected = [...new Set(files.map((f) => `${f.region.id}-${f.year}`))].sort();
    expect(CONCRETE).toEqual(expected);
    for (const f of files) if (f.cityWide) expect(CONCRETE.some((id) => id.replace(/-\d{4}$/, "") === f.cityWide!.region.id)).toBe(false);
    expectRuleError(() => getPolicy("cq"), "UNKNOWN_POLICY", /没有编号为“cq”的政策/);
  });

  test("today's ids are region + year; a region alone is its latest year", () => {
    for (const p of listPolicies()) {
      expect(p.id).toBe(`${p.policy.family}-${p.year}`);
      expect(familyOf(p)).toContain(p);
      expect(getPolicy(p.policy.family).year).toBe(Math.max(...familyOf(p).map((q) => q.year)));
    }
  });

  test.each(CONCRETE)("%s validates against the full policy schema", (id) => {
    const model = getPolicy(id);
    const result = policySchema.safeParse(model.policy);
    expect(result.success).toBe(true);
    expect(model.policy.abstract ?? false).toBe(false);
  });

  test("policy ids are looked up case- and space-insensitively", () => {
    expect(getPolicy("  CQ-Pengshui-2025 ").id).toBe("cq-pengshui-2025");
    expectRuleError(() => getPolicy("cq-pengshui-2024"), "UNKNOWN_POLICY", /没有编号为“cq-pengshui-2024”的政策/);
  });

  test("each value cites its own region's notice where that notice states it; the documents are those cited", () => {
    for (const p of listPolicies()) {
      const own = rawPolicyFiles()
        .map((f) => f.data as NoticeFile)
        .filter((f) => f.region.id === p.policy.family && f.year <= p.year)
        .map((f) => f.document);
      expect(Object.keys(p.policy.documents)).toEqual(expect.arrayContaining([own[own.length - 1]]));
      const cited = new Set<string>();
      JSON.stringify(p.policy, (k, v: unknown) => (k === "doc" && typeof v === "string" ? (cited.add(v), v) : v));
      expect(Object.keys(p.policy.documents).sort()).toEqual([...cited].filter((d) => p.policy.documents[d]).sort());
    }
  });

  test("石柱 cites 78号 for what it states, and no other region's township notice", () => {
    const shizhu = getPolicy("cq-shizhu-2025").policy;
    expect(shizhu.tiers.map((t) => t.personal.cite[0].doc)).toEqual(["下路街道发〔2024〕78号", "下路街道发〔2024〕78号"]);
    expect(Object.keys(shizhu.documents)).not.toContain("大同府发〔2024〕31号");
    for (const id of ["cq-pengshui-2025", "cq-tongnan-2025"]) {
      expect(Object.keys(getPolicy(id).policy.documents)).not.toContain("下路街道发〔2024〕78号");
    }
  });
});

describe("dates as the notices print them", () => {
  test.each<[string, string, string, [string, string] | null, string, string, string]>([
    // 大同府发〔2024〕31号 二（三）1–2: 10月中旬至12月31日; 1月1日至2月28日; 2月28日以后; 6月30日以后
    ["cq-pengshui-2025", "2024-10-11", "2024-12-31", ["2025-01-01", "2025-02-28"], "2025-03-01", "2025-07-01", "2025-12-31"],
    // 下路街道发〔2024〕78号 三（一）–（三）: 文件下发之日（2024年10月18日）起至2024年12月31日
    ["cq-shizhu-2025", "2024-10-18", "2024-12-31", ["2025-01-01", "2025-02-28"], "2025-03-01", "2025-07-01", "2025-12-31"],
    // 潼医保发〔2024〕33号 二（一）–（四）: 2024年9月中旬至12月底
    ["cq-tongnan-2025", "2024-09-11", "2024-12-31", ["2025-01-01", "2025-02-28"], "2025-03-01", "2025-07-01", "2025-12-31"],
    // 潼医保发〔2022〕36号 三、四（一）: 2022年10月25日至2022年12月31日; 最迟不得晚于2023年9月30日
    ["cq-tongnan-2023", "2022-10-25", "2022-12-31", ["2023-01-01", "2023-02-28"], "2023-03-01", "2023-07-01", "2023-09-30"],
    // 双政办发〔2024〕11号 三（四）2–3: 2024年9月1日至12月31日; outside it: fiscal part and a wait
    ["hn-shuangqing-2025", "2024-09-01", "2024-12-31", null, "2025-01-01", "2025-01-01", "2025-12-31"],
  ])("%s: collection %s – %s", (id, start, end, window, waitFrom, surchargeFrom, last) => {
    const p = getPolicy(id).policy;
    expect(p.collection.start.value).toBe(start);
    expect(p.collection.end.value).toBe(end);
    expect(p.nextMonthWindow ? [p.nextMonthWindow.from, p.nextMonthWindow.to] : null).toEqual(window);
    expect(p.standardWait.from).toBe(waitFrom);
    expect(p.standardWait.days).toBe(90);
    expect(p.surcharge.from).toBe(surchargeFrom);
    expect(p.lastPayableDay.value).toBe(last);
  });
});

describe("amounts as the notices print them", () => {
  // [policy, tier, personal, student rate or null]
  test.each<[string, string, number, number | null]>([
    ["cq-pengshui-2025", "一档", 400, 380], // 大同府发〔2024〕31号 二（一）
    ["cq-pengshui-2025", "二档", 775, 755],
    ["cq-shizhu-2025", "一档", 400, 380], // 下路街道发〔2024〕78号 二
    ["cq-shizhu-2025", "二档", 775, 755],
    ["cq-tongnan-2025", "一档", 400, 380], // 潼医保发〔2024〕33号 一（二）
    ["cq-tongnan-2025", "二档", 775, 755],
    ["cq-tongnan-2023", "一档", 350, null], // 潼医保发〔2022〕36号 四（一）
    ["cq-tongnan-2023", "二档", 725, null],
    ["hn-shuangqing-2025", "单档", 400, null], // 双政办发〔2024〕11号 三（四）1
  ])("%s %s: personal %d, student %s", (id, tier, personal, student) => {
    const t = getPolicy(id).findTier(tier);
    expect(t.personal.value).toBe(personal);
    expect(t.student?.value ?? null).toBe(student);
  });

  test("each policy has exactly the tiers its notice names", () => {
    expect(getPolicy("cq-pengshui-2025").tierNames()).toEqual(["一档", "二档"]);
    expect(getPolicy("cq-tongnan-2023").tierNames()).toEqual(["一档", "二档"]);
    expect(getPolicy("hn-shuangqing-2025").tierNames()).toEqual(["单档"]);
  });

  // [policy, fiscal subsidy (null: left open by the notice), 大病保险起付线 or null]
  test.each<[string, number | null, number | null]>([
    ["cq-pengshui-2025", 670, 18797], // 潼医保发〔2024〕33号 一（一）、四
    ["cq-shizhu-2025", 670, 18797], // 下路街道发〔2024〕78号 二 “暂定为670元/人”
    ["cq-tongnan-2025", 670, 18797],
    ["cq-tongnan-2023", null, 16901], // 潼医保发〔2022〕36号 四（一）“+个人负担财政补助金额”; 四（四）
    ["hn-shuangqing-2025", null, null], // 双政办发〔2024〕11号 三（三）“按照国家规定执行”
  ])("%s: fiscal subsidy %s, catastrophic deductible %s", (id, fiscal, deductible) => {
    const p = getPolicy(id).policy;
    if (fiscal === null) {
      expect(isOpen(p.fiscalSubsidy)).toBe(true);
      expect(isOpen(p.fiscalSubsidy) && p.fiscalSubsidy.supplyKey).toBe("fiscalSubsidy");
    } else {
      expect(isOpen(p.fiscalSubsidy) ? null : p.fiscalSubsidy.value).toBe(fiscal);
    }
    expect(p.catastrophicDeductible?.value ?? null).toBe(deductible);
  });

  test("彭水 late-year minimum is 1070 (大同府发〔2024〕31号 二（三）2), and only 彭水 states one", () => {
    expect(getPolicy("cq-pengshui-2025").policy.surcharge.minimum?.value).toBe(1070);
    for (const id of CONCRETE.filter((i) => i !== "cq-pengshui-2025")) {
      expect(getPolicy(id).policy.surcharge.minimum).toBeUndefined();
    }
  });

  test("湖南 new hardship cases are subsidised only if identified by the end of the collection period", () => {
    expect(getPolicy("hn-shuangqing-2025").policy.newCasesSubsidisedUntil?.value).toBe("2024-12-31");
  });
});

/** 彭水 附件2: 资助人员类别 → the department that certifies it (二（二） names them). */
const PENGSHUI_CATEGORIES: [string, string][] = [
  ["特困人员（含城乡孤儿、事实无人抚养儿童）", "县民政局"],
  ["城乡最低生活保障人员", "县民政局"],
  ["低保边缘户", "县民政局"],
  ["因病致贫重病患者", "县民政局"],
  ["重点优抚对象（四类人员）", "县退役军人事务局"],
  ["其他优抚对象（四类人员）", "县退役军人事务局"],
  ["城乡重度1-2级残疾人员", "县残联"],
  ["返贫致贫人口", "县农业农村委"],
  ["脱贫不稳定户", "县农业农村委"],
  ["边缘易致贫户", "县农业农村委"],
  ["突发严重困难户", "县农业农村委"],
  ["计生优抚（奖扶）人员", "县卫生健康委"],
  ["计生残抚（特扶）人员", "县卫生健康委"],
  // The notice names no department for 稳定脱贫人口; the data assigns the one that identifies 脱贫 households.
  ["稳定脱贫人口", "县农业农村委"],
];

/** 石柱 附件2: 资助对象 → 人员认定部门, in the table's order (编号 1–15). */
const SHIZHU_CATEGORIES: [string, string][] = [
  ["计生残抚（特扶）对象、计划生育手术并发症对象", "县卫生健康委"],
  ["计生优抚（奖扶）对象", "县卫生健康委"],
  ["城乡重度（一、二级）残疾人员", "县残联"],
  ["未享受其他参保资助的农村三、四级残疾人", "县残联"],
  ["返贫致贫人口", "县乡村振兴局"],
  ["脱贫不稳定户", "县乡村振兴局"],
  ["边缘易致贫户", "县乡村振兴局"],
  ["突发严重困难户", "县乡村振兴局"],
  ["城乡低保对象", "县民政局"],
  ["特困人员", "县民政局"],
  ["城乡孤儿", "县民政局"],
  ["低保边缘户", "县民政局"],
  ["事实无人抚养儿童", "县民政局"],
  ["参战退役军人、参试退役军人、带病回乡退役军人、60周岁以上农村籍退役人员、七级至十级残疾退役军人", "县退役军人事务局"],
  ["烈士遗属、因公牺牲军人遗属、病故军人遗属、在乡复员军人", "县退役军人事务局"],
];

describe("附件2 categories", () => {
  test("彭水 附件2 has 14 categories and 石柱 附件2 has 15", () => {
    expect(PENGSHUI_CATEGORIES).toHaveLength(14);
    expect(SHIZHU_CATEGORIES).toHaveLength(15);
    const subsidised = (id: string) => getPolicy(id).categories.filter((c) => c.subsidy).map((c) => c.name);
    expect(subsidised("cq-pengshui-2025").sort()).toEqual(PENGSHUI_CATEGORIES.map(([n]) => n).sort());
    expect(subsidised("cq-shizhu-2025").sort()).toEqual(SHIZHU_CATEGORIES.map(([n]) => n).sort());
  });

  test.each(PENGSHUI_CATEGORIES)("彭水 %s, certified by %s", (name, department) => {
    const c = getPolicy("cq-pengshui-2025").findCategory(name);
    expect(c.name).toBe(name);
    expect(c.department).toBe(department);
    expect(c.kind).toBe("subsidised");
  });

  test.each(SHIZHU_CATEGORIES)("石柱 %s, certified by %s", (name, department) => {
    const c = getPolicy("cq-shizhu-2025").findCategory(name);
    expect(c.name).toBe(name);
    expect(c.department).toBe(department);
    expect(c.kind).toBe("subsidised");
  });

  test("石柱 附件2 as printed in the seed: same categories, departments and order as the table above", () => {
    // cells: 编号, 人员认定部门, 资助对象, 参保档次, 缴费标准, 资助标准, 自付标准
    const rows = parseAttachment2(SHIZHU_FILE, "石柱县2025年度居民医保参保资助对象及标准", 3);
    const seen: [string, string][] = [];
    for (const r of rows) if (!seen.some(([n]) => n === r[2])) seen.push([r[2], r[1]]);
    expect(seen).toEqual(SHIZHU_CATEGORIES);
    expect(rows).toHaveLength(29);
  });

  test("彭水 附件2 as printed in the seed: same categories in the same order", () => {
    // cells: 资助人员类别, 参保档次, 资助标准, 个人缴费标准
    const rows = parseAttachment2(PENGSHUI_FILE, "附件2:", 1);
    const names = [...new Set(rows.map((r) => r[0]))];
    expect(names).toEqual(PENGSHUI_CATEGORIES.map(([n]) => n));
    expect(rows).toHaveLength(27);
  });

  test.each<[string, string, string]>([
    // 低收入人口 (三（三）1 of 石柱, 一 of 彭水, 一 of 潼南2023): the seven groups
    ["cq-pengshui-2025", "特困人员（含城乡孤儿、事实无人抚养儿童）", "lowIncome"],
    ["cq-pengshui-2025", "城乡最低生活保障人员", "lowIncome"],
    ["cq-pengshui-2025", "低保边缘户", "lowIncome"],
    ["cq-pengshui-2025", "因病致贫重病患者", "lowIncome"],
    ["cq-pengshui-2025", "返贫致贫人口", "lowIncome"],
    ["cq-pengshui-2025", "脱贫不稳定户", "lowIncome"],
    ["cq-pengshui-2025", "边缘易致贫户", "lowIncome"],
    ["cq-pengshui-2025", "突发严重困难户", "lowIncome"],
    ["cq-pengshui-2025", "稳定脱贫人口", "povertyAlleviated"],
    ["cq-shizhu-2025", "特困人员", "lowIncome"],
    ["cq-shizhu-2025", "城乡低保对象", "lowIncome"],
    ["cq-shizhu-2025", "低保边缘户", "lowIncome"],
    ["cq-shizhu-2025", "返贫致贫人口", "lowIncome"],
    ["cq-shizhu-2025", "脱贫不稳定户", "lowIncome"],
    ["cq-shizhu-2025", "边缘易致贫户", "lowIncome"],
    ["cq-shizhu-2025", "突发严重困难户", "lowIncome"],
    ["cq-shizhu-2025", "脱贫人口", "povertyAlleviated"],
    ["cq-tongnan-2023", "突发严重困难户", "lowIncome"],
    ["cq-tongnan-2023", "脱贫人口", "povertyAlleviated"],
  ])("%s: %s belongs to group %s", (id, name, group) => {
    expect(getPolicy(id).findCategory(name).groupSet.has(group)).toBe(true);
  });

  test.each<[string, string]>([
    // 石柱 三（三）2 “除城乡低收入人口外”: these pay the fiscal part in the second half year
    ["cq-shizhu-2025", "计生优抚（奖扶）对象"],
    ["cq-shizhu-2025", "城乡重度（一、二级）残疾人员"],
    ["cq-shizhu-2025", "脱贫人口"],
    ["cq-shizhu-2025", "烈士遗属、因公牺牲军人遗属、病故军人遗属、在乡复员军人"],
    ["cq-pengshui-2025", "稳定脱贫人口"],
    ["cq-pengshui-2025", "普通居民"],
  ])("%s: %s is not a low-income category", (id, name) => {
    expect(getPolicy(id).findCategory(name).groupSet.has("lowIncome")).toBe(false);
  });
});

describe("names and short forms", () => {
  test.each(CONCRETE)("%s: every category name and alias belongs to one category only", (id) => {
    const model = getPolicy(id);
    const owner = new Map<string, string>();
    for (const c of model.categories) {
      for (const key of new Set([c.name, ...c.aliases].map(nameKey))) {
        expect(owner.get(key) ?? c.name).toBe(c.name);
        owner.set(key, c.name);
      }
      for (const alias of c.aliases) expect(model.findCategory(alias).name).toBe(c.name);
    }
    const tierOwner = new Map<string, string>();
    for (const t of model.policy.tiers) {
      for (const key of new Set([t.id, ...t.aliases].map(nameKey))) {
        expect(tierOwner.get(key) ?? t.id).toBe(t.id);
        tierOwner.set(key, t.id);
      }
      for (const alias of t.aliases) expect(model.findTier(alias).id).toBe(t.id);
    }
  });

  test.each(CONCRETE)("%s: category names are unique", (id) => {
    const names = getPolicy(id).categoryNames();
    expect(new Set(names).size).toBe(names.length);
  });

  test("an unknown category or tier names what the region has", () => {
    const p = getPolicy("cq-pengshui-2025");
    expectRuleError(() => p.findCategory("低保户口"), "UNKNOWN_CATEGORY", /没有“低保户口”这一人员类别.*城乡最低生活保障人员/);
    expectRuleError(() => p.findTier("三档"), "UNKNOWN_TIER", /一档（个人缴费400元）、二档（个人缴费775元）/);
    expectRuleError(() => getPolicy("hn-shuangqing-2025").findTier("二档"), "UNKNOWN_TIER", /单档（个人缴费400元）/);
  });
});

describe("五保户, the name clerks still use, is 特困人员 (《社会救助暂行办法》 2014 merged 五保供养 into 特困人员供养)", () => {
  test.each(CONCRETE)("%s", (id) => {
    const p = getPolicy(id);
    const c = p.findCategory("五保户");
    expect(c.name).toMatch(/^特困/);
    expect(p.findCategory("五保").name).toBe(c.name);
    const why = p.formerName("五保户")!;
    expect(why.category).toBe(c);
    expect(why.reason).toMatch(/社会救助暂行办法.*2014.*特困人员供养/);
    expect(why.cite[0].doc).toBe("国务院令第649号");
    expect(p.policy.documents["国务院令第649号"]).toMatchObject({ title: "社会救助暂行办法", year: 2014, standing: true });
    expect(p.formerName("特困人员")).toBeUndefined();
  });
});

describe("assessment data (彭水 三、四（四）)", () => {
  test("goals, grading thresholds, work-fund bands and milestones", () => {
    const p = getPolicy("cq-pengshui-2025").policy;
    expect([p.goals?.overall?.value, p.goals?.lowIncome?.value, p.goals?.povertyAlleviated?.value]).toEqual([0.95, 1, 0.99]);
    expect(p.grading).toMatchObject({ overallShare: 0.95, lowIncomeShare: 1, povertyAlleviatedShare: 0.99 });
    expect(p.workFunds?.bands).toEqual([
      { from: 0.9, to: 0.95, perPerson: 1 },
      { from: 0.95, to: null, perPerson: 1.5 },
    ]);
    expect(p.workFunds?.fullBonus).toBe(1000);
    expect(p.milestones?.map((m) => [m.by, m.share])).toEqual([
      ["2024-10-31", 0.2],
      ["2024-11-30", 0.65],
      ["2024-12-31", 1],
    ]);
  });
});

describe("buildPolicies refuses a broken file", () => {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  type Json = Record<string, any>;

  const files = (): NoticeSourceFile[] => rawPolicyFiles();
  /** A notice file's content by its document number. */
  const file = (all: NoticeSourceFile[], doc: string): Json => all.find((f) => f.name === `${doc}.json`)!.data as Json;
  const category = (f: Json, name: string): Json => f.values.categories[name];
  const PS = "大同府发〔2024〕31号";
  const SZ = "下路街道发〔2024〕78号";
  const HN = "双政办发〔2024〕11号";
  const TN23 = "潼医保发〔2022〕36号";

  test("the files as shipped build into the registry's policies", () => {
    const models = buildPolicies(files());
    expect([...models.keys()].sort()).toEqual(CONCRETE);
    for (const m of models.values()) expect(m).toBeInstanceOf(PolicyModel);
  });

  test.each<[string, (all: NoticeSourceFile[]) => void, RegExp]>([
    [
      "a category without a citation",
      (all) => delete category(file(all, PS), "低保边缘户").cite,
      /政策文件 大同府发〔2024〕31号.json（cq-pengshui 2025年度） 格式不对[\s\S]*categories\.\d+\.cite/,
    ],
    [
      "a citation with an empty list",
      (all) => (category(file(all, HN), "孤儿").cite = []),
      /政策文件 双政办发〔2024〕11号.json（hn-shuangqing 2025年度） 格式不对/,
    ],
    [
      "a citation of a document no notice file or reference names",
      (all) => (category(file(all, SZ), "特困人员").cite[0].doc = "渝医保发〔2024〕32号"),
      /下路街道发〔2024〕78号.json：categories\.特困人员 引用的文件“渝医保发〔2024〕32号”没有登记。改法：为它加一个通知文件，或在 references 里登记它/,
    ],
    [
      "a subsidy for a tier the policy does not have",
      (all) => {
        const c = category(file(all, PS), "低保边缘户");
        c.subsidy["三档"] = c.subsidy["一档"];
      },
      /政策 cq-pengshui-2025：类别“低保边缘户”的资助写了不存在的档次“三档”/,
    ],
    [
      "an alias that names two categories",
      (all) => category(file(all, SZ), "低保边缘户").aliases.push("低保"),
      /政策 cq-shizhu-2025：类别名称或简称“低保”对应了两个类别/,
    ],
    [
      "an alias that collides only after width folding",
      (all) => category(file(all, SZ), "特困人员").aliases.push("城乡孤儿　"),
      /对应了两个类别/,
    ],
    [
      "a tier alias that names two tiers",
      (all) => (file(all, HN).values.tiers["二档"] = file(all, HN).values.tiers["单档"]),
      /政策 hn-shuangqing-2025：档次名称或简称“.*”对应了两个档次/,
    ],
    [
      "an exception for a category that does not exist",
      (all) => (file(all, TN23).values.exceptions.newbornWithin90.appliesTo = { categories: ["某某户"] }),
      /政策 cq-tongnan-2023：例外“newbornWithin90”写了不存在的类别“某某户”/,
    ],
    [
      "an amount that is not money",
      (all) => (file(all, TN23).values.tiers["一档"].personal.value = -350),
      /潼医保发〔2022〕36号.json（cq-tongnan 2023年度） 格式不对[\s\S]*tiers\.0\.personal\.value/,
    ],
    [
      "a date that is not YYYY-MM-DD",
      (all) => (file(all, TN23).values.lastPayableDay.value = "2023/9/30"),
      /日期须为 YYYY-MM-DD/,
    ],
    [
      "a region within one no notice file names",
      (all) => (file(all, SZ).region.within = "cq-2024"),
      /下路街道发〔2024〕78号.json：region “cq-shizhu” 的 within 写的 cq-2024 没有哪个通知文件写过/,
    ],
    [
      "two notices naming one region differently",
      (all) => (file(all, TN23).region.authority = "潼南区政府"),
      /region “cq-tongnan” 与 .* 写的不一样/,
    ],
    [
      "a policy missing a part no notice in force gives",
      (all) => delete file(all, PS).values.collection,
      /政策文件 大同府发〔2024〕31号.json（cq-pengshui 2025年度） 格式不对[\s\S]*collection/,
    ],
    [
      "a village list out of its 附件1 order",
      (all) => {
        const v = file(all, SZ).values.villages.value as string[];
        [v[0], v[7]] = [v[7], v[0]];
      },
      /下路街道发〔2024〕78号.json：villages（cq-shizhu 2025年度）村（社区）“红岩社区”与原文的顺序不同/,
    ],
    [
      "a village its quote does not name",
      (all) => file(all, SZ).values.villages.value.push("长沙村"),
      /下路街道发〔2024〕78号.json：villages（cq-shizhu 2025年度）村（社区）“长沙村”不在它引用的原文中/,
    ],
    [
      "a village listed twice",
      (all) => file(all, SZ).values.villages.value.push("照明村"),
      /villages（cq-shizhu 2025年度）村（社区）“照明村”写了两次/,
    ],
    [
      "a top-level key the file format does not know",
      (all) => (file(all, PS).collections = {}),
      /政策文件 大同府发〔2024〕31号.json 格式不对/,
    ],
    [
      "a level outside 市、区县、乡镇",
      (all) => (file(all, PS).level = "村"),
      /level 只能是 市、区县、乡镇/,
    ],
  ])("%s", (_what, breakIt, message) => {
    const all = files();
    breakIt(all);
    expect(() => buildPolicies(all)).toThrow(message);
  });

  test("the error is an ordinary Error, reported before any model is returned", () => {
    const all = files();
    delete category(file(all, PS), "低保边缘户").cite;
    let error: unknown;
    try {
      buildPolicies(all);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message).toMatch(/[\u4e00-\u9fff]/);
  });

  test("a supplied open amount must be a non-negative number", () => {
    const model = getPolicy("hn-shuangqing-2025");
    const open = model.policy.fiscalSubsidy;
    const e = expectRuleError(() => model.money(open, "财政补助标准", { fiscalSubsidy: "abc" }), "BAD_ARGUMENT", /提供的财政补助标准“abc”不是有效金额/);
    expect(e.message).not.toMatch(/fiscalSubsidy/);
    expect(e.supplyKey).toBe("fiscalSubsidy");
    expectRuleError(() => model.money(open, "财政补助标准", { fiscalSubsidy: -1 }), "BAD_ARGUMENT");
    expect(model.money(open, "财政补助标准", { fiscalSubsidy: " 700 " }).amount.eq(new Decimal(700))).toBe(true);
    expect(expectRuleError(() => model.money(open, "财政补助标准", {}), "OPEN_VALUE", /在“政策设置”中填写/).supplyKey).toBe("fiscalSubsidy");
  });
});
