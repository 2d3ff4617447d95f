/** Blank roster and claim templates from templates/*.json and each region's subsidy table. */
import fs from "fs";
import os from "os";
import path from "path";
import { buildClaimTemplates } from "../../src/cli/buildClaimTemplates";
import { buildClaim } from "../../src/core/claim/build";
import { findRoster } from "../../src/core/claim/roster";
import {
  claimTemplate,
  hasSubsidyTable,
  rosterTemplate,
  subsidyTable,
  TEMPLATE_DEFINITIONS,
  templateFileName,
  templateSheets,
} from "../../src/core/claim/templates";
import { PolicyModel } from "../../src/core/policy/model";
import { getPolicy, listPolicies } from "../../src/core/policy/registry";
import type { SheetData } from "../../src/core/sheet/address";
import { premium } from "../../src/core/rules/premium";
import { readWorkbookFile } from "../../src/io/files";
import { SZ_IDS } from "./fixtures";

const SHIZHU = getPolicy("cq-shizhu-2025");

test("the definitions name the roster fields the claim reads", () => {
  const fields = TEMPLATE_DEFINITIONS.roster.columns.map((c) => c.field).filter(Boolean);
  expect(fields).toEqual(["village", "name", "id", "category", "tier", "department", "paidDate"]);
});

test("policies with a subsidy table", () => {
  // Every shipped notice has a subsidy table (潼南's amounts are open, the categories are there).
  expect(listPolicies().filter(hasSubsidyTable)).toEqual(listPolicies());
  const none = new PolicyModel({
    ...SHIZHU.policy,
    categories: SHIZHU.policy.categories.filter((c) => !c.subsidy),
  });
  expect(() => templateSheets("roster", none)).toThrow(/没有资助参保标准表/);
});

test("roster template: dropdowns of categories, tiers and departments; the id column is text", () => {
  const [roster, info] = rosterTemplate(SHIZHU);
  expect(roster.name).toBe("资助对象花名册");
  expect(roster.cells[2].map((c) => c!.value)).toEqual([
    "序号",
    "村（社区）",
    "姓名",
    "身份证号码",
    "人员类别",
    "参保档次",
    "认定部门",
    "缴费日期",
    "备注",
  ]);
  expect(roster.textColumns).toEqual([3]);
  expect(roster.validations!.map((v) => v.range)).toEqual(["E4:E2003", "F4:F2003", "G4:G2003"]);
  expect(roster.validations![1].values).toEqual(["一档", "二档"]);
  expect(roster.validations![2].values).toEqual([
    "县卫生健康委",
    "县残联",
    "县乡村振兴局",
    "县民政局",
    "县退役军人事务局",
  ]);
  expect(roster.validations![0].values).toHaveLength(15);
  // The instructions sheet carries 附件2 for reference.
  expect(info.name).toBe("填表说明");
  const rows = info.cells.filter(
    (r) => r[1]?.value === "烈士遗属、因公牺牲军人遗属、病故军人遗属、在乡复员军人"
  );
  expect(rows.map((r) => r.map((c) => c!.value))).toEqual([
    [
      "县退役军人事务局",
      "烈士遗属、因公牺牲军人遗属、病故军人遗属、在乡复员军人",
      "二档",
      775,
      775,
      0,
    ],
  ]);
});

test("a filled roster template is read as a roster (header in row 3)", () => {
  const [roster] = rosterTemplate(SHIZHU);
  const rows = roster.cells
    .slice(0, 3)
    .map((r) => r.map((c) => (c && c.value !== undefined ? (c.value as string) : null)));
  rows.push([
    1,
    "红岩社区",
    "张一",
    SZ_IDS.zhang1,
    "城乡低保对象",
    "一档",
    "县民政局",
    null,
    null,
  ] as never);
  const sheet: SheetData = { name: roster.name, rows };
  expect(findRoster(sheet).headerRow).toBe(2);
  expect(buildClaim([sheet], SHIZHU).totals.subsidy).toBe(360);
});

test("claim template: one line per department × category × tier, amounts as formulas", () => {
  const [claim] = claimTemplate(SHIZHU);
  const lines = claim.cells.filter((r) => r[6]?.formula?.includes("*"));
  expect(lines).toHaveLength(subsidyTable(SHIZHU).length);
  expect(lines).toHaveLength(29);
  const first = claim.cells[3];
  expect(first.map((c) => c?.value ?? c?.formula ?? null)).toEqual([
    "县卫生健康委",
    "计生残抚（特扶）对象、计划生育手术并发症对象",
    "一档",
    null,
    400,
    400,
    "D4*F4",
    "D4*(E4-F4)",
  ]);
  const total = claim.cells.find((r) => r[0]?.value === "合计")!;
  expect(total[3]!.formula).toMatch(/^D\d+\+D\d+\+D\d+\+D\d+\+D\d+$/);
});

test("a subsidy the notice leaves open is an input cell (潼南)", () => {
  const tongnan = getPolicy("cq-tongnan-2025");
  expect(subsidyTable(tongnan).every((r) => r.subsidy === null)).toBe(true);
  const [claim] = claimTemplate(tongnan);
  expect(claim.cells[3][5]).toMatchObject({ note: expect.stringMatching(/通知未列资助标准/) });
  const [, info] = rosterTemplate(tongnan);
  expect(info.cells.some((r) => r[4]?.value === "通知未定")).toBe(true);
});

test("file names and the build script", async () => {
  expect(templateFileName("roster", SHIZHU)).toBe("资助对象花名册模板-重庆市石柱县下路街道2025年度.xlsx");
  expect(templateFileName("claim", SHIZHU)).toBe("资助申报表模板-重庆市石柱县下路街道2025年度.xlsx");
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "yibao-tpl-"));
  try {
    const files = await buildClaimTemplates(dir);
    expect(files.map((f) => path.basename(f))).toContain(
      `资助申报表模板-${getPolicy("hn-shuangqing-2025").label}.xlsx`
    );
    expect(files).toHaveLength(10);
    const sheets = await readWorkbookFile(
      path.join(dir, `资助对象花名册模板-${getPolicy("cq-pengshui-2025").label}.xlsx`)
    );
    expect(sheets.map((s) => s.name)).toEqual(["资助对象花名册", "填表说明"]);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

describe("the subsidy table comes from the core's premium rule", () => {
  test("every row's standard, subsidy and personal amount equal premium() in the collection period", () => {
    for (const p of listPolicies().filter(hasSubsidyTable)) {
      for (const r of subsidyTable(p)) {
        if (r.subsidy === null) continue;
        const q = premium({ policy: p, tier: r.tier, category: r.category, paid: p.collectionEnd, year: p.year });
        expect({ p: p.id, c: r.category, t: r.tier, amounts: [r.standard, r.subsidy, r.personal] }).toEqual({
          p: p.id,
          c: r.category,
          t: r.tier,
          amounts: [q.standard.toNumber(), q.subsidy.toNumber(), q.personal.toNumber()],
        });
      }
    }
  });

  test("a value the notice leaves open is null until supplied, then the supplied one, per tier where given (潼南, 双清)", () => {
    const tongnan = getPolicy("cq-tongnan-2025");
    const row = (rows: ReturnType<typeof subsidyTable>, category: string, tier: string) =>
      rows.find((r) => r.category === category && r.tier === tier)!;
    expect(row(subsidyTable(tongnan), "特困人员", "一档").subsidy).toBeNull();
    const supplied = subsidyTable(tongnan, { "subsidy.特困人员": 350, "subsidy.特困人员.二档": 700 });
    expect(row(supplied, "特困人员", "一档")).toMatchObject({ subsidy: 350, personal: 50 });
    expect(row(supplied, "特困人员", "二档").subsidy).toBe(700);
    const sq = getPolicy("hn-shuangqing-2025");
    expect(row(subsidyTable(sq, { "subsidy.其他困难群体": 200 }), "其他困难群体", sq.policy.tiers[0].id).subsidy).toBe(200);
  });
});
