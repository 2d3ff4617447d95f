/**
 * The claim workbook: its sheets as specs, and the written .xlsx recalculated by
 * LibreOffice headless, whose totals must equal the claim's (and the CLI's JSON).
 */
import { buildClaim } from "../../src/core/claim/build";
import { claimWorkbook, DETAIL_COLUMNS, ClaimWorkbook } from "../../src/core/claim/workbook";
import { getPolicy } from "../../src/core/policy/registry";
import type { CellSpec, SheetSpec } from "../../src/core/sheet/spec";
import { writeXlsx } from "../../src/io/xlsxWriter";
import { recalcXlsx, Recalculated } from "../helpers/libreoffice";
import { pengshuiRoster, shizhuRosters, SZ_IDS } from "./fixtures";

const SHIZHU = getPolicy("cq-shizhu-2025");
const PENGSHUI = getPolicy("cq-pengshui-2025");

function sheet(wb: ClaimWorkbook, name: string): SheetSpec {
  const s = wb.sheets.find((x) => x.name === name);
  if (!s) throw new Error(`no sheet ${name}: ${wb.sheets.map((x) => x.name).join(", ")}`);
  return s;
}

function texts(s: SheetSpec): string[] {
  return s.cells.flatMap((r) =>
    r.map((c) => (c && c.value !== undefined && c.value !== null ? String(c.value) : ""))
  );
}

describe("claim workbook specs", () => {
  const result = buildClaim(shizhuRosters(), SHIZHU);
  const wb = claimWorkbook(result, SHIZHU, { publicNotice: true });

  test("sheets: summary, one per certifying department with people, detail, merged, rejected, notice", () => {
    expect(wb.sheets.map((s) => s.name)).toEqual([
      "申报汇总",
      "申报表-县卫生健康委",
      "申报表-县残联",
      "申报表-县民政局",
      "资助明细",
      "合并记录",
      "未通过",
      "公示名单",
    ]);
  });

  test("detail: one row per person, the id as text", () => {
    const d = sheet(wb, "资助明细");
    expect(d.cells[0].map((c) => c!.value)).toEqual([...DETAIL_COLUMNS]);
    expect(d.cells).toHaveLength(result.people.length + 1);
    expect(d.textColumns).toEqual([3]);
    expect(d.cells[1][3]!.value).toBe(SZ_IDS.zhang1);
  });

  test("claim sheets count and sum with formulas over the detail sheet", () => {
    const s = sheet(wb, "申报汇总");
    const formulas = s.cells.flatMap((r) =>
      r.filter((c): c is CellSpec => !!c && c.formula !== undefined).map((c) => c.formula!)
    );
    expect(formulas.some((f) => f.startsWith("COUNTIFS('资助明细'!$G:$G,$A"))).toBe(true);
    expect(formulas.some((f) => f.startsWith("SUMIFS('资助明细'!$I:$I,"))).toBe(true);
    // Every category × tier of 附件2 has a line: 15 categories, 29 tier rows, + 5 小计 + 合计.
    const lines = s.cells.filter((r) => r[3]?.formula?.startsWith("COUNTIFS"));
    expect(lines).toHaveLength(29);
  });

  test("rejected rows keep the values as written; merged rows show masked ids", () => {
    const rej = sheet(wb, "未通过");
    expect(rej.cells).toHaveLength(result.rejected.length + 1);
    expect(rej.cells[1].map((c) => (c ? c.value : null)).slice(0, 4)).toEqual([
      "民政",
      6,
      "钱五",
      SZ_IDS.qian5,
    ]);
    const mer = sheet(wb, "合并记录");
    expect(mer.cells[1].map((c) => (c ? c.value : null)).slice(0, 4)).toEqual([
      "民政",
      12,
      "张一",
      "*".repeat(14) + SZ_IDS.zhang1.slice(14),
    ]);
  });

  test("the public notice has village, name, last 4 digits, tier and the personal amount — never a full id", () => {
    const n = sheet(wb, "公示名单");
    expect(n.cells[2].map((c) => c!.value)).toEqual([
      "序号",
      "村社",
      "姓名",
      "身份证后4位",
      "缴费档次",
      "缴费金额（元）",
    ]);
    const rows = n.cells.slice(3);
    expect(rows).toHaveLength(result.people.length);
    const xu = rows.find((r) => r[2]!.value === "许二十")!;
    expect(xu.map((c) => c!.value)).toEqual([
      expect.any(Number),
      "上进村",
      "许二十",
      SZ_IDS.xu20.slice(14),
      "二档",
      1125,
    ]);
    expect(n.textColumns).toEqual([3]);
    const all = texts(n).join("\n");
    for (const id of Object.values(SZ_IDS)) {
      expect(all).not.toContain(id);
      expect(all).not.toContain(id.slice(0, 14));
    }
    for (const r of rows) expect(String(r[3]!.value)).toMatch(/^[0-9]{3}[0-9X]$/);
  });

  test("without the option there is no public notice; sheet names already taken are refused", () => {
    expect(claimWorkbook(result, SHIZHU).sheets.map((s) => s.name)).not.toContain("公示名单");
    expect(() => claimWorkbook(result, SHIZHU, { existingSheets: ["资助明细"] })).toThrow(
      /已有名为“资助明细”的工作表/
    );
    const named = claimWorkbook(result, SHIZHU, {
      existingSheets: ["申报表-县民政局"],
      publicNotice: true,
    });
    expect(named.sheets.map((s) => s.name)).toContain("申报表-县民政局(2)");
  });
});

/** Reads a claim sheet's total line after recalculation. */
function totalsOf(
  rc: Recalculated,
  wb: ClaimWorkbook,
  name: string
): { count: number; standard: number; subsidy: number; personal: number } {
  const l = wb.layouts[name];
  const n = l.totalRow;
  return {
    count: rc.value(name, `${l.countCol}${n}`) as number,
    standard: rc.value(name, `${l.standardCol}${n}`) as number,
    subsidy: rc.value(name, `${l.subsidyCol}${n}`) as number,
    personal: rc.value(name, `${l.personalCol}${n}`) as number,
  };
}

async function recalcClaim(wb: ClaimWorkbook): Promise<Recalculated> {
  return recalcXlsx(await writeXlsx(wb.sheets));
}

describe("recalculated by LibreOffice headless", () => {
  jest.setTimeout(180_000);

  test("石柱: the written claim shows the same totals as the claim", async () => {
    const result = buildClaim(shizhuRosters(), SHIZHU);
    const wb = claimWorkbook(result, SHIZHU, { publicNotice: true });
    const rc = await recalcClaim(wb);
    const summary = wb.layouts["申报汇总"];
    expect(rc.isFormula("申报汇总", `H${summary.totalRow}`)).toBe(true);
    expect(totalsOf(rc, wb, "申报汇总")).toEqual({
      count: 11,
      standard: 6275,
      subsidy: 3960,
      personal: 2985,
    });
    expect(totalsOf(rc, wb, "申报汇总")).toEqual({
      count: result.people.length,
      standard: result.totals.standard,
      subsidy: result.totals.subsidy,
      personal: result.totals.personal,
    });
    // Each department's subtotal, on the summary and on its own sheet, equals its lines.
    for (const dept of ["县卫生健康委", "县残联", "县民政局"]) {
      const lines = result.lines.filter((l) => l.department === dept);
      const want = {
        count: lines.reduce((a, l) => a + l.count, 0),
        subsidy: lines.reduce((a, l) => a + l.subsidyTotal, 0),
      };
      const row = summary.subtotalRows[dept];
      expect({
        count: rc.value("申报汇总", `D${row}`),
        subsidy: rc.value("申报汇总", `H${row}`),
      }).toEqual(want);
      const own = totalsOf(rc, wb, `申报表-${dept}`);
      expect({ count: own.count, subsidy: own.subsidy }).toEqual(want);
      for (const c of wb.layouts[`申报表-${dept}`].checks)
        expect(rc.value(`申报表-${dept}`, c)).toBe(0);
    }
    // Departments without anyone claim 0.
    expect(rc.value("申报汇总", `H${summary.subtotalRows["县退役军人事务局"]}`)).toBe(0);
    // Every line equals count × subsidy per head.
    for (const l of result.lines) {
      const r =
        wb.sheets[0].cells.findIndex(
          (row) =>
            row[0]?.value === l.department &&
            row[1]?.value === l.category &&
            row[2]?.value === l.tier
        ) + 1;
      expect([
        rc.value("申报汇总", `D${r}`),
        rc.value("申报汇总", `F${r}`),
        rc.value("申报汇总", `H${r}`),
      ]).toEqual([l.count, l.subsidyEach, l.subsidyTotal]);
    }
    // The checks (detail total, rows in = people + merged + rejected) are 0.
    for (const c of summary.checks) expect(rc.value("申报汇总", c)).toBe(0);
    // The public notice's amounts are plain values: 11 people, personal amounts summing to 2985.
    const notice = rc.workbook.getWorksheet("公示名单")!;
    let sum = 0;
    notice.eachRow((row, n) => {
      if (n > 3) sum += row.getCell(6).value as number;
    });
    expect(sum).toBe(2985);
  });

  test("the claim follows edits to the detail sheet", async () => {
    const result = buildClaim([pengshuiRoster()], PENGSHUI);
    const wb = claimWorkbook(result, PENGSHUI);
    // The clerk deletes 甲 (稳定脱贫人口, subsidy 15, personal 385) from the detail sheet.
    const detail = sheet(wb, "资助明细");
    const i = detail.cells.findIndex((r) => r[2]?.value === "甲");
    detail.cells.splice(i, 1);
    const rc = await recalcClaim(wb);
    expect(totalsOf(rc, wb, "申报汇总")).toEqual({
      count: 4,
      standard: 3125 - 400,
      subsidy: 1790 - 15,
      personal: 1335 - 385,
    });
    // The nothing-lost check now shows the missing row.
    const checks = wb.layouts["申报汇总"].checks.map((c) => rc.value("申报汇总", c));
    expect(checks).toEqual([0, 0, 1]);
  });
});
