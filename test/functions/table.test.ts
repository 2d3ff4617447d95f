/**
 * The one table of the YB.* functions (src/functions/table.ts): the metadata made from it is
 * what main published before the table existed (fixtures/main-49bbed0.*, written by the
 * JSDoc and zh-CN.ts path at commit 49bbed0), a table that loses a function, a Chinese name
 * or shows a clerk an internal code is refused, and the arguments are read in the order
 * the rules meet them.
 */
import { metadataOf, tableProblems } from "../../src/functions/metadata";
import { define, FunctionSpec, param } from "../../src/functions/spec";
import { FUNCTIONS } from "../../src/functions/table";
import { resetSettingsCache } from "../../src/office/settings";
import mainEn from "./fixtures/main-49bbed0.functions.json";
import mainZh from "./fixtures/main-49bbed0.functions.zh-CN.json";
import { Excel, expectValueError, loadFromSource, serial } from "./excel";

/** JSON as Excel reads it: no undefined members, key order irrelevant. */
const plain = (v: unknown): unknown => JSON.parse(JSON.stringify(v));

/** The one change made on purpose: the Chinese help of 政策 named an id (cq-tongnan-2025). */
const POLICY_HELP_BEFORE = "政策编号，如 cq-tongnan-2025；省略时用本工作簿在任务窗格中选择的政策";
const POLICY_HELP_NOW =
  "政策名称，如 重庆市潼南区2025年度；省略时用本工作簿在任务窗格“政策设置”中选择的政策";

describe("the metadata made from the table", () => {
  it("is main's functions.json, to the letter", () => {
    expect(plain(metadataOf(FUNCTIONS, "en"))).toEqual(mainEn);
  });

  it("is main's functions.zh-CN.json, but for a policy help that no longer shows an id", () => {
    const expected = plain(mainZh) as typeof mainZh;
    let changed = 0;
    for (const f of expected.functions)
      for (const p of f.parameters)
        if (p.description === POLICY_HELP_BEFORE) {
          p.description = POLICY_HELP_NOW;
          changed++;
        }
    expect(changed).toBe(9);
    expect(plain(metadataOf(FUNCTIONS, "zh-CN"))).toEqual(expected);
  });

  it("declares every function once, with its Chinese name", () => {
    expect(FUNCTIONS.map((f) => [f.id, f.zhName])).toEqual(
      mainZh.functions.map((f) => [f.id, f.name])
    );
  });
});

describe("the table's checks", () => {
  const premium = FUNCTIONS.find((f) => f.id === "PREMIUM")!;
  const withPremium = (change: (f: FunctionSpec) => FunctionSpec): FunctionSpec[] =>
    FUNCTIONS.map((f) => (f === premium ? change(f) : f));
  const withParam = (i: number, change: Partial<FunctionSpec["params"][number]>) =>
    withPremium((f) => ({
      ...f,
      params: f.params.map((p, k) => (k === i ? { ...p, ...change } : p)),
    }));

  it("find nothing in the table as shipped", () => {
    expect(tableProblems(FUNCTIONS)).toEqual([]);
  });

  it.each<[string, FunctionSpec[], string]>([
    [
      "a lost Chinese name",
      withPremium((f) => ({ ...f, zhName: "" })),
      "PREMIUM: the Chinese name",
    ],
    ["a name Excel refuses", withPremium((f) => ({ ...f, zhName: "缴费" })), "Excel's rule"],
    [
      "a Chinese name used twice",
      withPremium((f) => ({ ...f, zhName: "资助金额" })),
      "is also PREMIUM's",
    ],
    [
      "an id declared twice",
      withPremium((f) => ({ ...f, id: "SUBSIDY" })),
      "SUBSIDY: declared twice",
    ],
    ["a non-ASCII id", withPremium((f) => ({ ...f, id: "个人缴费" })), "upper-case ASCII"],
    ["English help left out", withPremium((f) => ({ ...f, en: " " })), "PREMIUM: no English help"],
    [
      "Chinese help in English",
      withPremium((f) => ({ ...f, zh: "the premium" })),
      "has no Chinese",
    ],
    [
      "an internal code in the Chinese help",
      withParam(4, { zh: "政策编号，如 cq-tongnan-2025" }),
      'PREMIUM(policy): the Chinese help "政策编号，如 cq-tongnan-2025" shows an internal code',
    ],
    [
      "a parameter's Chinese name lost",
      withParam(0, { zhName: "" }),
      "PREMIUM(tier): the Chinese name",
    ],
    [
      "two parameters of one Chinese name",
      withParam(1, { zhName: "档次" }),
      "two parameters named",
    ],
    [
      "a required parameter after an optional one",
      withParam(0, { optional: true }),
      "PREMIUM(category): a required",
    ],
  ])("refuse %s", (_what, table, message) => {
    expect(tableProblems(table).join("\n")).toContain(message);
  });

  it("let compute read only the parameters it declares (checked by the compiler)", () => {
    const spec = define({
      id: "ECHO",
      en: "Echo.",
      zhName: "回声测试",
      zh: "原样返回",
      params: [param({ name: "id", kind: "id", en: "A value.", zhName: "值", zh: "任一值" })],
      result: "text",
      // @ts-expect-error: ECHO has no parameter "other"
      compute: (a) => a.other,
    });
    expect(spec.params.map((p) => p.name)).toEqual(["id"]);
  });
});

describe("the functions made from the table, called as Excel calls them", () => {
  let excel: Excel;

  beforeAll(async () => {
    delete (globalThis as Record<string, unknown>).Office;
    resetSettingsCache();
    excel = await loadFromSource();
  });

  it("take a policy by the name the task pane shows, as by its id", async () => {
    const args = ["二档", "计生优抚（奖扶）对象", serial(2024, 11, 15), null];
    expect(await excel.one("PREMIUM", ...args, "重庆市彭水县大同镇2025年度")).toBe(455);
    expect(await excel.one("PREMIUM", ...args, "cq-pengshui-2025")).toBe(455);
    expectValueError(await excel.one("PREMIUM", ...args, "彭水"), "没有编号为“彭水”的政策");
  });

  it("read the arguments in the rules' order: the policy first, then as the core asks", async () => {
    // A row wrong in two ways reports what it reported before the table: for WAITDAYS the
    // category is read before the payment date, although the date comes first.
    expectValueError(
      await excel.one("WAITDAYS", "明天", "类".repeat(100), null, null, "cq-tongnan-2025"),
      "人员类别"
    );
    expectValueError(
      await excel.one("PREMIUM", "档".repeat(100), "普通居民", "2025-03-01"),
      "没有选择政策"
    );
    expectValueError(await excel.one("IDAGE", "110105194912310021", 1e9), "计算年龄的日期");
  });

  it("answer synchronously where no policy is needed", () => {
    expect(excel.call("IDCHECK", [["11010519491231002X"], ["110105194912310021"]])).toEqual([
      [true],
      [false],
    ]);
  });
});
