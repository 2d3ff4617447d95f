/**
 * The claim workbook: its sheets as specs, and the written .xlsx recalculated by
 * LibreOffice headless, whose totals must equal the claim's (and the CLI's JSON).
 */
import { buildClaim, isClaimOutputSheet } from "../../src/core/claim/build";
import { claimWorkbook, DETAIL_COLUMNS, ClaimWorkbook } from "../../src/core/claim/workbook";
import { getPolicy, listPolicies } from "../../src/core/policy/registry";
import { dayFromParts } from "../../src/core/dates";
import { premium } from "../../src/core/rules/premium";
import { textWidth } from "../../src/core/sheet/wrap";
import { LIMITS } from "../../src/io/limits";
import type { CellSpec, SheetSpec } from "../../src/core/sheet/spec";
import { writeXlsx } from "../../src/io/xlsxWriter";
import { recalcXlsx, Recalculated } from "../helpers/libreoffice";
import { asSpecs, pengshuiRoster, shizhuRosters, SZ_IDS } from "./fixtures";

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

  test("the public notice lists the subsidised people: village, name, last 4 digits, tier, subsidy and personal amount — never a full id", () => {
    const n = sheet(wb, "公示名单");
    expect(n.cells[2].map((c) => c!.value)).toEqual([
      "序号",
      "村社",
      "姓名",
      "身份证后4位",
      "参保档次",
      "资助金额（元）",
      "个人缴费（元）",
    ]);
    const rows = n.cells.slice(3);
    expect(rows).toHaveLength(result.people.filter((p) => p.subsidy > 0).length);
    const xu = rows.find((r) => r[2]!.value === "许二十")!;
    expect(xu.map((c) => c!.value)).toEqual([
      expect.any(Number),
      "上进村",
      "许二十",
      SZ_IDS.xu20.slice(14),
      "二档",
      320,
      1125,
    ]);
    // It says what it is: a list of subsidised people, not the cash payers' notice of 附件3.
    expect(String(n.cells[1][0]!.value)).toContain("获资助参保的人员");
    expect(texts(n).join("")).not.toContain("附件3");
    expect(n.textColumns).toEqual([3]);
    const all = texts(n).join("\n");
    for (const id of Object.values(SZ_IDS)) {
      expect(all).not.toContain(id);
      expect(all).not.toContain(id.slice(0, 14));
    }
    for (const r of rows) expect(String(r[3]!.value)).toMatch(/^[0-9]{3}[0-9X]$/);
  });

  test("the public notice follows 附件1's village order (not pinyin), people of a village together", () => {
    const n = sheet(wb, "公示名单");
    const villages = n.cells.slice(3).map((r) => String(r[1]!.value));
    const present = new Set(result.people.filter((p) => p.subsidy > 0).map((p) => p.village));
    const listOrder = SHIZHU.villages()!.value.filter((v) => present.has(v));
    expect(listOrder).toHaveLength(present.size);
    expect(villages[0]).toBe("红岩社区");
    // Grouped: once a village's rows end, it does not come back.
    const runs = villages.filter((v, i) => i === 0 || v !== villages[i - 1]);
    expect(runs).toEqual(listOrder);
    expect(n.cells.slice(3).map((r) => r[0]!.value)).toEqual(villages.map((_, i) => i + 1));
  });

  test("people whose subsidy is 0 are left out of the notice, and the notice says how many", () => {
    const first = result.people[0];
    const zero = Object.assign(Object.create(Object.getPrototypeOf(first)), first, { subsidy: 0 });
    const withZero = { ...result, people: [zero, ...result.people.slice(1)] };
    const n = claimWorkbook(withZero, SHIZHU, { publicNotice: true }).sheets.find(
      (s) => s.name === "公示名单"
    )!;
    expect(n.cells.slice(3)).toHaveLength(result.people.length - 1);
    expect(n.cells.slice(3).map((r) => r[2]!.value)).not.toContain(first.name);
    expect(String(n.cells[1][0]!.value)).toContain("另有1人资助金额为0，未列入");
  });

  test("without the option there is no public notice", () => {
    expect(claimWorkbook(result, SHIZHU).sheets.map((s) => s.name)).not.toContain("公示名单");
    expect(claimWorkbook(result, SHIZHU).names.notice).toBeNull();
  });
});

/** The sheet names a formula refers to ('资助明细(2)'!$G:$G → 资助明细(2)). */
function referencedSheets(formula: string): string[] {
  return [...formula.matchAll(/'((?:[^']|'')+)'!/g)].map((m) => m[1].replace(/''/g, "'"));
}

function formulasOf(s: SheetSpec): string[] {
  return s.cells.flatMap((r) =>
    r.filter((c): c is CellSpec => !!c && c.formula !== undefined).map((c) => c.formula!)
  );
}

describe("made again in the same workbook: free names, formulas on the names used", () => {
  const result = buildClaim(shizhuRosters(), SHIZHU);
  const first = claimWorkbook(result, SHIZHU, {
    publicNotice: true,
    existingSheets: ["民政", "残联", "卫健"],
  });
  const firstNames = first.sheets.map((s) => s.name);

  test("the first claim uses the default names", () => {
    expect(first.names).toEqual({
      summary: "申报汇总",
      detail: "资助明细",
      merged: "合并记录",
      rejected: "未通过",
      departments: {
        县卫生健康委: "申报表-县卫生健康委",
        县残联: "申报表-县残联",
        县民政局: "申报表-县民政局",
      },
      notice: "公示名单",
    });
  });

  test("the second claim gets (2) on every sheet, and every formula refers to a (2) sheet", () => {
    const existing = ["民政", "残联", "卫健", ...firstNames];
    const second = claimWorkbook(result, SHIZHU, { publicNotice: true, existingSheets: existing });
    expect(second.sheets.map((s) => s.name)).toEqual([
      "申报汇总(2)",
      "申报表-县卫生健康委(2)",
      "申报表-县残联(2)",
      "申报表-县民政局(2)",
      "资助明细(2)",
      "合并记录(2)",
      "未通过(2)",
      "公示名单(2)",
    ]);
    expect(second.names.detail).toBe("资助明细(2)");
    expect(Object.keys(second.layouts)).toEqual([
      "申报汇总(2)",
      "申报表-县卫生健康委(2)",
      "申报表-县残联(2)",
      "申报表-县民政局(2)",
    ]);
    for (const n of second.sheets.map((s) => s.name)) expect(existing).not.toContain(n);
    // Every reference names a sheet of this claim, never one of the first.
    const refs = new Set(second.sheets.flatMap((s) => formulasOf(s).flatMap(referencedSheets)));
    expect([...refs].sort()).toEqual(["合并记录(2)", "未通过(2)", "资助明细(2)"]);
    const summary = sheet(second, "申报汇总(2)");
    expect(formulasOf(summary).some((f) => f.startsWith("COUNTIFS('资助明细(2)'!$G:$G,$A"))).toBe(
      true
    );
    expect(formulasOf(summary)).toContain("COUNTA('合并记录(2)'!$A:$A)-1");
    expect(formulasOf(summary)).toContain("COUNTA('未通过(2)'!$A:$A)-1");
    for (const s of second.sheets.filter((x) => x.name.startsWith("申报表-"))) {
      expect(
        formulasOf(s)
          .flatMap(referencedSheets)
          .every((n) => n === "资助明细(2)")
      ).toBe(true);
    }
    // Apart from the names, the sheets are the first claim's.
    const rename = (f: string) => f.replace(/\(2\)'!/g, "'!");
    expect(formulasOf(summary).map(rename)).toEqual(formulasOf(sheet(first, "申报汇总")));

    // A third time: (3).
    const third = claimWorkbook(result, SHIZHU, {
      existingSheets: [...existing, ...second.sheets.map((s) => s.name)],
    });
    expect(third.names.summary).toBe("申报汇总(3)");
    expect(new Set(third.sheets.flatMap((s) => formulasOf(s).flatMap(referencedSheets)))).toEqual(
      new Set(["资助明细(3)", "合并记录(3)", "未通过(3)"])
    );
  });

  test("one default name taken moves the sheets that refer to each other together; the notice on its own", () => {
    const detailTaken = claimWorkbook(result, SHIZHU, { existingSheets: ["资助明细"] });
    expect(detailTaken.names.summary).toBe("申报汇总(2)");
    expect(detailTaken.names.rejected).toBe("未通过(2)");
    const deptTaken = claimWorkbook(result, SHIZHU, {
      existingSheets: ["申报表-县民政局"],
      publicNotice: true,
    });
    expect(deptTaken.sheets.map((s) => s.name)).toContain("申报表-县民政局(2)");
    expect(deptTaken.names.detail).toBe("资助明细(2)");
    expect(deptTaken.names.notice).toBe("公示名单(2)");
    // An old 公示名单 of the clerk's own: only the notice moves (its cells refer to nothing).
    const noticeTaken = claimWorkbook(result, SHIZHU, {
      existingSheets: ["公示名单"],
      publicNotice: true,
    });
    expect(noticeTaken.names.summary).toBe("申报汇总");
    expect(noticeTaken.names.notice).toBe("公示名单(2)");
    // Names are compared as Excel does, ignoring case; a (2) taken by hand skips to (3).
    const skip = claimWorkbook(result, SHIZHU, { existingSheets: ["资助明细", "未通过(2)"] });
    expect(skip.names.detail).toBe("资助明细(3)");
    expect(skip.names.rejected).toBe("未通过(3)");
  });

  test("a claim output sheet under a suffixed name is not taken for a roster", () => {
    for (const n of [
      "资助明细(2)",
      "未通过(3)",
      "合并记录(2)",
      "申报汇总(12)",
      "公示名单(2)",
      "申报表-县民政局(2)",
    ])
      expect(isClaimOutputSheet(n)).toBe(true);
    for (const n of ["民政(2)", "资助明细表"]) expect(isClaimOutputSheet(n)).toBe(false);
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

  test("a late payer's line adds up on paper: 缴费标准 − 资助 + 另缴财政补助 = 个人缴费 (#23)", async () => {
    const result = buildClaim(shizhuRosters(), SHIZHU);
    expect(result.totals.fiscalSurcharge).toBe(670); // 许二十, paid 2025-08-01
    const wb = claimWorkbook(result, SHIZHU, { publicNotice: true });
    const rc = await recalcClaim(wb);
    for (const name of ["申报汇总", "申报表-县卫生健康委"]) {
      const l = wb.layouts[name];
      expect(l.surchargeCol).toBe("I");
      expect(l.personalCol).toBe("J");
      const s = sheet(wb, name);
      expect(s.cells[2].map((c) => c?.value)).toContain("另缴财政补助（元）");
      expect(s.merges).toContain("A1:J1");
      let late = 0;
      for (let n = 4; n <= l.totalRow; n++) {
        const [g, h, i, j] = ["G", "H", "I", "J"].map((c) => rc.value(name, `${c}${n}`) as number);
        expect(Math.round((g - h + i) * 100)).toBe(Math.round(j * 100));
        if (n < l.totalRow && i > 0 && rc.value(name, `D${n}`) !== "") late += i;
      }
      expect(rc.value(name, `I${l.totalRow}`)).toBe(670);
      expect(late).toBe(670 * 2); // the line and its department's 小计
    }
    // A department sheet where nobody paid late has no such column.
    expect(wb.layouts["申报表-县残联"].surchargeCol).toBeNull();
    expect(sheet(wb, "申报表-县残联").cells[2].map((c) => c?.value)).not.toContain(
      "另缴财政补助（元）"
    );
    // 资助明细 shows it too, and each person's line adds up.
    const detail = sheet(wb, "资助明细");
    const col = (h: string) => DETAIL_COLUMNS.indexOf(h as (typeof DETAIL_COLUMNS)[number]);
    for (const row of detail.cells.slice(1)) {
      const [st, su, fs, pe] = ["缴费标准", "资助金额", "另缴财政补助", "个人缴费"].map(
        (h) => row[col(h)]?.value as number
      );
      expect(st - su + fs).toBe(pe);
    }
  });

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
    // The public notice's amounts are plain values: 11 people, subsidies 3960, personal 2985.
    const notice = rc.workbook.getWorksheet("公示名单")!;
    let subsidy = 0;
    let personal = 0;
    notice.eachRow((row, n) => {
      if (n > 3) {
        subsidy += row.getCell(6).value as number;
        personal += row.getCell(7).value as number;
      }
    });
    expect([subsidy, personal]).toEqual([3960, 2985]);
  });

  test("a second claim in the same workbook (…(2) sheets) recalculates to its own totals, the first to its own", async () => {
    const rosters = shizhuRosters();
    const rosterNames = rosters.map((r) => r.name);
    // The first claim was made when only 民政's roster had come in: other people, other totals.
    const earlier = buildClaim(rosters.slice(0, 1), SHIZHU, { sheets: ["民政"] });
    const first = claimWorkbook(earlier, SHIZHU, { existingSheets: rosterNames });
    const result = buildClaim(rosters, SHIZHU);
    const second = claimWorkbook(result, SHIZHU, {
      publicNotice: true,
      existingSheets: [...rosterNames, ...first.sheets.map((s) => s.name)],
    });
    expect(second.names.summary).toBe("申报汇总(2)");
    expect(earlier.totals.subsidy).not.toBe(result.totals.subsidy);
    expect(earlier.inputRows).not.toBe(result.inputRows);

    const rc = await recalcXlsx(
      await writeXlsx([...asSpecs(rosters), ...first.sheets, ...second.sheets])
    );
    const want = (r: typeof result) => ({
      count: r.people.length,
      standard: r.totals.standard,
      subsidy: r.totals.subsidy,
      personal: r.totals.personal,
    });
    expect(totalsOf(rc, second, "申报汇总(2)")).toEqual(want(result));
    expect(totalsOf(rc, second, "申报汇总(2)")).toEqual({
      count: 11,
      standard: 6275,
      subsidy: 3960,
      personal: 2985,
    });
    expect(totalsOf(rc, first, "申报汇总")).toEqual(want(earlier));
    // The checks read 资助明细(2), 合并记录(2) and 未通过(2): all 0 (they would not be on the first claim's sheets).
    for (const c of second.layouts["申报汇总(2)"].checks)
      expect(rc.value("申报汇总(2)", c)).toBe(0);
    for (const c of first.layouts["申报汇总"].checks) expect(rc.value("申报汇总", c)).toBe(0);
    for (const [dept, name] of Object.entries(second.names.departments)) {
      const lines = result.lines.filter((l) => l.department === dept);
      expect(totalsOf(rc, second, name).subsidy).toBe(
        lines.reduce((a, l) => a + l.subsidyTotal, 0)
      );
      for (const c of second.layouts[name].checks) expect(rc.value(name, c)).toBe(0);
    }
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

test("申报汇总's number columns hold a county's largest sum without ### (the file limit's rows at the highest premium)", () => {
  for (const policy of listPolicies()) {
    const result = buildClaim(
      [{ name: "花名册", rows: [["序号", "姓名", "身份证号码", "人员类别", "参保档次"]] }],
      policy
    );
    const summary = claimWorkbook(result, policy).sheets[0];
    let highest = 0;
    for (const c of policy.categories)
      for (const tier of policy.tierNames()) {
        try {
          highest = Math.max(
            highest,
            premium({
              policy,
              tier,
              category: c.name,
              paid: dayFromParts(2024, 12, 1)!,
            }).standard.toNumber()
          );
        } catch {
          // A category that cannot take this tier.
        }
      }
    expect(highest).toBeGreaterThan(0);
    const widest = (LIMITS.rows * highest).toLocaleString("en-US", { minimumFractionDigits: 2 });
    // 人数 (D, which also holds the check rows' money) and the three 合计 columns (G–I).
    for (const c of [3, 6, 7, 8])
      expect({
        policy: policy.id,
        col: c,
        fits: textWidth(widest) + 2 <= summary.columnWidths![c],
      }).toEqual({ policy: policy.id, col: c, fits: true });
  }
});
