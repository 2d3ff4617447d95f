import { yibao } from "./run";

describe("yibao policies", () => {
  test("lists the five notices' policies with region and year", async () => {
    const r = await yibao("policies", "--json");
    expect(r.code).toBe(0);
    const list = r.json<{ id: string; region: string; year: number }[]>();
    expect(list.map((p) => [p.id, p.year])).toEqual([
      ["cq-pengshui-2025", 2025],
      ["cq-shizhu-2025", 2025],
      ["cq-tongnan-2023", 2023],
      ["cq-tongnan-2025", 2025],
      ["hn-shuangqing-2025", 2025],
    ]);
    expect(list.find((p) => p.id === "hn-shuangqing-2025")!.region).toBe("湖南省邵阳市双清区");
  });
});

describe("yibao premium: the notices' answers", () => {
  test.each([
    // policy, tier, category, date, personal, standard, subsidy, surcharge, canonical category
    ["cq-pengshui-2025", "二档", "计生优抚（奖扶）对象", "2024-11-15", 455, 775, 320, 0, "计生优抚（奖扶）人员"],
    ["cq-tongnan-2025", "一档", "普通居民", "2025-07-15", 1070, 400, 0, 670, "普通居民"],
    ["cq-tongnan-2025", "二档", "普通居民", "2025/7/15", 1445, 775, 0, 670, "普通居民"],
    ["cq-shizhu-2025", "2", "低保", "2024年11月1日", 375, 775, 400, 0, "城乡低保对象"],
    ["cq-shizhu-2025", "一", "城乡低保对象", "2025.8.1", 40, 400, 360, 0, "城乡低保对象"],
    ["hn-shuangqing-2025", "一档", "特困", "2024-10-01", 0, 400, 400, 0, "特困供养人员"],
  ])("%s %s %s on %s pays %d", async (policy, tier, category, date, personal, standard, subsidy, surcharge, canonical) => {
    const r = await yibao("premium", "--policy", policy, "--tier", tier, "--category", category, "--date", date, "--json");
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    const j = r.json();
    expect(j).toMatchObject({ personal, standard, subsidy, fiscalSurcharge: surcharge, category: canonical, year: 2025 });
    expect(Object.keys(j)).toEqual(expect.arrayContaining(["standard", "subsidy", "fiscalSurcharge", "personal", "year", "tier", "category", "basis"]));
    expect((j.basis as string[]).length).toBeGreaterThan(0);
  });

  test("a fiscal subsidy the notice leaves open is refused until supplied", async () => {
    const refused = await yibao("premium", "--policy", "hn-shuangqing-2025", "--tier", "单档", "--category", "普通居民", "--date", "2025-03-01");
    expect(refused.code).toBe(2);
    expect(refused.stdout).toBe("");
    expect(refused.stderr).toContain("按照国家规定执行");
    expect(refused.stderr).toContain("--set fiscalSubsidy=");
    const given = await yibao("premium", "--policy", "hn-shuangqing-2025", "--tier", "单档", "--category", "普通居民", "--date", "2025-03-01", "--set", "fiscalSubsidy=700", "--json");
    expect(given.json()).toMatchObject({ personal: 1100, fiscalSurcharge: 700 });
  });
});

describe("yibao benefit", () => {
  test.each([
    ["cq-tongnan-2025", "普通居民", "2025-01-10", [], "2025-02-01", 22],
    ["cq-tongnan-2025", "普通居民", "2024-11-20", [], "2025-01-01", 42],
    ["cq-tongnan-2025", "普通居民", "2025-03-01", [], "2025-05-30", 90],
    ["cq-shizhu-2025", "新生儿", "2025-04-10", ["--event-date", "2025-03-01"], "2025-03-01", 0],
    ["hn-shuangqing-2025", "刑满释放人员", "2025-05-06", [], "2025-05-06", 0],
    ["cq-tongnan-2025", "普通居民", "2024-11-20", ["--break-years", "3"], "2025-04-19", 150],
  ])("%s %s paid %s %j → %s", async (policy, category, paid, extra, start, wait) => {
    const r = await yibao("benefit", "--policy", policy, "--category", category, "--paid", paid, ...(extra as string[]), "--json");
    expect(r.stderr).toBe("");
    expect(r.json()).toMatchObject({ benefitStart: start, waitDays: wait });
  });
});

describe("yibao id", () => {
  test("valid, normalised, with birth date and gender", async () => {
    const r = await yibao("id", "11010519491231002x", "--json");
    expect(r.code).toBe(0);
    expect(r.json()).toMatchObject({ valid: true, normalized: "11010519491231002X", birthDate: "1949-12-31", gender: "女" });
  });
  test("a 15-digit number is converted", async () => {
    expect((await yibao("id", "110105491231002", "--json")).json()).toMatchObject({ valid: true, normalized: "11010519491231002X", converted15: true });
  });
  test("a wrong check digit is invalid, exit 1, and says which digit is right", async () => {
    const r = await yibao("id", "110105194912310021", "--json");
    expect(r.code).toBe(1);
    expect(r.json()).toMatchObject({ valid: false, problem: "BAD_CHECK_DIGIT" });
    expect(r.json<{ reason: string }>().reason).toContain("X");
  });
});

describe("bad input: a Chinese message on stderr, non-zero exit, nothing on stdout", () => {
  test.each([
    [["premium", "--policy", "cq-tongnan-2023", "--tier", "一档", "--category", "普通居民", "--date", "2023-10-08"], "最迟缴费日"],
    [["premium", "--policy", "cq-pengshui-2025", "--tier", "三档", "--category", "普通居民", "--date", "2024-11-01"], "一档"],
    [["premium", "--policy", "cq-pengshui-2025", "--tier", "一档", "--category", "贫困户", "--date", "2024-11-01"], "稳定脱贫人口"],
    [["premium", "--policy", "cq-pengshui-2025", "--tier", "一档", "--category", "重点优抚对象", "--date", "2024-11-01"], "只能参加二档"],
    [["premium", "--policy", "cq-pengshui-2025", "--tier", "一档", "--category", "普通居民", "--date", "2025-02-30"], "不是有效日期"],
    [["premium", "--policy", "nowhere-2025", "--tier", "一档", "--category", "普通居民", "--date", "2025-01-01"], "cq-tongnan-2025"],
    [["premium", "--policy", "cq-pengshui-2025", "--tier", "一档", "--category", "普通居民"], "--date"],
    [["premium", "--polcy", "cq-pengshui-2025"], "没有 --polcy"],
    [["benefit", "--policy", "cq-shizhu-2025", "--category", "新生儿", "--paid", "2025-04-10"], "出生日期"],
    // The core says what is missing in words; the CLI adds its option (cliHint).
    [["benefit", "--policy", "cq-shizhu-2025", "--category", "新生儿", "--paid", "2025-04-10"], "命令行用 --event-date 日期 提供"],
    [["benefit", "--policy", "cq-tongnan-2025", "--category", "特困人员", "--paid", "2025-03-01", "--set", "exception.lowIncome=never"], "--set exception.lowIncome=值"],
    [["benefit", "--policy", "hn-shuangqing-2025", "--category", "普通居民", "--paid", "2025-03-01", "--break-years", "2", "--set", "breakPenalty=1.5"], "--set breakPenalty=值"],
    [["premium", "--policy", "hn-shuangqing-2025", "--tier", "单档", "--category", "普通居民", "--date", "2025-09-01", "--set", "fiscalSubsidy=abc"], "--set fiscalSubsidy=值"],
    [["frobnicate"], "没有“frobnicate”这个命令"],
  ])("%j", async (argv, fragment) => {
    const r = await yibao(...(argv as string[]));
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toMatch(/^错误：/);
    expect(r.stderr).toContain(fragment);
  });
});

describe("yibao policy: what a policy holds and what the user must supply", () => {
  test.each([
    ["hn-shuangqing-2025", ["fiscalSubsidy", "subsidy.其他困难群体", "breakPenalty"]],
    ["cq-tongnan-2023", ["fiscalSubsidy", "subsidy.特困人员", "subsidy.低保对象", "subsidy.低保边缘户", "subsidy.返贫致贫人口", "subsidy.脱贫不稳定户", "subsidy.边缘易致贫户", "subsidy.突发严重困难户"]],
    ["cq-pengshui-2025", ["exception.newbornWithin90", "exception.jobLossWithin90", "exception.lowIncome", "exception.povertyAlleviated", "breakPenalty"]],
    ["cq-shizhu-2025", ["exception.jobLossWithin90", "exception.lowIncome", "exception.povertyAlleviated", "breakPenalty"]],
  ])("%s leaves open %j", async (id, keys) => {
    const r = await yibao("policy", id, "--json");
    expect(r.code).toBe(0);
    expect(r.json<{ open: { key: string }[] }>().open.map((o) => o.key)).toEqual(keys);
  });

  test("彭水 lists 附件2 amounts per category and tier", async () => {
    const j = (await yibao("policy", "cq-pengshui-2025", "--json")).json<{ categories: { name: string; subsidy: Record<string, number> }[] }>();
    expect(j.categories.find((c) => c.name === "重点优抚对象（四类人员）")!.subsidy).toEqual({ 二档: 775 });
    expect(j.categories.find((c) => c.name === "城乡最低生活保障人员")!.subsidy).toEqual({ 一档: 360, 二档: 400 });
  });

  test("every key it lists is one the engine accepts", async () => {
    const supplied = { "exception.lowIncome": "fromPayment" };
    const r = await yibao("benefit", "--policy", "cq-shizhu-2025", "--category", "低保", "--paid", "2025-04-01", "--set", `exception.lowIncome=${supplied["exception.lowIncome"]}`, "--json");
    expect(r.json()).toMatchObject({ benefitStart: "2025-04-01", waitDays: 0 });
  });
});
