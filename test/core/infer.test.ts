/**
 * inferPolicy (core): the region from the roster's categories, the year from the payment
 * date. Two years of one region share their categories, so the rows alone tie; a clerk
 * expects the year the payment is for, not a refusal.
 */
import fs from "fs";
import path from "path";
import { iso } from "../../src/core/dates";
import { inferPolicy, yearForPayment } from "../../src/core/policy/infer";
import { createRegistry } from "../../src/core/policy/registry";
import { isRuleError } from "../../src/core/rules/errors";
import { pengshuiRoster, SZ_IDS } from "../claim/fixtures";
import { rawPolicyFiles } from "./helpers";

const FIXTURE = path.resolve(__dirname, "../fixtures/policy/next-year");
const nextYear = createRegistry([
  ...rawPolicyFiles(),
  ...fs
    .readdirSync(FIXTURE)
    .filter((f) => f.endsWith(".json") && !f.endsWith(".cases.json"))
    .map((f) => ({
      name: f,
      data: JSON.parse(fs.readFileSync(path.join(FIXTURE, f), "utf8")) as unknown,
    })),
]);

describe("inferPolicy", () => {
  test("the shipped registry: 彭水's categories name 彭水", () => {
    const r = inferPolicy([pengshuiRoster()], { paid: iso("2024-11-15") });
    expect(r.policy.id).toBe("cq-pengshui-2025");
    expect(r.note).toMatch(
      /按花名册的人员类别推断为 cq-pengshui-2025（重庆市彭水县大同镇2025年度，\d+行类别相符）/
    );
  });

  test.each<[string, string]>([
    ["2025-03-01", "cq-pengshui-2025"], // still the 2025 year's payment window
    ["2025-09-30", "cq-pengshui-2025"],
    ["2025-10-11", "cq-pengshui-2026"], // both windows hold it: the latest year, as the tax system records it
    ["2025-11-15", "cq-pengshui-2026"],
    ["2026-08-01", "cq-pengshui-2026"],
    ["2027-01-05", "cq-pengshui-2026"], // past every window: the latest begun
    ["2023-01-01", "cq-pengshui-2025"], // before every window: the earliest
  ])("two years of 彭水 no longer tie: paid %s → %s", (paid, id) => {
    const r = inferPolicy([pengshuiRoster()], { paid: iso(paid), policies: nextYear.list() });
    expect(r.policy.id).toBe(id);
    expect(r.note).toMatch(/该地区有2025、2026年度，按缴费日期.*取20\d\d年度/);
  });

  test.each([
    [new Date(2025, 2, 1, 12), "cq-pengshui-2025"],
    [new Date(2025, 10, 15, 12), "cq-pengshui-2026"],
  ])("without a date, today's date chooses (today %s)", (today, id) => {
    // Only the clock's date is set; nothing else of jest's timers.
    jest.useFakeTimers({
      doNotFake: ["nextTick", "setImmediate", "setTimeout", "setInterval", "queueMicrotask"],
      now: today,
    });
    try {
      expect(inferPolicy([pengshuiRoster()], { policies: nextYear.list() }).policy.id).toBe(id);
    } finally {
      jest.useRealTimers();
    }
  });

  test("two regions still tie and the caller is asked, in its own words", () => {
    const roster = {
      name: "低保",
      rows: [
        ["姓名", "身份证号码", "人员类别", "参保档次"],
        ["甲", SZ_IDS.zhang1, "低保", "一档"],
      ],
    };
    let error: unknown;
    try {
      inferPolicy([roster], { ask: "请用 --policy 指定政策" });
    } catch (e) {
      error = e;
    }
    expect(isRuleError(error)).toBe(true);
    expect((error as Error).message).toMatch(
      /^请用 --policy 指定政策：各地资助标准不同，花名册的人员类别在 .*cq-pengshui-2025.*cq-shizhu-2025.* 中都能找到/
    );
  });

  test("yearForPayment picks the latest year whose window holds the date", () => {
    const years = nextYear.family(nextYear.get("cq-pengshui-2025")) as never[];
    expect(yearForPayment(years, iso("2025-12-01")).year).toBe(2026);
    expect(yearForPayment(years, iso("2025-06-01")).year).toBe(2025);
  });
});
