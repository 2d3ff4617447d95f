/**
 * checkTargets over the notices' own tables (彭水 附件1, 石柱 附件1) and broken variants of
 * them: each finding's code, cell and severity.
 */
import { iso } from "../../src/core/dates";
import { getPolicy } from "../../src/core/policy/registry";
import { checkTargets, classifyHeader, locateTable } from "../../src/core/targets/check";
import type { TargetCheckOptions, TargetReport } from "../../src/core/targets/types";
import { clone, pengshui, type Rows, set, shizhu, SHIZHU_UNITS, PENGSHUI_UNITS } from "./fixtures";

const PENGSHUI = getPolicy("cq-pengshui-2025");
const SHIZHU = getPolicy("cq-shizhu-2025");

function check(rows: Rows, options: TargetCheckOptions = {}): TargetReport {
  return checkTargets({ name: "附件1", rows }, { source: "xlsx", ...options });
}

/** [code, cell, severity] of every finding, in report order. */
function found(report: TargetReport): [string, string, string][] {
  return report.findings.map((f) => [f.code, f.cell, f.severity]);
}

describe("the notices' tables pass clean", () => {
  test("彭水 附件1: 4 villages sum to 合 计 7182", () => {
    const r = check(pengshui());
    expect(r.findings).toEqual([]);
    expect(r.ok).toBe(true);
    expect(r.summary).toMatchObject({
      title: "大同镇2025年度村（社区）城乡居民基本医疗保险参保目标任务表",
      unitLine: "单位：人",
      headerRow: 3,
      totalRow: 8,
      units: 4,
      sumOfUnits: 7182,
      declaredTotal: 7182,
      range: "A4:C9",
      columns: { seq: "A", unit: "B", target: "C" },
    });
    expect(PENGSHUI_UNITS.reduce((s, [, t]) => s + t, 0)).toBe(7182);
  });

  test("石柱 附件1: 12 villages sum to 合计 33828 (合计 in the 序号 column, name empty)", () => {
    const r = check(shizhu());
    expect(r.findings).toEqual([]);
    expect(r.summary).toMatchObject({
      title: "下路街道2025年度城乡居民基本医疗保险参保任务分解表",
      headerRow: 4,
      totalRow: 17,
      units: 12,
      sumOfUnits: 33828,
      declaredTotal: 33828,
    });
    expect(SHIZHU_UNITS.reduce((s, [, t]) => s + t, 0)).toBe(33828);
  });

  test("a total cached from a formula over decimals (31392.539999999997) is the 31392.54 Excel shows", () => {
    // =C6*1.02 … and =SUM(C6:C17) cache the doubles a spreadsheet computes, noise and all.
    const rows = clone(shizhu());
    const scaled = SHIZHU_UNITS.map(([, t]) => t * 1.02);
    scaled.forEach((v, i) => set(rows, `C${6 + i}`, v));
    const total = scaled.reduce((a, b) => a + b, 0);
    expect(String(total)).not.toBe((33828 * 1.02).toFixed(2));
    set(rows, "C18", total);
    const r = check(rows);
    expect(r.summary.sumOfUnits).toBe(34504.56);
    expect(r.summary.declaredTotal).toBeCloseTo(34504.56, 9);
    expect(found(r).filter(([code]) => /SUM/.test(code))).toEqual([]);
  });

  test("the figure assigned from above, when it matches", () => {
    expect(check(shizhu(), { assigned: 33828 }).findings).toEqual([]);
    expect(check(pengshui(), { assigned: 7182 }).findings).toEqual([]);
  });

  test("a table that does not start at A1 is found where it is", () => {
    const shifted: Rows = [[], [], ...pengshui().map((r) => [null, ...r])];
    const r = check(shifted);
    expect(r.findings).toEqual([]);
    expect(r.summary.range).toBe("B6:D11");
  });

  test("numbers in a CSV are text and are not flagged", () => {
    const text = pengshui().map((row) => row.map((v) => (typeof v === "number" ? String(v) : v)));
    expect(checkTargets({ name: "csv", rows: text }, { source: "csv" }).findings).toEqual([]);
  });
});

type Variant = [string, () => Rows, TargetCheckOptions, [string, string, string][]];

// 彭水: header row 4, villages in rows 5–8 (大厂社区 5, 大河村 6, 龙门村 7, 马驴村 8), 合 计 row 9.
// 石柱: header row 5, villages in rows 6–17, 合计 row 18.
const variants: Variant[] = [
  ["彭水 wrong total", () => set(pengshui(), "C9", 7000), {}, [["SUM_MISMATCH", "C9", "error"]]],
  ["石柱 wrong total", () => set(shizhu(), "C18", 33800), {}, [["SUM_MISMATCH", "C18", "error"]]],
  [
    "彭水 duplicate village",
    () => set(pengshui(), "B7", "大河村"),
    {},
    [["DUPLICATE_UNIT", "B7", "error"]],
  ],
  [
    "石柱 duplicate after width folding and trimming",
    () => set(shizhu(), "B17", " 红岩社区　"),
    {},
    [["DUPLICATE_UNIT", "B17", "error"]],
  ],
  [
    "彭水 number stored as text (xlsx)",
    () => set(pengshui(), "C6", "1273"),
    {},
    [["TEXT_NUMBER", "C6", "warning"]],
  ],
  [
    "石柱 total stored as text (xlsx)",
    () => set(shizhu(), "C18", "33828"),
    {},
    [["TEXT_NUMBER", "C18", "warning"]],
  ],
  [
    "彭水 decimal target (the total then differs too)",
    () => set(pengshui(), "C6", 1273.5),
    {},
    [
      ["NOT_INTEGER", "C6", "error"],
      ["SUM_MISMATCH", "C9", "error"],
    ],
  ],
  [
    "彭水 decimal target with a matching total",
    () => set(set(pengshui(), "C6", 1273.5), "C9", 7182.5),
    {},
    [["NOT_INTEGER", "C6", "error"]],
  ],
  [
    "彭水 negative target",
    () => set(set(pengshui(), "C6", -1273), "C9", 4636),
    {},
    [["NEGATIVE", "C6", "error"]],
  ],
  [
    "彭水 target that is not a number",
    () => set(pengshui(), "C6", "待定"),
    {},
    // The total is still compared, with the unreadable target counted as 0 (issue 14, 15).
    [
      ["NOT_INTEGER", "C6", "error"],
      ["SUM_MISMATCH", "C9", "error"],
    ],
  ],
  [
    "彭水 blank target",
    () => set(pengshui(), "C6", null),
    {},
    [
      ["MISSING_TARGET", "C6", "error"],
      ["SUM_MISMATCH", "C9", "error"],
    ],
  ],
  [
    "石柱 blank target",
    () => set(shizhu(), "C11", null),
    {},
    [
      ["MISSING_TARGET", "C11", "error"],
      ["SUM_MISMATCH", "C18", "error"],
    ],
  ],
  [
    "彭水 blank name with a target",
    () => set(pengshui(), "B6", null),
    {},
    [["MISSING_UNIT", "B6", "error"]],
  ],
  [
    "彭水 序号 gap",
    () => set(set(pengshui(), "A7", 4), "A8", 5),
    {},
    [["SEQ_GAP", "A7", "warning"]],
  ],
  ["石柱 序号 repeated", () => set(shizhu(), "A10", 4), {}, [["SEQ_GAP", "A10", "warning"]]],
  ["彭水 missing total row", () => pengshui().slice(0, 8), {}, [["NO_TOTAL_ROW", "B9", "warning"]]],
  ["石柱 missing total row", () => shizhu().slice(0, 17), {}, [["NO_TOTAL_ROW", "B18", "warning"]]],
  [
    "石柱 assigned mismatch (--assigned 33000)",
    shizhu,
    { assigned: 33000 },
    [["ASSIGNED_MISMATCH", "C18", "error"]],
  ],
  [
    "彭水 assigned mismatch without a total row",
    () => pengshui().slice(0, 8),
    { assigned: 7000 },
    [
      ["ASSIGNED_MISMATCH", "C9", "error"],
      ["NO_TOTAL_ROW", "B9", "warning"],
    ],
  ],
  [
    "彭水 no title and no unit line",
    () => pengshui().slice(3),
    {},
    [
      ["NO_TITLE", "A1", "warning"],
      ["NO_UNIT_LINE", "C1", "warning"],
    ],
  ],
  [
    "彭水 unit line in 万人",
    () => set(pengshui(), "C3", "单位：万人"),
    {},
    [["NO_UNIT_LINE", "C3", "warning"]],
  ],
  ["no header at all", () => pengshui().map((r) => r.slice(2)), {}, [["NO_HEADER", "A1", "error"]]],
  [
    "several problems at once, errors first then by row",
    () => set(set(set(set(pengshui(), "C9", 7000), "A7", 9), "B8", "大厂社区"), "C5", "2490"),
    {},
    [
      ["DUPLICATE_UNIT", "B8", "error"],
      ["SUM_MISMATCH", "C9", "error"],
      ["TEXT_NUMBER", "C5", "warning"],
      ["SEQ_GAP", "A7", "warning"],
    ],
  ],
];

describe("broken variants give each finding at the right cell", () => {
  test.each(variants)("%s", (_label, rows, options, expected) => {
    const r = check(rows(), options);
    expect(found(r)).toEqual(expected);
    expect(r.ok).toBe(!expected.some(([, , severity]) => severity === "error"));
    for (const f of r.findings) expect(f.message.startsWith(`${f.cell}：`)).toBe(true);
  });
});

describe("messages and fixes", () => {
  test("wrong total: the message states both figures and the difference; the fix is a SUM over the villages", () => {
    const [f] = check(set(pengshui(), "C9", 7000)).findings;
    expect(f.message).toContain("C9：合计 7000 与各村之和 7182 不符（合计少 182 人）");
    expect(f.fix).toEqual({ kind: "sumFormula", row: 8, col: 2, formula: "=SUM(C5:C8)" });
  });

  test("a =SUM total that skips a number stored as text: convert the text cell first, no SUM fix offered", () => {
    // 柏树社区's 2417 typed as text; the total is what Excel's SUM gives without it.
    const r = check(set(set(shizhu(), "C7", "2417"), "C18", 33828 - 2417));
    const total = r.findings.find((f) => f.code === "SUM_MISMATCH")!;
    expect(total.message).toBe(
      "C18：合计 31411 与各村之和 33828 不符（合计少 2417 人）：C7 是以文本形式存储的数字，求和时没有算进去。" +
        "请先把 C7 转为数字，再核对合计（合计是求和公式的，转好后会自动更正）。"
    );
    expect(total.fix).toBeUndefined();
    expect(r.findings.find((f) => f.code === "TEXT_NUMBER")!.fix).toEqual({
      kind: "textToNumber",
      row: 6,
      col: 2,
      value: 2417,
    });
    // A total wrong for another reason still gets the SUM fix.
    const other = check(set(set(shizhu(), "C7", "2417"), "C18", 30000)).findings.find(
      (f) => f.code === "SUM_MISMATCH"
    )!;
    expect(other.fix?.kind).toBe("sumFormula");
    expect(other.message).not.toContain("一键");
  });

  test("石柱: the SUM fix covers C6:C17", () => {
    const [f] = check(set(shizhu(), "C18", 1)).findings;
    expect(f.fix).toEqual({ kind: "sumFormula", row: 17, col: 2, formula: "=SUM(C6:C17)" });
  });

  test("a blank total gets the SUM fix too", () => {
    const [f] = check(set(pengshui(), "C9", null)).findings;
    expect([f.code, f.cell, f.fix?.kind]).toEqual(["SUM_MISMATCH", "C9", "sumFormula"]);
  });

  test("text number: the fix turns it into the number", () => {
    const [f] = check(set(pengshui(), "C6", "１，２７３")).findings;
    expect(f.fix).toEqual({ kind: "textToNumber", row: 5, col: 2, value: 1273 });
  });

  test("duplicate: names the first row", () => {
    const [f] = check(set(pengshui(), "B7", "大河村")).findings;
    expect(f.message).toContain("第6行");
  });

  test("assigned: names both figures", () => {
    const [f] = check(shizhu(), { assigned: 33000 }).findings;
    expect(f.message).toContain("合计 33828 与上级下达的任务数 33000 不符（多 828 人）");
  });

  test("a blank target does not suspend the sum check: it counts as 0, and the finding says so", () => {
    const r = check(set(pengshui(), "C6", null));
    const total = r.findings.find((f) => f.code === "SUM_MISMATCH")!;
    expect(total.cell).toBe("C9");
    expect(total.message).toMatch(/为空，按 0 计/);
    expect(r.summary.notes ?? []).not.toContainEqual(expect.stringContaining("暂未"));
  });

  test("issue 14: a blank, a decimal and a wrong total are all reported in one check", () => {
    const r = check(set(set(shizhu(), "C13", null), "C6", 4180.5));
    expect(found(r)).toEqual([
      ["NOT_INTEGER", "C6", "error"],
      ["MISSING_TARGET", "C13", "error"],
      ["SUM_MISMATCH", "C18", "error"],
    ]);
    const total = r.findings.find((f) => f.code === "SUM_MISMATCH")!;
    expect(total.message).toContain(
      "合计 33828 与各村之和 31232.5 不符（白鹤村为空，按 0 计；合计多 2595.5 人）"
    );
  });

  test("小计 rows are not units and are left out of the SUM fix", () => {
    const rows = pengshui();
    rows.splice(6, 0, [null, "小计", 3763]);
    const r = check(set(rows, "C10", 1));
    expect(r.summary.units).toBe(4);
    expect(r.findings[0].fix).toMatchObject({ formula: "=SUM(C5:C6,C8:C9)" });
  });
});

describe("headers by their usual names", () => {
  test.each([
    ["村（社区）", "unit"],
    ["村社区", "unit"],
    ["村(社区)", "unit"],
    ["乡镇（街道）", "unit"],
    ["组别", "unit"],
    ["任务数", "target"],
    ["参保目标", "target"],
    ["2025年度参保目标", "target"],
    ["序号", "seq"],
    ["户籍人口", "population"],
    ["已参保人数", "paid"],
    ["已缴费人数", "paid"],
    ["完成率", "rate"],
    ["7类低收入人口", "lowIncomeCount"],
    ["低收入人口已缴费", "lowIncomePaid"],
    ["低收入人口参保率（%）", "lowIncomeRate"],
    ["脱贫人口数", "povertyCount"],
    ["脱贫人口已参保", "povertyPaid"],
    ["单位：人", null],
    ["上年参保人数", null],
    ["去年已缴费人数", null],
    ["上年度低收入人口参保率", null],
    ["同期参保人数", null],
  ])("%s → %s", (header, role) => {
    expect(classifyHeader(header)).toBe(role);
  });

  test("a two-row header with merged group cells", () => {
    const rows: Rows = [
      ["大同镇2025年度参保进度表"],
      [null, null, null, null, null, "单位：人"],
      [
        "序号",
        "村（社区）",
        "参保目标",
        "已缴费人数",
        "7类低收入人口",
        "7类低收入人口",
        "脱贫人口",
        "脱贫人口",
      ],
      ["序号", "村（社区）", "参保目标", "已缴费人数", "人数", "已参保", "人数", "已参保"],
      [1, "大厂社区", 2490, 2490, 50, 50, 300, 300],
      [null, "合 计", 2490, 2490, 50, 50, 300, 300],
    ];
    const layout = locateTable(rows)!;
    expect(layout.dataStart).toBe(4);
    expect(layout.columns).toEqual({
      seq: 0,
      unit: 1,
      target: 2,
      paid: 3,
      lowIncomeCount: 4,
      lowIncomePaid: 5,
      povertyCount: 6,
      povertyPaid: 7,
    });
    const r = check(rows, { policy: PENGSHUI, asOf: iso("2024-12-31") });
    expect(found(r)).toEqual([]);
    expect(r.summary.progress[0]).toMatchObject({
      rate: 1,
      lowIncomeRate: 1,
      povertyRate: 1,
      grade: "A",
      workFund: 4735,
    });
  });
});

/** 彭水 with 户籍人口 in column D. */
function withPopulation(pops: number[]): Rows {
  const rows = clone(pengshui());
  rows[3].push("户籍人口");
  pops.forEach((p, i) => rows[4 + i].push(p));
  rows[8].push(pops.reduce((a, b) => a + b, 0));
  return rows;
}

const POPS = [2600, 1320, 1700, 1850];

describe("population and coverage", () => {
  test.each<[string, number[], TargetCheckOptions, [string, string, string][]]>([
    ["covered ≥ 95% everywhere", POPS, { policy: PENGSHUI }, []],
    [
      "大河村 1273 ÷ 1400 = 90.9% is under 彭水's 95% goal",
      [2600, 1400, 1700, 1850],
      { policy: PENGSHUI },
      [["BELOW_COVERAGE", "C6", "warning"]],
    ],
    ["without a policy there is no goal to flag against", [2600, 1400, 1700, 1850], {}, []],
    ["石柱's notice sets no overall goal", [2600, 1400, 1700, 1850], { policy: SHIZHU }, []],
    [
      "龙门村 target 1645 above its population 1600",
      [2600, 1320, 1600, 1850],
      {},
      [["ABOVE_POPULATION", "C7", "warning"]],
    ],
    ["population total that does not add up", POPS, {}, []],
  ])("%s", (_label, pops, options, expected) => {
    expect(found(check(withPopulation(pops), options))).toEqual(expected);
  });

  test("BELOW_COVERAGE names the goal used and the target that would meet it", () => {
    const [f] = check(withPopulation([2600, 1400, 1700, 1850]), { policy: PENGSHUI }).findings;
    expect(f.message).toContain("90.9%");
    expect(f.message).toContain("95%");
    expect(f.message).toContain("大同府发〔2024〕31号");
    expect(f.message).toContain("1330");
  });

  test("the summary says when coverage was not checked, and why", () => {
    expect(check(withPopulation(POPS)).summary.notes!.join()).toContain("未选择政策");
    expect(check(withPopulation(POPS), { policy: SHIZHU }).summary.notes!.join()).toContain(
      "没有规定面上参保率目标"
    );
    expect(check(withPopulation(POPS), { policy: PENGSHUI }).summary.coverageGoal).toBe(0.95);
  });

  test("a population total that does not add up is a SUM_MISMATCH on that cell", () => {
    const rows = set(withPopulation(POPS), "D9", 7000);
    const r = check(rows);
    expect(found(r)).toEqual([["SUM_MISMATCH", "D9", "error"]]);
    expect(r.findings[0].fix).toMatchObject({ formula: "=SUM(D5:D8)" });
  });
});
