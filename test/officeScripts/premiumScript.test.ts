/**
 * 计算保费 as built by scripts/office-scripts/build.js: type-checked under the platform's rules,
 * run against the in-memory workbook on the notices' own premium cases (the case tables beside
 * each policy file, src/core/policy/data/*.cases.json) laid out as a clerk's sheet, and each
 * row compared with `yibao premium --json` and `yibao benefit --json` for the same person.
 * A row the rules refuse carries the CLI's message in 说明 and no number; bad rows (unknown
 * category, a date that is none, a missing tier) are answered too; a name that Excel would run
 * as a formula stays text; the input sheet is unchanged cell by cell.
 */
import { iso, toExcelSerial, toIso } from "../../src/core/dates";
import { getPolicy } from "../../src/core/policy/registry";
import { yibao } from "../cli/run";
import { caseTables, type CaseTable } from "../core/policyCases";
import { buildOne, type BuiltScript } from "./buildOne";
import { MemoryWorkbook } from "./memoryWorkbook";
import { runScript } from "./run";

const { checkScript } = require("../../scripts/office-scripts/check.js") as {
  checkScript: (s: string) => string[];
};

jest.setTimeout(300_000);

let built: BuiltScript;
beforeAll(() => {
  built = buildOne("计算保费");
}, 180_000);

type Value = string | number | boolean;
const HEADER = ["序号", "姓名", "人员类别", "缴费档次", "缴费日期", "事件日期"];

interface Summary {
  sheet: string;
  written: string;
  rows: number;
  computed: number;
  rejected: { row: number; reason: string }[];
  totalPersonal: number;
}

/** What the CLI says for one person: the numbers, or its message. */
async function cli(
  policy: string,
  tier: string,
  category: string,
  date: string,
  event?: string
): Promise<
  | {
      ok: true;
      personal: number;
      subsidy: number;
      fiscalSurcharge: number;
      standard: number;
      benefitStart: string;
    }
  | { ok: false; message: string }
> {
  const ev = event ? ["--event-date", event] : [];
  const p = await yibao(
    "premium",
    "--policy",
    policy,
    "--tier",
    tier,
    "--category",
    category,
    "--date",
    date,
    ...ev,
    "--json"
  );
  if (p.code !== 0) return { ok: false, message: firstError(p.stderr) };
  const b = await yibao(
    "benefit",
    "--policy",
    policy,
    "--category",
    category,
    "--paid",
    date,
    ...ev,
    "--json"
  );
  if (b.code !== 0) return { ok: false, message: firstError(b.stderr) };
  const pj = p.json<{
    personal: number;
    subsidy: number;
    fiscalSurcharge: number;
    standard: number;
  }>();
  return { ok: true, ...pj, benefitStart: b.json<{ benefitStart: string }>().benefitStart };
}

function firstError(stderr: string): string {
  return stderr.split("\n")[0].replace(/^错误：/, "");
}

it("keeps the platform's rules, and offers the policies as a dropdown", () => {
  expect(checkScript(built.source)).toEqual([]);
  const info = JSON.parse(built.osts.parameterInfo);
  expect(info.parameterSchema.properties.policy.enum).toContain("cq-tongnan-2025");
  expect(info.parameterSchema.required).toEqual(["policy"]);
});

/** Premium cases with a tier, the values they need given by the clerk nowhere (no --set). */
const TABLES: [string, CaseTable][] = caseTables().map(([f, t]) => [f, t]);

describe.each(TABLES)("%s", (_file, table) => {
  it("each case row as yibao premium and yibao benefit answer it; the input unchanged", async () => {
    const cases = table.cases.filter((c) => c.rule === "premium" && c.input.tier !== undefined);
    const rows: Value[][] = [
      [`${getPolicy(table.policy).label}缴费名单`],
      HEADER,
      ...cases.map((c, i) => [
        i + 1,
        `居民${i + 1}`,
        c.input.category,
        c.input.tier!,
        toExcelSerial(iso(c.date)),
        c.input.eventDate ? toExcelSerial(iso(c.input.eventDate)) : "",
      ]),
    ];
    const wb = MemoryWorkbook.from({ 名单: rows });
    const before = wb.snapshot();
    const got = runScript(built.source, wb, table.policy, "名单") as Summary;
    expect(wb.snapshot()["名单"]).toEqual(before["名单"]);
    expect(got).toMatchObject({ sheet: "名单", written: "名单-保费", rows: cases.length });
    expect(wb.sheets.map((s) => s.name)).toEqual(["名单", "名单-保费"]);
    const out = wb.getWorksheet("名单-保费")!.dump().values;
    expect(out[1]).toEqual([
      "行号",
      "姓名",
      "人员类别",
      "参保档次",
      "缴费日期",
      "缴费标准",
      "个人缴费",
      "资助",
      "加缴财政补助",
      "待遇开始日期",
      "说明",
    ]);
    let computed = 0;
    /** Cases whose premium the notice gives but whose benefit start the rules refuse. */
    let benefitOnly = 0;
    for (let i = 0; i < cases.length; i++) {
      const c = cases[i];
      const line = out[2 + i];
      const what = `${c.what}（第${i + 3}行）`;
      expect([what, line[0], line[1]]).toEqual([what, i + 3, `居民${i + 1}`]);
      // The CLI is given the event day only where the category's rule has one, as the script reads it.
      const hasEvent = !!getPolicy(table.policy).tryCategory(c.input.category)?.event;
      const want = await cli(
        table.policy,
        c.input.tier!,
        c.input.category,
        c.date,
        hasEvent ? c.input.eventDate : undefined
      );
      if (want.ok) {
        computed++;
        expect([what, line[5], line[6], line[7], line[8], toIso(Number(line[9]) - 25569)]).toEqual([
          what,
          want.standard,
          want.personal,
          want.subsidy,
          want.fiscalSurcharge,
          want.benefitStart,
        ]);
        if (c.expected.personal !== undefined)
          expect([what, line[6]]).toEqual([what, c.expected.personal]);
      } else {
        if (!c.expected.error) benefitOnly++;
        // The CLI adds its own "--set key=值" hint; the sheet gives the core's words alone.
        const reason = want.message.replace(/命令行用 --set .*$/, "");
        expect([what, line.slice(5, 10), line[10]]).toEqual([what, ["", "", "", "", ""], reason]);
        expect(String(line[10])).not.toContain("--set");
        expect(got.rejected).toContainEqual({ row: i + 3, reason });
      }
    }
    expect(got.computed).toBe(computed);
    // Each table has amounts as well as the errors the rules must give.
    expect(computed).toBeGreaterThan(0);
    expect(computed).toBe(cases.filter((c) => !c.expected.error).length - benefitOnly);
  });
});

it("bad rows get their reason and no number; a formula name stays text; blank rows are skipped", async () => {
  const paid = toExcelSerial(iso("2024-11-15"));
  const rows: Value[][] = [
    ["序号", "姓名", "身份", "档次", "缴费时间"],
    [1, "张三", "普通居民", "一档", paid],
    [2, '=HYPERLINK("http://x","y")', "低保", "二档", paid],
    [3, "李四", "外星人", "一档", paid],
    [4, "王五", "普通居民", "一档", "2024-13-01"],
    [5, "赵六", "普通居民", "", paid],
    ["", "", "", "", ""],
    [7, "孙七", "普通居民", "九档", "2024/11/15"],
  ];
  const wb = MemoryWorkbook.from({ 花名册: rows });
  // As Excel holds it: the name is text (typed with an apostrophe), never a formula.
  const before = wb.snapshot();
  wb.getWorksheet("花名册")!.activate();
  const got = runScript(built.source, wb, "cq-pengshui-2025") as Summary;
  expect(wb.snapshot()["花名册"]).toEqual(before["花名册"]);
  const out = wb.getWorksheet("花名册-保费")!.dump();
  const bad = async (cat: string, tier: string) => {
    const r = await cli("cq-pengshui-2025", tier, cat, "2024-11-15");
    return r.ok ? "" : r.message;
  };
  expect(got.rows).toBe(6);
  expect(got.rejected).toEqual([
    { row: 4, reason: await bad("外星人", "一档") },
    { row: 5, reason: "缴费日期“2024-13-01”无法识别（可写 2025-03-01、2025/3/1 或 2025年3月1日）" },
    { row: 6, reason: "缺少参保档次" },
    { row: 8, reason: await bad("普通居民", "九档") },
  ]);
  expect(out.values.map((r) => r[0])).toEqual(
    ["保费计算：花名册（彭水县2025年度）", "行号", 2, 3, 4, 5, 6, 8].map((v, i) =>
      i === 0 ? out.values[0][0] : v
    )
  );
  // The formula name is written as text: its cell holds no formula, and reads back as typed.
  expect(out.values[3][1]).toBe('=HYPERLINK("http://x","y")');
  expect(out.formulas.flat().filter((f) => f !== null)).toEqual([]);
  const ok = await cli("cq-pengshui-2025", "二档", "低保", "2024-11-15");
  expect(ok.ok && out.values[3][6]).toBe(ok.ok ? ok.personal : false);
  for (const r of [4, 5, 6, 7]) expect(out.values[r].slice(5, 10)).toEqual(["", "", "", "", ""]);
});

it("a sheet without the columns is refused in the roster reader's words, and nothing is written", () => {
  const wb = MemoryWorkbook.from({
    表: [
      ["序号", "姓名", "备注"],
      [1, "张三", ""],
    ],
  });
  expect(() => runScript(built.source, wb, "cq-pengshui-2025", "表")).toThrow(/没有找到花名册表头/);
  expect(wb.sheets.map((s) => s.name)).toEqual(["表"]);
});

it("a 100,000-row list: every row answered, no request over Excel's 5 MB, the largest recorded", () => {
  const categories = ["普通居民", "低保", "特困人员", "普通居民", "计生优抚（奖扶）对象"];
  const dates = ["2024-11-15", "2024-10-21", "2024-12-20"].map((d) => toExcelSerial(iso(d)));
  const rows: Value[][] = [HEADER];
  // One row in a thousand has a category the notice does not have.
  for (let i = 0; i < 100_000; i++)
    rows.push([
      i + 1,
      `居民${i + 1}`,
      i % 1000 === 999 ? "外星人" : categories[i % 5],
      i % 7 === 0 ? "二档" : "一档",
      dates[i % 3],
      "",
    ]);
  const wb = MemoryWorkbook.from({ 名单: rows });
  const started = Date.now();
  const got = runScript(built.source, wb, "cq-pengshui-2025", "名单") as Summary;
  const seconds = (Date.now() - started) / 1000;
  expect(got.rows).toBe(100_000);
  expect(got.rejected).toHaveLength(100);
  expect(got.computed).toBe(99_900);
  expect(wb.requests.largestBytes).toBeLessThan(5_000_000);
  const out = wb.getWorksheet("名单-保费")!.dump().values;
  expect(out).toHaveLength(100_002);
  expect(out[100_001][0]).toBe(100_001);
  console.log(
    `计算保费 100,000 行（${got.rejected.length} 行有问题）：${wb.requests.count} 次请求，最大 ${(wb.requests.largestBytes / 1e6).toFixed(2)} MB，本机 ${seconds.toFixed(1)} 秒`
  );
});
