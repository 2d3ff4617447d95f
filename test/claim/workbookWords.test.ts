/**
 * Every workbook yibao writes speaks Chinese: no internal code, key, policy id or flag in any
 * sheet name, cell or cell note. Claim workbooks (with 公示名单 and rejections of every kind,
 * open values included), the roster and claim templates of every policy with a subsidy
 * table, the target template, and the annotated copies of an .xlsx and a .csv with findings.
 */
import { buildClaim } from "../../src/core/claim/build";
import { hasSubsidyTable, templateSheets } from "../../src/core/claim/templates";
import { claimWorkbook } from "../../src/core/claim/workbook";
import { getPolicy, listPolicies } from "../../src/core/policy/registry";
import { checkTargets } from "../../src/core/targets/check";
import { targetTemplate } from "../../src/core/targets/template";
import { annotatedWorkbook } from "../../src/io/annotateWorkbook";
import { toCsv } from "../../src/io/csv";
import { readWorkbookBytes } from "../../src/io/workbook";
import { writeXlsx } from "../../src/io/xlsxWriter";
import { englishInWorkbook, englishWords } from "../helpers/clerkText";
import { iso } from "../../src/core/dates";
import { pengshui, type Rows, set, shizhu } from "../targets/fixtures";
import { asSpecs, pengshuiRoster, shizhuRosters, shuangqingLateRoster } from "./fixtures";
import { twentyPeople } from "./workbookFixtures";
import { checkCash } from "../../src/core/cash/check";
import { buildNotice, noticeSheets } from "../../src/core/cash/notice";
import { reportSheets } from "../../src/core/cash/sheets";
import { cashTemplate } from "../../src/core/cash/template";
import { runMatch } from "../../src/core/match/run";
import { ledger as cashLedger, payment } from "../cash/fixtures";
import { pengshui as pengshuiMatch } from "../match/fixtures";

jest.setTimeout(120_000);

/** 彭水 with 户籍人口 and 已缴费人数 (D, E). */
function pengshuiProgress(paid: number[]): Rows {
  const rows = pengshui();
  rows[3].push("户籍人口", "已缴费人数");
  const pops = [2600, 1320, 1700, 1850];
  paid.forEach((p, i) => rows[4 + i].push(pops[i], p));
  rows[8].push(7470, paid.reduce((a, b) => a + b, 0));
  return rows;
}

test("the scanner finds what it must", () => {
  expect(englishWords("【错误 NOT_INTEGER】")).toHaveLength(1);
  expect(englishWords("键名 fiscalSubsidy")).toHaveLength(1);
  expect(englishWords("exception.newbornWithin90")).not.toEqual([]);
  expect(englishWords("资助标准由用户提供（subsidy.其他困难群体）")).toHaveLength(1);
  expect(englishWords("（政策 cq-shizhu-2025）")).toHaveLength(1);
  expect(englishWords("用 --set 提供")).toHaveLength(1);
  expect(englishWords("改为公式 =SUM(C6:C17)；Excel 求和时会漏掉它")).toEqual([]);
});

test.each([
  ["cq-shizhu-2025", () => shizhuRosters()],
  ["cq-shizhu-2025", () => [twentyPeople()]],
  ["cq-pengshui-2025", () => [pengshuiRoster()]],
  ["hn-shuangqing-2025", () => [shuangqingLateRoster()]],
] as const)("claim workbook (%s) has no English code, key, id or flag", async (id, rosters) => {
  const policy = getPolicy(id);
  const result = buildClaim(rosters(), policy);
  const bytes = await writeXlsx(claimWorkbook(result, policy, { publicNotice: true }).sheets);
  expect(await englishInWorkbook(bytes)).toEqual([]);
});

test("templates of every policy have no English code, key, id or flag", async () => {
  for (const p of listPolicies().filter(hasSubsidyTable))
    for (const kind of ["roster", "claim"] as const)
      expect({ p: p.id, kind, found: await englishInWorkbook(await writeXlsx(templateSheets(kind, p))) }).toEqual({
        p: p.id,
        kind,
        found: [],
      });
  expect(await englishInWorkbook(await writeXlsx([targetTemplate()]))).toEqual([]);
});

test("annotated copies (.xlsx and .csv) with findings of many kinds have no English code, key, id or flag", async () => {
  const rows = set(set(set(set(shizhu(), "C7", "2417"), "C9", 2607.5), "B10", null), "C18", 30000);
  const progress = set(pengshuiProgress([1700, 700, 1100, 1200]), "C9", 7000);
  for (const [fileName, bytes, policy] of [
    ["石柱.xlsx", await writeXlsx(asSpecs([{ name: "附件1", rows }])), "cq-shizhu-2025"],
    ["石柱.csv", new TextEncoder().encode(toCsv(rows)), "cq-shizhu-2025"],
    ["彭水.xlsx", await writeXlsx(asSpecs([{ name: "附件1", rows: progress }])), "cq-pengshui-2025"],
  ] as const) {
    const [sheet] = await readWorkbookBytes(bytes, fileName);
    const report = checkTargets(sheet, {
      policy: getPolicy(policy),
      source: fileName.endsWith(".csv") ? "csv" : "xlsx",
      asOf: iso("2024-11-30"),
    });
    expect(report.findings.length).toBeGreaterThan(1);
    const out = await annotatedWorkbook({ bytes, fileName, sheet, report });
    expect({ fileName, found: await englishInWorkbook(out) }).toEqual({ fileName, found: [] });
  }
});

test("a claim with the notice's open values supplied (资助明细's warnings) has no English code, key, id or flag", async () => {
  const policy = getPolicy("hn-shuangqing-2025");
  const supplied = { fiscalSubsidy: 670, "subsidy.其他困难群体": 300 };
  const result = buildClaim([shuangqingLateRoster()], policy, { supplied });
  expect(result.people.some((p) => p.warnings.some((w) => w.includes("由用户提供")))).toBe(true);
  const bytes = await writeXlsx(claimWorkbook(result, policy, { publicNotice: true }).sheets);
  expect(await englishInWorkbook(bytes)).toEqual([]);
});

test("cash workbooks (检查结果, 每日对账, 比对, 公示, the ledger template) have no English code, key, id or flag", async () => {
  const policy = getPolicy("cq-shizhu-2025");
  const report = checkCash(
    cashLedger([
      payment({ receipt: "A1", date: "2024-11-01", remitDate: "2024-11-09" }), // late
      payment({ receipt: "A1", date: "2024-11-02", remitDate: "2024-11-02" }), // receipt repeated
      payment({ amount: 300 }), // wrong amount
      payment({ village: "外村" }), // not on 附件1
      payment({ date: "坏日期" }),
      payment({ id: "500240196503121000" }),
      payment({ tier: "二档", amount: 775, remitDate: undefined, method: undefined }),
    ]),
    policy,
    { asOf: iso("2024-12-31") }
  );
  expect(report.findings.length).toBeGreaterThan(4);
  const notice = buildNotice(report, { kind: "full" });
  const sheets = [...reportSheets(report), ...noticeSheets(notice, report), ...cashTemplate(policy, 5)];
  expect(await englishInWorkbook(await writeXlsx(sheets))).toEqual([]);
});

test("the match workbook (参保比对, per village, unpaid lists, rejections) has no English code, key, id or flag", async () => {
  const fx = pengshuiMatch();
  const run = runMatch({ lists: [fx.household, fx.civil, fx.agri], paid: fx.paid, targets: fx.targets, policy: getPolicy("cq-pengshui-2025"), date: iso("2024-12-31") });
  expect(run.result.rejected.length).toBeGreaterThan(0);
  expect(await englishInWorkbook(await writeXlsx([...run.sheets, ...run.progress]))).toEqual([]);
});
