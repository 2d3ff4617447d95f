/**
 * Issue 13's proof: a made-up 彭水 2026 notice (一档 420, every subsidy +10) goes in as
 * data alone. test/fixtures/policy/pengshui-2026 holds the notice text, its dated entries
 * (one fragment per issuer file they belong to) and its table of cases; added to a
 * temporary registry they load, pass every check and every table, and each mistake the
 * issue reports is refused with a message naming the file, the value and the fix.
 */
import fs from "fs";
import path from "path";
import { iso } from "../../src/core/dates";
import { createRegistry, PolicyRegistry } from "../../src/core/policy/registry";
import { premium } from "../../src/core/rules/premium";
import { rawPolicyFiles, seedText, squeeze } from "./helpers";
import { actualOf, caseTables } from "./policyCases";

const FIXTURE = path.resolve(__dirname, "../fixtures/policy/pengshui-2026");
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = Record<string, any>;

/** The fixture's dated entries: every JSON file but its table of cases. */
function fragments(): Json[] {
  return fs
    .readdirSync(FIXTURE)
    .filter((f) => f.endsWith(".json") && !f.endsWith(".cases.json"))
    .map((f) => JSON.parse(fs.readFileSync(path.join(FIXTURE, f), "utf8")) as Json);
}

const withNextYear = (): Json[] => [...(rawPolicyFiles() as Json[]), ...fragments()];

describe("the 2026 notice as data alone", () => {
  let registry: PolicyRegistry;
  beforeAll(() => {
    registry = createRegistry(withNextYear());
  });

  test("the temporary registry holds 彭水 2026 beside every shipped policy; regions without a 2026 notice get none", () => {
    const ids = registry.list().map((p) => p.id);
    expect(ids).toContain("cq-pengshui-2026");
    expect(ids.filter((id) => id.endsWith("-2026"))).toEqual(["cq-pengshui-2026"]);
    const p = registry.get("cq-pengshui-2026");
    expect(p.findTier("一档").personal.value).toBe(420);
    expect(p.policy.catastrophicDeductible).toBeUndefined(); // the notice does not state it: "2026": null
    expect(p.policy.multipleIdentities.cite[0].doc).toBe("下路街道发〔2024〕78号"); // carried over, and says so
    expect(registry.get("cq-pengshui").id).toBe("cq-pengshui-2026");
    expect(registry.family(p).map((q) => q.id)).toEqual(["cq-pengshui-2025", "cq-pengshui-2026"]);
  });

  const tables = [...caseTables(), ...caseTables(FIXTURE)];
  test.each(tables.flatMap(([file, t]) => t.cases.map((c) => [file, c.what, t, c] as const)))("%s: %s", (_f, _w, table, c) => {
    expect(actualOf(registry, table, c)).toEqual(c.expected);
  });

  test("every quote of the new entries is in the new notice (or, for an older document, in its seed)", () => {
    const notice = squeeze(fs.readFileSync(path.join(FIXTURE, "notice.txt"), "utf8"));
    const quotes: Array<[string, string]> = [];
    const visit = (n: unknown): void => {
      if (Array.isArray(n)) n.forEach(visit);
      else if (n && typeof n === "object") {
        const o = n as Json;
        if (typeof o.doc === "string" && typeof o.quote === "string") quotes.push([o.doc, o.quote]);
        Object.values(o).forEach(visit);
      }
    };
    fragments().forEach((f) => visit({ ...f, documents: undefined }));
    expect(quotes.length).toBeGreaterThan(60);
    for (const [doc, quote] of quotes) {
      if (doc === "大同府发〔2025〕88号") expect(notice).toContain(squeeze(quote));
      else expect(doc).toBe("国办发〔2024〕38号"); // the standing national rule, cited as in 2025
    }
    for (const [, quote] of quotes.filter(([d]) => d === "国办发〔2024〕38号")) expect(quote).not.toBe("");
    expect(squeeze(seedText("001_5b0be1755be1412e.txt"))).not.toContain("大同府发〔2025〕88号");
  });

  test("a 彭水 payment's insurance year follows the payment date, whichever of the region's ids a workbook saved", () => {
    const old = registry.get("cq-pengshui-2025");
    const q = { policy: old, category: "低保边缘户", tier: "一档" };
    expect(premium({ ...q, paid: iso("2025-06-01") })).toMatchObject({ year: 2025, policy: "cq-pengshui-2025" });
    const next = premium({ ...q, paid: iso("2025-11-15") });
    expect([next.year, next.policy, next.subsidy.toNumber(), next.personal.toNumber()]).toEqual([2026, "cq-pengshui-2026", 290, 130]);
  });
});

describe("each mistake of issue 13 is caught, with the file, the value and the fix", () => {
  const file = (all: Json[], issuer: string, fragment = true): Json =>
    all.filter((f) => f.issuer === issuer)[fragment ? 1 : 0];

  test.each<[string, (all: Json[]) => Json[] | void, RegExp]>([
    [
      "following the old README literally: only the county's entries, none for the city-wide values",
      (all) => all.filter((f) => !(f.issuer === "cq" && f.documents?.["大同府发〔2025〕88号"])),
      /cq-pengshui.json：[^\n]*引用的文件“大同府发〔2025〕88号”没有登记/,
    ],
    [
      "the county's year without the city's: the policy is incomplete, and says which parts",
      (all) => {
        const city = file(all, "cq");
        const county = file(all, "cq-pengshui");
        county.documents = city.documents;
        return all.filter((f) => f !== city);
      },
      /政策文件 cq-pengshui.json（2026年度） 格式不对[\s\S]*tiers[\s\S]*改法：在 cq-pengshui.json 或 cq.json 里给上面缺的或写错的项写上 "2026" 的值/,
    ],
    [
      "一档 420 under a quote that says 一档400元",
      (all) => (file(all, "cq").tiers["一档"].personal["2026"].cite[0].quote = "个人缴费标准为一档400元/人·年"),
      /cq.json：tiers\.一档\.personal 的2026年度金额 420 不在它引用的原文中（“个人缴费标准为一档400元\/人·年”，一档之后）。改法：核对通知，改正金额，或把 quote 换成通知中写着 420 的原文/,
    ],
    [
      "a late-year minimum of 1090 under “1070”",
      (all) => {
        const m = file(all, "cq-pengshui").surcharge["2026"].minimum;
        m.value = 1090;
        m.cite[0].quote = "最低标准为1070元/人";
      },
      /cq-pengshui.json：surcharge\.minimum 的2026年度金额 1090 不在它引用的原文中/,
    ],
    [
      "a subsidy whose quote holds only the category's name",
      (all) => (file(all, "cq-pengshui").categories["低保边缘户"].subsidy["一档"]["2026"].cite[0].quote = "低保边缘户"),
      /cq-pengshui.json：categories\.低保边缘户\.subsidy\.一档 的2026年度金额 290 不在它引用的原文中（“低保边缘户”，一档之后）[^\n]*资助表照抄该类别的整行/,
    ],
    [
      "a subsidy typed wrong against its table row",
      (all) => (file(all, "cq-pengshui").categories["低保边缘户"].subsidy["二档"]["2026"].value = 420),
      /categories\.低保边缘户\.subsidy\.二档 的2026年度金额 420 不在它引用的原文中（“低保边缘户 一档 290 130 二档 410 385”，二档之后）/,
    ],
    [
      "a 2026 value citing the 2024 notice without saying it is carried over",
      (all) => (file(all, "cq-pengshui").reporting["2026"].cite[0].doc = "大同府发〔2024〕31号"),
      /cq-pengshui.json：reporting 的2026年度引用了2025年度的文件“大同府发〔2024〕31号”。改法：改引2026年度通知的条款和原文；新通知沿用旧规定的，写 "2026": \{"carriedOver": 2025\}/,
    ],
    [
      "the collection period carried over from 2025",
      (all) => (file(all, "cq-pengshui").collection.start["2026"] = { carriedOver: 2025 }),
      /cq-pengshui.json：collection\.start\.value 的2026年度日期 2024-10-11 不在2026年度的时间范围（2025-01-01 至 2026-12-31）内，它是从 2025 年度沿用来的。改法：写上2026年度通知规定的日期/,
    ],
    [
      "the 2025 last payable day left in a 2026 entry",
      (all) => (file(all, "cq").lastPayableDay["2026"].value = "2025-12-31"),
      /cq.json：lastPayableDay\.value 的2026年度日期 2025-12-31 不在2026年度的时间范围（2026-01-01 至 2026-12-31）内/,
    ],
    [
      "an exception's window in the wrong year",
      (all) => (file(all, "cq").exceptions.jobLossWithin90["2026"].paidFrom = "2024-03-01"),
      /cq.json：exceptions\.jobLossWithin90\.paidFrom 的2026年度日期 2024-03-01 不在2026年度的时间范围/,
    ],
    [
      "a year that leaves out a value its predecessor had",
      (all) => delete file(all, "cq-pengshui").goals,
      /cq-pengshui.json：goals 有2025年度的值，没有2026年度的。改法：加上 "2026": \{新通知的值和它的原文\}；新通知沿用旧规定的，写 "2026": \{"carriedOver": 2025\}；新通知已不再规定的，写 "2026": null/,
    ],
    [
      "a city-wide value left out for 2026",
      (all) => delete file(all, "cq").fiscalSubsidy,
      /cq.json：fiscalSubsidy 有2025年度的值，没有2026年度的/,
    ],
    [
      "an open value carried over from another year",
      (all) => (file(all, "cq-pengshui").breakPenalty["2026"] = { carriedOver: 2025 }),
      /cq-pengshui.json：breakPenalty 的2026年度沿用了 2025 年度“未定”的值。通知未定的值每年都要由新通知的原文说明，不能沿用/,
    ],
    [
      "a document registered without its year",
      (all) => delete file(all, "cq").documents["大同府发〔2025〕88号"].year,
      /政策文件 cq.json 格式不对：[\s\S]*documents\.大同府发〔2025〕88号\.year/,
    ],
    [
      "the same year stated in the shipped file and in the new entries",
      (all) => (file(all, "cq-pengshui", false).reporting["2026"] = file(all, "cq-pengshui").reporting["2026"]),
      /cq-pengshui.json：reporting 的2026年度写了两次/,
    ],
  ])("%s", (_what, breakIt, message) => {
    let all = withNextYear();
    const returned = breakIt(all);
    if (Array.isArray(returned)) all = returned;
    expect(() => createRegistry(all)).toThrow(message);
  });
});
